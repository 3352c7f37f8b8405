import type { Corpus } from "../corpus/corpus.js";
import { type LoadResult, loadArticles } from "../corpus/load.js";
import type { Opened } from "../persist/store.js";
import type { IndexStore } from "../search/indexing.js";
import { libraryContent } from "./content.js";
import { openLibrary } from "./database.js";
import { openReadingInLibrary } from "./reading.js";
import { type LibraryCounts, type LoadProgress, loadWithLibrary } from "./sync.js";

/** The articles of a run, through the library unless it is off or cannot be had. */
export interface Loaded extends LoadResult {
	/** The library file used, or null (off, or unavailable). */
	readonly library: string | null;
	/** What the library did, when one was used. */
	readonly counts: LibraryCounts | null;
	/** Things the user should hear of: the library damaged, unwritable or unavailable. */
	readonly notices: readonly string[];
	/** Keeps what this run found (quotations) and closes the library; what went wrong, if anything. */
	finish(): string[];
	/** Where a corpus of these articles keeps its search index between runs (null without a library). */
	searchIndexes(corpus: Corpus): IndexStore | null;
	/** The reading state kept in the library (state.json in `stateFolder` brought in once); null without one. */
	readingState(stateFolder: string): Opened | null;
}

/**
 * Loads the articles under `paths`: from the library at `file` (made if
 * need be), which reads from disk only what changed; or, with `file` null
 * (--in-memory), from disk alone, writing nothing. A library that cannot
 * be opened or written never stops a run: the articles are read from disk.
 */
export async function loadArticlesFrom(
	given: readonly string[],
	file: string | null,
	progress?: (progress: LoadProgress) => void,
	/** Also the library's own articles (web articles, sources added): a run given no paths. */
	withContent = false,
): Promise<Loaded> {
	let paths = given;
	const fromDisk = async (notices: string[]): Promise<Loaded> => ({
		...(await loadArticles(paths)),
		library: null,
		counts: null,
		notices,
		finish: () => [],
		searchIndexes: () => null,
		readingState: () => null,
	});
	if (file === null) return fromDisk([]);
	const opened = await openLibrary(file);
	if (!opened.db) return fromDisk([opened.notice]);
	const library = opened;
	let loaded: ReturnType<typeof loadWithLibrary>;
	try {
		if (withContent) paths = [...given, ...libraryContent(library)];
		loaded = loadWithLibrary(library, paths, { progress });
	} catch (error) {
		library.db.close();
		const message = error instanceof Error ? error.message : String(error);
		return fromDisk([`library not used (${message})`]);
	}
	return {
		...loaded,
		library: library.file,
		notices: [opened.notice, loaded.problem].filter((notice): notice is string => Boolean(notice)),
		finish: () => {
			const problem = loaded.saveQuotations();
			library.db.close();
			return problem ? [problem] : [];
		},
		readingState: (stateFolder) => openReadingInLibrary(library, stateFolder),
	};
}

/** What the library did, in a line: "2,000 articles: 3 read from disk (1 added, 2 changed)". */
export function describeCounts(counts: LibraryCounts): string {
	const changes = [
		counts.added && `${counts.added.toLocaleString("en")} added`,
		counts.changed && `${counts.changed.toLocaleString("en")} changed`,
		counts.renamed && `${counts.renamed.toLocaleString("en")} renamed`,
		counts.removed && `${counts.removed.toLocaleString("en")} removed`,
	].filter(Boolean);
	const files = `${counts.files.toLocaleString("en")} article file${counts.files === 1 ? "" : "s"}`;
	return `${files}, ${counts.read.toLocaleString("en")} read from disk${changes.length > 0 ? ` (${changes.join(", ")})` : ""}`;
}
