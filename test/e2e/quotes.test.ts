import { describe, expect, it } from "vitest";
import { KEYS } from "./pty.js";
import { markedText } from "./screen.js";
import { closedAfterEachTest } from "./sessions.js";

const start = closedAfterEachTest();

describe("quotations in a real terminal", () => {
	it("] goes to the next quotation, m to its counterpart in the other source, Esc back", async () => {
		const reader = start([], { cols: 100, rows: 30 });
		await reader.waitFor("j/k move");
		reader.write(KEYS.enter);
		await reader.waitFor("j/k scroll");
		reader.write("]");
		const first = await reader.waitFor("quote 1/7 · Michael Bloomberg · in 1 other source");
		expect(markedText(first)).toContain("“We do not support this practice");
		expect(first).toContain("— Michael Bloomberg");

		reader.write("m");
		const matched = await reader.waitFor("in Business Insider Australia · Esc: back");
		expect(markedText(matched)).toContain("We don’t believe in this practice");
		expect(matched).toMatch(/Articles\s+2\/2/);

		reader.write(KEYS.escape);
		const back = await reader.waitFor("quote 1/7");
		expect(markedText(back)).toContain("“We do not support this practice");
	});

	it("c shows both sources side by side with the pair on one row", async () => {
		const reader = start([], { cols: 100, rows: 30 });
		await reader.waitFor("j/k move");
		reader.write(`${KEYS.enter}]c`);
		const compare = await reader.waitFor("Compare · Bloomberg prison call centre");
		const lines = compare.split("\n");
		expect(lines[2]).toMatch(/theGrio\s+│ Business Insider Australia/);
		const pair = lines.find((line) => line.includes("“We do not support this practice"));
		expect(pair).toMatch(/│ “We don’t believe in this practice/);
		expect(compare).toContain("only in Business Insider Australia");
		expect(compare).toContain("related 0.");
		reader.write(KEYS.escape);
		await reader.waitFor("quote 1/7");
	});

	it("stacks the sources in a narrow terminal", async () => {
		const reader = start([], { cols: 60, rows: 20 });
		await reader.waitFor("Articles");
		reader.write("c");
		const compare = await reader.waitFor("Compare");
		expect(compare).toContain("theGrio and Business Insider Australia");
		expect(compare).not.toContain(" │ ");
	});

	it("y puts the quotation on the clipboard with OSC 52", async () => {
		const reader = start([], { cols: 100, rows: 30 });
		await reader.waitFor("j/k move");
		reader.write(`${KEYS.enter}]y`);
		await reader.waitFor("copied: “We do not support");
		const osc = /\u001b\]52;c;([A-Za-z0-9+/=]+)\u0007/.exec(reader.output);
		expect(Buffer.from(osc?.[1] ?? "", "base64").toString("utf8")).toBe(
			"“We do not support this practice and we are making sure our vendors more properly vet their subcontractors moving forward” — Michael Bloomberg, theGrio",
		);
	});
});
