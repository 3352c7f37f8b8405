import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closedAfterEachTest } from "./sessions.js";

let folder: string;
let articles: string;
let dataHome: string;
const start = closedAfterEachTest();

const COUNT = 2000;

beforeAll(() => {
	folder = mkdtempSync(path.join(tmpdir(), "parallax-library-e2e-"));
	articles = path.join(folder, "articles");
	dataHome = path.join(folder, "data");
	for (let i = 0; i < COUNT; i++) {
		const desk = path.join(articles, `desk-${i % 20}`);
		mkdirSync(desk, { recursive: true });
		writeFileSync(
			path.join(desk, `story-${String(i).padStart(4, "0")}.md`),
			`---\ntitle: Council vote number ${i}\nsource: Desk ${i % 20}\nstory: vote-${Math.floor(i / 4)}\n---\n\nThe council voted on measure ${i} on Monday.\n\n“We counted every ballot for measure ${i},” said clerk Rosa Mendez.\n`,
		);
	}
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("a long first run in the reader", () => {
	it("starts the reader at once and takes the articles in as they are read", async () => {
		const data = path.join(folder, "data-background");
		const reader = start([articles], {
			cols: 100,
			rows: 30,
			env: { XDG_DATA_HOME: data, PARALLAX_BACKGROUND_FROM: "500" },
		});
		// Usable before the files are read: the list is there (empty), and says how far it is.
		await reader.waitFor(/Articles\s+0\/0|library: reading [\d,]+\/2,000 files/, 10_000);
		const full = await reader.waitFor(/Articles\s+1\/2000/, 30_000);
		expect(full).toContain("library: 2,000 article files, 2,000 read from disk (2,000 added)");
		reader.write("j");
		await reader.waitFor(/Articles\s+2\/2000/);
	});
});

describe("quitting while the library still works behind the reader", () => {
	it("stops the work with the reader: what was read is kept, the next run reads the rest", async () => {
		const data = path.join(folder, "data-quit");
		const env = { XDG_DATA_HOME: data, PARALLAX_BACKGROUND_FROM: "500" };
		const first = start(["--verbose", articles], { cols: 100, rows: 30, env });
		// Quit at once: the key is answered on the first screen, while most of the 2,000 files are
		// still to be read behind it (read a slice at a time between keys).
		first.write("q");
		expect((await first.exited).exitCode).toBe(0);
		expect(first.output).toContain("left before every file was read; the next run reads the rest");
		// Had the first process gone on reading after the reader closed, there would be nothing left.
		const second = start(["--verbose", articles], { cols: 100, rows: 30, env });
		await second.waitFor(/Articles\s+1\/2000/, 30_000);
		second.write("q");
		expect((await second.exited).exitCode).toBe(0);
		const read = /2,000 article files, ([\d,]+) read from disk/.exec(second.output);
		expect(Number((read?.[1] ?? "0").replace(/,/g, ""))).toBeGreaterThan(0);
	});
});

describe("the library across runs", () => {
	it("reads 2,000 articles from disk once; the second run shows them without reading one", async () => {
		const open = () =>
			start(["--verbose", articles], { cols: 100, rows: 30, env: { XDG_DATA_HOME: dataHome } });
		const first = open();
		await first.waitFor(/Articles\s+1\/2000/, 20_000);
		first.write("q");
		expect((await first.exited).exitCode).toBe(0);
		expect(first.output).toContain(
			`${COUNT.toLocaleString("en")} article files, ${COUNT.toLocaleString("en")} read from disk (${COUNT.toLocaleString("en")} added)`,
		);

		const second = open();
		const screen = await second.waitFor(/Articles\s+1\/2000/, 20_000);
		expect(screen).toContain("Council vote number 0");
		second.write("q");
		expect((await second.exited).exitCode).toBe(0);
		expect(second.output).toContain(
			`${COUNT.toLocaleString("en")} article files, 0 read from disk`,
		);
		expect(second.output).not.toContain("read from disk (");

		// Shown as the library last saw them, then the disk checked behind the reader: an edit comes in.
		const first0 = path.join(articles, "desk-0", "story-0000.md");
		writeFileSync(
			first0,
			"---\ntitle: Council vote number 0, recounted\nsource: Desk 0\nstory: vote-0\n---\n\nThe count was done again.\n",
		);
		const third = open();
		await third.waitFor(/Council vote number 0, recounted/, 20_000);
		third.write("q");
		expect((await third.exited).exitCode).toBe(0);
		expect(third.output).toContain(
			`${COUNT.toLocaleString("en")} article files, 1 read from disk (1 changed)`,
		);

		// A big library says it checks the disk behind the reader, and that nothing changed.
		const fourth = start(["--verbose", articles], {
			cols: 100,
			rows: 30,
			env: { XDG_DATA_HOME: dataHome, PARALLAX_BACKGROUND_FROM: "1000" },
		});
		await fourth.waitFor(/library: 2,000 files, none changed/, 20_000);
		fourth.write("q");
		expect((await fourth.exited).exitCode).toBe(0);
	});
});
