import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, ROOT } from "./e2e/pty.js";
import { outletFile, THREE_OUTLETS } from "./fixtures/three-outlets.js";

const run = promisify(execFile);

// Node warns on stderr when both are set; the tests read stderr.
const quietEnvironment = { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined };

/** Runs the built CLI with pipes (no terminal): stdout, stderr and exit code. */
async function parallax(
	args: string[],
	options: { cwd?: string; env?: Record<string, string | undefined> } = {},
) {
	try {
		const { stdout, stderr } = await run(process.execPath, [CLI, ...args], {
			cwd: options.cwd ?? ROOT,
			env: { ...quietEnvironment, ...options.env },
		});
		return { stdout, stderr, code: 0 };
	} catch (error) {
		const failed = error as { stdout: string; stderr: string; code: number };
		return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
	}
}

let folder: string;
beforeAll(async () => {
	folder = await mkdtemp(path.join(tmpdir(), "parallax-cli-"));
});
afterAll(async () => {
	await rm(folder, { recursive: true, force: true });
});

describe("parallax without a terminal", () => {
	it("prints the list when stdout is not a terminal", async () => {
		const { stdout, stderr, code } = await parallax([]);
		expect(code).toBe(0);
		expect(stderr).toBe("");
		const rows = stdout
			.trim()
			.split("\n")
			.map((line) => line.split("\t"));
		expect(rows).toEqual([
			[
				"articles/000-thegrio-bloomberg-severs-ties.md",
				"Michael Bloomberg severs ties with firm that hired prison laborers to make campaign calls",
				"theGrio",
				"bloomberg-prison-call-centre",
			],
			[
				"articles/004-business-insider-bloomberg-used-inmates.md",
				"Michael Bloomberg used inmates in an Oklahoma prison for women to make calls for his 2020 presidential campaign",
				"Business Insider Australia",
				"bloomberg-prison-call-centre",
			],
		]);
	});

	it("finds the bundled articles from any working folder", async () => {
		const { stdout, code } = await parallax(["--list"], { cwd: folder });
		expect(code).toBe(0);
		expect(stdout).toContain("theGrio");
	});

	it("prints one JSON document with --json", async () => {
		const { stdout, code } = await parallax(["--list", "--json"]);
		expect(code).toBe(0);
		const document = JSON.parse(stdout);
		expect(document.articles.map((a: { source: string }) => a.source)).toEqual([
			"theGrio",
			"Business Insider Australia",
		]);
		expect(Object.keys(document.articles[0])).toEqual(
			expect.arrayContaining(["path", "title", "source", "story"]),
		);
	});

	it("names a path that does not exist and exits 2", async () => {
		const { stderr, code } = await parallax(["--list", "no/such/place"]);
		expect(code).toBe(2);
		expect(stderr).toBe("parallax: no such file or folder: no/such/place\n");
	});

	it("says when a folder holds no articles, and exits 1", async () => {
		const empty = await mkdtemp(path.join(folder, "empty-"));
		const { stderr, code } = await parallax(["--list", empty]);
		expect(code).toBe(1);
		expect(stderr).toMatch(
			/^parallax: no articles found in .*empty-.* \(looked for \.md, \.markdown, \.txt files\)\n$/,
		);
	});

	it("loads the good articles and warns on stderr about the bad ones", async () => {
		const mixed = await mkdtemp(path.join(folder, "mixed-"));
		await writeFile(path.join(mixed, "good.md"), "Good headline\n\nText.");
		await writeFile(path.join(mixed, "empty.md"), "");
		const { stdout, stderr, code } = await parallax(["--list", mixed]);
		expect(code).toBe(0);
		expect(stdout).toContain("Good headline");
		expect(stderr).toMatch(/^parallax: warning: .*empty\.md: empty file; skipped\n$/);
	});

	it("never writes an escape sequence from a file name or article", async () => {
		const hostile = await mkdtemp(path.join(folder, "hostile-"));
		await writeFile(
			path.join(hostile, "evil\u001b]0;x\u0007.md"),
			"Title \u001b[2J\u009b\n\nBody \u202e.",
		);
		await writeFile(path.join(hostile, "bad\u001b[31m.md"), "");
		for (const args of [["--list"], ["--json"]]) {
			const { stdout, stderr } = await parallax([...args, hostile]);
			expect(stdout + stderr).not.toMatch(/[\u001b\u009b\u202e\u0007]/);
		}
	});

	it("--search prints the hits best first, tab-separated, with the matches marked", async () => {
		const { stdout, code } = await parallax(["--search", "eddie warior corectional"]);
		expect(code).toBe(0);
		const rows = stdout
			.trim()
			.split("\n")
			.map((line) => line.split("\t"));
		expect(rows).toHaveLength(2);
		expect(rows.map((row) => row[1])).toEqual(["theGrio", "Business Insider Australia"]);
		expect(rows[0]?.[3]).toBe("6");
		expect(Number(rows[0]?.[4])).toBeGreaterThan(0.5);
		expect(rows[0]?.[5]).toContain("Dr. **Eddie** **Warrior** **Correctional** Center");
	});

	it("--search --json gives the hits with paragraph, snippet, ranges and score", async () => {
		const { stdout, code } = await parallax(["--search", "julie wood", "--json"]);
		expect(code).toBe(0);
		const document = JSON.parse(stdout);
		expect(document.query).toBe("julie wood");
		const [hit] = document.hits;
		expect(Object.keys(hit)).toEqual(
			expect.arrayContaining(["path", "source", "title", "paragraph", "snippet", "score"]),
		);
		expect(hit.source).toBe("Business Insider Australia");
		expect(
			hit.ranges.map(([start, end]: [number, number]) => hit.snippet.slice(start, end)),
		).toEqual(["Julie", "Wood"]);
	});

	it("--search exits 1 when nothing matches, like grep, and 2 on a bad query or scope", async () => {
		expect((await parallax(["--search", "zzzzqx"])).code).toBe(1);
		expect((await parallax(["--search", "!!!"])).code).toBe(1);
		expect((await parallax(["--search", "  "])).code).toBe(2);
		expect((await parallax(["--search", "x", "--scope", "nope"])).code).toBe(2);
		expect((await parallax(["--search", "x", "--limit", "0"])).code).toBe(2);
	});

	it("--limit caps the hits", async () => {
		const { stdout } = await parallax(["--search", "bloomberg", "--limit", "3"]);
		expect(stdout.trim().split("\n")).toHaveLength(3);
	});

	it("--quotes --json gives each article's quotations with speaker, kind and span", async () => {
		const { stdout, code } = await parallax(["--quotes", "--json"]);
		expect(code).toBe(0);
		const { articles } = JSON.parse(stdout);
		expect(articles).toHaveLength(2);
		const [grio] = articles;
		expect(Object.keys(grio)).toEqual(["path", "title", "source", "story", "quotes"]);
		const support = grio.quotes.find((q: { text: string }) =>
			q.text.startsWith("We do not support"),
		);
		expect(support).toEqual({
			text: "We do not support this practice and we are making sure our vendors more properly vet their subcontractors moving forward",
			speaker: "Michael Bloomberg",
			onBehalfOf: null,
			kind: "statement",
			paragraph: 5,
			start: 1,
			end: 121,
		});
		const [, insider] = articles;
		// Julie Wood, a spokesperson for Bloomberg’s campaign.
		expect(
			insider.quotes.find((q: { text: string }) => q.text.startsWith("We didn’t know")),
		).toMatchObject({ speaker: "Julie Wood", onBehalfOf: "Michael Bloomberg" });
		expect(grio.quotes.find((q: { text: string }) => q.text === "stop-and-frisk")).toMatchObject({
			speaker: null,
			kind: "term",
		});
	});

	it("--compare --json pairs the statements and lists the unmatched", async () => {
		const { stdout, code } = await parallax(["--compare", "--json"]);
		expect(code).toBe(0);
		const { stories } = JSON.parse(stdout);
		expect(stories).toHaveLength(1);
		const [story] = stories;
		expect(story.story).toBe("bloomberg-prison-call-centre");
		expect(story.articles.map((a: { source: string }) => a.source)).toEqual([
			"theGrio",
			"Business Insider Australia",
		]);
		expect(story.pairs).toHaveLength(1);
		expect(story.pairs[0].a).toMatchObject({ source: "theGrio", speaker: "Michael Bloomberg" });
		expect(story.pairs[0].b).toMatchObject({
			source: "Business Insider Australia",
			speaker: "Julie Wood",
		});
		expect(story.pairs[0].score).toBeGreaterThan(0);
		expect(story.unmatched.length).toBeGreaterThan(5);
	});

	it("--compare reads like a side-by-side summary", async () => {
		const { stdout } = await parallax(["--compare"]);
		expect(stdout).toMatch(
			/^Story: Bloomberg prison call centre \(theGrio, Business Insider Australia\)/,
		);
		expect(stdout).toMatch(
			/“We do not support this practice .*│ “We don’t believe in this practice/,
		);
		expect(stdout).toContain("Only in theGrio:");
		expect(stdout).toContain("Only in Business Insider Australia:");
	});

	it("--coverage --json gives every statement what each source carries, and each speaker's counts", async () => {
		const outlets = path.join(folder, "outlets");
		await mkdir(outlets);
		for (const outlet of THREE_OUTLETS)
			await writeFile(path.join(outlets, outlet.file), outletFile(outlet));
		const { stdout, code } = await parallax(["--coverage", "--json", outlets]);
		expect(code).toBe(0);
		const [story, ...others] = JSON.parse(stdout).stories;
		expect(others).toEqual([]);
		expect(story.sources).toEqual(["Harbor Wire", "The Evening Courier", "Gazette"]);
		const said = (words: string) =>
			story.statements.find((s: { text: string }) => s.text.startsWith(words));
		expect(said("We will not reopen")).toEqual({
			speaker: "Ilse Varga",
			text: "We will not reopen the bridge until the pylons are replaced",
			carried: { "Harbor Wire": "same", "The Evening Courier": "same", Gazette: "same" },
		});
		expect(said("The cracks run").carried).toEqual({
			"Harbor Wire": "same",
			"The Evening Courier": "other words",
			Gazette: null,
		});
		expect(story.speakers[0]).toEqual({
			name: "Ilse Varga",
			counts: { "Harbor Wire": 1, "The Evening Courier": 1, Gazette: 2 },
		});

		const locale = { LC_ALL: undefined, LC_CTYPE: undefined };
		const ascii = await parallax(["--coverage", outlets], { env: { ...locale, LANG: "C" } });
		expect(ascii.stdout).toContain(
			"Sources: Harbor Wire (3), The Evening Courier (3), Gazette (2)",
		);
		expect(ascii.stdout).toMatch(/\n# +# +# +"We will not reopen/);
		expect(ascii.stdout).toMatch(/\n# +~ +\. +"The cracks run/);
		const unicode = await parallax(["--coverage", outlets], {
			env: { ...locale, LANG: "C.UTF-8" },
		});
		expect(unicode.stdout).toMatch(/\n● +◐ +· +“The cracks run/);
	});

	it("refuses two modes at once", async () => {
		expect((await parallax(["--quotes", "--compare"])).code).toBe(2);
		const { stderr, code } = await parallax(["--compare", "--coverage"]);
		expect(code).toBe(2);
		expect(stderr).toContain("choose one of --list, --search, --quotes, --compare and --coverage");
	});

	it("rejects an unknown flag with exit 2", async () => {
		const { stderr, code } = await parallax(["--frobnicate"]);
		expect(code).toBe(2);
		expect(stderr).toContain("parallax: unknown flag --frobnicate");
	});

	it("prints help and version", async () => {
		expect((await parallax(["--help"])).stdout).toContain("Usage");
		expect((await parallax(["--version"])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
	});

	it("exits quietly when the reader of its output goes away (| head)", async () => {
		const many = await mkdtemp(path.join(folder, "many-"));
		for (let i = 0; i < 400; i++) {
			await writeFile(path.join(many, `a${i}.md`), `Headline ${i} ${"word ".repeat(50)}\n\nText.`);
		}
		const script = `node ${JSON.stringify(CLI)} --json ${JSON.stringify(many)} | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`;
		const { stdout, stderr } = await run("bash", ["-c", script], { env: quietEnvironment });
		expect(stderr).toBe("");
		expect(stdout.trim()).toBe("0");
	});
});
