import { readFileSync } from "node:fs";
import path from "node:path";
import type { StatementSync } from "node:sqlite";
import { errorMessage } from "../corpus/fs-errors.js";
import {
	EMPTY,
	parseState,
	type SavedArticle,
	type SavedState,
	STATE_VERSION,
} from "../persist/format.js";
import { DelayedStore, type Opened, STATE_FILE } from "../persist/store.js";
import { type OpenedLibrary, transaction } from "./database.js";

// Set once the state.json of the state folder has been brought in, so that it is brought in once.
const IMPORTED = "imported state.json";
const LAST = "last";

/**
 * The reading state in the library: a row per article (where it was left,
 * whether it is read, when it was last seen) and the article open when
 * parallax was left. Two readers at once merge by row: the later change to
 * an article wins. On first use it brings in the state.json that parallax
 * kept before the library, once, and leaves the file as it was.
 */
export function openReadingInLibrary(library: OpenedLibrary, stateFolder: string): Opened {
	const { db } = library;
	let notice: string | null = null;
	try {
		const imported = db.prepare("SELECT value FROM settings WHERE key = ?").get(IMPORTED);
		if (!imported) notice = importStateFile(library, path.join(stateFolder, STATE_FILE));
		return { store: new LibraryReadingStore(library), saved: readSaved(library), notice };
	} catch (error) {
		return {
			store: new LibraryReadingStore(library, errorMessage(error)),
			saved: EMPTY,
			notice: `reading state not read from the library (${errorMessage(error)}); starting fresh`,
		};
	}
}

function readSaved(library: OpenedLibrary): SavedState {
	const articles: Record<string, SavedArticle> = {};
	const rows = library.db
		.prepare("SELECT id, paragraph, offset, read, seen FROM reading")
		.all() as {
		id: string;
		paragraph: number;
		offset: number;
		read: number;
		seen: number;
	}[];
	for (const row of rows)
		articles[row.id] = {
			paragraph: row.paragraph,
			offset: row.offset,
			read: row.read === 1,
			seen: row.seen,
		};
	const last = library.db.prepare("SELECT value FROM settings WHERE key = ?").get(LAST) as
		| { value: string }
		| undefined;
	return { version: STATE_VERSION, articles, last: last ? parseLast(last.value) : null };
}

function parseLast(text: string): SavedState["last"] {
	try {
		const value = JSON.parse(text) as { article?: unknown; focus?: unknown };
		return typeof value.article === "string" && (value.focus === "list" || value.focus === "reader")
			? { article: value.article, focus: value.focus }
			: null;
	} catch {
		return null;
	}
}

/** Brings in the state file kept before the library; a notice if it could not be read. */
function importStateFile(library: OpenedLibrary, file: string): string | null {
	let text: string | null = null;
	try {
		text = readFileSync(file, "utf8");
	} catch {
		// None (or unreadable): nothing to bring in.
	}
	const parsed = text === null ? null : parseState(text);
	transaction(library.db, () => {
		if (parsed?.ok) write(library, parsed.state);
		library.db
			.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)")
			.run(IMPORTED, "1");
	});
	if (text !== null && !parsed?.ok)
		return `reading state (${path.basename(file)}) could not be brought into the library; left as it is`;
	return null;
}

/** Writes a state's articles (each only over an older row) and its open article. */
function write(
	library: OpenedLibrary,
	state: SavedState,
	upsert: StatementSync = upsertStatement(library),
): void {
	for (const [id, entry] of Object.entries(state.articles))
		upsert.run(id, entry.paragraph, entry.offset, entry.read ? 1 : 0, entry.seen);
	if (state.last)
		library.db
			.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)")
			.run(LAST, JSON.stringify(state.last));
}

function upsertStatement(library: OpenedLibrary): StatementSync {
	// The later change wins: a row another reader wrote since is kept if it is newer.
	return library.db.prepare(
		`INSERT INTO reading (id, paragraph, offset, read, seen) VALUES (?, ?, ?, ?, ?)
		 ON CONFLICT (id) DO UPDATE SET paragraph = excluded.paragraph, offset = excluded.offset,
		 read = excluded.read, seen = excluded.seen WHERE excluded.seen >= reading.seen`,
	);
}

/** Saves a few times a second at most, only the articles that changed since the last write. */
class LibraryReadingStore extends DelayedStore {
	protected readonly writes = true;
	private written: SavedState["articles"] = {};
	private upsert: StatementSync | null = null;

	constructor(
		private readonly library: OpenedLibrary,
		failed: string | null = null,
	) {
		super();
		this.failed = failed;
	}

	protected write(state: SavedState): void {
		// Only what changed: a library remembers many articles, and a key moves one.
		const changed: Record<string, SavedArticle> = {};
		for (const [id, entry] of Object.entries(state.articles))
			if (this.written[id] !== entry) changed[id] = entry;
		this.upsert ??= upsertStatement(this.library);
		const upsert = this.upsert;
		transaction(this.library.db, () =>
			write(this.library, { ...state, articles: changed }, upsert),
		);
		this.written = state.articles;
	}

	protected describe(error: unknown): string {
		return errorMessage(error);
	}
}
