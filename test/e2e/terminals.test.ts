import { describe, expect, it } from "vitest";
import { KEYS } from "./pty.js";
import { closedAfterEachTest } from "./sessions.js";

const start = closedAfterEachTest();

function open(cols: number, rows: number, env: Record<string, string | undefined> = {}) {
	return start([], { cols, rows, env });
}

describe("odd terminals", () => {
	it("ends a burst of 100 resizes with one correct frame", async () => {
		const reader = open(100, 30);
		await reader.waitFor("j/k move");
		let seed = 7;
		const next = () => {
			seed = (seed * 48271) % 2147483647;
			return seed;
		};
		for (let i = 0; i < 100; i++) reader.resize(20 + (next() % 120), 6 + (next() % 40));
		reader.resize(90, 25);
		await reader.waitFor((text) => (text.split("\n")[0] ?? "").length === 90);
		const settled = await reader.settle(300);
		const fresh = open(90, 25);
		const expected = await fresh.waitFor("j/k move");
		await fresh.settle(300);
		expect(settled).toBe(fresh.text());
		expect(expected).toContain("Articles");
	});

	it.each([
		[20, 6],
		[12, 4],
	])("at %ix%i says the terminal is too small, and recovers when enlarged", async (cols, rows) => {
		const reader = open(cols, rows);
		const small = await reader.waitFor(/too small/i);
		expect(small.split("\n").every((line) => line.length <= cols)).toBe(true);
		reader.resize(100, 30);
		await reader.waitFor("j/k move");
		reader.write(KEYS.ctrlC);
		expect((await reader.exited).exitCode).toBe(0);
	});

	it("draws ASCII borders and markers with LANG=C, and no styles with TERM=dumb", async () => {
		const reader = open(100, 30, {
			LANG: "C",
			LC_ALL: undefined,
			LC_CTYPE: undefined,
			TERM: "dumb",
		});
		const screen = await reader.waitFor("j/k move");
		expect(screen).not.toMatch(/[─│┌┐└┘═║╔╗╚╝▸•]/);
		expect(screen).toContain(">* Michael Bloomberg severs");
		expect(screen).toMatch(/^#=+#\+-+\+$/m);
		// No SGR at all: markers carry the selection.
		expect(reader.output).not.toMatch(/\u001b\[[0-9;]*m/);
	});

	it("uses no colour with NO_COLOR but keeps bold and inverse", async () => {
		const reader = open(100, 30, { NO_COLOR: "1" });
		await reader.waitFor("j/k move");
		expect(reader.output).not.toMatch(/\u001b\[(?:3[0-7]|9[0-7]|38;)/);
		expect(reader.output).toMatch(/\u001b\[1m/);
		expect(reader.output).toMatch(/\u001b\[7m/);
	});
});

describe("wide and invisible characters", () => {
	it("keep the panes' borders in their columns: CJK, emoji sequences, combining marks, tabs, zero-width", async () => {
		const { mkdtempSync, rmSync, writeFileSync } = await import("node:fs");
		const { tmpdir } = await import("node:os");
		const path = await import("node:path");
		const folder = mkdtempSync(path.join(tmpdir(), "parallax-wide-"));
		try {
			writeFileSync(
				path.join(folder, "wide.md"),
				[
					"---",
					"title: 日本語の見出し 👩‍👩‍👧 café",
					"source: 東京新聞",
					"---",
					"",
					"日本語の文章がここにあります。全角の文字は二つの列を使います。日本語の文章がここにあります。",
					"",
					"Family 👩‍👩‍👧 and flags 🇯🇵🇫🇷 and a thumbs up 👍🏽 in a sentence that wraps somewhere.",
					"",
					"Combining: cafe\u0301 nai\u0308ve Zoe\u0308 and zero\u200bwidth\u200bspaces\u2060joined, tab\tseparated\twords.",
				].join("\n"),
			);
			const reader = start([folder], { cols: 80, rows: 24 });
			const screen = await reader.waitFor("Combining");
			expect(screen).toContain("東京新聞");
			const buffer = reader.terminal.buffer.active;
			// Every row between the top and bottom borders ends with the reader's right border in the last column.
			for (let row = 1; row < 22; row++) {
				const line = buffer.getLine(row);
				expect(line?.getCell(79)?.getChars(), `row ${row}: ${line?.translateToString()}`).toMatch(
					/[│║]/,
				);
			}
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});
});
