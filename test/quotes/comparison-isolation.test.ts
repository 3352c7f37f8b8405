import { describe, expect, it, vi } from "vitest";

// Scoring that fails on one statement, as a bug on some unforeseen text would.
vi.mock("../../source/quotes/similarity.js", async (importOriginal) => {
	const original = await importOriginal<typeof import("../../source/quotes/similarity.js")>();
	return {
		...original,
		sideSimilarity: (...args: Parameters<typeof original.sideSimilarity>) => {
			if (args.some((side) => typeof side === "object" && side.set.has("cursed")))
				throw new Error("boom");
			return original.sideSimilarity(...args);
		},
	};
});

const { buildCorpus } = await import("../../source/corpus/corpus.js");
const { compareRows } = await import("../../source/layout/compare.js");
const { compareStory } = await import("../../source/quotes/match.js");
const { article } = await import("../fixtures.js");

describe("an error in matching one story's quotations", () => {
	it("leaves that story unmatched, warns once, and matches the other stories", () => {
		const statement = (story: string, source: string, words: string) =>
			article({
				title: `${story} by ${source}`,
				path: `${story}-${source}.md`,
				source,
				story,
				paragraphs: [`“${words},” said Ann Lee.`],
			});
		const corpus = buildCorpus([
			statement("bad", "one", "The cursed contract will be reviewed"),
			statement("bad", "two", "The cursed contract will be reviewed"),
			statement("good", "one", "The contract will be reviewed this week"),
			statement("good", "two", "The contract will be reviewed this week"),
		]);
		const [bad, good] = corpus.stories;
		if (!bad || !good) throw new Error("no stories");
		expect(compareStory(corpus, bad)).toEqual({ story: bad, pairs: [], unmatched: [] });
		// Asked again, it does not fail again.
		expect(compareStory(corpus, bad).pairs).toEqual([]);
		expect(compareRows(corpus, bad, 0, 1)).toHaveLength(2);
		expect(compareStory(corpus, good).pairs).toEqual([
			expect.objectContaining({ relation: "same" }),
		]);
		expect(corpus.problems.all).toEqual([
			{ path: "bad-one.md", message: "matching quotations failed (boom); left out" },
		]);
	});
});
