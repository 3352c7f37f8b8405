import { type Dirent, readdirSync, realpathSync, statSync } from "node:fs";
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

function realpathOr(file: string): string {
	try {
		return realpathSync(file);
	} catch {
		return file;
	}
}

function statOr(file: string) {
	try {
		return statSync(file);
	} catch {
		return undefined;
	}
}

/**
 * Finds the article files under the given paths. A file named on the command
 * line is taken whatever its extension; inside folders only article
 * extensions count, hidden entries and node_modules are skipped, and each real
 * folder is entered once, so symlink loops end.
 *
 * Synchronous: a folder of thousands of articles is listed fastest that way,
 * and nothing is on screen yet.
 */
export function walk(paths: readonly string[]): WalkResult {
	const steps = walkStepwise(paths);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

// Folder entries looked at between pauses of a walk in the background.
const ENTRIES_PER_STEP = 512;

/** walk(), pausing (yielding) every few hundred entries: for a walk behind the reader. */
export function* walkStepwise(paths: readonly string[]): Generator<void, WalkResult, void> {
	const files: string[] = [];
	const warnings: LoadWarning[] = [];
	const missing: string[] = [];
	const seenFiles = new Set<string>();
	const seenFolders = new Set<string>();
	let looked = 0;

	// A file's real path is its folder's real path and its name, unless it is itself a link.
	const addFile = (file: string, real: string) => {
		if (seenFiles.has(real)) return;
		seenFiles.add(real);
		files.push(file);
	};

	// A folder's real path is its parent's and its name, unless it is reached through a link:
	// only links can make loops (folders have no hard links), so only they are resolved.
	function* visitFolder(folder: string, known?: string): Generator<void, void, void> {
		const real = known ?? realpathOr(folder);
		if (seenFolders.has(real)) return;
		seenFolders.add(real);
		let entries: Dirent[];
		try {
			entries = readdirSync(folder, { withFileTypes: true });
		} catch (error) {
			warnings.push({ path: folder, message: `cannot read folder (${describeFsError(error)})` });
			return;
		}
		entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		for (const entry of entries) {
			if (++looked % ENTRIES_PER_STEP === 0) yield;
			if (entry.name.startsWith(".") || SKIPPED_FOLDERS.has(entry.name)) continue;
			const full = path.join(folder, entry.name);
			if (entry.isSymbolicLink()) {
				const target = statOr(full);
				if (!target) {
					if (isArticleFile(entry.name))
						warnings.push({ path: full, message: "broken link; skipped" });
				} else if (target.isDirectory()) {
					yield* visitFolder(full);
				} else if (target.isFile() && isArticleFile(entry.name)) {
					addFile(full, realpathOr(full));
				}
			} else if (entry.isDirectory()) {
				yield* visitFolder(full, path.join(real, entry.name));
			} else if (entry.isFile() && isArticleFile(entry.name)) {
				addFile(full, path.join(real, entry.name));
			}
		}
	}

	for (const given of paths) {
		const info = statOr(given);
		if (info?.isDirectory()) yield* visitFolder(given);
		else if (info?.isFile()) addFile(given, realpathOr(given));
		else if (info) warnings.push({ path: given, message: "not a regular file or folder; skipped" });
		else missing.push(given);
	}
	return { files, missing, warnings };
}
