import { fileURLToPath } from "node:url";
import { readCommandLine } from "./cli-args.js";
import type { LoadWarning } from "./corpus/article.js";
import { buildCorpus, type Corpus } from "./corpus/corpus.js";
import { errorMessage } from "./corpus/fs-errors.js";
import { ARTICLE_EXTENSIONS } from "./corpus/walk.js";
import { openLibrary } from "./library/database.js";
import { describeCounts, type Loaded, loadArticlesFrom, loadForReader } from "./library/load.js";
import type { LoadProgress } from "./library/sync.js";
import { LiveSession } from "./live.js";
import { libraryFile, stateFolder } from "./persist/location.js";
import { restore } from "./persist/snapshot.js";
import { ReadingStore } from "./persist/store.js";
import { compareJson, compareText } from "./print/compare.js";
import { coverageJson, coverageText } from "./print/coverage.js";
import { listJson, listText } from "./print/list.js";
import { quotesJson, quotesText } from "./print/quotes.js";
import { searchJson, searchText } from "./print/search.js";
import { quotePassages } from "./quotes/match.js";
import { buildSearchIndex } from "./search/builder.js";
import type { SearchScope } from "./search/index.js";
import { searchIndexFrom, startIndexing } from "./search/indexing.js";
import { initialState } from "./state/state.js";
import { detectCapabilities } from "./terminal/capabilities.js";
import { osc52 } from "./terminal/clipboard.js";
import { LARGE_CORPUS, letYoungGenerationGrow } from "./terminal/memory.js";
import { sanitize } from "./text/sanitize.js";
import { WEB_COMMANDS, type WebCommand } from "./web/names.js";

// What \`ps\` and \`pgrep\` show: not "node".
process.title = "parallax";

const commandLine = readCommandLine(process.argv.slice(2));
if (commandLine.kind === "help" || commandLine.kind === "version") {
	process.stdout.write(commandLine.text);
	process.exit(0);
}
if (commandLine.kind === "mistake") fail(commandLine.message, 2);
const cli = commandLine;

const BUNDLED_ARTICLES = fileURLToPath(new URL("../articles/", import.meta.url));

function fail(message: string, code: number): never {
	process.stderr.write(`parallax: ${sanitize(message)}\n`);
	process.exit(code);
}

/**
 * The library's notices on stderr, once loaded (with --verbose, what it
 * did), and, once finished, any problem keeping what the run found.
 */
function reportLibrary(loaded: Loaded, stage: "loading" | "loaded" | "read" | "finished") {
	const notices =
		stage === "finished" ? finished(loaded) : stage === "read" ? [] : [...loaded.notices];
	if ((stage === "loaded" || stage === "read") && cli.flags.verbose) {
		notices.push(
			loaded.counts && loaded.library
				? `library ${loaded.library}: ${describeCounts(loaded.counts)}`
				: "no library: every article read from disk",
		);
	}
	for (const notice of notices) process.stderr.write(`parallax: ${sanitize(notice)}\n`);
}

/** The reader's session, once it runs: R may replace what it shows (see live.ts). */
let live: LiveSession | null = null;

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

/**
 * From this many files to read, the reader starts before they are read: below it, reading them
 * first is quicker than a reader started twice, and peaks lower (PARALLAX_BACKGROUND_FROM sets
 * it, for tests).
 */
function backgroundFrom(): number {
	return countFromEnv("PARALLAX_BACKGROUND_FROM", 20_000);
}

/** From this many files the library knows, the reader opens on them as they were and checks the disk behind it. */
function checkFrom(): number {
	return countFromEnv("PARALLAX_CHECK_FROM", 1_000);
}

function countFromEnv(name: string, otherwise: number): number {
	const given = Number(process.env[name]);
	return Number.isInteger(given) && given > 0 ? given : otherwise;
}

function readingStatus({ done, total }: LoadProgress): string {
	return `library: reading ${done.toLocaleString("en")}/${total.toLocaleString("en")} files (${Math.floor((done / Math.max(1, total)) * 100)}%)…`;
}

const noCounts = { files: 0, read: 0, added: 0, changed: 0, removed: 0, renamed: 0 };

let shownProgress = false;
/** A line on stderr (a terminal) that counts the files of a long first run as they are read. */
function showProgress({ done, total, read }: LoadProgress) {
	shownProgress = true;
	const share = Math.floor((done / Math.max(1, total)) * 100);
	process.stderr.write(
		`\rparallax: library: ${done.toLocaleString("en")}/${total.toLocaleString("en")} files (${share}%), ${read.toLocaleString("en")} read from disk\u001b[K`,
	);
}

let finishedOnce = false;
function finished(loaded: Loaded): string[] {
	if (finishedOnce) return [];
	finishedOnce = true;
	return loaded.finish();
}

function printWarnings(warnings: readonly LoadWarning[]) {
	for (const warning of warnings) {
		process.stderr.write(
			`parallax: warning: ${sanitize(warning.path)}: ${sanitize(warning.message)}\n`,
		);
	}
}

// `parallax --list | head` closes stdout early; that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
	if (error.code === "EPIPE") process.exit(0);
	throw error;
});

function searchOptions(): { query: string; scope: SearchScope; limit: number } | undefined {
	const { search, scope, limit } = cli.flags;
	if (search === undefined) return undefined;
	if (search.trim() === "") fail("--search needs a query (see parallax --help)", 2);
	if (scope !== "all" && scope !== "quotes")
		fail(`--scope is "all" or "quotes", not "${scope}"`, 2);
	if (!Number.isInteger(limit) || limit < 1) fail("--limit needs a whole number of at least 1", 2);
	return { query: search, scope, limit };
}

/** parallax add, feeds, update, remove, export: news from the web into the library (loaded when asked for). */
async function webCommand(command: string, args: readonly string[]): Promise<number> {
	if (cli.flags.inMemory) fail(`${command} works on the library: not with --in-memory`, 2);
	const { timeout } = cli.flags;
	if (timeout !== undefined && !(timeout > 0))
		fail("--timeout needs a number of seconds above 0", 2);
	const { runWebCommand } = await import("./web/commands.js");
	return runWebCommand(command as WebCommand, args, {
		library: cli.flags.library ?? libraryFile(),
		json: cli.flags.json,
		opml: cli.flags.opml,
		timeoutMs: timeout === undefined ? undefined : timeout * 1000,
		stdout: process.stdout,
		stderr: process.stderr,
	});
}

async function main(): Promise<number> {
	const [first, ...others] = cli.input;
	if (first && (WEB_COMMANDS as readonly string[]).includes(first))
		return webCommand(first, others);
	const search = searchOptions();
	const { quotes, compare, coverage } = cli.flags;
	const modes = [cli.flags.list, search !== undefined, quotes, compare, coverage].filter(Boolean);
	if (modes.length > 1)
		fail("choose one of --list, --search, --quotes, --compare and --coverage", 2);
	// Given no path: the bundled articles, and what the library holds (web articles, sources added).
	const paths = cli.input.length > 0 ? cli.input : [BUNDLED_ARTICLES];
	if (cli.flags.inMemory && cli.flags.library !== undefined)
		fail("choose one of --library and --in-memory", 2);
	if (cli.flags.library !== undefined && cli.flags.library.trim() === "")
		fail("--library needs a file (see parallax --help)", 2);
	const libraryPath = cli.flags.inMemory ? null : (cli.flags.library ?? libraryFile());
	const withContent = cli.input.length === 0;
	const reader = modes.length === 0 && !cli.flags.json && process.stdout.isTTY;
	if (reader && !process.stdin.isTTY) {
		fail(
			"the reader needs an interactive terminal on stdin; without one, use --list [--json] (see parallax --help)",
			2,
		);
	}
	// The reader's interface loads beside the articles; a print mode never loads it.
	const readerInterface = reader ? import("./ui/start-reader.js") : null;
	// (Its failure is met where it is awaited, not as a rejection no one handled meanwhile.)
	readerInterface?.catch(() => {});
	// The reader starts on what the library has while a long first run reads the rest behind it,
	// or, over a big folder it knows, on what it last saw while the disk is checked behind it.
	const {
		now: loaded,
		rest,
		behind,
	} = reader
		? await loadForReader(
				paths,
				libraryPath,
				withContent,
				{ backgroundFrom: backgroundFrom(), checkFrom: checkFrom() },
				(progress) => live?.say(readingStatus(progress)),
			)
		: {
				now: await loadArticlesFrom(
					paths,
					libraryPath,
					process.stderr.isTTY ? showProgress : undefined,
					withContent,
				),
				rest: null,
				behind: null,
			};
	if (shownProgress) process.stderr.write("\r\u001b[K");
	// A load the reader goes on with in the background says what it read once it is done (after the session).
	reportLibrary(loaded, behind === "reading" ? "loading" : "loaded");
	// Whatever happens next, what was found is kept, and what went wrong with the library said.
	process.on("exit", () => reportLibrary(live?.current ?? loaded, "finished"));
	if (loaded.missing.length > 0) {
		for (const missing of loaded.missing) {
			process.stderr.write(`parallax: no such file or folder: ${sanitize(missing)}\n`);
		}
		return 2;
	}
	if (loaded.articles.length === 0 && !rest) {
		printWarnings(loaded.warnings);
		const where = paths.map((path) => sanitize(path)).join(", ");
		fail(`no articles found in ${where} (looked for ${ARTICLE_EXTENSIONS.join(", ")} files)`, 1);
	}
	const corpus = buildCorpus(loaded.articles, loaded.warnings);
	// (Not while a long first run is still read: what it reads would grow the heap to stay.)
	if (corpus.articles.length < LARGE_CORPUS && !rest) letYoungGenerationGrow();

	if (quotes || compare || coverage) {
		printWarnings(corpus.warnings);
		const width = process.stdout.isTTY ? process.stdout.columns : 100;
		const { json } = cli.flags;
		if (quotes) process.stdout.write(json ? quotesJson(corpus) : quotesText(corpus));
		else if (compare) process.stdout.write(json ? compareJson(corpus) : compareText(corpus, width));
		else {
			const { unicode } = detectCapabilities(process.env, false);
			process.stdout.write(json ? coverageJson(corpus) : coverageText(corpus, unicode));
		}
		printWarnings(corpus.problems.all);
		return 0;
	}

	if (search) {
		printWarnings(corpus.warnings);
		const index = searchIndexFrom(loaded.searchIndexes(corpus), () =>
			buildSearchIndex(corpus, quotePassages(corpus)),
		);
		const result = index.search(search.query, {
			scope: search.scope,
			limit: search.limit,
		});
		process.stdout.write(cli.flags.json ? searchJson(corpus, result) : searchText(corpus, result));
		printWarnings(corpus.problems.all);
		return result.hits.length > 0 ? 0 : 1;
	}

	if (cli.flags.list || cli.flags.json || !process.stdout.isTTY) {
		printWarnings(corpus.warnings);
		process.stdout.write(cli.flags.json ? listJson(corpus) : listText(corpus));
		return 0;
	}
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
	const { store, saved, notice } = cli.flags.state
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
	live = new LiveSession(
		{
			build: (shown) => {
				const next = buildCorpus(shown.articles, shown.warnings);
				return { corpus: next, indexing: indexed(shown, next) };
			},
			reload: () => loadArticlesFrom(paths, libraryPath, undefined, withContent),
			update: (progress) => refreshFeeds(loaded.library, progress),
		},
		loaded,
		{ corpus, indexing: indexed(loaded, corpus) },
		initial,
		saved,
		store,
	);
	// The rest of a long first run, read in the background, or what changed on disk since the
	// library last saw it: the reader goes on where it was on all of it.
	let restRead = false;
	if (rest) live.busyWith(rest);
	// A check that takes a moment (a big library) says so, and says when nothing changed.
	const told = behind === "checking" && loaded.articles.length >= backgroundFrom();
	const files = loaded.articles.length.toLocaleString("en");
	if (told) live.say(`library: checking ${files} files for changes…`);
	rest?.then(
		(full) => {
			restRead = true;
			if (full) live?.replace(full, `library: ${describeCounts(full.counts ?? noCounts)}`);
			else if (told) live?.say(`library: ${files} files, none changed`);
		},
		(error: unknown) => live?.say(`library: ${behind} stopped (${errorMessage(error)})`),
	);
	const { startReader } = await (readerInterface ?? import("./ui/start-reader.js"));
	const code = await startReader(
		live,
		detectCapabilities(process.env, process.stdout.hasColors?.() ?? false),
		process.env.TERM === "dumb" ? undefined : (text) => process.stdout.write(osc52(text)),
		{ stdin: process.stdin, stdout: process.stdout, stderr: process.stderr },
	);
	store.flush();
	if (rest && live && restRead && live.current !== loaded) reportLibrary(live.current, "read");
	else if (rest && behind === "reading")
		process.stderr.write(
			"parallax: library: left before every file was read; the next run reads the rest\n",
		);
	printWarnings([...corpus.warnings, ...corpus.problems.all]);
	if (store.problem)
		process.stderr.write(`parallax: warning: reading state not saved (${store.problem})\n`);
	// Work still going on behind the reader (the index, a long first run's files, the check of the
	// disk) stops with it: what is done is kept (each slice is committed; quotations are saved on
	// exit), the rest is taken up by the next run, and the shell gets its prompt back now.
	readerEnded = true;
	return code;
}

let readerEnded = false;

main().then(
	(code) => {
		if (readerEnded) process.exit(code);
		process.exitCode = code;
	},
	(error: unknown) => {
		fail(`internal error: ${errorMessage(error)}`, 70);
	},
);
