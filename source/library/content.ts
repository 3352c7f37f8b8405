import { existsSync } from "node:fs";
import path from "node:path";
import type { OpenedLibrary } from "./database.js";

/**
 * What the library holds besides what a run is given: web articles kept
 * as files beside the library, and the folders and files added to it.
 */

/** Where web articles are kept: a folder beside the library file, one folder per outlet. */
export function webArticlesFolder(libraryFile: string): string {
	return path.join(path.dirname(libraryFile), "articles");
}

/** Remembers a folder or file, to be read with the library's articles. */
export function addLocalSource(library: OpenedLibrary, location: string): void {
	library.db
		.prepare("INSERT OR REPLACE INTO sources (path, added_ms) VALUES (?, ?)")
		.run(location, Date.now());
}

/** The library's own content, as paths to load: its web articles and the sources added, those still there. */
export function libraryContent(library: OpenedLibrary): string[] {
	const added = (
		library.db.prepare("SELECT path FROM sources ORDER BY added_ms").all() as { path: string }[]
	).map((row) => row.path);
	return [webArticlesFolder(library.file), ...added].filter((location) => existsSync(location));
}
