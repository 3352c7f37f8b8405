import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { KEYS } from "./pty.js";
import { paragraphFinder, readerTop } from "./screen.js";
import { closedAfterEachTest } from "./sessions.js";

let stateHome: string;
let dataHome: string;
beforeEach(() => {
	stateHome = mkdtempSync(path.join(tmpdir(), "parallax-state-e2e-"));
	dataHome = mkdtempSync(path.join(tmpdir(), "parallax-data-e2e-"));
});
afterEach(() => {
	rmSync(stateHome, { recursive: true, force: true });
	rmSync(dataHome, { recursive: true, force: true });
});
// After hooks run last registered first: the sessions close before their state folder goes.
const start = closedAfterEachTest();

function open(cols: number, rows: number, args: string[] = []) {
	return start(args, { cols, rows, env: { XDG_STATE_HOME: stateHome, XDG_DATA_HOME: dataHome } });
}

/** The article open when parallax was left, as the library keeps it. */
function lastInLibrary(): { article: string; focus: string } {
	const db = new DatabaseSync(path.join(dataHome, "parallax", "library.db"), { readOnly: true });
	try {
		const row = db.prepare("SELECT value FROM settings WHERE key = 'last'").get() as {
			value: string;
		};
		return JSON.parse(row.value);
	} finally {
		db.close();
	}
}

const paragraphOf = paragraphFinder("004-business-insider-bloomberg-used-inmates.md");

describe("reading state", () => {
	it("reopens the last article at the same paragraph, even at another size", async () => {
		const first = open(100, 30);
		await first.waitFor("j/k move");
		first.write(`j${KEYS.enter}`);
		await first.waitFor("j/k scroll");
		first.write(" ");
		first.write(" ");
		const before = await first.waitFor(
			(text) => !text.includes("Reuters FILE PHOTO") && paragraphOf(readerTop(text)) > 0,
		);
		const paragraph = paragraphOf(readerTop(await first.settle()));
		expect(paragraph).toBeGreaterThan(0);
		first.write("q");
		expect((await first.exited).exitCode).toBe(0);
		expect(before).toContain("Business Insider Australia");
		// Kept in the library, not in a file of its own.
		expect(lastInLibrary().focus).toBe("reader");
		expect(existsSync(path.join(stateHome, "parallax", "state.json"))).toBe(false);

		const again = open(100, 30);
		const same = await again.waitFor("j/k scroll");
		expect(same).toMatch(/Articles\s+2\/2/);
		expect(paragraphOf(readerTop(same))).toBe(paragraph);
		again.write("q");
		await again.exited;

		const resized = open(60, 20);
		const narrow = await resized.waitFor("Business Insider Australia");
		expect(paragraphOf((narrow.split("\n")[2] ?? "").replace(/[│║]/g, "").trim())).toBe(paragraph);
	});

	it("marks unread articles in the list, and not after reading to the end", async () => {
		const reader = open(100, 30);
		const start = await reader.waitFor("j/k move");
		expect(start).toContain("▸• Michael Bloomberg severs");
		expect(start).toContain(" • Michael Bloomberg used");
		reader.write(`${KEYS.enter}G`);
		await reader.waitFor("100%");
		reader.write(KEYS.escape);
		const after = await reader.waitFor("j/k move");
		expect(after).toContain("▸  Michael Bloomberg severs");
	});

	it("neither reads nor writes anything with --no-state", async () => {
		const reader = open(100, 30, ["--no-state"]);
		await reader.waitFor("j/k move");
		reader.write("jq");
		await reader.exited;
		expect(() => readFileSync(path.join(stateHome, "parallax", "state.json"))).toThrow();
		const db = new DatabaseSync(path.join(dataHome, "parallax", "library.db"), { readOnly: true });
		expect(db.prepare("SELECT count(*) AS n FROM reading").get()).toEqual({ n: 0 });
		db.close();
	});

	it("brings the state.json kept before the library in once, and leaves the file", async () => {
		// Where an older parallax left the second article open, in the reader.
		const { mkdirSync, writeFileSync } = await import("node:fs");
		mkdirSync(path.join(stateHome, "parallax"), { recursive: true });
		const first = open(100, 30, ["--in-memory"]);
		await first.waitFor("j/k move");
		first.write(`j${KEYS.enter}`);
		await first.waitFor("j/k scroll");
		first.write("q");
		await first.exited;
		const file = path.join(stateHome, "parallax", "state.json");
		const kept = readFileSync(file, "utf8");
		expect(JSON.parse(kept).last.focus).toBe("reader");

		const again = open(100, 30);
		expect(await again.waitFor("j/k scroll")).toMatch(/Articles\s+2\/2/);
		again.write(KEYS.escape);
		await again.waitFor("j/k move");
		again.write("q");
		await again.exited;
		expect(readFileSync(file, "utf8")).toBe(kept);
		// Brought in once: what this session changed (the list focused) holds, the file does not come back.
		writeFileSync(file, kept);
		const third = open(100, 30);
		await third.waitFor("j/k move");
		expect(lastInLibrary().focus).toBe("list");
	});

	it("says once that a damaged state file was set aside (without a library)", async () => {
		const { mkdirSync, writeFileSync } = await import("node:fs");
		mkdirSync(path.join(stateHome, "parallax"), { recursive: true });
		writeFileSync(path.join(stateHome, "parallax", "state.json"), "{ not json");
		const reader = open(100, 30, ["--in-memory"]);
		await reader.waitFor("reading state was damaged; starting fresh");
		reader.write("j");
		await reader.waitFor((text) => !text.includes("damaged"));
	});

	it("says once that a damaged state file could not be brought into the library", async () => {
		const { mkdirSync, writeFileSync } = await import("node:fs");
		mkdirSync(path.join(stateHome, "parallax"), { recursive: true });
		writeFileSync(path.join(stateHome, "parallax", "state.json"), "{ not json");
		const reader = open(100, 30);
		await reader.waitFor("reading state (state.json) could not be brought into the library");
		reader.write("j");
		await reader.waitFor((text) => !text.includes("could not be brought"));
	});
});
