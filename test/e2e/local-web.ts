import { execFile } from "node:child_process";
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import { CLI, childEnvironment } from "./pty.js";

const run = promisify(execFile);

/** An HTTP server on 127.0.0.1 at a port of the system's choosing: the tests' web, nothing else. */
export async function localWeb(
	handler: RequestListener,
): Promise<{ base: string; close(): Promise<void> }> {
	const server = createServer(handler);
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	return {
		base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		close: async () => {
			server.closeAllConnections();
			await new Promise((resolve) => server.close(resolve));
		},
	};
}

/** The built CLI with pipes, its library in `dataHome`: what it printed and its exit code. */
export async function parallaxIn(dataHome: string, args: readonly string[]) {
	try {
		const { stdout, stderr } = await run(process.execPath, [CLI, ...args], {
			env: childEnvironment({ XDG_DATA_HOME: dataHome }),
		});
		return { stdout, stderr, code: 0 };
	} catch (error) {
		const failed = error as { stdout: string; stderr: string; code: number };
		return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
	}
}
