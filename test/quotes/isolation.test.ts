import { describe, expect, it, vi } from "vitest";

// Extraction that fails on one article, as a bug on some unforeseen text would.
vi.mock("../../source/quotes/extract.js", async (importOriginal) => {
	const original = await importOriginal<typeof import("../../source/quotes/extract.js")>();
	return {
		...original,
		extractQuotesStepwise: function* (article: { title: string }) {
			if (article.title === "Cursed") throw new Error("boom");
			return yield* original.extractQuotesStepwise(article as never);
		},
	};
});

const { buildCorpus } = await import("../../source/corpus/corpus.js");
const { layoutDocument } = await import("../../source/layout/layouts.js");
const { quotationsOf } = await import("../../source/quotes/quotations.js");
const { quotePassages, quotesOf } = await import("../../source/quotes/match.js");
const { buildSearchIndex } = await import("../../source/search/builder.js");
const { article } = await import("../fixtures.js");

describe("an error in one article's analysis", () => {
	it("leaves that article readable without quotations, warns once, and keeps the others", () => {
		const corpus = buildCorpus([
			article({
				title: "Cursed",
				path: "cursed.md",
				story: "s",
				paragraphs: ["“Words here,” said Ann Lee."],
			}),
			article({
				title: "Fine",
				path: "fine.md",
				story: "s",
				paragraphs: ["“Other words,” said Bo Kim."],
			}),
		]);
		const cursed = corpus.articles[0];
		if (!cursed) throw new Error("no article");
		expect(quotationsOf(cursed)).toEqual([]);
		expect(layoutDocument(cursed, 60).lines(0).length).toBeGreaterThan(0);
		expect(quotesOf(corpus, 1)).toHaveLength(1);
		const index = buildSearchIndex(corpus, quotePassages(corpus));
		expect(index.search("words").total).toBe(2);
		expect(corpus.problems.all).toEqual([
			{ path: "cursed.md", message: "finding quotations failed (boom); left out" },
		]);
		// Each loaded corpus keeps its own problems.
		const other = buildCorpus([
			article({ title: "Other", path: "other.md", paragraphs: ["“Hi,” said Bo Kim."] }),
		]);
		expect(quotesOf(other, 0)).toHaveLength(1);
		expect(other.problems.all).toEqual([]);
	});
});
