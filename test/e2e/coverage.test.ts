import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outletFile, THREE_OUTLETS } from "../fixtures/three-outlets.js";
import { KEYS } from "./pty.js";
import { markedText } from "./screen.js";
import { closedAfterEachTest } from "./sessions.js";

let folder: string;
const start = closedAfterEachTest();

beforeAll(() => {
	folder = mkdtempSync(path.join(tmpdir(), "parallax-coverage-view-"));
	for (const outlet of THREE_OUTLETS)
		writeFileSync(path.join(folder, outlet.file), outletFile(outlet));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("the coverage of a story told by three outlets", () => {
	it("C shows it; a row and a source chosen, Enter lands on that quotation there, and m goes on from it", async () => {
		const reader = start([folder], { cols: 100, rows: 30 });
		await reader.waitFor("j/k move");
		reader.write("C");
		const coverage = await reader.waitFor("row 1/5 · by speaker");
		expect(coverage).toMatch(/●\s+●\s+●\s+“We will not reopen the bridge/);
		expect(coverage).toMatch(/Ilse Varga █+/);

		// Tab twice: the Gazette's column; the mayor's words are the chosen row.
		reader.write(`${KEYS.tab}${KEYS.tab}`);
		await reader.waitFor("row 1/5");
		reader.write(KEYS.enter);
		const landed = await reader.waitFor("quote 1/2 · Ilse Varga · in 2 other sources");
		expect(landed).toContain("Mayor closes Dunmore bridge");
		expect(markedText(landed)).toContain("We will not reopen the bridge");

		reader.write("m");
		await reader.waitFor(
			/same [\d.]+ in (Harbor Wire|The Evening Courier) \(1\/2, m for the next\)/,
		);
	});

	it("j moves to a statement only one source carries, and Enter on a source without it says so", async () => {
		const reader = start([folder], { cols: 100, rows: 30 });
		await reader.waitFor("j/k move");
		reader.write("C");
		await reader.waitFor("row 1/5");
		reader.write("jj");
		const moved = await reader.waitFor("row 3/5");
		expect(moved.split("\n").find((line) => line.includes("▸"))).toContain("only Harbor Wire");
		// The chosen source is the wire's (the article shown); Tab to the Courier, which leaves it out.
		reader.write(`${KEYS.tab}${KEYS.enter}`);
		const shown = await reader.waitFor("not in The Evening Courier: shown in Harbor Wire");
		expect(markedText(shown)).toContain("Our drivers were told nothing");
	});
});
