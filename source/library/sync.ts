import { createHash } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import type { StatementSync } from "node:sqlite";
import { runToEnd } from "../background.js";
import { type Article, type LoadWarning, measureTitle, type Paragraph } from "../corpus/article.js";
import type { Corpus, Grouping } from "../corpus/corpus.js";
import { errorMessage } from "../corpus/fs-errors.js";
import { groupBySimilarity } from "../corpus/group.js";
import {
	articleFromBytes,
	displayPath,
	type LoadOptions,
	type LoadResult,
	loadFile,
	readArticleBytes,
} from "../corpus/load.js";
import { type WalkResult, walkStepwise } from "../corpus/walk.js";
import type { Quote } from "../quotes/extract.js";
import { quotationsFoundYet, quotationsOf, storedQuotations } from "../quotes/quotations.js";
import type { IndexStore } from "../search/indexing.js";
import { type OpenedLibrary, transaction } from "./database.js";
import { ENGINE } from "./engine.js";
import { searchIndexStore } from "./search-indexes.js";
import { keptGrouping } from "./story-groups.js";

/** What a load through the library did: how many files it read from disk and what changed since the last. */
export interface LibraryCounts {
	/** Article files under the paths. */
	readonly files: number;
	/** Of those, read from disk (new or changed); the rest came from the library. */
	readonly read: number;
	readonly added: number;
	readonly changed: number;
	readonly removed: number;
	readonly renamed: number;
}

export interface LibraryLoad extends LoadResult {
	readonly counts: LibraryCounts;
	/** Why the library could not be written (read-only, disk full): articles are still loaded, from disk. */
	readonly problem: string | null;
	/** Keeps the quotations found in this run for the next one; a problem writing them, or null. */
	saveQuotations(): string | null;
	/** Where the search index of a corpus of these articles is kept (null if some are not in the library). */
	searchIndexes(corpus: Corpus): IndexStore | null;
	/** Grouping these articles by content, kept in the library. */
	readonly grouping: Grouping;
}

/** How far a load has come: files looked at of all, and how many of them had to be read. */
export interface LoadProgress {
	readonly done: number;
	readonly total: number;
	readonly read: number;
}

// How often progress is told.
const PROGRESS_MS = 200;

interface FileRow {
	readonly path: string;
	readonly size: number;
	readonly mtime_ms: number;
	readonly hash: string;
	readonly engine: string;
	readonly warning: string | null;
}

/** A row as a file just read makes it, with its article's fields as JSON and what the list needs apart. */
interface NewRow extends FileRow {
	readonly meta: string | null;
	readonly articleId: string | null;
	readonly story: string | null;
	readonly titleWidth: number | null;
}

/** What a file gave: an article, a warning, both; stored unless it could not be read at all. */
interface Found {
	readonly file: string;
	readonly article?: Article;
	readonly warning?: LoadWarning;
	readonly row?: FileRow;
}

/** How a load through the library makes its articles. */
export interface LibraryLoadOptions extends LoadOptions {
	/**
	 * Each known article's fields but its id, story and title's width read
	 * from the library when first asked for: the reader, which shows a
	 * screenful of them. Otherwise all at once (a print mode prints them all).
	 */
	readonly fieldsWhenShown?: boolean;
}

type ProgressOptions = LibraryLoadOptions & {
	readonly progress?: (progress: LoadProgress) => void;
	/** How often progress is told, in milliseconds. */
	readonly progressMs?: number;
};

/**
 * Loads the articles under `paths` as loadArticles does, but reads from
 * disk only files that are new or changed since the library last saw them
 * (by size and modification time); the others come parsed from the
 * library. Files gone from the paths are forgotten, renamed ones noticed by
 * their content. Quotations found in an earlier run are reused by content.
 */
export function loadWithLibrary(
	library: OpenedLibrary,
	paths: readonly string[],
	options: ProgressOptions = {},
): LibraryLoad {
	return readAll(new PendingLoad(library, paths, options), options);
}

/** Reads every file a load still has to, at once, telling how far it is now and then. */
export function readAll(load: PendingLoad, options: ProgressOptions = {}): LibraryLoad {
	const steps = load.steps();
	let reported = performance.now();
	for (let step = steps.next(); !step.done; step = steps.next()) {
		// Told now and then, for a first run over a big folder: not for each file.
		if (options.progress && performance.now() - reported >= (options.progressMs ?? PROGRESS_MS)) {
			reported = performance.now();
			options.progress(step.value);
		}
	}
	return load.finish();
}

// Files read between looks at the clock, and how long a slice of reading in the background lasts.
const FILES_PER_STEP = 64;
const SLICE_MS = 12;

/** What a look at the disk found: the files, what the library knew, what it has unchanged and what is to read. */
interface Looked {
	readonly walked: WalkResult;
	readonly known: Map<string, KnownRow>;
	readonly found: (Found | undefined)[];
	readonly pending: number[];
}

// Files looked at (a stat each) between pauses.
const STATS_PER_STEP = 256;

/** The walk, and a look at each file's size and time against what the library knows, pausing now and then. */
function* lookStepwise(
	library: OpenedLibrary,
	paths: readonly string[],
	cwd: string,
	fieldsWhenShown: boolean,
	/** The load as the library last saw it: its rows, and its articles for the files unchanged. */
	lastSeen?: Pick<Looked, "known" | "found">,
): Generator<void, Looked, void> {
	const walked = yield* walkStepwise(paths);
	const known = lastSeen?.known ?? knownRows(library, paths, fieldsWhenShown);
	const seen = new Map<string, Found>();
	for (const entry of lastSeen?.found ?? []) if (entry) seen.set(entry.file, entry);
	const paragraphsOf = rowReader(library, cwd);
	const found: (Found | undefined)[] = new Array(walked.files.length);
	const pending: number[] = [];
	for (const [index, file] of walked.files.entries()) {
		if (index % STATS_PER_STEP === STATS_PER_STEP - 1) yield;
		const absolute = path.resolve(file);
		const previous = known.get(absolute);
		if (previous && previous.engine === ENGINE) {
			// Known: a look at its size and time tells whether it must be read again.
			let info: { size: number; mtimeMs: number } | null = null;
			try {
				info = statSync(absolute);
			} catch {
				// Read later, which says why it cannot be.
			}
			if (info && previous.size === info.size && previous.mtime_ms === info.mtimeMs) {
				// The same article as shown already, where there is one (and the quotations found on it).
				found[index] = seen.get(absolute) ?? {
					file: absolute,
					...previous.fields(displayPath(file, cwd), paragraphsOf),
					row: previous,
				};
				continue;
			}
		}
		pending.push(index);
	}
	return { walked, known, found, pending };
}

/**
 * Runs steps to the end, a slice at a time, the event loop turning (keys
 * answered) between slices; `afterSlice` hears the last step of each.
 */
async function inSlicesOf<Y, T>(
	steps: Generator<Y, T, void>,
	afterSlice: (step: IteratorResult<Y, T>) => void = () => {},
): Promise<T> {
	for (;;) {
		const deadline = performance.now() + SLICE_MS;
		let step = steps.next();
		while (!step.done && performance.now() < deadline) step = steps.next();
		afterSlice(step);
		if (step.done) return step.value;
		await new Promise((resolve) => setImmediate(resolve));
	}
}

/** Paths under `root` in the order a walk lists them: by name, folder by folder (see corpus/walk.ts). */
function walkOrder(files: readonly string[], root: string): string[] {
	// Folder by folder, names in code-unit order: as comparing the paths would, were the separator
	// below every other character (compared in place: no path is split for it).
	const separator = path.sep.charCodeAt(0);
	return [...files].sort((a, b) => {
		const shared = Math.min(a.length, b.length);
		let index = root.length;
		while (index < shared && a.charCodeAt(index) === b.charCodeAt(index)) index++;
		if (index === shared) return a.length - b.length;
		const x = a.charCodeAt(index);
		const y = b.charCodeAt(index);
		if (x === separator) return -1;
		if (y === separator) return 1;
		return x - y;
	});
}

/**
 * A load in two passes: first what the library knows unchanged (a look at
 * each file's size and time), then the files it must read. So the reader
 * can start on the first while the second goes on in the background, a
 * slice at a time, each slice committed (a load cut short is taken up
 * where it stopped by the next run).
 */
export class PendingLoad {
	private readonly cwd: string;
	private readonly walked: WalkResult;
	private readonly known: Map<string, KnownRow>;
	private readonly writer: RowWriter;
	/** What each file gave, in the order of the walk. */
	private readonly found: (Found | undefined)[];
	/** The files to read: their place in the walk. */
	private readonly pending: number[];
	private read = 0;

	constructor(
		private readonly library: OpenedLibrary,
		private readonly paths: readonly string[],
		options: LibraryLoadOptions = {},
		looked?: Looked,
	) {
		this.cwd = options.cwd ?? process.cwd();
		const { walked, known, found, pending } =
			looked ?? runToEnd(lookStepwise(library, paths, this.cwd, options.fieldsWhenShown ?? false));
		this.walked = walked;
		this.known = known;
		this.found = found;
		this.pending = pending;
		this.writer = new RowWriter(library);
	}

	/**
	 * The load as the library last saw it, without looking at the disk: every
	 * file it knows under the paths, in the order a walk gives, as it was.
	 * Null unless it knows at least `least` (all parsed by this parallax).
	 */
	static asLastSeen(
		library: OpenedLibrary,
		paths: readonly string[],
		least: number,
		options: LibraryLoadOptions = {},
	): PendingLoad | null {
		const cwd = options.cwd ?? process.cwd();
		if (!paths.every((given) => existsSync(given))) return null;
		const known = knownRows(library, paths, options.fieldsWhenShown ?? false);
		if (known.size < least) return null;
		const files: string[] = [];
		const absolutes: string[] = [];
		const taken = new Set<string>();
		for (const given of paths) {
			const root = path.resolve(given);
			const underRoot = root + path.sep;
			// One path: the rows known are those under it. Several: a folder given inside another
			// given one has its files once, as a walk would.
			const under =
				paths.length === 1
					? [...known.keys()]
					: [...known.keys()].filter(
							(file) => (file === root || file.startsWith(underRoot)) && !taken.has(file),
						);
			if (paths.length > 1) for (const file of under) taken.add(file);
			for (const file of walkOrder(under, root)) absolutes.push(file);
			const from = root.endsWith(path.sep) ? root.length : root.length + 1;
			// What path.join(given, …) gives for a path under it, worked out once: 100,000 joins.
			const base = path.join(given, "_").slice(0, -1);
			for (const file of absolutes.slice(files.length))
				files.push(file === root ? given : base + file.slice(from));
		}
		const paragraphsOf = rowReader(library, cwd);
		const inside = cwd.endsWith(path.sep) ? cwd : cwd + path.sep;
		const found: Found[] = [];
		for (const [index, absolute] of absolutes.entries()) {
			const row = known.get(absolute) as KnownRow;
			if (row.engine !== ENGINE) return null;
			// As displayPath shows it, without resolving every path again: ten thousand of them.
			const shown = absolute.startsWith(inside)
				? absolute.slice(inside.length)
				: (files[index] as string);
			found.push({ file: absolute, ...row.fields(shown, paragraphsOf), row });
		}
		const walked = { files, missing: [], warnings: [] };
		return new PendingLoad(library, paths, options, {
			walked,
			known,
			found,
			pending: [],
		});
	}

	/**
	 * A load whose look at the disk (the walk and a stat of each file) is done
	 * in slices between keys; after `lastSeen` (see asLastSeen), with the rows
	 * it read and the articles it made for the files found unchanged.
	 */
	static async inBackground(
		library: OpenedLibrary,
		paths: readonly string[],
		options: LibraryLoadOptions = {},
		lastSeen?: PendingLoad,
	): Promise<PendingLoad> {
		const cwd = options.cwd ?? process.cwd();
		const since = lastSeen && { known: lastSeen.known, found: lastSeen.found };
		const lazy = options.fieldsWhenShown ?? false;
		const looked = await inSlicesOf(lookStepwise(library, paths, cwd, lazy, since));
		return new PendingLoad(library, paths, options, looked);
	}

	/** Whether the disk differs from what the library knew: files to read, or files gone. */
	get changed(): boolean {
		if (this.pending.length > 0) return true;
		let seen = 0;
		for (const entry of this.found)
			if (entry?.row && this.known.get(entry.file) === entry.row) seen++;
		return seen < this.known.size;
	}

	/** Files still to read from disk. */
	get remaining(): number {
		return this.pending.length - this.read;
	}

	/** Reads the files the library does not have as they are, telling how far it is every few. */
	*steps(): Generator<LoadProgress, void, void> {
		const total = this.walked.files.length;
		for (; this.read < this.pending.length; ) {
			const index = this.pending[this.read] as number;
			this.found[index] = this.readFile(this.walked.files[index] as string);
			this.read++;
			if (this.read % FILES_PER_STEP === 0)
				yield { done: total - this.remaining, total, read: this.read };
		}
	}

	/** steps() a slice at a time between which other work (keys) is done, each slice committed. */
	async inSlices(progress?: (progress: LoadProgress) => void): Promise<LibraryLoad> {
		let told = performance.now();
		await inSlicesOf(this.steps(), (step) => {
			this.writer.commit();
			// A few times a second: each telling redraws a status bar.
			if (!step.done && performance.now() - told >= PROGRESS_MS) {
				told = performance.now();
				progress?.(step.value);
			}
		});
		return this.finish();
	}

	private readFile(file: string): Found {
		const absolute = path.resolve(file);
		const shown = displayPath(file, this.cwd);
		const bytes = readArticleBytes(absolute);
		if ("problem" in bytes)
			return { file: absolute, warning: { path: shown, message: bytes.problem } };
		const result = articleFromBytes(bytes.bytes, shown, absolute);
		const row: NewRow = {
			path: absolute,
			size: bytes.size,
			mtime_ms: bytes.mtimeMs,
			hash: createHash("sha1").update(bytes.bytes).digest("hex"),
			engine: ENGINE,
			meta: result.article ? JSON.stringify(metaOf(result.article)) : null,
			warning: result.warning?.message ?? null,
			articleId: result.article?.id ?? null,
			story: result.article?.story ?? null,
			titleWidth: result.article ? measureTitle(result.article.title) : null,
		};
		// Written as it is read: ten thousand articles' text is not held twice.
		this.writer.write(row, result.article ? JSON.stringify(result.article.paragraphs) : null);
		return { file: absolute, ...result, row };
	}

	/** What the library had unchanged, before the files to read are: for a reader to start on. */
	unchanged(): LibraryLoad {
		return this.result([], this.walked.files.length - this.pending.length, null);
	}

	/** Once every file is read: the files gone forgotten, the changes committed, all the articles. */
	finish(): LibraryLoad {
		const found = this.found.filter((entry): entry is Found => entry !== undefined);
		const seen = new Set(found.map((entry) => entry.file));
		const gone = [...this.known.values()].filter((row) => !seen.has(row.path));
		this.writer.finish([...gone, ...vanished(this.library, this.paths)]);
		return this.result(gone, this.walked.files.length, this.writer.problem);
	}

	private result(gone: readonly FileRow[], files: number, problem: string | null): LibraryLoad {
		const { library, known } = this;
		const found = this.found.filter((entry): entry is Found => entry !== undefined);
		const fresh = found.filter((entry) => entry.row && entry.row !== known.get(entry.file));
		const goneHashes = new Set(gone.map((row) => row.hash));
		const renamed = fresh.filter(
			(entry) => !known.has(entry.file) && goneHashes.has(entry.row?.hash ?? ""),
		).length;
		const added = fresh.filter((entry) => !known.has(entry.file)).length - renamed;
		const changed = fresh.filter((entry) => known.has(entry.file)).length;
		const articles: Article[] = [];
		const warnings: LoadWarning[] = [...this.walked.warnings];
		const hashes = new Map<Article, string>();
		for (const entry of found) {
			if (entry.article) {
				articles.push(entry.article);
				if (entry.row) hashes.set(entry.article, entry.row.hash);
			}
			if (entry.warning) warnings.push(entry.warning);
		}
		const quotations = quotationStore(library, hashes);
		return {
			articles,
			warnings,
			missing: this.walked.missing,
			counts: {
				files,
				read: this.read,
				added,
				changed,
				removed: gone.length - renamed,
				renamed,
			},
			problem,
			saveQuotations: quotations.save,
			searchIndexes: (corpus) =>
				problem ? null : searchIndexStore(library, corpus, (article) => hashes.get(article)),
			grouping: problem
				? groupBySimilarity
				: keptGrouping(library, (article) => hashes.get(article)),
		};
	}
}

/**
 * Writes one load's changes as they are found, in one transaction begun at
 * the first: all of them, or, after any failure (read-only, disk full),
 * none, and the load goes on from disk.
 */
class RowWriter {
	problem: string | null = null;
	private upsert: StatementSync | null = null;
	private failed = false;

	constructor(private readonly library: OpenedLibrary) {}

	write(row: NewRow, paragraphs: string | null): void {
		this.attempt((db) => {
			this.upsert ??= db.prepare(
				`INSERT INTO files (path, size, mtime_ms, hash, engine, meta, paragraphs, warning,
				 article_id, story, title_width)
				 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				 ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms,
				 hash = excluded.hash, engine = excluded.engine, meta = excluded.meta,
				 paragraphs = excluded.paragraphs, warning = excluded.warning,
				 article_id = excluded.article_id, story = excluded.story,
				 title_width = excluded.title_width`,
			);
			this.upsert.run(
				row.path,
				row.size,
				row.mtime_ms,
				row.hash,
				row.engine,
				row.meta,
				paragraphs,
				row.warning,
				row.articleId,
				row.story,
				row.titleWidth,
			);
		});
	}

	/** Commits what is written so far (the next write begins another transaction). */
	commit(): void {
		const { db } = this.library;
		if (!this.failed && db.isTransaction) this.attempt(() => db.exec("COMMIT"));
	}

	/** Forgets the files gone, and commits. */
	finish(gone: readonly FileRow[]): void {
		if (gone.length > 0)
			this.attempt((db) => {
				const remove = db.prepare("DELETE FROM files WHERE path = ?");
				for (const row of gone) remove.run(row.path);
				// Quotations no file has any more.
				db.exec("DELETE FROM quotations WHERE hash NOT IN (SELECT hash FROM files)");
			});
		const { db } = this.library;
		if (!this.failed && db.isTransaction) this.attempt(() => db.exec("COMMIT"));
	}

	private attempt(work: (db: OpenedLibrary["db"]) => void): void {
		if (this.failed) return;
		const { db } = this.library;
		try {
			if (!db.isTransaction) db.exec("BEGIN IMMEDIATE");
			work(db);
		} catch (error) {
			this.failed = true;
			this.problem = `the library could not be updated (${errorMessage(error)}); articles were read from disk`;
			try {
				if (db.isTransaction) db.exec("ROLLBACK");
			} catch {
				// Rolled back already by SQLite itself.
			}
		}
	}
}

// Rows of other folders looked at per run, to forget those whose files are gone.
const SWEEP = 256;

/**
 * Some of the library's files elsewhere than under `paths` whose file no
 * longer exists (a folder deleted, a temporary one): a few each run, so
 * that such rows go in time without a run looking at every file it knows.
 */
function vanished(library: OpenedLibrary, paths: readonly string[]): FileRow[] {
	try {
		// From a random row on, round to the start: a range of the table, not a scan of it.
		const { db } = library;
		const last = Number(
			(db.prepare("SELECT max(rowid) AS last FROM files").get() as { last: number | null }).last ??
				0,
		);
		const from = Math.floor(Math.random() * last);
		const after = db
			.prepare("SELECT path, hash FROM files WHERE rowid > ? ORDER BY rowid LIMIT ?")
			.all(from, SWEEP) as unknown as FileRow[];
		const before = db
			.prepare("SELECT path, hash FROM files WHERE rowid <= ? ORDER BY rowid LIMIT ?")
			.all(from, SWEEP - after.length) as unknown as FileRow[];
		const rows = [...after, ...before];
		const roots = paths.map((given) => path.resolve(given));
		const under = (file: string) =>
			roots.some((root) => file === root || file.startsWith(root + path.sep));
		return rows.filter((row) => !under(row.path) && !existsSync(row.path));
	} catch {
		return [];
	}
}

/**
 * What the library has for the files under `paths`, by absolute path; with
 * `fieldsWhenShown`, without the articles' fields but for what the list
 * needs of every one (their id, story and title's width).
 */
function knownRows(
	library: OpenedLibrary,
	paths: readonly string[],
	fieldsWhenShown: boolean,
): Map<string, KnownRow> {
	const rows = new Map<string, KnownRow>();
	// The folder's rows as a range of the primary key (every path that starts with the folder
	// lies between it and the folder with its last character, the separator, one higher): read
	// from the index, where a test of each path's start read every row of a big library.
	// The engine only where it is another's: this one's is one string, not one per row. The
	// fields' JSON where they are wanted now, or where a row has no id of its own (see schema).
	const columns = `path, size, mtime_ms, hash, CASE WHEN engine = ?1 THEN NULL ELSE engine END,
		 warning, meta IS NOT NULL, article_id, story, title_width,
		 CASE WHEN ?2 OR article_id IS NULL THEN meta END`;
	const query = library.db.prepare(
		`SELECT ${columns} FROM files WHERE path = ?3
		 UNION ALL SELECT ${columns} FROM files WHERE path >= ?4 AND path < ?5`,
	);
	// Rows as arrays, made into objects of one shape here: node:sqlite's own row objects take
	// twice the time and half as much memory again (100,000 rows: 370 against 160 ms).
	const arrays = typeof query.setReturnArrays === "function";
	if (arrays) query.setReturnArrays(true);
	const now = fieldsWhenShown ? 0 : 1;
	for (const given of paths) {
		const root = path.resolve(given);
		const folder = root.endsWith(path.sep) ? root : root + path.sep;
		const past =
			folder.slice(0, -1) + String.fromCharCode(folder.charCodeAt(folder.length - 1) + 1);
		for (const found of query.all(ENGINE, now, root, folder, past)) {
			const row = new KnownRow(arrays ? (found as unknown as Columns) : Object.values(found));
			rows.set(row.path, row);
		}
	}
	return rows;
}

type Columns = readonly unknown[];

/**
 * A file's row as the library has it. Its article is made once, when first
 * asked for, and its fields' JSON let go then: a hundred thousand of them.
 */
class KnownRow implements FileRow {
	readonly path: string;
	readonly size: number;
	readonly mtime_ms: number;
	readonly hash: string;
	readonly engine: string;
	readonly warning: string | null;
	private readonly hasArticle: boolean;
	// What the list needs, held as fields (no object of its own: a hundred thousand rows).
	private readonly id: string | null;
	private readonly story: string | null;
	private readonly titleWidth: number | null;
	private meta: string | null;
	private made: { article?: Article; warning?: LoadWarning } | null = null;

	constructor(columns: Columns) {
		this.path = columns[0] as string;
		this.size = columns[1] as number;
		this.mtime_ms = columns[2] as number;
		this.hash = columns[3] as string;
		this.engine = (columns[4] as string | null) ?? ENGINE;
		this.warning = columns[5] as string | null;
		this.hasArticle = Boolean(columns[6]);
		this.id = columns[7] as string | null;
		this.story = columns[8] as string | null;
		this.titleWidth = columns[9] as number | null;
		this.meta = columns[10] as string | null;
	}

	/** What the file gave: its article (its fields now or when first shown, its paragraphs when first wanted), its warning. */
	fields(shown: string, reader: RowReader): { article?: Article; warning?: LoadWarning } {
		if (!this.made) {
			const warning = this.warning ? { path: shown, message: this.warning } : undefined;
			const meta = this.meta ? (JSON.parse(this.meta) as Meta) : null;
			const head: ListFields | null =
				this.id === null
					? meta
					: { id: this.id, story: this.story, titleWidth: this.titleWidth ?? undefined };
			const article =
				this.hasArticle && head
					? new StoredArticle(head, meta, shown, this.path, reader)
					: undefined;
			this.made = { ...(article && { article }), ...(warning && { warning }) };
			this.meta = null;
		}
		return this.made;
	}
}

/** What the list needs of every article: kept in columns of their own beside the JSON. */
interface ListFields {
	readonly id: string;
	readonly story: string | null;
	readonly titleWidth?: number;
}

/**
 * An article from the library: its id, story and title's width at once,
 * its other fields when first asked for (or at once, when the load wants
 * them all), its paragraphs (most of its size) when first wanted. A class,
 * not a getter on each object: a hundred thousand of them share one.
 */
class StoredArticle implements Article {
	readonly id: string;
	readonly story: string | null;
	private readonly width: number | undefined;
	private known: Meta | null;
	private read: readonly Paragraph[] | null = null;

	constructor(
		head: ListFields,
		meta: Meta | null,
		readonly path: string,
		private readonly file: string,
		private readonly reader: RowReader,
	) {
		this.id = head.id;
		this.story = head.story;
		this.width = head.titleWidth;
		this.known = meta;
	}

	private get meta(): Meta {
		this.known ??= this.reader.meta(this.file, this.path, this);
		return this.known;
	}

	get title(): string {
		return this.meta.title;
	}

	get source(): string | null {
		return this.meta.source;
	}

	get url(): string | null {
		return this.meta.url;
	}

	get published(): string | null {
		return this.meta.published;
	}

	get titleWidth(): number | undefined {
		return this.width;
	}

	/** Rows written before the count was kept have none: then paragraphs are read to count them. */
	get paragraphCount(): number {
		return this.meta.paragraphCount ?? this.paragraphs.length;
	}

	get paragraphs(): readonly Paragraph[] {
		this.read ??= this.reader.paragraphs(this.file, this.path);
		return this.read;
	}
}

/** Reads what an article keeps in its row when it is first wanted. */
interface RowReader {
	meta(file: string, shown: string, article: ListFields): Meta;
	paragraphs(file: string, shown: string): readonly Paragraph[];
}

/**
 * Reads an article's fields and paragraphs from the library; from its file,
 * should the library fail (closed, or the row gone).
 */
function rowReader(library: OpenedLibrary, cwd: string): RowReader {
	const meta = storedJson<Meta>(library, "meta");
	const paragraphs = storedJson<Paragraph[]>(library, "paragraphs");
	const fromFile = (file: string, shown: string) =>
		loadFile(file, shown || displayPath(file, cwd)).article;
	return {
		meta: (file, shown, article) => {
			const stored = meta(file);
			if (stored) return stored;
			const read = fromFile(file, shown);
			// Gone from the disk too: the row as the list knew it, named by its path.
			return read
				? metaOf(read)
				: {
						id: article.id,
						story: article.story,
						title: shown,
						source: null,
						url: null,
						published: null,
					};
		},
		paragraphs: (file, shown) => paragraphs(file) ?? fromFile(file, shown)?.paragraphs ?? [],
	};
}

/** A JSON column of a file's row, read when asked for; null when the row has none or the library fails (closed, or gone). */
function storedJson<T>(library: OpenedLibrary, column: "meta" | "paragraphs") {
	let query: StatementSync | null = null;
	return (file: string): T | null => {
		try {
			query ??= library.db.prepare(`SELECT ${column} AS json FROM files WHERE path = ?`);
			const row = query.get(file) as { json: string | null } | undefined;
			return row?.json ? (JSON.parse(row.json) as T) : null;
		} catch {
			return null;
		}
	};
}

/** An article's row but for its paragraphs (kept apart) and its shown path (that depends on where parallax runs). */
type Meta = Omit<Article, "path" | "paragraphs">;

function metaOf(article: Article): Meta {
	const { path: _, paragraphs, ...rest } = article;
	return { ...rest, paragraphCount: paragraphs.length };
}

/**
 * Quotations kept by content: each article's are read from the library
 * when first wanted (not all at start), and those found afresh are written
 * back by save().
 */
function quotationStore(library: OpenedLibrary, hashes: ReadonlyMap<Article, string>) {
	let lookup: StatementSync | null = null;
	const stored = new Set<string>();
	// One store for every article: ten thousand of them need no function each.
	const store = (article: Article): Quote[] | null => {
		const hash = hashes.get(article);
		if (hash === undefined) return null;
		try {
			lookup ??= library.db.prepare("SELECT quotes FROM quotations WHERE hash = ? AND engine = ?");
			const row = lookup.get(hash, ENGINE) as { quotes: string } | undefined;
			if (!row) return null;
			stored.add(hash);
			return JSON.parse(row.quotes) as Quote[];
		} catch {
			// Found again instead: the library is a cache.
			return null;
		}
	};
	for (const article of hashes.keys()) storedQuotations(article, store);
	const save = (): string | null => {
		const found = [...hashes].filter(
			([article, hash]) => !stored.has(hash) && quotationsFoundYet(article),
		);
		if (found.length === 0) return null;
		try {
			transaction(library.db, () => {
				const insert = library.db.prepare(
					"INSERT OR REPLACE INTO quotations (hash, engine, quotes) VALUES (?, ?, ?)",
				);
				for (const [article, hash] of found) {
					insert.run(hash, ENGINE, JSON.stringify(quotationsOf(article)));
					stored.add(hash);
				}
			});
			return null;
		} catch (error) {
			return `quotations not kept in the library (${errorMessage(error)})`;
		}
	};
	return { save };
}
