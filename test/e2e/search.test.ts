import { describe, expect, it } from "vitest";
import { KEYS } from "./pty.js";
import { markedText } from "./screen.js";
import { closedAfterEachTest } from "./sessions.js";

const start = closedAfterEachTest();

describe("search in a real terminal", () => {
	it("/ and a misspelled query, Enter, n to the other source, N back, Esc restores the view", async () => {
		const reader = start([], { cols: 100, rows: 30 });
		const first = await reader.waitFor("j/k move");
		reader.write("/");
		await reader.waitFor("Type to search");
		// Typed the way a person types: one key at a time, with a typo corrected.
		for (const key of [
			"e",
			"d",
			"d",
			"i",
			"e",
			" ",
			"w",
			"a",
			"r",
			"i",
			"o",
			"r",
			" ",
			"c",
			"o",
			"r",
			"e",
			"x",
			"\u007f",
			"c",
			"t",
			"i",
			"o",
			"n",
			"a",
			"l",
		]) {
			reader.write(key);
		}
		// The count for the whole query, not for a prefix of it still being typed.
		await reader.waitFor(
			(text) => text.includes("/eddie warior corectional") && text.includes("2 matches"),
		);

		reader.write(KEYS.enter);
		const found = await reader.waitFor("match 1/2 · theGrio");
		expect(markedText(found)).toContain("Dr. Eddie Warrior Correctional");
		// The match is highlighted in place: inverse video on the matched word.
		const row = found.split("\n").findIndex((line) => /[│║]▸/.test(line) && line.includes("Eddie"));
		const line = reader.terminal.buffer.active.getLine(row);
		const column = (line?.translateToString() ?? "").indexOf("Eddie");
		expect(line?.getCell(column)?.isInverse()).toBeTruthy();

		reader.write("n");
		const next = await reader.waitFor("match 2/2 · Business Insider Australia");
		expect(markedText(next)).toContain("Eddie Warrior Correctional");
		expect(next).toMatch(/Articles\s+2\/2/);

		reader.write("N");
		await reader.waitFor("match 1/2 · theGrio");

		reader.write(KEYS.escape);
		// The very screen from before the search.
		await reader.waitFor((text) => text === first);
		reader.write("q");
		expect((await reader.exited).exitCode).toBe(0);
	});

	it("searches quotations only after Tab in the search bar", async () => {
		const reader = start([], { cols: 100, rows: 30 });
		await reader.waitFor("j/k move");
		reader.write("/");
		await reader.waitFor("all text");
		reader.write(KEYS.tab);
		await reader.waitFor("quotes only");
		reader.write(KEYS.escape);
		await reader.waitFor("j/k move");
	});
});
