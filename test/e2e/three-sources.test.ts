import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEYS } from "./pty.js";
import { markedText } from "./screen.js";
import { closedAfterEachTest } from "./sessions.js";

// One event told by three outlets, each in its own house style, with no story id: an archive
// with two apostrophes and "Mr.", a British paper with single marks, a wire with curly ones.
const OUTLETS = {
	"a-archive.md": [
		"title: Bridge stays shut, mayor says",
		"source: The Archive",
		"published: 2024-03-04",
		"Mayor Ilse Varga closed the Dunmore bridge on Monday after inspectors found cracks in two pylons.",
		"''We will not reopen the bridge until the pylons are replaced,'' Ms. Varga said. ''Nobody crosses a span I would not let my own children cross.''",
		"Commuters queued for the ferry.",
	],
	"b-british.md": [
		"title: Dunmore bridge closed for months",
		"source: The Courier",
		"published: 2024-03-05",
		"The Dunmore bridge will stay closed for months, the town's mayor, Ilse Varga, said.",
		"‘We will not reopen the bridge until the pylons are replaced,’ Varga told reporters at the depot.",
		"Ferry operators added crossings.",
	],
	"c-wire.md": [
		"title: Cracked pylons close Dunmore bridge",
		"source: Wire",
		"published: 2024-03-04",
		"DUNMORE (Wire) - Inspectors found cracks in two pylons of the Dunmore bridge.",
		"“We will not reopen the bridge until the pylons are replaced,” Mayor Ilse Varga said on Monday.",
		"The ferry added crossings for commuters.",
	],
};

let folder: string;
const start = closedAfterEachTest();

beforeAll(() => {
	folder = mkdtempSync(path.join(tmpdir(), "parallax-coverage-"));
	for (const [name, [title, source, published, ...paragraphs]] of Object.entries(OUTLETS)) {
		writeFileSync(
			path.join(folder, name),
			`---\n${title}\n${source}\n${published}\n---\n\n${paragraphs.join("\n\n")}\n`,
		);
	}
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("a story told by three outlets in three quotation styles", () => {
	it("names the speaker in each, and m goes round the other two sources", async () => {
		const reader = start([folder], { cols: 100, rows: 30 });
		// Grouped into one story by what they say and when, without a story id.
		const list = await reader.waitFor("j/k move");
		expect(list).toMatch(/Articles\s+1\/3/);
		reader.write(KEYS.enter);
		await reader.waitFor("j/k scroll");
		reader.write("]");
		const first = await reader.waitFor("quote 1/2 · Ilse Varga · in 2 other sources");
		expect(markedText(first)).toContain("We will not reopen the bridge");

		reader.write("m");
		const counterpart = /same [\d.]+ in (The Courier|Wire) \((\d)\/2, m for the next\)/;
		const once = counterpart.exec(await reader.waitFor(counterpart));
		expect(once?.[2]).toBe("1");
		reader.write("m");
		const twice = await reader.waitFor((text) => counterpart.exec(text)?.[2] === "2");
		expect(counterpart.exec(twice)?.[1]).not.toBe(once?.[1]);
		expect(twice).toContain("— Ilse Varga");

		reader.write(KEYS.escape);
		await reader.waitFor("quote 1/2 · Ilse Varga");
	});

	it("c lines up the same statement across the sources", async () => {
		const reader = start([folder], { cols: 100, rows: 30 });
		await reader.waitFor("j/k move");
		reader.write(`${KEYS.enter}]c`);
		const compare = await reader.waitFor("Compare");
		const row = compare.split("\n").find((line) => line.includes("We will not reopen the"));
		expect(row).toMatch(/“We will not reopen the.*│ .*We will not reopen the/);
		expect(compare).toContain("same ");
	});
});
