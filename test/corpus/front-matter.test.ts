import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { simpleFields, splitFrontMatter } from "../../source/corpus/front-matter.js";

describe("splitFrontMatter", () => {
	it("reads the fields and returns the body after the closing fence", () => {
		const result = splitFrontMatter(
			"---\ntitle: A title\nsource: theGrio\nstory: s-1\npublished: 2019-12-24\n---\n\nBody.\n",
		);
		expect(result.frontMatter).toEqual({
			title: "A title",
			source: "theGrio",
			story: "s-1",
			published: "2019-12-24",
		});
		expect(result.body).toBe("\nBody.\n");
		expect(result.problems).toEqual([]);
	});

	it("leaves text without front matter untouched", () => {
		expect(splitFrontMatter("Title\n\nBody")).toEqual({
			frontMatter: {},
			body: "Title\n\nBody",
			problems: [],
		});
	});

	it("reads an unterminated block as plain text, with a problem", () => {
		const text = "---\ntitle: never closed\n\nBody";
		const result = splitFrontMatter(text);
		expect(result.body).toBe(text);
		expect(result.problems).toEqual(["front matter has no closing '---'; read as plain text"]);
	});

	it("drops unparsable YAML but keeps the body", () => {
		const result = splitFrontMatter("---\ntitle: [unclosed\n---\nBody");
		expect(result.frontMatter).toEqual({});
		expect(result.body).toBe("Body");
		expect(result.problems[0]).toMatch(/^front matter ignored: /);
	});

	it("ignores fields of the wrong type, keeping the others", () => {
		const result = splitFrontMatter("---\ntitle: [a, b]\nsource: BI\nstory: 42\n---\nBody");
		expect(result.frontMatter).toEqual({ source: "BI", story: "42" });
		expect(result.problems).toEqual(["front matter field 'title' ignored: expected text"]);
	});

	it("accepts only http(s) addresses for url", () => {
		expect(splitFrontMatter("---\nurl: https://example.com/a\n---\nB").frontMatter.url).toBe(
			"https://example.com/a",
		);
		const bad = splitFrontMatter("---\nurl: javascript:alert(1)\n---\nB");
		expect(bad.frontMatter.url).toBeUndefined();
		expect(bad.problems).toEqual(["front matter field 'url' ignored: not an http(s) address"]);
	});

	it("treats a list or a scalar as broken front matter", () => {
		expect(splitFrontMatter("---\n- a\n- b\n---\nB").problems).toEqual([
			"front matter ignored: not a set of key: value fields",
		]);
	});

	it("accepts an empty block and the ... closing fence", () => {
		expect(splitFrontMatter("---\n---\nB")).toEqual({ frontMatter: {}, body: "B", problems: [] });
		expect(splitFrontMatter("---\ntitle: T\n...\nB").frontMatter.title).toBe("T");
	});

	it("survives a billion-laughs alias bomb", () => {
		const bomb = `---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\ntitle: T\n---\nBody`;
		const result = splitFrontMatter(bomb);
		expect(result.body).toBe("Body");
	});

	it("never throws, whatever the text", () => {
		fc.assert(
			fc.property(fc.string({ unit: "binary", maxLength: 200 }), (tail) => {
				const result = splitFrontMatter(`---\n${tail}`);
				expect(typeof result.body).toBe("string");
			}),
			{ numRuns: 500 },
		);
	});

	it("reads plain key: value lines as the YAML library does, or leaves them to it", () => {
		const piece = fc.constantFrom(
			"A",
			"title",
			"Bloomberg",
			" ",
			": ",
			":",
			" #",
			"#",
			"'",
			"''",
			'"',
			"\\",
			"-",
			"?",
			"[",
			"]",
			"{",
			"}",
			",",
			"&",
			"*",
			"!",
			"|",
			">",
			"%",
			"@",
			"`",
			"\t",
			"1",
			"2019-11-26",
			".5",
			"~",
			"null",
			"true",
			"No",
			"yes",
			"é",
			"“",
			"’",
			"…",
			"\r",
		);
		const value = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(""));
		const key = fc.constantFrom("title", "source", "story", "id", "url", "published", "x-y", "_k");
		const line = fc.oneof(
			fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`),
			fc.tuple(key, value).map(([k, v]) => `${k}: "${v}"`),
			fc.tuple(key, value).map(([k, v]) => `${k}: '${v}'`),
			fc.constantFrom("", "  ", "# a comment", "  indented: x", "- item"),
		);
		fc.assert(
			fc.property(fc.array(line, { maxLength: 6 }), (lines) => {
				const text = lines.join("\n");
				const fast = simpleFields(text);
				if (fast === null) return;
				// What the library makes of the same text, each value as the text parallax reads.
				const library = parseYaml(text) ?? {};
				expect(Object.fromEntries(Object.entries(library).map(([k, v]) => [k, String(v)]))).toEqual(
					fast,
				);
			}),
			{ numRuns: 3000 },
		);
	});

	it("reads the usual front matter without the library", () => {
		expect(simpleFields('title: "Bloomberg severs ties"\nsource: theGrio\nstory: s-1')).toEqual({
			title: "Bloomberg severs ties",
			source: "theGrio",
			story: "s-1",
		});
		// A date, a number, an escape: the library's.
		expect(simpleFields("published: 2019-11-26")).toBeNull();
		expect(simpleFields('title: "A \\"quoted\\" word"')).toBeNull();
	});
});
