import type { Corpus, Grouping } from "../corpus/corpus.js";
import { errorMessage } from "../corpus/fs-errors.js";
import { type LoadResult, loadArticles } from "../corpus/load.js";
import type { Opened } from "../persist/store.js";
import type { IndexStore } from "../search/indexing.js";
import { libraryContent } from "./content.js";
import { type OpenedLibrary, openLibrary } from "./database.js";
import { openReadingInLibrary } from "./reading.js";
import {
	type LibraryCounts,
	type LibraryLoad,
	type LoadProgress,
	loadWithLibrary,
	PendingLoad,
	readAll,
} from "./sync.js";

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
	/** How articles that name no story are grouped: kept in the library when there is one. */
	readonly grouping?: Grouping;
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
	const opening = await openFor(given, file, withContent);
	if ("loaded" in opening) return opening.loaded;
	const { library, paths, notice } = opening;
	try {
		return libraryLoaded(library, notice, loadWithLibrary(library, paths, { progress }), {
			closes: true,
		});
	} catch (error) {
		library.db.close();
		return diskLoaded(paths, [`library not used (${errorMessage(error)})`]);
	}
}

/** When the reader's articles are read: at once, or partly behind the reader. */
export interface ReaderLoad {
	readonly now: Loaded;
	/** What comes behind the reader: the rest of a long first run, or the articles as the disk has them now (null: as they were). */
	readonly rest: Promise<Loaded | null> | null;
	/** The rest reads files (a first run), or only checks them against the library (a later one). */
	readonly behind: "reading" | "checking" | null;
}

/**
 * For the reader. A library that knows at least `checkFrom` files under the
 * paths shows them at once as it last saw them, and checks the disk behind
 * the reader (a walk and a stat of each file, in slices between keys): the
 * rest is what changed, read, or null when nothing did. Otherwise what the
 * library has unchanged at once, and, when many files are still to be read
 * (a first run over a big folder), the rest in the background, telling how
 * far it is; with fewer to read than `backgroundFrom`, all of it at once.
 */
export async function loadForReader(
	given: readonly string[],
	file: string | null,
	withContent: boolean,
	{ backgroundFrom, checkFrom }: { backgroundFrom: number; checkFrom: number },
	progress: (progress: LoadProgress) => void,
): Promise<ReaderLoad> {
	const opening = await openFor(given, file, withContent);
	if ("loaded" in opening) return { now: opening.loaded, rest: null, behind: null };
	const { library, paths, notice } = opening;
	try {
		// The reader shows a screenful of articles: each one's fields are read when it is shown.
		const lazy = { fieldsWhenShown: true };
		const lastSeen = PendingLoad.asLastSeen(library, paths, checkFrom, lazy);
		if (lastSeen) {
			const closing = { closes: false };
			const now = libraryLoaded(library, notice, lastSeen.unchanged(), closing);
			const rest = PendingLoad.inBackground(library, paths, lazy, lastSeen).then(async (load) => {
				if (!load.changed) {
					// As it was: the view stands, and closes the library when it is done.
					closing.closes = true;
					return null;
				}
				return libraryLoaded(library, null, await load.inSlices(progress), { closes: true });
			});
			return { now, rest, behind: "checking" };
		}
		const load = new PendingLoad(library, paths, lazy);
		if (load.remaining < backgroundFrom)
			return {
				now: libraryLoaded(library, notice, readAll(load), { closes: true }),
				rest: null,
				behind: null,
			};
		// The first keeps the library open for the rest, which closes it when it is finished.
		const now = libraryLoaded(library, notice, load.unchanged(), { closes: false });
		const rest = load
			.inSlices(progress)
			.then((full) => libraryLoaded(library, null, full, { closes: true }));
		return { now, rest, behind: "reading" };
	} catch (error) {
		library.db.close();
		return {
			now: await diskLoaded(paths, [`library not used (${errorMessage(error)})`]),
			rest: null,
			behind: null,
		};
	}
}

async function diskLoaded(paths: readonly string[], notices: string[]): Promise<Loaded> {
	return {
		...(await loadArticles(paths)),
		library: null,
		counts: null,
		notices,
		finish: () => [],
		searchIndexes: () => null,
		readingState: () => null,
	};
}

/** The library opened, and the paths to load (with its own content when asked); or, without it, the load from disk. */
async function openFor(
	given: readonly string[],
	file: string | null,
	withContent: boolean,
): Promise<
	{ library: OpenedLibrary; paths: readonly string[]; notice: string | null } | { loaded: Loaded }
> {
	if (file === null) return { loaded: await diskLoaded(given, []) };
	const opened = await openLibrary(file);
	if (!opened.db) return { loaded: await diskLoaded(given, [opened.notice]) };
	const library = opened;
	try {
		const paths = withContent ? [...given, ...libraryContent(library)] : given;
		return { library, paths, notice: opened.notice };
	} catch (error) {
		library.db.close();
		return { loaded: await diskLoaded(given, [`library not used (${errorMessage(error)})`]) };
	}
}

/**
 * A library load as the program uses it; `closes`: finishing it closes the
 * library (the last load of a run) — known at the end, for a load that may
 * be followed by another.
 */
function libraryLoaded(
	library: OpenedLibrary,
	notice: string | null,
	loaded: LibraryLoad,
	closing: { readonly closes: boolean },
): Loaded {
	return {
		...loaded,
		library: library.file,
		notices: [notice, loaded.problem].filter((line): line is string => Boolean(line)),
		finish: () => {
			const problem = loaded.saveQuotations();
			if (closing.closes) library.db.close();
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
