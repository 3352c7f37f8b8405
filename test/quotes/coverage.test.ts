import { describe, expect, it } from "vitest";
import { buildCoverage, type CoverageInput } from "../../source/quotes/coverage.js";
import type { Quote } from "../../source/quotes/extract.js";
import type { QuotePair } from "../../source/quotes/match.js";
import { quoteAt } from "../fixtures/quotes.js";

/** A pair between quotation `a` of one article and quotation `b` of another. */
function pair(
	a: [number, number],
	b: [number, number],
	relation: QuotePair["relation"],
	score = relation === "same" ? 0.9 : 0.4,
): QuotePair {
	return {
		a: { article: a[0], quote: a[1] },
		b: { kind: "quote", ref: { article: b[0], quote: b[1] } },
		relation,
		score,
	};
}

function input(
	quotes: Quote[][],
	pairs: QuotePair[],
	sources = ["Wire", "Courier", "Gazette"],
): CoverageInput {
	// Articles numbered 10, 11, 12: a column is not an article's index.
	const articles = quotes.map((_, column) => 10 + column);
	return { articles, quotes, sources: sources.slice(0, quotes.length), pairs };
}

const cells = (row: { cells: readonly ({ carried: string } | null)[] }) =>
	row.cells.map((cell) => cell?.carried ?? null);

describe("the coverage matrix", () => {
	it("puts a statement all three sources quote alike on one row, quoted in each", () => {
		const coverage = buildCoverage(
			input(
				[
					[quoteAt(0, "We will not reopen the bridge", "Ilse Varga")],
					[quoteAt(2, "We will not reopen the bridge", "Varga")],
					[quoteAt(1, "We will not reopen the bridge,", "Ilse Varga")],
				],
				[pair([10, 0], [11, 0], "same"), pair([11, 0], [12, 0], "same")],
			),
		);
		expect(coverage.rows).toHaveLength(1);
		expect(cells(coverage.rows[0] as never)).toEqual(["same", "same", "same"]);
		expect(coverage.rows[0]?.carriers).toBe(3);
		expect(coverage.totals).toEqual([1, 1, 1]);
		// "Varga" alone is the one Varga of the story.
		expect(coverage.speakers).toEqual([
			{ key: "ilse varga", name: "Ilse Varga", counts: [1, 1, 1], total: 1 },
		]);
	});

	it("gives a statement one source alone carries a row of its own, left out by the others", () => {
		const coverage = buildCoverage(
			input(
				[
					[quoteAt(0, "Nobody crosses a span I would not let my children cross", "Ilse Varga")],
					[],
					[],
				],
				[],
			),
		);
		expect(coverage.rows.map(cells)).toEqual([["same", null, null]]);
		expect(coverage.rows[0]?.carriers).toBe(1);
		expect(coverage.totals).toEqual([1, 0, 0]);
	});

	it("marks the source that carries it in other words, and one that leaves it out", () => {
		const coverage = buildCoverage(
			input(
				[
					[quoteAt(0, "the pylons are cracked right through", "Tom Reyes")],
					[quoteAt(0, "the pylons have cracks", "Tom Reyes")],
					[quoteAt(0, "traffic will use the ferry", "Ana Lind")],
				],
				[pair([10, 0], [11, 0], "related")],
			),
		);
		expect(coverage.rows.map(cells)).toEqual([
			["same", "other words", null],
			[null, null, "same"],
		]);
		// Worded as the first source has it.
		expect(coverage.rows[0]?.text).toBe("the pylons are cracked right through");
	});

	it("keeps the words most sources share, and counts a paraphrase of them as other words", () => {
		const coverage = buildCoverage(
			input(
				[
					[quoteAt(0, "a paraphrase of it", "Tom Reyes")],
					[quoteAt(0, "the words themselves", "Tom Reyes")],
					[quoteAt(0, "the words themselves", "Tom Reyes")],
				],
				[pair([10, 0], [11, 0], "related", 0.5), pair([11, 0], [12, 0], "same", 1)],
			),
		);
		expect(coverage.rows.map(cells)).toEqual([["other words", "same", "same"]]);
		expect(coverage.rows[0]?.text).toBe("the words themselves");
	});

	it("counts a sentence without quotation marks as the statement in other words", () => {
		const comparison = input(
			[[quoteAt(0, "We will not reopen the bridge", "Ilse Varga")], [], []],
			[
				{
					a: { article: 10, quote: 0 },
					b: { kind: "sentence", ref: { article: 12, paragraph: 3, start: 0, end: 40 } },
					relation: "same",
					score: 0.8,
				},
			],
		);
		const row = buildCoverage(comparison).rows[0];
		expect(row && cells(row)).toEqual(["same", null, "other words"]);
		expect(row?.cells[2]?.at).toEqual({
			article: 12,
			paragraph: 3,
			start: 0,
			end: 40,
			quote: null,
		});
	});

	it("takes a sentence inside another source's quotation for that quotation", () => {
		const long = quoteAt(
			4,
			"I always take it seriously. I wish I did not have to do it.",
			"Dana Cole",
		);
		const coverage = buildCoverage(
			input(
				[[quoteAt(0, "I wish I did not have to do it", "Dana Cole")], [long], []],
				[
					{
						a: { article: 10, quote: 0 },
						b: { kind: "sentence", ref: { article: 11, paragraph: 4, start: 28, end: 60 } },
						relation: "same",
						score: 0.9,
					},
				],
			),
		);
		expect(coverage.rows.map(cells)).toEqual([["same", "same", null]]);
		expect(coverage.rows[0]?.cells[1]?.at.quote).toBe(0);
	});

	it("never puts two statements of one source on a row, and still shows the second is carried", () => {
		const coverage = buildCoverage(
			input(
				[
					[
						quoteAt(0, "We will rebuild it", "Ilse Varga"),
						quoteAt(1, "We will rebuild it soon", "Ilse Varga"),
					],
					[quoteAt(0, "We will rebuild it", "Ilse Varga")],
				],
				[pair([10, 0], [11, 0], "same", 1), pair([10, 1], [11, 0], "same", 0.8)],
			),
		);
		expect(coverage.rows.map(cells)).toEqual([
			["same", "same"],
			["same", "same"],
		]);
		expect(coverage.rows.map((row) => row.cells[0]?.at.quote)).toEqual([0, 1]);
		// The second row's Courier cell is the one quotation it has.
		expect(coverage.rows[1]?.cells[1]?.at.quote).toBe(0);
	});

	it("counts each speaker's statements per source, however each source names them", () => {
		const coverage = buildCoverage(
			input(
				[
					[
						quoteAt(0, "one", "Donald Trump"),
						quoteAt(1, "two", "Donald Trump"),
						quoteAt(2, "three", "a spokeswoman for the campaign"),
					],
					[
						quoteAt(0, "one", "Trump"),
						quoteAt(1, "four", "Melania Trump"),
						quoteAt(2, "five", "Trump"),
					],
					[quoteAt(0, "two", "Mr. Trump's lawyer"), quoteAt(1, "a so-called plan", null, "term")],
				],
				[pair([10, 0], [11, 0], "same"), pair([10, 1], [12, 0], "related")],
			),
		);
		const counts = Object.fromEntries(coverage.speakers.map((s) => [s.name, s.counts]));
		// "Trump" alone is not joined to either Trump of the story.
		expect(counts).toEqual({
			"Donald Trump": [2, 1, 1],
			Trump: [0, 1, 0],
			"Melania Trump": [0, 1, 0],
			"a spokeswoman for the campaign": [1, 0, 0],
		});
		// A term is nobody's statement.
		expect(coverage.rows.every((row) => row.text !== "a so-called plan")).toBe(true);
		expect(coverage.speakers[0]?.name).toBe("Donald Trump");
	});

	it("tells apart two columns of one source name", () => {
		const coverage = buildCoverage(input([[], []], [], ["Wire", "Wire"]));
		expect(coverage.sources).toEqual(["Wire", "Wire (2)"]);
		expect(coverage.rows).toEqual([]);
	});
});
