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
	});
});
