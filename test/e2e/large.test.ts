import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { largeArticle } from "../fixtures/large-article.js";
import { seedBodies } from "../fixtures/seed-bodies.js";
import { KEYS } from "./pty.js";
import { readerTop } from "./screen.js";
import { closedAfterEachTest } from "./sessions.js";

let folder: string;
beforeAll(async () => {
	folder = await mkdtemp(path.join(tmpdir(), "parallax-large-"));
	await writeFile(path.join(folder, "large.md"), largeArticle(seedBodies(), 5 * 1024 * 1024));
});
afterAll(async () => {
	await rm(folder, { recursive: true, force: true });
});

const start = closedAfterEachTest();

describe("a 5 MB article", () => {
	it("opens, scrolls, goes to its end and to its quotations, and quits", async () => {
		const reader = start([folder], { cols: 100, rows: 30 });
		const first = await reader.waitFor("j/k move");
		expect(first).toContain("A very long article");
		expect(first).toMatch(/Bench\s+(?:finding quotations · )?0%/);

		reader.write(KEYS.enter);
		const top = readerTop(await reader.waitFor("j/k scroll"));
		reader.write("jjj");
		await reader.waitFor((text) => readerTop(text) !== top);

		reader.write("G");
		const end = await reader.waitFor(/Bench\s+100%/);
		expect(end).toContain("(");
		reader.write("g");
		await reader.waitFor((text) => readerTop(text) === "A very long article");

		// Once its quotations are found, ] goes to the first of them.
		await reader.waitFor((text) => !text.includes("finding quotations"), 30_000);
		reader.write("]");
		const quote = await reader.waitFor(/quote 1\/\d{4,}/);
		expect(quote).toContain("We do not support this practice");

		reader.write("q");
		expect((await reader.exited).exitCode).toBe(0);
	});
});
