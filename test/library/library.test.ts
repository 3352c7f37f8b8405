import { execFile, spawn } from "node:child_process";
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	renameSync,
	rmSync,
	utimesSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { paragraphCount } from "../../source/corpus/article.js";
import { buildCorpus } from "../../source/corpus/corpus.js";
import { migrate, type OpenedLibrary, openLibrary } from "../../source/library/database.js";
import { loadArticlesFrom, loadForReader } from "../../source/library/load.js";
import { MIGRATIONS } from "../../source/library/schema.js";
import { loadWithLibrary } from "../../source/library/sync.js";
import { quotationsOf } from "../../source/quotes/quotations.js";
import { buildSearchIndex } from "../../source/search/builder.js";
import { CLI, childEnvironment } from "../e2e/pty.js";

const run = promisify(execFile);

let folder: string;
let articles: string;
let file: string;
beforeEach(() => {
	folder = mkdtempSync(path.join(tmpdir(), "parallax-library-"));
	articles = path.join(folder, "articles");
	mkdirSync(articles);
	file = path.join(folder, "data", "library.db");
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function write(name: string, title: string, words: string) {
	writeFileSync(
		path.join(articles, name),
		`---\ntitle: ${title}\nsource: Wire\n---\n\n“${words},” said Ana Lind.\n`,
	);
}

async function open(): Promise<OpenedLibrary> {
	const opened = await openLibrary(file);
	if (!opened.db) throw new Error(opened.notice);
	return opened;
}

function count(db: DatabaseSync, table: string): number {
	return Number((db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);
}

describe("the library's schema", () => {
	it("is made from an empty file, and brought up from the previous version keeping its rows", async () => {
		const fresh = await open();
		expect(fresh.fts5).toBe(true);
		expect(
			(fresh.db.prepare("PRAGMA user_version").get() as { user_version: number }).user_version,
		).toBe(MIGRATIONS.length);
		expect(
			(fresh.db.prepare("PRAGMA journal_mode").get() as { journal_mode: string }).journal_mode,
		).toBe("wal");
		fresh.db.close();

		// A file made by the version before this one (one migration fewer) and one made before the
		// list's own columns (version 7), a row or two in each.
		const insert =
			"INSERT INTO files (path, size, mtime_ms, hash, engine, meta, paragraphs, warning) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
		const meta = { id: "b1", title: "Bridge", source: "Wire", story: "bridge", url: null };
		for (const version of new Set([MIGRATIONS.length - 1, 7])) {
			const older = path.join(folder, `older-${version}.db`);
			const db = new DatabaseSync(older);
			for (const migration of MIGRATIONS.slice(0, version)) db.exec(migration);
			db.exec(`PRAGMA user_version = ${version}`);
			db.prepare(insert).run("/a.md", 1, 2, "h", "e", null, null, "empty file; skipped");
			db.prepare(insert).run(
				"/b.md",
				3,
				4,
				"h2",
				"e",
				JSON.stringify({ ...meta, published: null, paragraphCount: 0 }),
				"[]",
				null,
			);
			migrate(db);
			expect(
				(db.prepare("PRAGMA user_version").get() as { user_version: number }).user_version,
			).toBe(MIGRATIONS.length);
			expect(count(db, "files")).toBe(2);
			expect(count(db, "search_indexes")).toBe(0);
			if (version === 7) {
				// What the list needs of a row is taken out of its JSON (the title's width when next read).
				expect(
					db.prepare("SELECT article_id, story, title_width FROM files ORDER BY path").all(),
				).toEqual([
					{ article_id: null, story: null, title_width: null },
					{ article_id: "b1", story: "bridge", title_width: null },
				]);
			}
			db.close();
		}
	});

	it("refuses a file from a newer parallax, and runs without it, reading from disk", async () => {
		mkdirSync(path.dirname(file));
		const db = new DatabaseSync(file);
		db.exec("PRAGMA user_version = 99");
		db.close();
		write("a.md", "One", "We will rebuild it");
		const loaded = await loadArticlesFrom([articles], file);
		expect(loaded.library).toBeNull();
		expect(loaded.articles).toHaveLength(1);
		expect(loaded.notices.join()).toContain(
			`newer parallax (schema 99; this one knows ${MIGRATIONS.length})`,
		);
	});

	it("sets a damaged file aside and makes the library again, with one notice", async () => {
		mkdirSync(path.dirname(file));
		writeFileSync(file, "this is not a database, whatever its name says ".repeat(100));
		write("a.md", "One", "We will rebuild it");
		const loaded = await loadArticlesFrom([articles], file);
		expect(loaded.notices).toHaveLength(1);
		expect(loaded.notices[0]).toMatch(
			/library was damaged \(file is not a database\); set aside as .*library\.db\.damaged-/,
		);
		expect(loaded.articles.map((a) => a.title)).toEqual(["One"]);
		loaded.finish();
		expect(readdirSync(path.dirname(file)).some((name) => name.includes(".damaged-"))).toBe(true);
		const again = await loadArticlesFrom([articles], file);
		expect(again.notices).toEqual([]);
		expect(again.counts?.read).toBe(0);
		again.finish();
	});
});

describe("loading through the library", () => {
	it("reads only what is new or changed, and sees files edited, removed and renamed", async () => {
		write("a.md", "One", "We will rebuild it");
		write("b.md", "Two", "The pylons are cracked");
		write("c.md", "Three", "Nobody crosses it");
		const library = await open();
		const first = loadWithLibrary(library, [articles]);
		expect(first.counts).toEqual({
			files: 3,
			read: 3,
			added: 3,
			changed: 0,
			removed: 0,
			renamed: 0,
		});

		const second = loadWithLibrary(library, [articles]);
		expect(second.counts).toMatchObject({ files: 3, read: 0, added: 0 });
		expect(second.articles.map((a) => [a.title, a.id])).toEqual(
			first.articles.map((a) => [a.title, a.id]),
		);
		// Paths are shown as this run names them.
		expect(second.articles[0]?.path).toBe(first.articles[0]?.path);

		write("a.md", "One, edited", "We will rebuild it soon");
		// Same size and time: unseen, as make and rsync would have it; so the time moves on.
		utimesSync(path.join(articles, "a.md"), new Date(), new Date(Date.now() + 5000));
		rmSync(path.join(articles, "b.md"));
		renameSync(path.join(articles, "c.md"), path.join(articles, "d.md"));
		const third = loadWithLibrary(library, [articles]);
		expect(third.counts).toEqual({
			files: 2,
			read: 2,
			added: 0,
			changed: 1,
			removed: 1,
			renamed: 1,
		});
		expect(third.articles.map((a) => a.title).sort()).toEqual(["One, edited", "Three"]);
		expect(count(library.db, "files")).toBe(2);
		library.db.close();
	});

	it("knows a folder's files and a file apart from neighbours whose names start the same", async () => {
		const at = (name: string) => path.join(articles, name);
		for (const name of ["news", "news-old", "news0", "news/deeper"]) mkdirSync(at(name));
		const files = ["news/a.md", "news/deeper/b.md", "news-old/c.md", "news0/d.md", "news.md"];
		for (const [index, name] of files.entries()) {
			writeFileSync(at(name), `---\ntitle: Piece ${index}\n---\n\nText ${index}.\n`);
		}
		const library = await open();
		expect(loadWithLibrary(library, [articles]).counts).toMatchObject({ files: 5, read: 5 });
		const news = loadWithLibrary(library, [at("news")]);
		expect(news.counts).toMatchObject({ files: 2, read: 0, added: 0, removed: 0 });
		expect(news.articles.map((a) => a.title).sort()).toEqual(["Piece 0", "Piece 1"]);
		for (const one of ["news.md", "news0/d.md"]) {
			expect(loadWithLibrary(library, [at(one)]).counts).toMatchObject({ files: 1, read: 0 });
		}
		library.db.close();
	});

	it("reads an article's paragraphs from the library when first wanted, from its file should that fail", async () => {
		write("a.md", "One", "We will rebuild it");
		const library = await open();
		const first = loadWithLibrary(library, [articles]);
		const second = loadWithLibrary(library, [articles]);
		const third = loadWithLibrary(library, [articles]);
		// Gone from disk after the load: the library has its text.
		rmSync(path.join(articles, "a.md"));
		expect(second.articles[0]?.paragraphs).toEqual(first.articles[0]?.paragraphs);
		// The library closed: the file (back again) has it.
		write("a.md", "One", "We will rebuild it");
		library.db.close();
		expect(third.articles[0]?.paragraphs).toEqual(first.articles[0]?.paragraphs);
	});

	it("knows how many paragraphs an article has without reading them", async () => {
		write("a.md", "One", "We will rebuild it.\n\nAnd soon.");
		const library = await open();
		loadWithLibrary(library, [articles]);
		const second = loadWithLibrary(library, [articles]);
		library.db.close();
		// The library is closed and the file gone: only a count kept with the row can answer.
		rmSync(path.join(articles, "a.md"));
		const stored = second.articles[0] as NonNullable<(typeof second.articles)[number]>;
		expect(paragraphCount(stored)).toBe(2);
		expect(stored.paragraphs).toEqual([]);
	});

	it("keeps quotations by content: found once, read back on the next run, kept for a renamed file", async () => {
		write("a.md", "One", "We will rebuild it");
		const library = await open();
		const first = loadWithLibrary(library, [articles]);
		const quotes = quotationsOf(first.articles[0] as never);
		expect(quotes.map((q) => [q.text, q.speaker])).toEqual([["We will rebuild it", "Ana Lind"]]);
		expect(first.saveQuotations()).toBeNull();
		expect(count(library.db, "quotations")).toBe(1);
		// What is read back is what was found.
		library.db
			.prepare("UPDATE quotations SET quotes = ?")
			.run(JSON.stringify([{ ...quotes[0], speaker: "from the library" }]));
		renameSync(path.join(articles, "a.md"), path.join(articles, "b.md"));
		const second = loadWithLibrary(library, [articles]);
		expect(quotationsOf(second.articles[0] as never)[0]?.speaker).toBe("from the library");
		expect(second.saveQuotations()).toBeNull();
		library.db.close();
	});

	it("forgets, in time, files of other folders that are gone", async () => {
		const other = path.join(folder, "other");
		mkdirSync(other);
		for (let i = 0; i < 20; i++) writeFileSync(path.join(other, `${i}.md`), `Words ${i}.`);
		write("a.md", "One", "We will rebuild it");
		const library = await open();
		loadWithLibrary(library, [other]);
		loadWithLibrary(library, [articles]);
		expect(count(library.db, "files")).toBe(21);
		rmSync(other, { recursive: true });
		// Not one of this run's folders, but its files are gone.
		loadWithLibrary(library, [articles]);
		expect(count(library.db, "files")).toBe(1);
		library.db.close();
	});

	it("tells how far a long load has come", async () => {
		for (let i = 0; i < 200; i++) write(`${i}.md`, `Article ${i}`, `Words number ${i}`);
		const library = await open();
		const told: { done: number; total: number; read: number }[] = [];
		loadWithLibrary(library, [articles], { progress: (p) => told.push(p), progressMs: 0 });
		expect(told.map((p) => p.done)).toEqual([64, 128, 192]);
		expect(told.every((p) => p.total === 200 && p.read === p.done)).toBe(true);
		// A second run reads nothing: nothing to tell.
		told.length = 0;
		loadWithLibrary(library, [articles], { progress: (p) => told.push(p), progressMs: 0 });
		expect(told).toEqual([]);
		library.db.close();
	});

	it("keeps the search index of a set of articles, and makes it again when one changes", async () => {
		write("a.md", "One", "We will rebuild it");
		write("b.md", "Two", "The pylons are cracked");
		const library = await open();
		const first = loadWithLibrary(library, [articles]);
		const corpus = buildCorpus(first.articles);
		const store = first.searchIndexes(corpus);
		expect(store?.load()).toBeNull();
		const built = buildSearchIndex(corpus);
		expect(store?.save(built)).toBeNull();

		const second = loadWithLibrary(library, [articles]);
		const again = buildCorpus(second.articles);
		const kept = second.searchIndexes(again)?.load();
		expect(kept?.search("pylons").hits.map((hit) => hit.ref)).toEqual(
			built.search("pylons").hits.map((hit) => hit.ref),
		);

		write("b.md", "Two", "The pylons are cracked right through");
		const third = loadWithLibrary(library, [articles]);
		expect(third.searchIndexes(buildCorpus(third.articles))?.load()).toBeNull();
		library.db.close();
	});

	it("keeps how articles that name no story were grouped, and groups them again when one changes", async () => {
		const piece = (name: string, source: string, words: string) =>
			writeFileSync(
				path.join(articles, name),
				`---\ntitle: ${words.split(" ").slice(0, 4).join(" ")}\nsource: ${source}\n---\n\n${words}.\n`,
			);
		const bridge = "The harbour bridge closed after inspectors found cracked pylons under the deck";
		const budget = "The council passed a school budget with money for teachers and new buses";
		piece("a.md", "Wire", bridge);
		piece("b.md", "Gazette", `${bridge} on Tuesday`);
		piece("c.md", "Wire", budget);
		piece("d.md", "Gazette", `${budget} this spring`);
		const library = await open();
		const storiesOf = (load: ReturnType<typeof loadWithLibrary>) =>
			buildCorpus(load.articles, load.warnings, load.grouping).stories.map((story) =>
				story.articles.map((index) => load.articles[index]?.path.split(path.sep).pop()),
			);
		const first = loadWithLibrary(library, [articles]);
		expect(storiesOf(first)).toEqual([
			["a.md", "b.md"],
			["c.md", "d.md"],
		]);
		expect(count(library.db, "story_groups")).toBe(1);

		// What the library kept is what the next run shows, without grouping again.
		library.db.prepare("UPDATE story_groups SET groups = ?").run("[[0],[1],[2,3]]");
		expect(storiesOf(loadWithLibrary(library, [articles]))).toEqual([
			["a.md"],
			["b.md"],
			["c.md", "d.md"],
		]);

		piece("d.md", "Gazette", `${budget} next spring`);
		utimesSync(path.join(articles, "d.md"), new Date(), new Date(Date.now() + 5000));
		expect(storiesOf(loadWithLibrary(library, [articles]))).toEqual([
			["a.md", "b.md"],
			["c.md", "d.md"],
		]);
		expect(count(library.db, "story_groups")).toBe(2);
		library.db.close();
	});

	it("still loads every article when the library cannot be written (read-only, disk full)", async () => {
		// Long enough that its row and its quotation's need pages the full file has not got.
		write("a.md", "One", "We will rebuild it ".repeat(2000).trim());
		for (const block of ["PRAGMA query_only = ON", "PRAGMA max_page_count = 1"]) {
			rmSync(path.dirname(file), { recursive: true, force: true });
			const library = await open();
			library.db.exec(block);
			const loaded = loadWithLibrary(library, [articles]);
			expect(loaded.articles.map((a) => a.title)).toEqual(["One"]);
			const why = /(attempt to write a readonly database|database or disk is full)/;
			expect(loaded.problem).toMatch(
				/the library could not be updated \(.*\); articles were read from disk/,
			);
			expect(loaded.problem).toMatch(why);
			expect(quotationsOf(loaded.articles[0] as never)).toHaveLength(1);
			expect(loaded.saveQuotations()).toMatch(/quotations not kept in the library/);
			library.db.close();
		}
	});

	it("runs without a library where its folder cannot be made, and with none at all when asked", async () => {
		write("a.md", "One", "We will rebuild it");
		writeFileSync(path.join(folder, "a-file"), "");
		const blocked = await loadArticlesFrom([articles], path.join(folder, "a-file", "library.db"));
		expect(blocked.library).toBeNull();
		expect(blocked.notices[0]).toMatch(/library not used: cannot make its folder/);
		expect(blocked.articles).toHaveLength(1);
		const none = await loadArticlesFrom([articles], null);
		expect(none.notices).toEqual([]);
		expect(none.counts).toBeNull();
		expect(none.articles).toHaveLength(1);
		expect(existsSync(file)).toBe(false);
	});
});

describe("the library between processes", () => {
	it("stays readable when a writer is killed in the middle of a transaction", async () => {
		const library = await open();
		library.db.exec("INSERT INTO quotations VALUES ('before', 'e', '[]')");
		library.db.close();
		// A writer that inserts rows in one transaction and is killed before it commits.
		const script = `
			const { DatabaseSync } = require("node:sqlite");
			const db = new DatabaseSync(${JSON.stringify(file)});
			db.exec("BEGIN IMMEDIATE");
			const insert = db.prepare("INSERT INTO quotations VALUES (?, 'e', ?)");
			for (let i = 0; i < 20000; i++) insert.run("row" + i, "x".repeat(200));
			process.stdout.write("inserted\\n");
			setInterval(() => {}, 1000);
		`;
		const writer = spawn(process.execPath, ["-e", script], {
			stdio: ["ignore", "pipe", "inherit"],
		});
		await new Promise<void>((resolve) => writer.stdout.on("data", () => resolve()));
		writer.kill("SIGKILL");
		await new Promise((resolve) => writer.on("exit", resolve));

		const after = await open();
		expect(
			(after.db.prepare("PRAGMA integrity_check").get() as { integrity_check: string })
				.integrity_check,
		).toBe("ok");
		expect(
			after.db
				.prepare("SELECT hash FROM quotations")
				.all()
				.map((row) => (row as { hash: string }).hash),
		).toEqual(["before"]);
		after.db.close();
	});

	it("serves two runs reading at once while a third writes", async () => {
		for (let i = 0; i < 200; i++) write(`${i}.md`, `Article ${i}`, `Words number ${i}`);
		const list = () =>
			run(process.execPath, [CLI, "--library", file, "--verbose", "--list", articles], {
				env: childEnvironment(),
			});
		// One run fills the library; then one writes (a file changed) while two read.
		await list();
		write("7.md", "Article seven, edited", "Other words");
		const runs = await Promise.all([list(), list(), list()]);
		for (const { stdout, stderr } of runs) {
			expect(stdout.split("\n").filter(Boolean)).toHaveLength(200);
			expect(stdout).toContain("Article seven, edited");
			expect(stderr).toMatch(/200 article files, [01] read from disk/);
		}
		const again = await list();
		expect(again.stderr).toContain("200 article files, 0 read from disk\n");
	});
});

describe("the reader over a folder the library knows", () => {
	const limits = { backgroundFrom: 1000, checkFrom: 2 };

	it("shows the articles as the library last saw them, then what the disk has now", async () => {
		mkdirSync(path.join(articles, "b"));
		write("a.md", "One", "We will rebuild it");
		write(path.join("b", "c.md"), "Three", "We will rebuild it");
		write("b.md", "Two", "We will rebuild it");
		// A name that sorts between a folder and its contents: "-" comes before "/" but not before the folder.
		write("b-x.md", "Two and a half", "We will rebuild it");
		await (await loadArticlesFrom([articles], file)).finish();
		const walked = (await loadArticlesFrom([articles], null)).articles.map((a) => a.title);
		expect(walked).toEqual(["One", "Three", "Two and a half", "Two"]);

		write("a.md", "One, edited", "We will rebuild it soon");
		utimesSync(path.join(articles, "a.md"), new Date(), new Date(Date.now() + 5000));
		rmSync(path.join(articles, "b.md"));
		const { now, rest, behind } = await loadForReader([articles], file, false, limits, () => {});
		expect(behind).toBe("checking");
		// As last seen, in the order a walk gives (a.md, b/c.md, b-x.md, b.md), nothing read from disk.
		expect(now.articles.map((a) => a.title)).toEqual(walked);
		expect(now.counts?.read).toBe(0);
		const checked = await rest;
		expect(checked?.articles.map((a) => a.title)).toEqual([
			"One, edited",
			"Three",
			"Two and a half",
		]);
		expect(checked?.counts).toMatchObject({ read: 1, changed: 1, removed: 1 });
		// The unchanged one is the article already shown, not made again: what was found on it stays.
		expect(checked?.articles[1]).toBe(now.articles[1]);
		checked?.finish();
	});

	it("has nothing to bring when the disk is as it was, and closes the library when done", async () => {
		write("a.md", "One", "We will rebuild it");
		write("b.md", "Two", "We will rebuild it");
		(await loadArticlesFrom([articles], file)).finish();
		const { now, rest } = await loadForReader([articles], file, false, limits, () => {});
		expect(await rest).toBeNull();
		expect(existsSync(`${file}-wal`)).toBe(true);
		now.finish();
		// Closed: the last connection to a database in WAL mode folds the log back in and removes it.
		expect(existsSync(`${file}-wal`)).toBe(false);
	});

	it("reads an article's fields when it is first shown, all at once for a print mode", async () => {
		write("a.md", "One", "We will rebuild it");
		write("b.md", "Two", "The pylons are cracked");
		(await loadArticlesFrom([articles], file)).finish();
		const { now, rest } = await loadForReader([articles], file, false, limits, () => {});
		const printed = await loadArticlesFrom([articles], file);
		// Changed in the library behind both loads: only the reader's articles have not read it yet.
		const library = await open();
		library.db.prepare("UPDATE files SET meta = json_set(meta, '$.title', 'Retitled')").run();
		library.db.close();
		expect(now.articles.map((a) => [a.id, a.story, a.titleWidth])).toEqual(
			printed.articles.map((a) => [a.id, null, 3]),
		);
		expect(now.articles.map((a) => a.title)).toEqual(["Retitled", "Retitled"]);
		expect(printed.articles.map((a) => a.title)).toEqual(["One", "Two"]);
		expect(await rest).toBeNull();
		now.finish();
		printed.finish();
	});

	it("reads an article's fields from its file when the library is closed before they are shown", async () => {
		write("a.md", "One", "We will rebuild it");
		write("b.md", "Two", "The pylons are cracked");
		write("c.md", "Three", "Nobody crosses it");
		(await loadArticlesFrom([articles], file)).finish();
		const { now, rest } = await loadForReader([articles], file, false, limits, () => {});
		expect(await rest).toBeNull();
		now.finish();
		write("b.md", "Two, as the disk has it", "The pylons are cracked");
		rmSync(path.join(articles, "c.md"));
		const [a, b, c] = now.articles;
		expect([a?.title, a?.source, b?.title]).toEqual(["One", "Wire", "Two, as the disk has it"]);
		// Gone from the disk as well: the article as the list knew it, named by its path.
		expect([c?.title.endsWith("c.md"), c?.source]).toEqual([true, null]);
	});

	it("takes a file once when a folder given lies inside another given one", async () => {
		mkdirSync(path.join(articles, "b"));
		write("a.md", "One", "We will rebuild it");
		write(path.join("b", "c.md"), "Three", "We will rebuild it");
		const paths = [articles, path.join(articles, "b")];
		(await loadArticlesFrom(paths, file)).finish();
		const { now, rest } = await loadForReader(paths, file, false, limits, () => {});
		expect(now.articles.map((a) => a.title)).toEqual(["One", "Three"]);
		expect(await rest).toBeNull();
		now.finish();
	});

	it("reads as before below the count it checks from", async () => {
		write("a.md", "One", "We will rebuild it");
		(await loadArticlesFrom([articles], file)).finish();
		const { now, rest, behind } = await loadForReader(
			[articles],
			file,
			false,
			{ backgroundFrom: 1000, checkFrom: 5 },
			() => {},
		);
		expect(behind).toBeNull();
		expect(rest).toBeNull();
		expect(now.articles.map((a) => a.title)).toEqual(["One"]);
		now.finish();
	});
});
