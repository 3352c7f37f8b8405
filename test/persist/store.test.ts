import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { build } from "esbuild";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
	EMPTY,
	formatState,
	MAX_REMEMBERED,
	parseState,
	type SavedState,
	STATE_VERSION,
} from "../../source/persist/format.js";
import { ReadingStore, STATE_FILE } from "../../source/persist/store.js";

const run = promisify(execFile);
let folder: string;
beforeEach(() => {
	folder = mkdtempSync(path.join(tmpdir(), "parallax-store-"));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const file = () => path.join(folder, STATE_FILE);
const entry = (paragraph: number, seen: number, read = false) => ({
	paragraph,
	offset: 3,
	read,
	seen,
});
const sample: SavedState = {
	version: STATE_VERSION,
	articles: { a: entry(2, 10), b: entry(-1, 20, true) },
	last: { article: "a", focus: "reader" },
};

describe("the state file format", () => {
	it("round-trips", () => {
		expect(parseState(formatState(sample))).toEqual({ ok: true, state: sample });
	});

	it.each([
		["empty", ""],
		["cut short", formatState(sample).slice(0, 30)],
		["not an object", "[1, 2]"],
		["no version", '{"articles":{}}'],
		["garbage", "\u0000\u0001binary"],
	])("calls a file that is %s corrupt", (_name, text) => {
		expect(parseState(text)).toEqual({ ok: false, reason: "corrupt" });
	});

	it("recognises a file from a newer version", () => {
		expect(parseState(JSON.stringify({ version: STATE_VERSION + 1, whatever: true }))).toEqual({
			ok: false,
			reason: "newer",
		});
	});

	it("drops entries that are not positions, keeping the rest", () => {
		const text = JSON.stringify({
			version: STATE_VERSION,
			articles: { a: entry(1, 5), b: { paragraph: "x" } },
			last: null,
		});
		expect(parseState(text)).toEqual({
			ok: true,
			state: { version: STATE_VERSION, articles: { a: entry(1, 5) }, last: null },
		});
	});

	it("forgets the least recently seen articles beyond the limit", () => {
		const articles = Object.fromEntries(
			Array.from({ length: MAX_REMEMBERED + 10 }, (_, i) => [`id${i}`, entry(0, i)]),
		);
		const parsed = parseState(formatState({ ...EMPTY, articles }));
		if (!parsed.ok) throw new Error("not parsed");
		expect(Object.keys(parsed.state.articles)).toHaveLength(MAX_REMEMBERED);
		expect(parsed.state.articles.id0).toBeUndefined();
		expect(parsed.state.articles[`id${MAX_REMEMBERED + 9}`]).toBeDefined();
	});
});

describe("ReadingStore", () => {
	it("starts fresh without a word when there is no file yet, and writes on flush", () => {
		const opened = ReadingStore.open(folder);
		expect(opened.saved).toEqual(EMPTY);
		expect(opened.notice).toBeNull();
		opened.store.save(sample);
		opened.store.flush();
		expect(parseState(readFileSync(file(), "utf8"))).toEqual({ ok: true, state: sample });
	});

	it("starts fresh from a damaged file, says so once, and keeps the damaged one aside", () => {
		writeFileSync(file(), '{"version":1,"arti');
		const opened = ReadingStore.open(folder);
		expect(opened.saved).toEqual(EMPTY);
		expect(opened.notice).toBe("reading state was damaged; starting fresh");
		expect(readFileSync(`${file()}.damaged`, "utf8")).toBe('{"version":1,"arti');
	});

	it("leaves a newer version's file alone and does not save over it", () => {
		const newer = JSON.stringify({ version: STATE_VERSION + 1, articles: {} });
		writeFileSync(file(), newer);
		const opened = ReadingStore.open(folder);
		expect(opened.notice).toMatch(/newer parallax/);
		opened.store.save(sample);
		opened.store.flush();
		expect(readFileSync(file(), "utf8")).toBe(newer);
	});

	it("runs unsaved, saying why, when the folder cannot be written", () => {
		const blocked = path.join(folder, "not-a-folder");
		writeFileSync(blocked, "a file where the folder should be");
		const opened = ReadingStore.open(path.join(blocked, "parallax"));
		expect(opened.notice).toMatch(/^reading state cannot be saved in .*not-a-folder/);
		opened.store.save(sample);
		expect(() => opened.store.flush()).not.toThrow();
	});

	it("gathers a burst of saves into one write", async () => {
		const { store } = ReadingStore.open(folder);
		for (let i = 0; i < 20; i++) store.save({ ...sample, articles: { a: entry(i, 100 + i) } });
		expect(() => readFileSync(file())).toThrow();
		// The write comes on its own, a moment later: wait for it, not for a fixed time.
		const deadline = Date.now() + 5000;
		while (!existsSync(file()) && Date.now() < deadline)
			await new Promise((resolve) => setTimeout(resolve, 10));
		const parsed = parseState(readFileSync(file(), "utf8"));
		expect(parsed.ok && parsed.state.articles.a?.paragraph).toBe(19);
	});

	it("merges what another reader wrote meanwhile: the later change to each article wins", () => {
		const { store } = ReadingStore.open(folder);
		writeFileSync(file(), formatState({ ...EMPTY, articles: { a: entry(9, 50), c: entry(4, 5) } }));
		store.save({
			...EMPTY,
			articles: { a: entry(1, 10), b: entry(2, 60) },
			last: { article: "b", focus: "list" },
		});
		store.flush();
		const parsed = parseState(readFileSync(file(), "utf8"));
		if (!parsed.ok) throw new Error("not parsed");
		expect(parsed.state.articles).toEqual({ a: entry(9, 50), b: entry(2, 60), c: entry(4, 5) });
		expect(parsed.state.last).toEqual({ article: "b", focus: "list" });
	});
});

describe("two readers at once", () => {
	let script: string;
	beforeAll(async () => {
		// The real store, bundled for child processes that write at the same time.
		const out = mkdtempSync(path.join(tmpdir(), "parallax-writer-"));
		script = path.join(out, "writer.mjs");
		await build({
			stdin: {
				contents: `
					import { ReadingStore } from ${JSON.stringify(fileURLToPath(new URL("../../source/persist/store.ts", import.meta.url)))};
					const [folder, name] = process.argv.slice(2);
					const { store } = ReadingStore.open(folder);
					for (let i = 0; i < 200; i++) {
						store.save({ version: 1, articles: { [name + (i % 7)]: { paragraph: i, offset: 0, read: false, seen: Date.now() } }, last: { article: name, focus: "reader" } });
						store.flush();
					}`,
				resolveDir: out,
				loader: "ts",
			},
			bundle: true,
			platform: "node",
			format: "esm",
			outfile: script,
			logLevel: "error",
		});
	});

	it("never leave a torn file", async () => {
		const writers = ["a", "b", "c", "d"].map((name) =>
			run(process.execPath, [script, folder, name]),
		);
		const checks: boolean[] = [];
		const reading = (async () => {
			for (let i = 0; i < 100; i++) {
				try {
					checks.push(parseState(readFileSync(file(), "utf8")).ok);
				} catch {
					// Not written yet.
				}
				await new Promise((resolve) => setImmediate(resolve));
			}
		})();
		await Promise.all([...writers, reading]);
		expect(checks.every(Boolean)).toBe(true);
		const final = parseState(readFileSync(file(), "utf8"));
		expect(final.ok).toBe(true);
		if (!final.ok) return;
		// Each writer's entries survive the others' writes.
		for (const name of ["a", "b", "c", "d"])
			expect(Object.keys(final.state.articles).some((id) => id.startsWith(name))).toBe(true);
	});
});
