import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { largeArticle } from "../fixtures/large-article.js";
import { seedBodies } from "../fixtures/seed-bodies.js";
import { KEYS, ROOT } from "./pty.js";
import { readerTop } from "./screen.js";
import { closedAfterEachTest } from "./sessions.js";

let folder: string;
let story: string;
beforeAll(async () => {
	folder = await mkdtemp(path.join(tmpdir(), "parallax-large-"));
	const large = largeArticle(seedBodies(), 5 * 1024 * 1024);
	await writeFile(path.join(folder, "large.md"), large);
	// The same 5 MB as a source of the bundled story, beside theGrio's short article.
	story = path.join(folder, "story");
	await mkdir(story);
	await writeFile(
		path.join(story, "large.md"),
		large.replace("source: Bench", "source: Bench\nstory: bloomberg-prison-call-centre"),
	);
	await copyFile(
		path.join(ROOT, "articles", "000-thegrio-bloomberg-severs-ties.md"),
		path.join(story, "short.md"),
	);
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

	it("beside a short source: its quotations are matched in the background, and m and c go to what was matched", async () => {
		const reader = start([story], { cols: 100, rows: 30 });
		// The long article comes first in the list, beside the short one.
		expect(await reader.waitFor("j/k move")).toMatch(/Articles\s+1\/2/);
		reader.write(KEYS.enter);
		await reader.waitFor((text) => /Bench\s+\d+%/.test(text) && text.includes("j/k scroll"));

		// The status says the sources are being matched, and says what was found once they are.
		reader.write("]");
		const quote = await reader.waitFor(/quote 1\/\d{4,}/);
		expect(quote).toContain("matching with other sources…");
		reader.write("]");
		await reader.waitFor(/quote 2\/\d{4,}/);
		reader.write("m");
		const matched = await reader.waitFor(/(?:same|related) [\d.]+ in theGrio · Esc: back/, 30_000);
		expect(matched).toMatch(/║ theGrio\s+\d+% ║/);

		reader.write(KEYS.escape);
		await reader.waitFor(/quote 2\/\d{4,} · .+ · in 1 other source/);
		reader.write("c");
		const compare = await reader.waitFor("Compare · Bloomberg prison call centre");
		expect(compare).toMatch(/row 2\/\d{4,}/);
		reader.write("q");
		await reader.waitFor(/quote 2\/\d{4,}/);

		// The coverage of the same story, from what was matched: thousands of rows, a key away.
		reader.write("C");
		const coverage = await reader.waitFor(
			/Coverage · Bloomberg prison call centre.*row \d+\/\d{4,}/,
		);
		expect(coverage).toMatch(/Speakers\s+Bench\s+theGrio/);
		reader.write("G");
		await reader.waitFor(/row (\d{4,})\/\1 /);
		reader.write(KEYS.escape);
		await reader.waitFor(/quote 2\/\d{4,}/);
		reader.write("q");
		expect((await reader.exited).exitCode).toBe(0);
	});
});
