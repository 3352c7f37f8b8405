import { describe, expect, it } from "vitest";
import {
	anchorOfLine,
	layoutDocument,
	lineOfAnchor,
	percentRead,
	TOP,
	topLine,
} from "../../source/layout/document.js";
import { lineSegments } from "../../source/layout/segments.js";
import { article, longArticle } from "../fixtures.js";

describe("layoutDocument", () => {
	const sample = article({
		title: "The headline",
		source: "Wire",
		published: "2019-11-26",
		url: "https://example.com/story",
		paragraphs: [
			{ text: "A photo of someone. (AP Photo/X)", kind: "caption" },
			"First paragraph of the story.",
			{ text: "READ MORE: elsewhere", kind: "boilerplate" },
		],
	});

	it("lays out title, meta and link, then paragraphs with blank lines between", () => {
		const layout = layoutDocument(sample, 40);
		const text = layout.lines.map((_, index) =>
			lineSegments(layout, index)
				.map((segment) => segment.text)
				.join(""),
		);
		expect(text).toEqual([
			"The headline",
			"Wire · 2019-11-26",
			"https://example.com/story",
			"",
			"[caption] A photo of someone. (AP",
			"          Photo/X)",
			"",
			"First paragraph of the story.",
			"",
			"[promo] READ MORE: elsewhere",
		]);
	});

	it("gives a link segment the whole address even when wrapped", () => {
		const layout = layoutDocument(article({ url: `https://example.com/${"a".repeat(60)}` }), 30);
		const linkLines = layout.lines.filter(
			(line) => layout.blocks[line.block]?.style === "link" && !line.blank,
		);
		expect(linkLines.length).toBeGreaterThan(1);
		const index = layout.lines.indexOf(linkLines[1] as (typeof layout.lines)[number]);
		expect(lineSegments(layout, index)[0]?.href).toBe(`https://example.com/${"a".repeat(60)}`);
	});

	it("is computed once per width", () => {
		expect(layoutDocument(sample, 40)).toBe(layoutDocument(sample, 40));
		expect(layoutDocument(sample, 41)).not.toBe(layoutDocument(sample, 40));
	});
});

describe("anchors", () => {
	const long = longArticle(30);

	it("map a line to a place in a paragraph and back", () => {
		const layout = layoutDocument(long, 50);
		for (let index = 0; index < layout.lines.length; index++) {
			expect(lineOfAnchor(layout, anchorOfLine(layout, index))).toBe(index);
		}
	});

	it("keep the same paragraph at the top when the width changes", () => {
		const wide = layoutDocument(long, 80);
		const narrow = layoutDocument(long, 36);
		const anchor = anchorOfLine(wide, 40);
		const wideLine = wide.lines[40];
		const narrowLine = narrow.lines[lineOfAnchor(narrow, anchor)];
		expect(narrowLine?.block).toBe(wideLine?.block);
		expect(narrowLine?.start).toBeLessThanOrEqual(anchor.offset);
	});

	it("never leave the screen part empty at the end", () => {
		const layout = layoutDocument(long, 50);
		const last = anchorOfLine(layout, layout.lines.length - 1);
		expect(topLine(layout, last, 10)).toBe(layout.lines.length - 10);
		expect(topLine(layout, TOP, 10)).toBe(0);
	});

	it("report how far the screen has come", () => {
		const layout = layoutDocument(long, 50);
		const total = layout.lines.length;
		expect(percentRead(layout, 0, 10)).toBe(Math.round(1000 / total));
		expect(percentRead(layout, total - 10, 10)).toBe(100);
		expect(percentRead(layoutDocument(article({}), 50), 0, 10)).toBe(100);
	});
});
