import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PIECE_CHARS, pieceEnds } from "../../source/layout/pieces.js";

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const boundaries = (text: string) =>
	new Set([...graphemes.segment(text)].map((segment) => segment.index).concat(text.length));

describe("pieceEnds", () => {
	it("keeps a paragraph of ordinary length whole", () => {
		expect(pieceEnds("A short paragraph.")).toEqual([18]);
		expect(pieceEnds("")).toEqual([0]);
	});

	it("cuts a long paragraph just after a space, near the piece size", () => {
		const text = "word ".repeat(5000);
		const ends = pieceEnds(text);
		expect(ends.length).toBeGreaterThan(2);
		expect(ends.at(-1)).toBe(text.length);
		let start = 0;
		for (const end of ends.slice(0, -1)) {
			expect(text[end - 1]).toBe(" ");
			expect(end - start).toBeLessThanOrEqual(PIECE_CHARS);
			expect(end - start).toBeGreaterThan(PIECE_CHARS - 1024);
			start = end;
		}
	});

	it("cuts a line without spaces at a grapheme boundary", () => {
		const text = "e\u0301👩🏽‍🚀字".repeat(3000);
		const allowed = boundaries(text);
		for (const end of pieceEnds(text)) expect(allowed.has(end)).toBe(true);
	});

	it("covers the text in increasing pieces, whatever it is", () => {
		fc.assert(
			fc.property(
				fc.string({ unit: "grapheme", minLength: 0, maxLength: 40 }),
				fc.integer({ min: 1, max: 2000 }),
				(unit, times) => {
					const text = unit.repeat(times);
					const ends = pieceEnds(text);
					expect(ends.at(-1)).toBe(text.length);
					let start = 0;
					for (const end of ends) {
						expect(end).toBeGreaterThanOrEqual(start);
						if (end !== text.length) expect(end).toBeGreaterThan(start);
						start = end;
					}
				},
			),
			{ numRuns: 60 },
		);
	});
});
