import envPaths from "env-paths";

/**
 * The folder for parallax's reading state: $XDG_STATE_HOME/parallax
 * (~/.local/state/parallax) on Linux and other Unix systems, as env-paths
 * gives it; on macOS and Windows, which have no state folder, the
 * application-data folder.
 */
export function stateFolder(): string {
	const paths = envPaths("parallax", { suffix: "" });
	return process.platform === "darwin" || process.platform === "win32" ? paths.data : paths.log;
}
