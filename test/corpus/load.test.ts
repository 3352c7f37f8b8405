import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decode } from "../../source/corpus/decode.js";
import {
	loadArticles,
	loadFile,
	MAX_ARTICLE_BYTES,
	parseArticle,
} from "../../source/corpus/load.js";

const ARTICLES = fileURLToPath(new URL("../../articles/", import.meta.url));

let folder: string;
beforeEach(async () => {
	folder = await mkdtemp(path.join(tmpdir(), "parallax-load-"));
});
afterEach(async () => {
	await rm(folder, { recursive: true, force: true });
});

const file = async (name: string, content: string | Uint8Array) => {
	const full = path.join(folder, name);
	await mkdir(path.dirname(full), { recursive: true });
	await writeFile(full, content);
	return full;
};

describe("the bundled articles", () => {
	it("load as one story from two sources, with titles and no warnings", async () => {
		const { articles, warnings, missing } = await loadArticles([ARTICLES]);
		expect(warnings).toEqual([]);
		expect(missing).toEqual([]);
		expect(articles.map((a) => [a.source, a.story])).toEqual([
			["theGrio", "bloomberg-prison-call-centre"],
			["Business Insider Australia", "bloomberg-prison-call-centre"],
		]);
		expect(articles[0]?.title).toBe(
			"Michael Bloomberg severs ties with firm that hired prison laborers to make campaign calls",
		);
		expect(articles[1]?.title).toBe(
			"Michael Bloomberg used inmates in an Oklahoma prison for women to make calls for his 2020 presidential campaign",
		);
	});

	it("keep each caption as a caption and set boilerplate apart", async () => {
		const { articles } = await loadArticles([ARTICLES]);
		const [grio, insider] = articles;
		expect(grio?.paragraphs[1]).toEqual({
			text: "Democratic presidential candidate Michael Bloomberg speaks to the media in Phoenix. (AP Photo/Rick Scuteri, File)",
			kind: "caption",
		});
		expect(insider?.paragraphs[0]?.kind).toBe("caption");
		expect(insider?.paragraphs[0]?.text).toMatch(/^Reuters FILE PHOTO: /);
		expect(
			grio?.paragraphs.filter((p) => p.kind === "boilerplate").map((p) => p.text.slice(0, 10)),
		).toEqual(["READ MORE:", "READ MORE:"]);
		expect(insider?.paragraphs.filter((p) => p.kind === "boilerplate")).toHaveLength(3);
	});

	it.each([
		[0, "000_d8515dab13cc08a2.txt"],
		[1, "004_3505ff5da6a5480f.txt"],
	])("keep seed text word for word (article %i from %s)", async (index, seedName) => {
		const seed = await readFile(new URL(`../fixtures/seeds/${seedName}`, import.meta.url), "utf8");
		const { articles } = await loadArticles([ARTICLES]);
		const loaded = articles[index];
		if (!loaded) throw new Error("article missing");
		const words = (text: string) =>
			text
				.replace(/\u00a0/g, " ")
				.split(/\s+/)
				.filter(Boolean);
		// theGrio's headline line became the title; Business Insider's title repeats its lede.
		const shown =
			index === 0
				? [loaded.title, ...loaded.paragraphs.map((p) => p.text)]
				: loaded.paragraphs.map((p) => p.text);
		expect(words(shown.join(" "))).toEqual(words(seed));
	});
});

describe("loadArticles", () => {
	it("walks folders recursively, in name order, taking only article extensions", async () => {
		await file("b/two.md", "Two headline\n\nText two.");
		await file("a/one.txt", "One headline\n\nText one.");
		await file("a/deeper/three.markdown", "# Three\n\nText three.");
		await file("a/image.png", "not an article");
		await file(".hidden/four.md", "Hidden\n\nText.");
		const { articles, warnings } = await loadArticles([folder], { cwd: folder });
		expect(warnings).toEqual([]);
		expect(articles.map((a) => a.path)).toEqual([
			path.join("a", "deeper", "three.markdown"),
			path.join("a", "one.txt"),
			path.join("b", "two.md"),
		]);
		expect(articles.map((a) => a.title)).toEqual(["Three", "One headline", "Two headline"]);
	});

	it("takes a file named explicitly whatever its extension", async () => {
		const named = await file("notes.text", "Headline\n\nBody.");
		const { articles } = await loadArticles([named]);
		expect(articles).toHaveLength(1);
	});

	it("reports paths that do not exist without losing the others", async () => {
		await file("ok.md", "Fine\n\nText.");
		const { articles, missing } = await loadArticles([folder, path.join(folder, "nope")]);
		expect(articles).toHaveLength(1);
		expect(missing).toEqual([path.join(folder, "nope")]);
	});

	it("skips empty, whitespace-only, binary and oversize files with a warning each", async () => {
		await file("good.md", "Good\n\nText.");
		await file("empty.md", "");
		await file("blank.md", "  \n\n \t\n");
		await file("binary.md", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
		await file("huge.txt", new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61));
		const { articles, warnings } = await loadArticles([folder], { cwd: folder });
		expect(articles.map((a) => a.path)).toEqual(["good.md"]);
		expect(warnings).toEqual([
			{ path: "binary.md", message: "binary file; skipped" },
			{ path: "blank.md", message: "no article text; skipped" },
			{ path: "empty.md", message: "empty file; skipped" },
			{ path: "huge.txt", message: "larger than 16 MiB; skipped" },
		]);
	});

	it("loads an article whose titled text is one short line", async () => {
		await file("short.md", "---\ntitle: A title\n---\n\nOnly a line here");
		const { articles, warnings } = await loadArticles([folder], { cwd: folder });
		expect(warnings).toEqual([]);
		expect(articles.map((a) => [a.title, a.paragraphs.map((p) => p.text)])).toEqual([
			["A title", ["Only a line here"]],
		]);
	});

	it("loads an article with broken front matter as text, with a warning", async () => {
		await file("broken.md", "---\ntitle: [oops\n---\nReal headline\n\nBody text.");
		await file("open.md", "---\ntitle: never closed\nBody text.");
		const { articles, warnings } = await loadArticles([folder], { cwd: folder });
		expect(articles.map((a) => a.title)).toEqual(["Real headline", "title: never closed"]);
		expect(warnings.map((w) => w.path)).toEqual(["broken.md", "open.md"]);
		expect(warnings[0]?.message).toMatch(/^front matter ignored/);
	});

	it("does not hang on a symlink loop and reads each real file once", async () => {
		await file("a/story.md", "Loop\n\nText.");
		await symlink(folder, path.join(folder, "a", "back-to-top"));
		await symlink(path.join(folder, "a"), path.join(folder, "a", "self"));
		await symlink(path.join(folder, "a", "story.md"), path.join(folder, "alias.md"));
		await symlink(path.join(folder, "missing.md"), path.join(folder, "dangling.md"));
		const { articles, warnings } = await loadArticles([folder], { cwd: folder });
		expect(articles.map((a) => a.title)).toEqual(["Loop"]);
		expect(warnings).toEqual([
			{ path: path.join(folder, "dangling.md"), message: "broken link; skipped" },
		]);
	});

	it("warns about a file that vanished between listing and reading", async () => {
		const result = loadFile(path.join(folder, "gone.md"), "gone.md");
		expect(result).toEqual({
			warning: { path: "gone.md", message: "cannot read (no such file or folder); skipped" },
		});
	});

	it("normalises BOM, CRLF, NBSP and invalid UTF-8", async () => {
		const bytes = Buffer.concat([
			Buffer.from([0xef, 0xbb, 0xbf]),
			Buffer.from("Head\u00a0line\r\n\r\nCaf"),
			Buffer.from([0xe9]),
			Buffer.from(" text.\r\n"),
		]);
		await file("odd.txt", bytes);
		const { articles, warnings } = await loadArticles([folder], { cwd: folder });
		expect(articles[0]?.title).toBe("Head line");
		expect(articles[0]?.paragraphs[0]?.text).toBe("Caf\uFFFD text.");
		expect(warnings).toEqual([{ path: "odd.txt", message: "invalid UTF-8 replaced with \uFFFD" }]);
	});

	it("reads UTF-16 files that carry a BOM", () => {
		const utf16 = Buffer.concat([
			Buffer.from([0xff, 0xfe]),
			Buffer.from("Title\n\nBody", "utf16le"),
		]);
		expect(decode(utf16)).toEqual({ ok: true, text: "Title\n\nBody", replaced: false });
	});

	it("gives an article without front matter an unknown source and a stable id", () => {
		const first = parseArticle("Headline\n\nBody.", "x.txt").article;
		const again = parseArticle("Headline\n\nBody.", "x.txt").article;
		expect(first?.source).toBeNull();
		expect(first?.story).toBeNull();
		expect(first?.id).toMatch(/^[0-9a-f]{16}$/);
		expect(first?.id).toBe(again?.id);
		expect(parseArticle("---\nid: my-id\n---\nHeadline\n\nBody.", "x.md").article?.id).toBe(
			"my-id",
		);
	});

	it("never throws on arbitrary bytes", () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
				const decoded = decode(bytes);
				if (decoded.ok) parseArticle(decoded.text, "x.md");
			}),
			{ numRuns: 1000 },
		);
	});

	it("never throws on arbitrary text, and every paragraph is trimmed and non-empty", () => {
		fc.assert(
			fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
				const { article } = parseArticle(text, "x.md");
				for (const paragraph of article?.paragraphs ?? []) {
					expect(paragraph.text).toBe(paragraph.text.trim());
					expect(paragraph.text).not.toBe("");
					expect(paragraph.text).not.toMatch(/\n/);
				}
			}),
			{ numRuns: 1000 },
		);
	});
});
