import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../source/corpus/corpus.js";
import {
	type Cell,
	CompareLayout,
	type CompareRow,
	compareRows,
	withUnpaired,
} from "../../source/layout/compare.js";
import { compareStory } from "../../source/quotes/match.js";
import { article } from "../fixtures.js";

function cell(article: number, quote: number | null): Cell {
	return {
		article,
		quote,
		paragraph: 0,
		start: 0,
		end: 0,
		text: `${article}:${quote}`,
		speaker: null,
	};
}

/** The rule as first written: each unpaired row spliced in after the last row whose right-hand quotation comes before it. */
function spliced(paired: readonly CompareRow[], unpaired: readonly CompareRow[]): CompareRow[] {
	const rows = [...paired];
	for (const row of unpaired) {
		const index = row.right?.quote ?? -1;
		const after = rows.findLastIndex(
			(other) => other.right !== null && (other.right.quote ?? -1) < index,
		);
		rows.splice(after + 1, 0, row);
	}
	return rows;
}

describe("withUnpaired", () => {
	it("puts a right-hand statement after the row of the one before it in its source", () => {
		const paired: CompareRow[] = [
			{ left: cell(0, 0), right: cell(1, 2), relation: "same", score: 0.9 },
			{ left: cell(0, 1), right: null, relation: null, score: 0 },
			{ left: cell(0, 2), right: cell(1, 0), relation: "related", score: 0.3 },
		];
		const unpaired = [1, 3].map((quote) => ({
			left: null,
			right: cell(1, quote),
			relation: null,
			score: 0,
		}));
		const rows = withUnpaired(paired, unpaired);
		expect(rows.map((row) => [row.left?.quote ?? null, row.right?.quote ?? null])).toEqual([
			[0, 2],
			[1, null],
			[2, 0],
			[null, 1],
			[null, 3],
		]);
	});

	it("gives the same rows as splicing each in, whatever the pairs", () => {
		// Right-hand cells: a quotation's index, a sentence (null), or none (undefined).
		const right = fc.option(fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }), {
			nil: undefined,
		});
		fc.assert(
			fc.property(
				fc.array(right, { maxLength: 30 }),
				fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 30 }),
				(rights, unpairedQuotes) => {
					const paired: CompareRow[] = rights.map((quote, index) => ({
						left: cell(0, index),
						right: quote === undefined ? null : cell(1, quote),
						relation: quote === undefined ? null : "same",
						score: 0,
					}));
					const unpaired = unpairedQuotes
						.sort((a, b) => a - b)
						.map((quote) => ({ left: null, right: cell(1, quote), relation: null, score: 0 }));
					expect(withUnpaired(paired, unpaired)).toEqual(spliced(paired, unpaired));
				},
			),
		);
	});
});

describe("CompareLayout", () => {
	const sources = { left: "One", right: "Two" };
	const rowsOf = (texts: readonly string[]): CompareRow[] =>
		texts.map((text, index) => ({
			left: { ...cell(0, index), text },
			right: index % 3 === 0 ? null : { ...cell(1, index), text: `${text} again` },
			relation: index % 3 === 0 ? null : "same",
			score: 0.9,
		}));

	it("lays out rows only as far as they are asked for", () => {
		const rows = rowsOf(Array.from({ length: 1000 }, (_, i) => `Statement ${i} is here`));
		const layout = new CompareLayout(rows, 80, false, sources);
		expect(layout.countUpTo(10)).toBeLessThan(20);
		expect(layout.rowSpan(2)).toEqual({ first: 6, end: 9 });
		expect(layout.countUpTo(Number.POSITIVE_INFINITY)).toBe(3000);
	});

	it("gives the same lines a piece at a time as all at once, side by side or stacked", () => {
		fc.assert(
			fc.property(
				fc.array(fc.string({ maxLength: 90 }), { maxLength: 25 }),
				fc.boolean(),
				fc.nat(120),
				fc.nat(30),
				fc.nat(25),
				(texts, stacked, from, count, row) => {
					const rows = rowsOf(texts);
					const whole = new CompareLayout(rows, 40, stacked, sources);
					const total = whole.countUpTo(Number.POSITIVE_INFINITY);
					const all = whole.slice(0, total);
					const piecemeal = new CompareLayout(rows, 40, stacked, sources);
					expect(piecemeal.slice(from, count)).toEqual(all.slice(from, from + count));
					const span = piecemeal.rowSpan(row);
					const lines = all.filter((line) => line.row === row);
					if (row < rows.length) {
						expect(span.end - span.first).toBe(lines.length);
						expect(all[span.first]).toEqual(lines[0]);
					} else expect(span).toEqual({ first: total, end: total });
				},
			),
		);
	});
});

describe("compareRows", () => {
	it("shows each part the other source quotes apart beside the passage it comes from", () => {
		const corpus = buildCorpus([
			article({
				title: "A",
				source: "Wire",
				story: "s",
				paragraphs: [
					"“We are closing the bridge tonight. Inspectors found the pylons cracked through. We will reopen it when it is safe,” Mayor Ellen Cho said.",
				],
			}),
			article({
				title: "B",
				source: "Daily",
				story: "s",
				paragraphs: [
					"“We are closing the bridge tonight,” said Mayor Ellen Cho.",
					"She added: “We will reopen it when it is safe.”",
				],
			}),
		]);
		const story = corpus.stories[0] as NonNullable<(typeof corpus.stories)[number]>;
		compareStory(corpus, story);
		const [left, right] = story.articles as [number, number];
		const rows = compareRows(corpus, story, left, right);
		expect(rows.map((row) => [row.left?.quote ?? null, row.right?.quote ?? null])).toEqual([
			[0, 0],
			[0, 1],
		]);
	});
});
