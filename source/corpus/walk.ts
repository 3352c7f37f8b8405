import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { LoadWarning } from "./article.js";
import { describeFsError } from "./fs-errors.js";

export const ARTICLE_EXTENSIONS = [".md", ".markdown", ".txt"] as const;

export interface WalkResult {
	/** Article files in a stable order: the order of the paths given, then by name. */
	readonly files: string[];
	/** Paths given that do not exist. */
	readonly missing: string[];
	readonly warnings: LoadWarning[];
}

export function isArticleFile(name: string): boolean {
	const extension = path.extname(name).toLowerCase();
	return (ARTICLE_EXTENSIONS as readonly string[]).includes(extension);
}

// Folders that hold tooling, not articles.
const SKIPPED_FOLDERS = new Set(["node_modules"]);

/**
 * Finds the article files under the given paths. A file named on the command
 * line is taken whatever its extension; inside folders only article
 * extensions count, hidden entries and node_modules are skipped, and each real
 * folder is entered once, so symlink loops end.
 */
export async function walk(paths: readonly string[]): Promise<WalkResult> {
	const files: string[] = [];
	const warnings: LoadWarning[] = [];
	const missing: string[] = [];
	const seenFiles = new Set<string>();
	const seenFolders = new Set<string>();

	const addFile = async (file: string) => {
		const real = await realpath(file).catch(() => file);
		if (seenFiles.has(real)) return;
		seenFiles.add(real);
		files.push(file);
	};

	const visitFolder = async (folder: string): Promise<void> => {
		const real = await realpath(folder).catch(() => folder);
		if (seenFolders.has(real)) return;
		seenFolders.add(real);
		let entries: Dirent[];
		try {
			entries = await readdir(folder, { withFileTypes: true });
		} catch (error) {
			warnings.push({ path: folder, message: `cannot read folder (${describeFsError(error)})` });
			return;
		}
		entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		for (const entry of entries) {
			if (entry.name.startsWith(".") || SKIPPED_FOLDERS.has(entry.name)) continue;
			const full = path.join(folder, entry.name);
			let isDirectory = entry.isDirectory();
			let isFile = entry.isFile();
			if (entry.isSymbolicLink()) {
				const target = await stat(full).catch(() => undefined);
				if (!target) {
					if (isArticleFile(entry.name))
						warnings.push({ path: full, message: "broken link; skipped" });
					continue;
				}
				isDirectory = target.isDirectory();
				isFile = target.isFile();
			}
			if (isDirectory) await visitFolder(full);
			else if (isFile && isArticleFile(entry.name)) await addFile(full);
		}
	};

	for (const given of paths) {
		const info = await stat(given).catch(() => undefined);
		if (info?.isDirectory()) await visitFolder(given);
		else if (info?.isFile()) await addFile(given);
		else if (info) warnings.push({ path: given, message: "not a regular file or folder; skipped" });
		else missing.push(given);
	}
	return { files, missing, warnings };
}
