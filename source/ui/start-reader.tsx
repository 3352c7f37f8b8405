import type { LiveSession } from "../live.js";
import type { Capabilities } from "../terminal/capabilities.js";
import { runSession, type SessionStreams } from "../terminal/session.js";
import { LiveApp } from "./live-app.js";
import { createTheme, ThemeContext } from "./theme.js";

/**
 * The reader on the terminal, until it is quit: its exit code. A module of
 * its own, loaded only when the reader is wanted, so that the print modes
 * never load Ink, React and the layout engine (a tenth of a second).
 */
export function startReader(
	session: LiveSession,
	capabilities: Capabilities,
	copy: ((text: string) => void) | undefined,
	streams: SessionStreams,
): Promise<number> {
	return runSession(
		<ThemeContext value={createTheme(capabilities)}>
			<LiveApp session={session} copy={copy} />
		</ThemeContext>,
		streams,
	);
}
