import { fileURLToPath } from "node:url";
import { readCommandLine } from "./cli-args.js";
import type { LoadWarning } from "./corpus/article.js";
import { buildCorpus } from "./corpus/corpus.js";
import { errorMessage } from "./corpus/fs-errors.js";
import { ARTICLE_EXTENSIONS } from "./corpus/walk.js";
import { describeCounts, type Loaded, loadArticlesFrom, loadForReader } from "./library/load.js";
import type { LoadProgress } from "./library/sync.js";
import type { LiveSession } from "./live.js";
import { libraryFile } from "./persist/location.js";
import { listJson, listText } from "./print/list.js";
import { quotesJson, quotesText } from "./print/quotes.js";
import { searchJson, searchText } from "./print/search.js";
import { quotePassages } from "./quotes/match.js";
import { buildSearchIndex } from "./search/builder.js";
import type { SearchScope } from "./search/index.js";
import { searchIndexFrom } from "./search/indexing.js";
import { detectCapabilities } from "./terminal/capabilities.js";
import { LARGE_CORPUS, letYoungGenerationGrow } from "./terminal/memory.js";
import { sanitize } from "./text/sanitize.js";
import { WEB_COMMANDS, type WebCommand } from "./web/names.js";

// What `ps` and `pgrep` show: not "node".
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
	// The reader and its interface load beside the articles; a print mode never loads them.
	const readerRun = reader ? import("./reader-run.js") : null;
	// (Its failure is met where it is awaited, not as a rejection no one handled meanwhile.)
	readerRun?.catch(() => {});
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
	const corpus = buildCorpus(loaded.articles, loaded.warnings, loaded.grouping);
	// (Not while a long first run is still read: what it reads would grow the heap to stay.)
	if (corpus.articles.length < LARGE_CORPUS && !rest) letYoungGenerationGrow();

	if (quotes || compare || coverage) {
		printWarnings(corpus.warnings);
		const width = process.stdout.isTTY ? process.stdout.columns : 100;
		const { json } = cli.flags;
		// Compare and coverage lay out columns: loaded (with text widths) only for them.
		if (quotes) process.stdout.write(json ? quotesJson(corpus) : quotesText(corpus));
		else if (compare) {
			const { compareJson, compareText } = await import("./print/compare.js");
			process.stdout.write(json ? compareJson(corpus) : compareText(corpus, width));
		} else {
			const { coverageJson, coverageText } = await import("./print/coverage.js");
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
	const { runReader } = await (readerRun ?? import("./reader-run.js"));
	const ended = await runReader({
		loaded,
		corpus,
		rest,
		behind,
		keepsState: cli.flags.state,
		toldFrom: backgroundFrom(),
		reload: () => loadArticlesFrom(paths, libraryPath, undefined, withContent),
		started: (session) => {
			live = session;
		},
	});
	if (ended.readBehind) reportLibrary(ended.readBehind, "read");
	else if (rest && behind === "reading")
		process.stderr.write(
			"parallax: library: left before every file was read; the next run reads the rest\n",
		);
	printWarnings([...corpus.warnings, ...corpus.problems.all]);
	if (ended.stateProblem)
		process.stderr.write(`parallax: warning: reading state not saved (${ended.stateProblem})\n`);
	// Work still going on behind the reader (the index, a long first run's files, the check of the
	// disk) stops with it: what is done is kept (each slice is committed; quotations are saved on
	// exit), the rest is taken up by the next run, and the shell gets its prompt back now.
	readerEnded = true;
	return ended.code;
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
