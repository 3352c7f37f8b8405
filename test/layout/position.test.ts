import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article } from "../../source/corpus/article.js";
import type { DocLine } from "../../source/layout/blocks.js";
import type { DocumentLayout } from "../../source/layout/document.js";
import { layoutDocument } from "../../source/layout/layouts.js";
import {
	anchorAt,
	endInView,
	lineAt,
	lineNumber,
	linesFrom,
	lineTotal,
	maxTop,
	move,
	percentRead,
	positionOf,
	START,
	topOf,
} from "../../source/layout/position.js";
import { article } from "../fixtures.js";

/** An article of `count` paragraphs, with one paragraph of `giant` characters in the middle. */
function longArticle(count: number, giant = 0, title = `Long ${count} ${giant}`): Article {
	const paragraphs: string[] = [];
	for (let i = 0; i < count; i++)
		paragraphs.push(
			`Paragraph ${i} goes on about the story for long enough to wrap a line or two.`,
		);
	if (giant > 0) paragraphs.splice(count >> 1, 0, "giant words ".repeat(giant / 12));
	return article({ title, paragraphs });
}

/** Every line, by walking from the start. */
function everyLine(layout: DocumentLayout): DocLine[] {
	return linesFrom(layout, START, Number.POSITIVE_INFINITY);
}

describe("a long article's layout", () => {
	it("wraps only the pieces the screen needs when it is opened", () => {
		const layout = layoutDocument(longArticle(5000), 60);
		const top = topOf(layout, { block: 0, offset: 0 }, 25);
		expect(linesFrom(layout, top, 25)).toHaveLength(25);
		expect(layout.complete).toBe(false);
		// The end too is found by wrapping only what is near it.
		expect(endInView(layout, maxTop(layout, 25), 25)).toBe(true);
		expect(layout.complete).toBe(false);
	});

	it("finds a place deep in it, and walks to the same lines as the whole layout, down and up", () => {
		// Two copies of one article: each has a layout of its own.
		const lazy = layoutDocument(longArticle(3000, 40_000), 50);
		const whole = everyLine(layoutDocument(longArticle(3000, 40_000), 50));
		expect(whole.length).toBeGreaterThan(3000);
		const deep = whole[whole.length - 100] as DocLine;
		const found = positionOf(lazy, { block: deep.block, offset: deep.start });
		expect(lineAt(lazy, found)).toEqual(deep);
		expect(lazy.complete).toBe(false);
		let position = START;
		for (let line = 0; line < whole.length; line += 997) {
			expect(lineAt(lazy, position)).toEqual(whole[line]);
			expect(positionOf(lazy, anchorAt(lazy, position))).toEqual(position);
			position = move(lazy, position, 997);
		}
		expect(move(lazy, move(lazy, START, 5000), -5000)).toEqual(START);
	});

	it("moves by any number of lines and back, stopping at the ends", () => {
		const item = longArticle(400, 20_000);
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 6000 }),
				fc.integer({ min: -3000, max: 3000 }),
				(from, by) => {
					const layout = layoutDocument(item, 70);
					const total = lineTotal(layout);
					const start = move(layout, START, from);
					const at = Math.min(from, total - 1);
					expect(lineNumber(layout, start)).toBe(at);
					const moved = move(layout, start, by);
					expect(lineNumber(layout, moved)).toBe(Math.max(0, Math.min(total - 1, at + by)));
				},
			),
			{ numRuns: 100 },
		);
	});

	it("estimates how far the screen has come, and says 100% only at the end", () => {
		const layout = layoutDocument(longArticle(20_000), 80);
		const middle = positionOf(layout, { block: 10_000, offset: 0 });
		expect(layout.complete).toBe(false);
		const percent = percentRead(layout, middle, 25);
		expect(percent).toBeGreaterThan(10);
		expect(percent).toBeLessThan(99);
		expect(percentRead(layout, move(layout, maxTop(layout, 25), -1), 25)).toBeLessThan(100);
		expect(percentRead(layout, maxTop(layout, 25), 25)).toBe(100);
		// The estimate is close to the count once every line is wrapped.
		const exact = everyLine(layoutDocument(longArticle(20_000), 80)).length;
		expect(Math.abs(lineTotal(layout) - exact) / exact).toBeLessThan(0.05);
	});
});
