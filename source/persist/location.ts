import path from "node:path";
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

/**
 * The library's database: $XDG_DATA_HOME/parallax/library.db
 * (~/.local/share/parallax/library.db) on Linux and other Unix systems,
 * the application-data folder on macOS and Windows.
 */
export function libraryFile(): string {
	return path.join(envPaths("parallax", { suffix: "" }).data, "library.db");
}
