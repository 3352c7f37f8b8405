import { afterEach } from "vitest";
import { PtySession, type SpawnOptions } from "./pty.js";

/**
 * Starts the program in pty sessions for a test file, and closes every one
 * a test started once it ends, passed or failed. Call once, at the top of
 * the file; it gives the function that starts a session.
 */
export function closedAfterEachTest(): (
	args?: readonly string[],
	options?: SpawnOptions,
) => PtySession {
	const open = new Set<PtySession>();
	afterEach(async () => {
		await Promise.all([...open].map((session) => session.close()));
		open.clear();
	});
	return (args = [], options = {}) => {
		const session = new PtySession(args, options);
		open.add(session);
		return session;
	};
}
