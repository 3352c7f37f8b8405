import { buildCorpus, type Corpus } from "./corpus/corpus.js";
import { errorMessage } from "./corpus/fs-errors.js";
import { openLibrary } from "./library/database.js";
import { describeCounts, type Loaded } from "./library/load.js";
import { LiveSession } from "./live.js";
import { stateFolder } from "./persist/location.js";
import { restore } from "./persist/snapshot.js";
import { ReadingStore } from "./persist/store.js";
import { quotePassages } from "./quotes/match.js";
import { startIndexing } from "./search/indexing.js";
import { initialState } from "./state/state.js";
import { detectCapabilities } from "./terminal/capabilities.js";
import { osc52 } from "./terminal/clipboard.js";
import { letYoungGenerationGrow } from "./terminal/memory.js";
import { startReader } from "./ui/start-reader.js";

/**
 * The reader's run, from the articles loaded to the session ended: its
 * reading state, its live session (what R and a load behind it replace),
 * its interface. Loaded by cli.ts only for the reader, so a print mode
 * never loads the state, the layout or the interface.
 */

/** What the reader starts on, and what it asks of the command that runs it. */
export interface ReaderRun {
	readonly loaded: Loaded;
	readonly corpus: Corpus;
	/** What comes behind the reader (see loadForReader), and whether it reads or checks files. */
	readonly rest: Promise<Loaded | null> | null;
	readonly behind: "reading" | "checking" | null;
	/** Reading positions and read marks kept (not with --no-state). */
	readonly keepsState: boolean;
	/** From this many articles, a check of the disk behind the reader says it is going on. */
	readonly toldFrom: number;
	/** R: the articles read again. */
	reload(): Promise<Loaded>;
	/** The session, once made: the load's progress and the exit speak to it. */
	started(live: LiveSession): void;
}

/** How the reader ended. */
export interface ReaderEnded {
	readonly code: number;
	/** The load read to its end behind the reader, when it replaced the first: to report. */
	readonly readBehind: Loaded | null;
	/** Why reading state could not be saved, if it could not. */
	readonly stateProblem: string | null;
}

const noCounts = { files: 0, read: 0, added: 0, changed: 0, removed: 0, renamed: 0 };

export async function runReader(run: ReaderRun): Promise<ReaderEnded> {
	const { loaded, corpus, rest, behind } = run;
	const indexed = (shown: Loaded, of: Corpus) => {
		const indexing = startIndexing(of, quotePassages(of), undefined, shown.searchIndexes(of));
		// Once a large corpus is indexed, its garbage is behind it: keys go faster with the heap free to grow.
		const unsubscribe = indexing.subscribe(() => {
			if (indexing.index) {
				letYoungGenerationGrow();
				unsubscribe();
			}
		});
		return indexing;
	};
	// In the library when there is one; else state.json, as before it.
	const { store, saved, notice } = run.keepsState
		? (loaded.readingState(stateFolder()) ?? ReadingStore.open(stateFolder()))
		: ReadingStore.disabled();
	// What the library had to say shows in the status bar too: the screen hides what stderr said.
	const counts = loaded.counts;
	// A library brought up to date says what changed; a first run (everything new) need not.
	const updated =
		counts && counts.read < counts.files && counts.read + counts.removed > 0
			? `library: ${describeCounts(counts)}`
			: null;
	const notices = [notice, ...loaded.notices, updated].filter(Boolean).join(" · ") || null;
	const initial = { ...initialState, ...restore(corpus, saved), notice: notices };
	// Signals end the process from the session; what is pending is written then too.
	// Before the library is closed (its own exit listener came first).
	process.prependListener("exit", () => store.flush());
	const live = new LiveSession(
		{
			build: (shown) => {
				const next = buildCorpus(shown.articles, shown.warnings, shown.grouping);
				return { corpus: next, indexing: indexed(shown, next) };
			},
			reload: run.reload,
			update: (progress) => refreshFeeds(loaded.library, progress),
		},
		loaded,
		{ corpus, indexing: indexed(loaded, corpus) },
		initial,
		saved,
		store,
	);
	run.started(live);
	// The rest of a long first run, read in the background, or what changed on disk since the
	// library last saw it: the reader goes on where it was on all of it.
	let restRead = false;
	if (rest) live.busyWith(rest);
	// A check that takes a moment (a big library) says so, and says when nothing changed.
	const told = behind === "checking" && loaded.articles.length >= run.toldFrom;
	const files = loaded.articles.length.toLocaleString("en");
	if (told) live.say(`library: checking ${files} files for changes…`);
	rest?.then(
		(full) => {
			restRead = true;
			if (full) live.replace(full, `library: ${describeCounts(full.counts ?? noCounts)}`);
			else if (told) live.say(`library: ${files} files, none changed`);
		},
		(error: unknown) => live.say(`library: ${behind} stopped (${errorMessage(error)})`),
	);
	const code = await startReader(
		live,
		detectCapabilities(process.env, process.stdout.hasColors?.() ?? false),
		process.env.TERM === "dumb" ? undefined : (text) => process.stdout.write(osc52(text)),
		{ stdin: process.stdin, stdout: process.stdout, stderr: process.stderr },
	);
	store.flush();
	return {
		code,
		readBehind: rest && restRead && live.current !== loaded ? live.current : null,
		stateProblem: store.problem ?? null,
	};
}

/** R: every feed fetched again, in the background of the reader. */
async function refreshFeeds(
	file: string | null,
	progress: (status: string) => void,
): Promise<{ added: number; said: string }> {
	if (!file) return { added: 0, said: "no library: no feeds to fetch (see parallax add)" };
	const opened = await openLibrary(file);
	if (!opened.db) return { added: 0, said: `feeds not fetched: ${opened.notice}` };
	const library = opened;
	try {
		const [{ updateFeeds }, { webArticlesFolder }] = await Promise.all([
			import("./web/update.js"),
			import("./library/content.js"),
		]);
		const results = await updateFeeds(library, webArticlesFolder(library.file), {
			progress: (done, all) => progress(`updating feeds ${done}/${all}…`),
		});
		if (results.length === 0) return { added: 0, said: "no feeds to fetch (see parallax add)" };
		const added = results.reduce((sum, result) => sum + result.added, 0);
		const failed = results.filter((result) => result.state === "failed");
		const news = `${added} new article${added === 1 ? "" : "s"}`;
		return {
			added,
			said:
				failed.length === 0
					? news
					: `${news}; ${failed.length} feed${failed.length === 1 ? "" : "s"} failed (parallax feeds says why)`,
		};
	} finally {
		library.db.close();
	}
}
