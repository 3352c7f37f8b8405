import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type OpenedLibrary, openLibrary } from "../../source/library/database.js";
import { openReadingInLibrary } from "../../source/library/reading.js";
import type { SavedState } from "../../source/persist/format.js";

let folder: string;
let stateFolder: string;
beforeEach(() => {
	folder = mkdtempSync(path.join(tmpdir(), "parallax-reading-"));
	stateFolder = path.join(folder, "state");
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

async function open(): Promise<OpenedLibrary> {
	const opened = await openLibrary(path.join(folder, "library.db"));
	if (!opened.db) throw new Error(opened.notice);
	return opened;
}

const state = (articles: SavedState["articles"], last: SavedState["last"] = null): SavedState => ({
	version: 1,
	articles,
	last,
});

describe("the reading state in the library", () => {
	it("keeps positions, read marks and the open article from one session to the next", async () => {
		const library = await open();
		const first = openReadingInLibrary(library, stateFolder);
		expect(first.saved).toEqual(state({}));
		first.store.save(
			state(
				{ a: { paragraph: 3, offset: 12, read: false, seen: 10 } },
				{ article: "a", focus: "reader" },
			),
		);
		first.store.flush();
		const second = openReadingInLibrary(library, stateFolder);
		expect(second.saved).toEqual(
			state(
				{ a: { paragraph: 3, offset: 12, read: false, seen: 10 } },
				{ article: "a", focus: "reader" },
			),
		);
		expect(second.notice).toBeNull();
		library.db.close();
	});

	it("merges two readers at once: the later change to each article wins", async () => {
		const one = await open();
		const two = await open();
		const a = openReadingInLibrary(one, stateFolder);
		const b = openReadingInLibrary(two, stateFolder);
		a.store.save(
			state({
				x: { paragraph: 1, offset: 0, read: false, seen: 20 },
				y: { paragraph: 1, offset: 0, read: false, seen: 5 },
			}),
		);
		a.store.flush();
		// b saw x earlier than a did, and y later.
		b.store.save(
			state({
				x: { paragraph: 9, offset: 0, read: true, seen: 10 },
				y: { paragraph: 7, offset: 2, read: true, seen: 30 },
			}),
		);
		b.store.flush();
		const after = openReadingInLibrary(one, stateFolder).saved.articles;
		expect(after.x).toEqual({ paragraph: 1, offset: 0, read: false, seen: 20 });
		expect(after.y).toEqual({ paragraph: 7, offset: 2, read: true, seen: 30 });
		one.db.close();
		two.db.close();
	});

	it("brings in state.json once, and leaves the file as it was", async () => {
		mkdirSync(stateFolder, { recursive: true });
		const file = path.join(stateFolder, "state.json");
		const text = JSON.stringify(
			state(
				{ old: { paragraph: 2, offset: 4, read: true, seen: 1 } },
				{ article: "old", focus: "list" },
			),
		);
		writeFileSync(file, text);
		const library = await open();
		expect(openReadingInLibrary(library, stateFolder).saved.articles.old?.read).toBe(true);
		// Changed in the library; the file again says otherwise, and is not brought in again.
		const second = openReadingInLibrary(library, stateFolder);
		second.store.save(state({ old: { paragraph: 2, offset: 4, read: false, seen: 2 } }));
		second.store.flush();
		expect(openReadingInLibrary(library, stateFolder).saved.articles.old?.read).toBe(false);
		expect(readFileSync(file, "utf8")).toBe(text);
		library.db.close();
	});

	it("says when it cannot save, and stops trying", async () => {
		const library = await open();
		const opened = openReadingInLibrary(library, stateFolder);
		library.db.exec("PRAGMA query_only = ON");
		opened.store.save(state({ a: { paragraph: 0, offset: 0, read: true, seen: 1 } }));
		opened.store.flush();
		expect(opened.store.problem).toMatch(/readonly/);
		library.db.close();
	});
});
