import { existsSync, mkdirSync, renameSync } from "node:fs";
import path from "node:path";
import type { DatabaseSync } from "node:sqlite";
import { errorMessage } from "../corpus/fs-errors.js";
import { MIGRATIONS } from "./schema.js";

/**
 * The library's database: one SQLite file (node:sqlite, nothing to install
 * or start), in WAL mode so that readers never wait for a writer, each
 * change one transaction, so that a crash or a kill leaves it consistent.
 */

export interface OpenedLibrary {
	readonly db: DatabaseSync;
	readonly file: string;
	/** Whether this SQLite has FTS5 (full-text search). */
	readonly fts5: boolean;
	/** Something the user should hear of once: a damaged file set aside. */
	readonly notice: string | null;
}

/** Why the library could not be opened: the program goes on without it. */
export interface NoLibrary {
	readonly db: null;
	readonly notice: string;
}

// SQLite result codes (https://sqlite.org/rescode.html) that mean the file is not a sound database.
const SQLITE_CORRUPT = 11;
const SQLITE_NOTADB = 26;

function sqliteCode(error: unknown): number | null {
	const code = (error as { errcode?: unknown } | null)?.errcode;
	return typeof code === "number" ? code & 0xff : null;
}

function damaged(error: unknown): boolean {
	const code = sqliteCode(error);
	return code === SQLITE_CORRUPT || code === SQLITE_NOTADB;
}

type Sqlite = typeof import("node:sqlite");

/** node:sqlite, or null on a Node without it (older than 22.5). */
async function loadSqlite(): Promise<Sqlite | null> {
	try {
		// Not a static import: the program must still start, without a library, where it is missing.
		return await import("node:sqlite");
	} catch {
		return null;
	}
}

/**
 * Opens (or creates) the library at `file` and brings its schema up to
 * date. A file that is not a sound database is set aside beside it and a
 * new one made: everything in it can be made again from the articles.
 */
export async function openLibrary(file: string): Promise<OpenedLibrary | NoLibrary> {
	const sqlite = await loadSqlite();
	if (!sqlite)
		return {
			db: null,
			notice: `the library needs Node.js 22.5 or later (this is ${process.version}); articles are read afresh`,
		};
	try {
		mkdirSync(path.dirname(file), { recursive: true });
	} catch (error) {
		return {
			db: null,
			notice: `library not used: cannot make its folder (${errorMessage(error)})`,
		};
	}
	try {
		return { ...prepare(sqlite, file), notice: null };
	} catch (error) {
		if (!damaged(error)) return { db: null, notice: `library not used: ${errorMessage(error)}` };
		const aside = setAside(file);
		try {
			return {
				...prepare(sqlite, file),
				notice: `the library was damaged (${errorMessage(error)}); set aside as ${aside} and made again`,
			};
		} catch (again) {
			return { db: null, notice: `library not used: ${errorMessage(again)}` };
		}
	}
}

function prepare(sqlite: Sqlite, file: string): { db: DatabaseSync; file: string; fts5: boolean } {
	const db = new sqlite.DatabaseSync(file, { timeout: 5000 });
	try {
		db.exec("PRAGMA journal_mode = WAL");
		db.exec("PRAGMA synchronous = NORMAL");
		migrate(db);
		return { db, file, fts5: hasFts5(db) };
	} catch (error) {
		db.close();
		throw error;
	}
}

/** Runs the migrations the file has not had, with the version they bring it to. */
export function migrate(db: DatabaseSync): void {
	const current = Number(
		(db.prepare("PRAGMA user_version").get() as { user_version: number }).user_version,
	);
	if (current > MIGRATIONS.length)
		throw new Error(
			`the library was made by a newer parallax (schema ${current}; this one knows ${MIGRATIONS.length})`,
		);
	if (current === MIGRATIONS.length) return;
	// All that are due in one transaction: a new file is made in one write, and a failure leaves the old version.
	transaction(db, () => {
		for (let version = current; version < MIGRATIONS.length; version++)
			db.exec(MIGRATIONS[version] as string);
		db.exec(`PRAGMA user_version = ${MIGRATIONS.length}`);
	});
}

// A few sets of articles (folders opened in turn) keep what was made of them (an index, a grouping).
const SETS_KEPT = 3;

/**
 * Forgets all but the newest few rows of a table of what was made of a set
 * of articles, each row by the set's signature and when it was made.
 */
export function keepNewestSets(db: DatabaseSync, table: "search_indexes" | "story_groups"): void {
	db.prepare(
		`DELETE FROM ${table} WHERE signature NOT IN (SELECT signature FROM ${table} ORDER BY made_ms DESC LIMIT ?)`,
	).run(SETS_KEPT);
}

/** Runs `work` in one transaction: all of it, or (on an error) none of it. */
export function transaction<T>(db: DatabaseSync, work: () => T): T {
	db.exec("BEGIN IMMEDIATE");
	try {
		const result = work();
		db.exec("COMMIT");
		return result;
	} catch (error) {
		if (db.isTransaction) db.exec("ROLLBACK");
		throw error;
	}
}

function hasFts5(db: DatabaseSync): boolean {
	try {
		db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts5_probe USING fts5(text)");
		db.exec("DROP TABLE temp.fts5_probe");
		return true;
	} catch {
		return false;
	}
}

/** Moves a damaged database (and its WAL and shared-memory files) out of the way; the name it now has. */
function setAside(file: string): string {
	const aside = `${file}.damaged-${new Date().toISOString().replace(/[:.]/g, "-")}`;
	for (const suffix of ["", "-wal", "-shm"]) {
		if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix);
	}
	return aside;
}
