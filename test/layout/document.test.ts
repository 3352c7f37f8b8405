import { describe, expect, it } from "vitest";
import { TOP } from "../../source/layout/blocks.js";
import { layoutDocument } from "../../source/layout/layouts.js";
import {
	anchorAt,
	lineAt,
	lineNumber,
	linesFrom,
	lineTotal,
	move,
	percentRead,
	positionOf,
	START,
	topOf,
} from "../../source/layout/position.js";
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
		const text = linesFrom(layout, START, Infinity).map((line) =>
			lineSegments(layout, line)
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
		const linkLines = linesFrom(layout, START, Infinity).filter(
			(line) => layout.block(line.block).style === "link" && !line.blank,
		);
		expect(linkLines.length).toBeGreaterThan(1);
		const second = linkLines[1];
		if (!second) throw new Error("no second line");
		expect(lineSegments(layout, second)[0]?.href).toBe(`https://example.com/${"a".repeat(60)}`);
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
		const total = lineTotal(layout);
		for (let index = 0; index < total; index++) {
			const position = move(layout, START, index);
			expect(lineNumber(layout, position)).toBe(index);
			expect(positionOf(layout, anchorAt(layout, position))).toEqual(position);
		}
	});

	it("keep the same paragraph at the top when the width changes", () => {
		const wide = layoutDocument(long, 80);
		const narrow = layoutDocument(long, 36);
		const at40 = move(wide, START, 40);
		const anchor = anchorAt(wide, at40);
		const narrowLine = lineAt(narrow, positionOf(narrow, anchor));
		expect(narrowLine?.block).toBe(lineAt(wide, at40)?.block);
		expect(narrowLine?.start).toBeLessThanOrEqual(anchor.offset);
	});

	it("never leave the screen part empty at the end", () => {
		const layout = layoutDocument(long, 50);
		const total = lineTotal(layout);
		const last = anchorAt(layout, move(layout, START, total - 1));
		expect(lineNumber(layout, topOf(layout, last, 10))).toBe(total - 10);
		expect(topOf(layout, TOP, 10)).toEqual(START);
	});

	it("report how far the screen has come", () => {
		const layout = layoutDocument(long, 50);
		const total = lineTotal(layout);
		expect(percentRead(layout, START, 10)).toBe(Math.round(1000 / total));
		expect(percentRead(layout, move(layout, START, total - 10), 10)).toBe(100);
		expect(percentRead(layoutDocument(article({}), 50), START, 10)).toBe(100);
	});
});
