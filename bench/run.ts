/**
 * npm run bench: parallax measured the way a user feels it, in a real
 * pseudo-terminal, beside a bare Ink app run the same way (ratios cancel
 * the machine out), then at scale on 10,000 generated articles.
 * Prints a table and writes bench/results/<date>.json. Not a test: nothing
 * here fails on a slow machine.
 */
import { spawnSync } from "node:child_process";
import {
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CLI } from "../test/e2e/pty.js";
import { largeArticle } from "../test/fixtures/large-article.js";
import { seedBodies } from "../test/fixtures/seed-bodies.js";
import { generateCorpus } from "./generate-corpus.js";
import { type KeyCost, Probe, percentile, type Spread, spread } from "./measure.js";
import { benchmarkSearch } from "./search.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const ARTICLES = path.join(ROOT, "articles");
const BARE_APP = path.join(ROOT, "bench", "bare-app.mjs");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SCALE = Number(process.env.BENCH_ARTICLES ?? 10_000);
// Articles without story ids, grouped by content (BENCH_UNNAMED=0: none).
const UNNAMED = Number(process.env.BENCH_UNNAMED ?? 2000);
const COLS = 100;
const ROWS = 30;
const QUERY = "eddie warior corectional";

interface RunFigures {
	firstScreenMs: number;
	firstKey: KeyCost;
	scroll: KeyCost[];
	page: KeyCost[];
	typing: KeyCost[];
	next: KeyCost[];
	resize: KeyCost & { frames: number };
	peakRssMb: number;
}

const env = { LANG: "C.UTF-8", TERM: "xterm-256color" };

/**
 * A library made once, before the runs that use it, as a user's is after their first start:
 * the bundled articles and the 5 MB one are measured as they start every other day. (The
 * 10,000 articles are measured on a first run and, below, on a second one.) The reading state
 * is left out (--no-state), so that every run starts on the list.
 */
const warmDataHome = mkdtempSync(path.join(tmpdir(), "parallax-bench-warm-"));
const warm = { ...env, XDG_DATA_HOME: warmDataHome };

function warmUp(folders: readonly string[]): void {
	spawnSync(process.execPath, [CLI, "--quotes", ...folders], {
		env: { ...process.env, ...warm },
		stdio: "ignore",
	});
}

async function parallaxRun(): Promise<RunFigures> {
	const { probe, firstScreenMs } = await Probe.start(
		["--no-state"],
		{ cols: COLS, rows: ROWS, env: warm },
		(screen) =>
			screen.includes("j/k move") && screen.includes("The Democratic presidential candidate"),
	);
	const firstKey = await probe.key("j", (s) => s.includes("Reuters FILE PHOTO"));
	await probe.key("k", (s) => s.includes("The Democratic presidential candidate"));
	await probe.key("\r", (s) => s.includes("j/k scroll"));
	const scroll: KeyCost[] = [];
	for (let i = 0; i < 10; i++) scroll.push(await probe.key(i % 2 === 0 ? "j" : "k"));
	const page: KeyCost[] = [];
	for (let i = 0; i < 6; i++) page.push(await probe.key(i % 2 === 0 ? " " : "b"));
	await probe.key("/", (s) => s.includes("Type to search"));
	const typing: KeyCost[] = [];
	for (const char of QUERY) typing.push(await probe.key(char));
	await probe.key("\r", (s) => s.includes("match 1/2"));
	const next: KeyCost[] = [];
	for (let i = 0; i < 6; i++) next.push(await probe.key("n"));
	const resize = await probe.resize(120, 40);
	const peakRssMb = probe.peakRssMb();
	await probe.stop();
	return { firstScreenMs, firstKey, scroll, page, typing, next, resize, peakRssMb };
}

async function bareRun(): Promise<
	Pick<RunFigures, "firstScreenMs" | "firstKey" | "scroll" | "resize" | "peakRssMb">
> {
	const { probe, firstScreenMs } = await Probe.start(
		[],
		{ cols: COLS, rows: ROWS, env, script: BARE_APP },
		(screen) =>
			screen.includes("Business Insider Australia") &&
			screen.includes("The Democratic presidential candidate"),
	);
	const firstKey = await probe.key("j");
	await probe.key("k");
	const scroll: KeyCost[] = [];
	for (let i = 0; i < 10; i++) scroll.push(await probe.key(i % 2 === 0 ? "j" : "k"));
	const resize = await probe.resize(120, 40);
	const peakRssMb = probe.peakRssMb();
	await probe.stop();
	return { firstScreenMs, firstKey, scroll, resize, peakRssMb };
}

interface ScaleFigures {
	firstScreenMs: number;
	openMs: number;
	searchKeys: KeyCost[];
	peakRssMb: number;
}

async function scaleRun(folder: string): Promise<ScaleFigures> {
	const { probe, firstScreenMs } = await Probe.start(
		[folder],
		{ cols: COLS, rows: ROWS, env },
		(screen) => screen.includes("j/k move") && /Articles\s+1\//.test(screen),
	);
	// Selecting the next article shows it in the reader.
	const open = await probe.key("j", (s) => /Articles\s+2\//.test(s));
	await probe.key("/", (s) => s.includes("Type to search") || s.includes("indexing"));
	// Wait for the index, so that each key measures a search, not the build.
	await probe.session.waitFor((s) => !s.includes("indexing"), 60_000);
	const searchKeys: KeyCost[] = [];
	for (const char of QUERY) searchKeys.push(await probe.key(char));
	const peakRssMb = probe.peakRssMb();
	await probe.stop();
	return { firstScreenMs, openMs: open.ms, searchKeys, peakRssMb };
}

/** The library on the generated articles: a first run that fills it, then runs that read it, beside --in-memory. */
interface LibraryFigures {
	firstListMs: number;
	inMemoryListMs: number;
	listMs: number;
	searchMs: number;
	inMemorySearchMs: number;
	firstScreenMs: number;
	/** Search keys once the index is read back: what a second run's reader answers. */
	searchKeys: KeyCost[];
	peakRssMb: number;
	databaseBytes: number;
	articleBytes: number;
}

/** Wall time of one print-mode run of the built CLI (the output thrown away). */
function timed(args: string[], dataHome: string): number {
	const started = performance.now();
	const run = spawnSync(process.execPath, [CLI, ...args], {
		env: { ...process.env, ...env, XDG_DATA_HOME: dataHome },
		stdio: ["ignore", "ignore", "inherit"],
	});
	if (run.status !== 0 && run.status !== 1) throw new Error(`parallax ${args.join(" ")} failed`);
	return performance.now() - started;
}

type LibrarySummary = Record<
	| Exclude<keyof LibraryFigures, "databaseBytes" | "articleBytes" | "searchKeys">
	| "databaseMb"
	| "sizeRatio",
	Spread
> & { readonly searchKeyP50Ms: number; readonly searchKeyP95Ms: number };

/** The library's rows of the table: each second-run figure with its budget, beside --in-memory. */
function libraryRows(
	l: LibrarySummary,
	articles: number,
): [string, string, string, string, string][] {
	if (Number.isNaN(l.listMs.median)) return [];
	const times = (a: number, b: number) => `${(a / b).toFixed(2)}× of --in-memory`;
	return [
		[
			`${articles} articles, library: first run --list`,
			fmt(l.firstListMs, ms),
			"",
			times(l.firstListMs.median, l.inMemoryListMs.median),
			"≤ 1.3× of today",
		],
		[
			"  second run: --list",
			fmt(l.listMs, ms),
			"",
			times(l.listMs.median, l.inMemoryListMs.median),
			"≤ 300 ms",
		],
		[
			"  second run: --search",
			fmt(l.searchMs, ms),
			"",
			times(l.searchMs.median, l.inMemorySearchMs.median),
			"≤ 300 ms",
		],
		["  second run: first screen", fmt(l.firstScreenMs, ms), "", "", "≤ 400 ms"],
		[
			"  second run: search key p50 / p95",
			`${ms(l.searchKeyP50Ms)} / ${ms(l.searchKeyP95Ms)}`,
			"",
			"",
			"p95 ≤ 30 ms",
		],
		["  second run: peak RSS (index in)", fmt(l.peakRssMb, mb), "", "", "≤ 150 MB"],
		[
			"  database size",
			fmt(l.databaseMb, mb),
			"",
			`${l.sizeRatio.median.toFixed(2)}× the articles' text`,
			"≤ 3×",
		],
	];
}

/** Articles that name no story, grouped by what they say: every run without the library, the first with it, then the kept grouping. */
interface GroupingFigures {
	articles: number;
	inMemoryListMs: number;
	firstListMs: number;
	listMs: number;
}

/** Runs `work` with a data folder of its own (so a library of its own), removed after. */
async function inDataHome<T>(work: (dataHome: string) => T | Promise<T>): Promise<T> {
	const dataHome = mkdtempSync(path.join(tmpdir(), "parallax-bench-data-"));
	try {
		return await work(dataHome);
	} finally {
		rmSync(dataHome, { recursive: true, force: true });
	}
}

function groupingRun(folder: string, articles: number): Promise<GroupingFigures> {
	return inDataHome((dataHome) => {
		const inMemoryListMs = timed(["--in-memory", "--list", folder], dataHome);
		const firstListMs = timed(["--list", folder], dataHome);
		const listMs = timed(["--list", folder], dataHome);
		return { articles, inMemoryListMs, firstListMs, listMs };
	});
}

/** The rows of articles grouped by content: without the library every run groups them; with it, the first. */
function groupingRows(g: {
	articles: number;
	inMemoryListMs: Spread;
	firstListMs: Spread;
	listMs: Spread;
}): [string, string, string, string, string][] {
	if (g.articles <= 0 || Number.isNaN(g.listMs.median)) return [];
	return [
		[
			`${g.articles} articles, no story ids: --in-memory --list`,
			fmt(g.inMemoryListMs, ms),
			"",
			"",
			"grouped at every run",
		],
		["  library: first run --list", fmt(g.firstListMs, ms), "", "", "grouped, kept"],
		[
			"  library: second run --list",
			fmt(g.listMs, ms),
			"",
			`${(g.listMs.median / g.inMemoryListMs.median).toFixed(2)}× of --in-memory`,
			"groups read back",
		],
	];
}

function libraryRun(folder: string): Promise<LibraryFigures> {
	return inDataHome(async (dataHome) => {
		const firstListMs = timed(["--list", folder], dataHome);
		const inMemoryListMs = timed(["--in-memory", "--list", folder], dataHome);
		const listMs = timed(["--list", folder], dataHome);
		// The first search finds every article's quotations and keeps them; the next reads them.
		timed(["--search", QUERY, "--json", folder], dataHome);
		const searchMs = timed(["--search", QUERY, "--json", folder], dataHome);
		const inMemorySearchMs = timed(["--in-memory", "--search", QUERY, "--json", folder], dataHome);
		const { probe, firstScreenMs } = await Probe.start(
			[folder],
			{ cols: COLS, rows: ROWS, env: { ...env, XDG_DATA_HOME: dataHome } },
			(screen) => screen.includes("j/k move") && /Articles\s+1\//.test(screen),
		);
		// The index read back (it was kept by the searches above), each key a search of it.
		await probe.key("/", (s) => s.includes("Type to search") || s.includes("indexing"));
		await probe.session.waitFor((s) => !s.includes("indexing"), 60_000);
		const searchKeys: KeyCost[] = [];
		for (const char of QUERY) searchKeys.push(await probe.key(char));
		const peakRssMb = probe.peakRssMb();
		await probe.stop();
		const database = path.join(dataHome, "parallax", "library.db");
		return {
			firstListMs,
			inMemoryListMs,
			listMs,
			searchMs,
			inMemorySearchMs,
			firstScreenMs,
			searchKeys,
			peakRssMb,
			databaseBytes: statSync(database).size,
			articleBytes: folderBytes(folder),
		};
	});
}

function folderBytes(folder: string): number {
	let total = 0;
	for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true }))
		if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size;
	return total;
}

interface LargeFigures {
	firstScreenMs: number;
	openMs: number;
	backMs: number;
	scroll: KeyCost[];
	page: KeyCost[];
	bottom: KeyCost;
	peakRssMb: number;
	/** Beside the short source of its story: ] while the sources are matched, how long matching takes, c and j in compare. */
	quoteMs: number;
	matchedMs: number;
	compareMs: number;
	compareScroll: KeyCost[];
	/** C on the same story: its coverage, and j in it. */
	coverageMs: number;
	coverageScroll: KeyCost[];
}

const LARGE_BYTES = 5 * 1024 * 1024;

/**
 * A 5 MB article: the first screen with it shown, and selecting it in the
 * list beside a short one (and back), then keys once its quotations are found.
 */
async function largeRun(alone: string, beside: string): Promise<LargeFigures> {
	const { probe, firstScreenMs } = await Probe.start(
		["--no-state", alone],
		{ cols: COLS, rows: ROWS, env: warm },
		(screen) => screen.includes("j/k move") && screen.includes("A very long article"),
	);
	await probe.key("\r", (s) => s.includes("j/k scroll"));
	await probe.session.waitFor((s) => !s.includes("finding quotations"), 60_000);
	const scroll: KeyCost[] = [];
	for (let i = 0; i < 10; i++) scroll.push(await probe.key(i % 2 === 0 ? "j" : "k"));
	const page: KeyCost[] = [];
	for (let i = 0; i < 6; i++) page.push(await probe.key(i % 2 === 0 ? " " : "b"));
	const bottom = await probe.key("G", (s) => /Bench\s+100%/.test(s));
	const peakRssMb = probe.peakRssMb();
	await probe.stop();

	const two = await Probe.start(
		[beside],
		{ cols: COLS, rows: ROWS, env },
		(screen) => screen.includes("j/k move") && /Articles\s+1\/2/.test(screen),
	);
	const open = await two.probe.key(
		"j",
		(s) => /Articles\s+2\/2/.test(s) && s.includes("A very long article"),
	);
	const back = await two.probe.key("k", (s) => /Articles\s+1\/2/.test(s));
	await two.probe.key("j", (s) => /Articles\s+2\/2/.test(s));
	await two.probe.key("\r", (s) => s.includes("j/k scroll"));
	await two.probe.session.waitFor((s) => !s.includes("finding quotations"), 60_000);
	const asked = performance.now();
	const quote = await two.probe.key("]", (s) => /quote 1\//.test(s));
	const matched = /quote 1\/.*· (?:only here|in \d+ other sources?)/;
	await two.probe.session.waitFor((s) => matched.test(s), 60_000);
	const matchedMs = performance.now() - asked;
	const compare = await two.probe.key("c", (s) => s.includes("Compare"));
	const compareScroll: KeyCost[] = [];
	for (let i = 0; i < 6; i++) compareScroll.push(await two.probe.key(i % 2 === 0 ? "j" : "k"));
	const coverage = await two.probe.key("C", (s) => s.includes("Coverage"));
	const coverageScroll: KeyCost[] = [];
	for (let i = 0; i < 6; i++) coverageScroll.push(await two.probe.key(i % 2 === 0 ? "j" : "k"));
	await two.probe.stop();
	return {
		firstScreenMs,
		openMs: open.ms,
		backMs: back.ms,
		scroll,
		page,
		bottom,
		peakRssMb,
		quoteMs: quote.ms,
		matchedMs,
		compareMs: compare.ms,
		compareScroll,
		coverageMs: coverage.ms,
		coverageScroll,
	};
}

/** Folders for largeRun: the large article alone, and beside the first bundled one. */
function writeLarge(): { alone: string; beside: string } {
	const alone = mkdtempSync(path.join(tmpdir(), "parallax-large-"));
	writeFileSync(path.join(alone, "large.md"), largeArticle(seedBodies(ARTICLES), LARGE_BYTES));
	const beside = mkdtempSync(path.join(tmpdir(), "parallax-beside-"));
	// In the same story as the short one, so that their quotations are matched.
	const large = readFileSync(path.join(alone, "large.md"), "utf8");
	writeFileSync(
		path.join(beside, "z-large.md"),
		large.replace("source: Bench", "source: Bench\nstory: bloomberg-prison-call-centre"),
	);
	copyFileSync(
		path.join(ARTICLES, "000-thegrio-bloomberg-severs-ties.md"),
		path.join(beside, "a-short.md"),
	);
	return { alone, beside };
}

function writeCorpus(count: number, withoutStories = false): string {
	const folder = mkdtempSync(path.join(tmpdir(), "parallax-bench-"));
	for (const item of generateCorpus(seedBodies(ARTICLES), { articles: count, withoutStories })) {
		const file = path.join(folder, item.path);
		mkdirSync(path.dirname(file), { recursive: true });
		writeFileSync(file, item.text);
	}
	return folder;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const fmt = (s: Spread, unit: (v: number) => string) =>
	`${unit(s.median)} (${unit(s.min)}–${unit(s.max)})`;
const bytes = (value: number) => `${Math.round(value)} B`;
const mb = (value: number) => `${value.toFixed(0)} MiB`;

async function main() {
	const started = Date.now();
	const own: RunFigures[] = [];
	const bare: Awaited<ReturnType<typeof bareRun>>[] = [];
	warmUp([]);
	for (let run = 0; run < RUNS; run++) {
		// Alternate, so that a slow moment of the machine hits both.
		bare.push(await bareRun());
		own.push(await parallaxRun());
		process.stderr.write(`run ${run + 1}/${RUNS} done\n`);
	}
	process.stderr.write("a 5 MB article…\n");
	const large: LargeFigures[] = [];
	const folders = writeLarge();
	warmUp([folders.alone]);
	try {
		for (let run = 0; run < Math.max(1, Math.ceil(RUNS / 2)); run++)
			large.push(await largeRun(folders.alone, folders.beside));
	} finally {
		rmSync(folders.alone, { recursive: true, force: true });
		rmSync(folders.beside, { recursive: true, force: true });
	}
	const scale: ScaleFigures[] = [];
	const library: LibraryFigures[] = [];
	if (SCALE > 0) {
		process.stderr.write(`writing ${SCALE} articles…\n`);
		const folder = writeCorpus(SCALE);
		try {
			for (let run = 0; run < Math.max(1, Math.ceil(RUNS / 2)); run++)
				scale.push(await scaleRun(folder));
			process.stderr.write("the library…\n");
			for (let run = 0; run < Math.max(1, Math.ceil(RUNS / 2)); run++)
				library.push(await libraryRun(folder));
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	}
	const grouping: GroupingFigures[] = [];
	if (UNNAMED > 0) {
		process.stderr.write(`${UNNAMED} articles without story ids…\n`);
		const folder = writeCorpus(UNNAMED, true);
		try {
			for (let run = 0; run < Math.max(1, Math.ceil(RUNS / 2)); run++)
				grouping.push(await groupingRun(folder, UNNAMED));
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	}
	process.stderr.write("the search engine in process…\n");
	// BENCH_ARTICLES=0 measures the small case only (for quick iterations).
	const engine = benchmarkSearch(ARTICLES, Math.max(SCALE, 100));

	const perRun = <T>(list: T[], pick: (item: T) => number) => spread(list.map(pick));
	const medianOf = (costs: KeyCost[], field: keyof KeyCost) =>
		spread(costs.map((c) => c[field])).median;
	const figures = {
		node: process.version,
		date: new Date().toISOString(),
		runs: RUNS,
		terminal: `${COLS}x${ROWS}`,
		parallax: {
			firstScreenMs: perRun(own, (r) => r.firstScreenMs),
			firstKeyMs: perRun(own, (r) => r.firstKey.ms),
			scrollMs: perRun(own, (r) => medianOf(r.scroll, "ms")),
			scrollBytes: perRun(own, (r) => medianOf(r.scroll, "bytes")),
			pageMs: perRun(own, (r) => medianOf(r.page, "ms")),
			pageBytes: perRun(own, (r) => medianOf(r.page, "bytes")),
			typeMs: perRun(own, (r) => medianOf(r.typing, "ms")),
			typeBytes: perRun(own, (r) => medianOf(r.typing, "bytes")),
			nextMatchMs: perRun(own, (r) => medianOf(r.next, "ms")),
			nextMatchBytes: perRun(own, (r) => medianOf(r.next, "bytes")),
			allKeysP50Ms: percentile(
				own.flatMap((r) => [...r.scroll, ...r.page, ...r.typing, ...r.next].map((c) => c.ms)),
				50,
			),
			resizeMs: perRun(own, (r) => r.resize.ms),
			resizeBytes: perRun(own, (r) => r.resize.bytes),
			resizeFrames: perRun(own, (r) => r.resize.frames),
			peakRssMb: perRun(own, (r) => r.peakRssMb),
		},
		bare: {
			firstScreenMs: perRun(bare, (r) => r.firstScreenMs),
			firstKeyMs: perRun(bare, (r) => r.firstKey.ms),
			scrollMs: perRun(bare, (r) => medianOf(r.scroll, "ms")),
			scrollBytes: perRun(bare, (r) => medianOf(r.scroll, "bytes")),
			resizeMs: perRun(bare, (r) => r.resize.ms),
			resizeBytes: perRun(bare, (r) => r.resize.bytes),
			peakRssMb: perRun(bare, (r) => r.peakRssMb),
		},
		large: {
			bytes: LARGE_BYTES,
			firstScreenMs: perRun(large, (r) => r.firstScreenMs),
			openMs: perRun(large, (r) => r.openMs),
			backMs: perRun(large, (r) => r.backMs),
			scrollMs: perRun(large, (r) => medianOf(r.scroll, "ms")),
			scrollBytes: perRun(large, (r) => medianOf(r.scroll, "bytes")),
			pageMs: perRun(large, (r) => medianOf(r.page, "ms")),
			bottomMs: perRun(large, (r) => r.bottom.ms),
			peakRssMb: perRun(large, (r) => r.peakRssMb),
			quoteMs: perRun(large, (r) => r.quoteMs),
			matchedMs: perRun(large, (r) => r.matchedMs),
			compareMs: perRun(large, (r) => r.compareMs),
			compareScrollMs: perRun(large, (r) => medianOf(r.compareScroll, "ms")),
			coverageMs: perRun(large, (r) => r.coverageMs),
			coverageScrollMs: perRun(large, (r) => medianOf(r.coverageScroll, "ms")),
		},
		grouping: {
			articles: UNNAMED,
			inMemoryListMs: perRun(grouping, (r) => r.inMemoryListMs),
			firstListMs: perRun(grouping, (r) => r.firstListMs),
			listMs: perRun(grouping, (r) => r.listMs),
		},
		library: {
			firstListMs: perRun(library, (r) => r.firstListMs),
			inMemoryListMs: perRun(library, (r) => r.inMemoryListMs),
			listMs: perRun(library, (r) => r.listMs),
			searchMs: perRun(library, (r) => r.searchMs),
			inMemorySearchMs: perRun(library, (r) => r.inMemorySearchMs),
			firstScreenMs: perRun(library, (r) => r.firstScreenMs),
			searchKeyP50Ms: percentile(
				library.flatMap((r) => r.searchKeys.map((c) => c.ms)),
				50,
			),
			searchKeyP95Ms: percentile(
				library.flatMap((r) => r.searchKeys.map((c) => c.ms)),
				95,
			),
			peakRssMb: perRun(library, (r) => r.peakRssMb),
			databaseMb: perRun(library, (r) => r.databaseBytes / 1024 / 1024),
			sizeRatio: perRun(library, (r) => r.databaseBytes / r.articleBytes),
		},
		scale: {
			articles: SCALE,
			firstScreenMs: perRun(scale, (r) => r.firstScreenMs),
			openArticleMs: perRun(scale, (r) => r.openMs),
			searchKeyP50Ms: percentile(
				scale.flatMap((r) => r.searchKeys.map((c) => c.ms)),
				50,
			),
			searchKeyP95Ms: percentile(
				scale.flatMap((r) => r.searchKeys.map((c) => c.ms)),
				95,
			),
			searchKeyBytes: perRun(scale, (r) => medianOf(r.searchKeys, "bytes")),
			peakRssMb: perRun(scale, (r) => r.peakRssMb),
			engine,
		},
	};

	const p = figures.parallax;
	const b = figures.bare;
	const s = figures.scale;
	const l = figures.large;
	const ratio = (a: number, base: number) => (base > 0 ? `${(a / base).toFixed(2)}×` : "–");
	const rows: [string, string, string, string, string][] = [
		[
			"first screen",
			fmt(p.firstScreenMs, ms),
			fmt(b.firstScreenMs, ms),
			ratio(p.firstScreenMs.median, b.firstScreenMs.median),
			"≤ 200 ms, ≤ 0.4×",
		],
		[
			"first keypress",
			fmt(p.firstKeyMs, ms),
			fmt(b.firstKeyMs, ms),
			ratio(p.firstKeyMs.median, b.firstKeyMs.median),
			"≤ 50 ms",
		],
		[
			"j (scroll a line)",
			fmt(p.scrollMs, ms),
			fmt(b.scrollMs, ms),
			ratio(p.scrollMs.median, b.scrollMs.median),
			"≤ 16 ms",
		],
		[
			"  bytes per j",
			fmt(p.scrollBytes, bytes),
			fmt(b.scrollBytes, bytes),
			ratio(p.scrollBytes.median, b.scrollBytes.median),
			"≤ bare",
		],
		["Space/b (page)", fmt(p.pageMs, ms), "", "", "≤ 16 ms"],
		["  bytes per page", fmt(p.pageBytes, bytes), "", "", ""],
		["search: a typed key", fmt(p.typeMs, ms), "", "", "≤ 16 ms"],
		["  bytes per typed key", fmt(p.typeBytes, bytes), "", "", ""],
		["n (next match)", fmt(p.nextMatchMs, ms), "", "", "≤ 16 ms"],
		["  bytes per n", fmt(p.nextMatchBytes, bytes), "", "", ""],
		["all keys, p50", ms(p.allKeysP50Ms), "", "", "≤ 16 ms"],
		[
			"resize 100x30→120x40",
			fmt(p.resizeMs, ms),
			fmt(b.resizeMs, ms),
			ratio(p.resizeMs.median, b.resizeMs.median),
			"",
		],
		[
			"  bytes, frames",
			`${fmt(p.resizeBytes, bytes)}, ${p.resizeFrames.median} frame(s)`,
			fmt(b.resizeBytes, bytes),
			"",
			"one frame",
		],
		[
			"peak RSS",
			fmt(p.peakRssMb, mb),
			fmt(b.peakRssMb, mb),
			ratio(p.peakRssMb.median, b.peakRssMb.median),
			"",
		],
		[
			"5 MB article: first screen",
			fmt(l.firstScreenMs, ms),
			"",
			`${ratio(l.firstScreenMs.median, p.firstScreenMs.median)} of the bundled`,
			"as a short one",
		],
		[
			"  select it in the list",
			fmt(l.openMs, ms),
			"",
			`${ratio(l.openMs.median, l.backMs.median)} of a short one (${ms(l.backMs.median)})`,
			"as a short one",
		],
		[
			"  j / page / G",
			`${ms(l.scrollMs.median)} / ${ms(l.pageMs.median)} / ${ms(l.bottomMs.median)}`,
			"",
			`${ratio(l.scrollMs.median, p.scrollMs.median)} of the bundled j`,
			"≤ 16 ms",
		],
		["  bytes per j", fmt(l.scrollBytes, bytes), "", "", ""],
		["  peak RSS", fmt(l.peakRssMb, mb), "", "", ""],
		[
			"  beside its story's short source: ]",
			fmt(l.quoteMs, ms),
			"",
			"the first ], while the sources are matched",
			"≤ 50 ms",
		],
		["  matching in the background", fmt(l.matchedMs, ms), "", "", ""],
		[
			"  c (compare, 8,000 rows) / j in it",
			`${ms(l.compareMs.median)} / ${ms(l.compareScrollMs.median)}`,
			"",
			"",
			"",
		],
		[
			"  C (coverage, 10,500 rows) / j in it",
			`${ms(l.coverageMs.median)} / ${ms(l.coverageScrollMs.median)}`,
			"",
			"the first C makes the rows",
			"",
		],
		[`${s.articles} articles: first screen`, fmt(s.firstScreenMs, ms), "", "", "≤ 1500 ms"],
		["  open an article", fmt(s.openArticleMs, ms), "", "", "≤ 50 ms"],
		[
			"  search key p50 / p95",
			`${ms(s.searchKeyP50Ms)} / ${ms(s.searchKeyP95Ms)}`,
			"",
			"",
			"p95 ≤ 50 ms",
		],
		["  peak RSS", fmt(s.peakRssMb, mb), "", "", "≤ 300 MiB"],
		["  index build (in process)", ms(s.engine.buildMs), "", "", "≤ 2000 ms"],
		[
			"  engine: key p50 / p95",
			`${ms(s.engine.p50Ms)} / ${ms(s.engine.p95Ms)}`,
			"",
			"",
			"p95 ≤ 50 ms",
		],
		[
			"  engine: longest build slice",
			ms(s.engine.longestSliceMs),
			"",
			"",
			"keys answered while building",
		],
		...libraryRows(figures.library, s.articles),
		...groupingRows(figures.grouping),
	];
	const widths = [0, 1, 2, 3, 4].map((i) =>
		Math.max(
			...rows.map((r) => r[i]?.length ?? 0),
			["", "parallax", "bare Ink", "ratio", "budget"][i]?.length ?? 0,
		),
	);
	const line = (cells: string[]) =>
		`| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(" | ")} |`;
	const table = [
		line(["", "parallax", "bare Ink", "ratio", "budget"]),
		line(widths.map((w) => "-".repeat(w))),
		...rows.map((r) => line(r)),
	].join("\n");
	console.log(
		`\nparallax benchmark · Node ${figures.node} · ${figures.terminal} · ${RUNS} runs · median (min–max)\n`,
	);
	console.log(table);
	const results = path.join(ROOT, "bench", "results");
	mkdirSync(results, { recursive: true });
	const stamp = figures.date.replace(/[:.]/g, "-");
	writeFileSync(path.join(results, `${stamp}.json`), `${JSON.stringify(figures, null, 2)}\n`);
	writeFileSync(path.join(results, "latest.json"), `${JSON.stringify(figures, null, 2)}\n`);
	writeFileSync(path.join(results, "latest.md"), `${table}\n`);
	rmSync(warmDataHome, { recursive: true, force: true });
	console.log(
		`\nwritten: bench/results/${stamp}.json (${((Date.now() - started) / 1000).toFixed(0)} s)`,
	);
	// npm run bench -- ../shared/eval: the quality figures too, from the data's own scorer.
	const evalFolder = process.argv.slice(2).find((arg) => !arg.startsWith("-"));
	if (evalFolder) {
		console.log("");
		const quality = spawnSync(
			process.execPath,
			[path.join(ROOT, "scripts", "quality.mjs"), evalFolder],
			{ stdio: "inherit" },
		);
		if (quality.status !== 0) process.exitCode = quality.status ?? 1;
	}
}

await main();
