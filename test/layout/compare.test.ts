import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Cell, type CompareRow, withUnpaired } from "../../source/layout/compare.js";

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
