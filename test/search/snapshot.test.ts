import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../source/corpus/corpus.js";
import { buildCorpus } from "../../source/corpus/corpus.js";
import { quotePassages } from "../../source/quotes/match.js";
import { buildSearchIndex } from "../../source/search/builder.js";
import type { SearchIndex } from "../../source/search/index.js";
import { indexFromSnapshot, snapshotOf } from "../../source/search/snapshot.js";
import { article, bundledCorpus } from "../fixtures.js";

let corpus: Corpus;
let index: SearchIndex;
beforeAll(async () => {
	corpus = await bundledCorpus();
	index = buildSearchIndex(corpus, quotePassages(corpus));
});

/** What a search gives, as plain data. */
function answer(of: SearchIndex, query: string, scope: "all" | "quotes" = "all") {
	const result = of.search(query, { scope, limit: 20 });
	return {
		hits: result.hits.map((hit) => [hit.id, hit.score, hit.ref]),
		matches: result.matches,
		total: result.total,
		ranges: result.hits.map((hit) => result.ranges(hit.id)),
	};
}

describe("a search index kept as a snapshot", () => {
	it("answers every query as the index it was made of", () => {
		const restored = indexFromSnapshot(corpus, snapshotOf(index));
		expect(restored.size).toBe(index.size);
		for (const query of [
			"bloomberg prison",
			"modern day slavery",
			"blomberg",
			"'call centre",
			"Julie Wood",
		])
			expect(answer(restored, query)).toEqual(answer(index, query));
		expect(answer(restored, "practice", "quotes")).toEqual(answer(index, "practice", "quotes"));
	});

	it("reads bytes that do not start on a 4-byte boundary", () => {
		const snapshot = snapshotOf(index);
		const shifted = new Uint8Array(snapshot.data.length + 1);
		shifted.set(snapshot.data, 1);
		const restored = indexFromSnapshot(corpus, { ...snapshot, data: shifted.subarray(1) });
		expect(answer(restored, "bloomberg prison")).toEqual(answer(index, "bloomberg prison"));
	});

	it("keeps passages and postings whatever the texts (property)", () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.array(fc.lorem({ maxCount: 12, mode: "sentences" }), { minLength: 1, maxLength: 4 }),
					{
						minLength: 1,
						maxLength: 6,
					},
				),
				(texts) => {
					const small = buildCorpus(
						texts.map((paragraphs, i) =>
							article({ id: `${i}`, path: `${i}.md`, title: `Title ${i}`, paragraphs }),
						),
					);
					const built = buildSearchIndex(small);
					const restored = indexFromSnapshot(small, snapshotOf(built));
					const [kept, made] = [restored.parts().postings, built.parts().postings];
					expect(kept.length).toBe(made.length);
					for (let word = 0; word < made.length; word++)
						expect(kept.get(word)).toEqual(made.get(word));
					const [a, b] = [restored.parts().passages, built.parts().passages];
					for (let id = 0; id < built.size; id++) expect(a.get(id)).toEqual(b.get(id));
				},
			),
			{ numRuns: 40 },
		);
	});

	it("refuses a snapshot cut short, or made for other articles", () => {
		const snapshot = snapshotOf(index);
		expect(() =>
			indexFromSnapshot(corpus, {
				...snapshot,
				data: snapshot.data.slice(0, snapshot.data.length - 3),
			}),
		).toThrow(/cut short/);
		const moved = snapshot.data.slice();
		moved[0] = (moved[0] as number) ^ 0xff;
		expect(() => indexFromSnapshot(corpus, { ...snapshot, data: moved })).toThrow(/another layout/);
		const other = buildCorpus([article({})]);
		expect(() => indexFromSnapshot(other, snapshot)).toThrow(/a snapshot of 2 articles for 1/);
	});
});
