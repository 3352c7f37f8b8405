import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, childEnvironment, KEYS } from "./pty.js";
import { closedAfterEachTest } from "./sessions.js";

const run = promisify(execFile);

/**
 * An article written to attack the terminal: every sequence carries a
 * marker word, so that the test can tell the article's sequence from
 * parallax's own (which never come with these words).
 */
const ATTACKS = {
	title: "\u001b]0;PWNED-TITLE\u0007",
	clipboard: "\u001b]52;c;UFdORUQ=\u0007",
	cursor: "\u001b[5;5HMOVED",
	screen: "\u001b[?1049hSWITCHED",
	conceal: "\u001b[8mCONCEALED\u001b[28m",
	attributes: "\u001b[31mREDDENED",
	deviceAttributes: "\u001b[cDA-QUERY",
	decrqss: "\u001bP$qm\u001b\\DECRQSS",
	background: "\u001b]11;?\u0007OSC11",
	link: "\u001b]8;;http://evil.example\u0007LINKTEXT\u001b]8;;\u0007",
	eightBit: "\u009b2JEIGHTBIT",
	bidi: "\u202eREVERSED\u202c",
	entity: "&#27;[2JENTITY",
} as const;

const RAW_MARKERS = [
	"\u001b]0;PWNED",
	"\u001b]0;FILETITLE",
	"\u001b]52;",
	"\u001b[5;5HMOVED",
	"\u001b[?1049hSWITCHED",
	"\u001b[8mCONCEALED",
	"\u001b[31mREDDENED",
	"\u001b[cDA",
	"\u001bP$q",
	"\u001b]11;?",
	"\u001b]8;;http://evil",
	"\u009b",
	"\u202e",
	"\u001b[2JENTITY",
	"\u001b[31mSOURCE",
];

let folder: string;
const start = closedAfterEachTest();

beforeAll(() => {
	folder = mkdtempSync(path.join(tmpdir(), "parallax-hostile-"));
	const body = Object.entries(ATTACKS)
		.map(([name, attack]) => `The ${name} attack: ${attack} done.`)
		.join("\n\n");
	writeFileSync(
		path.join(folder, `evil\u001b]0;FILETITLE\u0007.md`),
		`---\ntitle: "Evil \\e]0;PWNED-TITLE\\a headline"\nsource: "\\e[31mSOURCE"\nstory: s\n---\n\n“Nobody will see the ${ATTACKS.clipboard} payload,” said Ann Lee.\n\n${body}\n`,
	);
	writeFileSync(
		path.join(folder, "partner.md"),
		"---\ntitle: Partner headline\nsource: Partner\nstory: s\n---\n\n“Nobody will see the payload,” said Ann Lee.\n",
	);
	writeFileSync(path.join(folder, "empty\u001b[31mSOURCE.md"), "");
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function expectNothingRaw(output: string) {
	for (const marker of RAW_MARKERS) expect(output, JSON.stringify(marker)).not.toContain(marker);
}

describe("an article that attacks the terminal", () => {
	it("shows every sequence inert, in the list, the reader, search results, the compare view and the warnings", async () => {
		const reader = start([folder], { cols: 120, rows: 40 });
		const first = await reader.waitFor("The title attack");
		expect(first).toContain("␛]0;PWNED-TITLE␇");
		expect(first).toContain("␛[5;5HMOVED");
		expect(first).toContain("REVERSED");
		expect(first).toContain("␛[2JENTITY");

		reader.write("/");
		await reader.waitFor("Type to search");
		reader.write("concealed");
		await reader.waitFor((text) => text.includes("/concealed") && text.includes("1 match"));
		reader.write(KEYS.enter);
		await reader.waitFor("match 1/1");

		reader.write(KEYS.escape);
		await reader.waitFor((text) => !text.includes("match 1/1"));
		reader.write("c");
		const compare = await reader.waitFor("Compare");
		expect(compare).toContain("␛]52;c;UFdORUQ=␇");

		reader.write(KEYS.escape);
		await reader.waitFor((text) => !text.includes("Compare"));
		reader.write("q");
		const exit = await reader.exited;
		expect(exit.exitCode).toBe(0);
		// The warning about the empty file names it, inert, after the screen was left.
		expect(reader.output).toContain("empty␛[31mSOURCE.md: empty file; skipped");
		expectNothingRaw(reader.output);
	});

	it("writes nothing active to stdout or stderr in any print mode", async () => {
		for (const args of [
			["--list"],
			["--json"],
			["--quotes"],
			["--quotes", "--json"],
			["--compare"],
			["--compare", "--json"],
			["--search", "attack"],
			["--search", "attack", "--json"],
		]) {
			const { stdout, stderr } = await run(process.execPath, [CLI, ...args, folder], {
				env: childEnvironment(),
			}).catch((error: { stdout: string; stderr: string }) => error);
			expectNothingRaw(stdout + stderr);
			expect(stdout + stderr).not.toMatch(
				/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/,
			);
		}
	});
});
