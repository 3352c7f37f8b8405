import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../source/corpus/corpus.js";
import type { DocLine } from "../../source/layout/blocks.js";
import { searchHighlights } from "../../source/layout/highlights.js";
import { layoutDocument } from "../../source/layout/layouts.js";
import { lineAt, linesFrom, START } from "../../source/layout/position.js";
import { gutterMark, lineSegments } from "../../source/layout/segments.js";
import { snippet } from "../../source/layout/snippet.js";
import { buildSearchIndex } from "../../source/search/builder.js";
import { displayWidth } from "../../source/text/graphemes.js";
import { article } from "../fixtures.js";

describe("snippet", () => {
	it("leaves a short passage whole", () => {
		expect(snippet("short", [[0, 5]], 20)).toEqual({ text: "short", ranges: [[0, 5]] });
	});

	it("cuts around the first match, moving the ranges", () => {
		const text = `${"a ".repeat(40)}MATCH${" b".repeat(40)}`;
		const start = text.indexOf("MATCH");
		const cut = snippet(text, [[start, start + 5]], 30);
		expect(displayWidth(cut.text)).toBeLessThanOrEqual(30);
		expect(cut.text.startsWith("…")).toBe(true);
		expect(cut.text.endsWith("…")).toBe(true);
		const [range] = cut.ranges;
		expect(cut.text.slice(range?.[0], range?.[1])).toBe("MATCH");
	});

	it("always fits and keeps ranges inside the text", () => {
		fc.assert(
			fc.property(
				fc.string({ unit: "grapheme", maxLength: 200 }),
				fc.integer({ min: 4, max: 80 }),
				(text, width) => {
					const start = Math.floor(text.length / 2);
					const cut = snippet(text, [[start, Math.min(text.length, start + 3)]], width);
					expect(displayWidth(cut.text)).toBeLessThanOrEqual(
						Math.max(width, displayWidth(text) <= width ? width : width),
					);
					for (const [from, to] of cut.ranges) {
						expect(from).toBeGreaterThanOrEqual(0);
						expect(to).toBeLessThanOrEqual(cut.text.length);
					}
				},
			),
		);
	});
});

describe("search marks in the reader", () => {
	it("cut lines at the matches and flag the current one, marking its line in the gutter", () => {
		const corpus = buildCorpus([
			article({ paragraphs: ["The vendors were vetted by the vendors."] }),
		]);
		const result = buildSearchIndex(corpus).search("vendors");
		const item = corpus.articles[0];
		if (!item) throw new Error("no article");
		const current = result.matches[0] ?? null;
		const marks = searchHighlights(result, 0, item, current);
		const layout = layoutDocument(item, 80);
		const line = linesFrom(layout, START, Infinity).find((l) => l.block === 2 && !l.blank);
		if (!line) throw new Error("no line");
		const segments = lineSegments(layout, line, marks);
		expect(segments.map((s) => [s.text, s.mark ?? null])).toEqual([
			["The ", null],
			["vendors", "current"],
			[" were vetted by the ", null],
			["vendors", "current"],
			[".", null],
		]);
		expect(gutterMark(layout, line, marks)).toBe("current");
		expect(gutterMark(layout, lineAt(layout, START) as DocLine, marks)).toBeNull();
	});
});
