import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { displayWidth } from "../../source/text/graphemes.js";
import { padToWidth, truncate } from "../../source/text/truncate.js";
import { wrap } from "../../source/text/wrap.js";

const lines = (text: string, width: number) =>
	wrap(text, width).map((span) => text.slice(span.start, span.end));

describe("wrap", () => {
	it("breaks at spaces and drops them at the break", () => {
		expect(lines("the quick brown fox jumps", 10)).toEqual(["the quick", "brown fox", "jumps"]);
	});

	it("fills a line exactly", () => {
		expect(lines("aaaa bbbb cccc", 9)).toEqual(["aaaa bbbb", "cccc"]);
	});

	it("breaks after a dash inside a word", () => {
		expect(lines("the stop-and-frisk strategy", 14)).toEqual(["the stop-and-", "frisk strategy"]);
	});

	it("breaks again when what follows a dash still does not fit (found by fast-check)", () => {
		expect(lines("𖿠-!⺀", 2)).toEqual(["𖿠", "-", "!", "⺀"]);
	});

	it("cuts a word longer than the line", () => {
		expect(lines("abcdefghij", 4)).toEqual(["abcd", "efgh", "ij"]);
	});

	it("wraps a 200,000-character line without spaces, quickly", () => {
		const text = "x".repeat(200_000);
		const started = performance.now();
		const spans = wrap(text, 80);
		expect(spans).toHaveLength(2500);
		expect(performance.now() - started).toBeLessThan(2000);
	});

	it("counts wide characters as two columns and measures joined emoji as they are drawn", () => {
		expect(lines("日本語のテキスト", 6)).toEqual(["日本語", "のテキ", "スト"]);
		// Drawn apart (see sanitize): three emoji, six columns; never split between lines.
		const family = "👩‍👩‍👧";
		expect(lines(`${family}${family}`, 12)).toEqual([`${family}${family}`]);
		expect(lines(`${family}${family}`, 8)).toEqual([family, family]);
	});

	it("keeps combining marks with their letter", () => {
		expect(lines("cafe\u0301 cafe\u0301", 5)).toEqual(["cafe\u0301", "cafe\u0301"]);
	});

	it("gives an empty paragraph one empty line", () => {
		expect(wrap("", 10)).toEqual([{ start: 0, end: 0 }]);
		expect(lines("   ", 10)).toEqual([""]);
	});

	it("measures escape characters as the pictures they are drawn as", () => {
		expect(lines("\u001b[2J\u001b[2J", 4)).toEqual(["\u001b[2J", "\u001b[2J"]);
	});

	it("keeps every line within the width, in order, losing no visible character", () => {
		fc.assert(
			fc.property(
				fc.string({ unit: "grapheme", maxLength: 300 }),
				fc.integer({ min: 2, max: 60 }),
				(text, width) => {
					const spans = wrap(text, width);
					let previousEnd = 0;
					for (const span of spans) {
						expect(span.start).toBeGreaterThanOrEqual(previousEnd);
						expect(span.end).toBeGreaterThanOrEqual(span.start);
						expect(span.end).toBeLessThanOrEqual(text.length);
						const line = text.slice(span.start, span.end);
						// A single grapheme wider than the line is the one allowed overflow.
						if (displayWidth(line) > width)
							expect([...new Intl.Segmenter().segment(line)]).toHaveLength(1);
						// Whatever lies between lines is only the spaces dropped at a break.
						expect(text.slice(previousEnd, span.start).trim()).toBe("");
						previousEnd = span.end;
					}
					expect(text.slice(previousEnd).trim()).toBe("");
				},
			),
			{ numRuns: 500 },
		);
	});
});

describe("truncate", () => {
	it("leaves short text alone and cuts long text with an ellipsis", () => {
		expect(truncate("short", 10)).toBe("short");
		expect(truncate("Michael Bloomberg severs ties", 12)).toBe("Michael Blo…");
		expect(truncate("abcdef", 4, "...")).toBe("a...");
	});

	it("never splits a wide character or exceeds the width", () => {
		fc.assert(
			fc.property(
				fc.string({ unit: "grapheme", maxLength: 80 }),
				fc.integer({ min: 0, max: 30 }),
				(text, width) => {
					expect(displayWidth(truncate(text, width))).toBeLessThanOrEqual(Math.max(width, 0));
				},
			),
		);
	});

	it("pads to an exact width", () => {
		expect(padToWidth("ab", 4)).toBe("ab  ");
		expect(displayWidth(padToWidth("日本語テキスト", 5))).toBe(5);
	});
});
