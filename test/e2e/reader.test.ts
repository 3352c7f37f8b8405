import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pty from "@lydell/node-pty";
import { describe, expect, it } from "vitest";
import { CLI, childEnvironment, KEYS, ROOT, type SpawnOptions } from "./pty.js";
import { paragraphFinder, readerTop } from "./screen.js";
import { closedAfterEachTest } from "./sessions.js";

const ENTER_ALTERNATE = "\u001b[?1049h";
const LEAVE_ALTERNATE = "\u001b[?1049l";
const SHOW_CURSOR = "\u001b[?25h";

const start = closedAfterEachTest();

function open(args: string[] = [], options: SpawnOptions = {}) {
	return start(args, options);
}

/** The terminal was handed back: the last screen switch left the alternate screen, and the cursor shows. */
function expectRestored(output: string) {
	expect(output).toContain(ENTER_ALTERNATE);
	expect(output.lastIndexOf(LEAVE_ALTERNATE)).toBeGreaterThan(output.lastIndexOf(ENTER_ALTERNATE));
	expect(output.lastIndexOf(SHOW_CURSOR)).toBeGreaterThan(output.lastIndexOf(ENTER_ALTERNATE));
}

describe("the reader at 100x30", () => {
	it("shows both articles and the first one, scrolls with j, and quits with q", async () => {
		const reader = open([], { cols: 100, rows: 30 });
		const first = await reader.waitFor("The Democratic presidential candidate");
		expect(reader.onAlternateScreen()).toBe(true);
		expect(first).toContain("Michael Bloomberg severs");
		expect(first).toContain("theGrio");
		expect(first).toContain("Michael Bloomberg used");
		expect(first).toContain("Business Insider Australia");
		expect(first).toMatch(/j\/k move/);

		reader.write(KEYS.enter);
		expect(readerTop(await reader.waitFor("j/k scroll"))).toBe(
			"Michael Bloomberg severs ties with firm that hired prison",
		);
		reader.write("j");
		// One line down: the title's second line is now at the top.
		await reader.waitFor((text) => readerTop(text) === "laborers to make campaign calls");

		reader.write("q");
		const exit = await reader.exited;
		expect(exit.exitCode).toBe(0);
		expect(reader.onAlternateScreen()).toBe(false);
		expectRestored(reader.output);
	});

	it("moves focus with Tab, Enter and Esc, and the selection changes the article", async () => {
		const reader = open();
		await reader.waitFor("j/k move");
		reader.write(KEYS.tab);
		await reader.waitFor("j/k scroll");
		reader.write(KEYS.escape);
		await reader.waitFor("j/k move");
		reader.write(KEYS.down);
		expect(await reader.waitFor("Reuters FILE PHOTO")).toMatch(/Articles\s+2\/2/);
		reader.write(KEYS.enter);
		await reader.waitFor("j/k scroll");
		reader.write("G");
		expect(await reader.waitFor("Follow Business Insider Australia on Facebook")).toContain("100%");
	});

	it("reflows on resize and keeps the same paragraph at the top", async () => {
		const paragraphOf = paragraphFinder("000-thegrio-bloomberg-severs-ties.md");
		const reader = open();
		await reader.waitFor("j/k move");
		reader.write(`${KEYS.enter} jjj`);
		await reader.waitFor((text) => !text.includes("The Democratic presidential candidate said"));
		const before = readerTop(await reader.settle());
		const paragraph = paragraphOf(before);
		expect(paragraph).toBeGreaterThan(0);

		reader.resize(120, 30);
		await reader.waitFor(
			(text) => /╗$/.test(text.split("\n")[0] ?? "") && (text.split("\n")[0] ?? "").length === 120,
		);
		expect(paragraphOf(readerTop(await reader.settle()))).toBe(paragraph);

		reader.resize(60, 20);
		await reader.waitFor(
			(text) => !text.includes("Articles") && (text.split("\n")[0] ?? "").length === 60,
		);
		// One pane: the reader's first text line is the third row, between the borders.
		const narrowTop = ((await reader.settle()).split("\n")[2] ?? "").replace(/[│║]/g, "").trim();
		expect(paragraphOf(narrowTop)).toBe(paragraph);
	});

	it("repaints once on a resize, at the new size", async () => {
		const reader = open();
		await reader.waitFor("j/k move");
		await reader.settle();
		for (const [cols, rows] of [
			[120, 40],
			[90, 24],
		] as const) {
			const before = reader.output.length;
			reader.resize(cols, rows);
			await reader.waitFor((text) => (text.split("\n")[0] ?? "").length === cols);
			await reader.settle();
			// Ink writes each frame as one synchronized update.
			expect(reader.output.slice(before).split("\u001b[?2026h").length - 1).toBe(1);
			expect(reader.screen().at(-1)).toMatch(/^j\/k move/);
		}
	});

	it("an article full of escape sequences shows none of them raw", async () => {
		const folder = await mkdtemp(path.join(tmpdir(), "parallax-e2e-"));
		try {
			await writeFile(
				path.join(folder, "evil.md"),
				[
					"---",
					'title: "Evil \\e]0;PWNED\\a title"',
					'source: "\\e[31mRed source"',
					"---",
					"",
					"Clear \u001b[2J the screen, \u001b]52;c;aGVsbG8=\u0007 clipboard, \u001b[10;10H move,",
					"\u001bP1$qm\u001b\\ query, \u009b31m 8-bit, \u202Ereversed\u202C text.",
				].join("\n"),
			);
			const reader = open([folder]);
			const screen = await reader.waitFor("Clear ␛[2J the screen");
			expect(screen).toContain("␛]0;PWNED␇");
			expect(screen).toContain("␛]52;c;aGVsbG8=␇");
			expect(screen).toContain("reversed text");
			// Nothing but parallax's own sequences reached the terminal.
			expect(reader.output).not.toMatch(/\u001b\]0;|\u001b\]52;|\u001b\[2J|\u001bP|\u009b|\u202e/);
			expect(reader.terminal.buffer.active.cursorY).toBeLessThan(30);
			reader.write("q");
			expect((await reader.exited).exitCode).toBe(0);
		} finally {
			await rm(folder, { recursive: true, force: true });
		}
	});
});

describe("the reader at 60x20", () => {
	it("shows one pane at a time: Enter opens the reader, Esc and q go back", async () => {
		const reader = open([], { cols: 60, rows: 20 });
		const list = await reader.waitFor("Articles");
		expect(list).toContain("Michael Bloomberg severs");
		expect(list).toContain("Michael Bloomberg used");
		expect(list).not.toContain("The Democratic presidential");
		reader.write(KEYS.enter);
		const article = await reader.waitFor("The Democratic presidential");
		expect(article).not.toContain("Articles");
		reader.write(" ");
		await reader.waitFor((text) => !text.includes("The Democratic presidential"));
		reader.write(KEYS.escape);
		await reader.waitFor("Articles");
		reader.write(`j${KEYS.enter}`);
		await reader.waitFor("Reuters FILE PHOTO");
		reader.write("q");
		await reader.waitFor("Articles");
		reader.write("q");
		expect((await reader.exited).exitCode).toBe(0);
		expectRestored(reader.output);
	});

	it("says the terminal is too small below 40x10 and recovers", async () => {
		const reader = open([], { cols: 30, rows: 8 });
		await reader.waitFor("Terminal too small");
		reader.resize(60, 20);
		await reader.waitFor("Articles");
		reader.write(KEYS.ctrlC);
		expect((await reader.exited).exitCode).toBe(0);
	});
});

describe("the terminal is restored", () => {
	it.each([
		["SIGTERM", 143],
		["SIGHUP", 129],
	])("on %s", async (signal, code) => {
		const reader = open();
		await reader.waitFor("Articles");
		reader.kill(signal);
		const exit = await reader.exited;
		expect(exit.exitCode).toBe(code);
		expectRestored(reader.output);
	});

	it("on Ctrl-C, from the help screen", async () => {
		const reader = open();
		await reader.waitFor("Articles");
		reader.write("?");
		await reader.waitFor("Keys");
		reader.write(KEYS.ctrlC);
		expect((await reader.exited).exitCode).toBe(0);
		expectRestored(reader.output);
	});

	it("and the warnings are printed after the screen is left", async () => {
		const folder = await mkdtemp(path.join(tmpdir(), "parallax-e2e-"));
		try {
			await writeFile(path.join(folder, "good.md"), "Good headline\n\nSome text.");
			await writeFile(path.join(folder, "empty.md"), "");
			const reader = open([folder]);
			await reader.waitFor("1 warning");
			reader.write("q");
			await reader.exited;
			const warning = reader.output.indexOf("empty.md: empty file; skipped");
			expect(warning).toBeGreaterThan(reader.output.lastIndexOf(LEAVE_ALTERNATE));
		} finally {
			await rm(folder, { recursive: true, force: true });
		}
	});
});

describe("without a terminal on stdin", () => {
	it("says an interactive terminal is needed and exits 2", async () => {
		const child = pty.spawn(
			"bash",
			["-c", `echo | ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)}`],
			{
				cols: 100,
				rows: 30,
				cwd: ROOT,
				env: childEnvironment(),
			},
		);
		let output = "";
		child.onData((data) => {
			output += data;
		});
		const exit = await new Promise<{ exitCode: number }>((resolve) => child.onExit(resolve));
		expect(exit.exitCode).toBe(2);
		expect(output).toContain("needs an interactive terminal");
		expect(output).toContain("--list");
		expect(output).not.toContain(ENTER_ALTERNATE);
	});
});
