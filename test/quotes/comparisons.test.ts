import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../source/corpus/corpus.js";
import { compareSoon, settleComparison } from "../../source/quotes/comparisons.js";
import { comparedYet, compareStory } from "../../source/quotes/match.js";
import { analysisProgress } from "../../source/quotes/progress.js";
import { oneTaskFor, runInSlices } from "../fixtures/background-task.js";
import { longStory } from "../fixtures/long-story.js";
import { bundledCorpus } from "../fixtures.js";

describe("comparing the sources of a long story", () => {
	it("is left for later when asked for, then done a slice at a time in the background", () => {
		const corpus = longStory();
		const story = corpus.stories[0];
		if (!story) throw new Error("no story");
		expect(story.articles).toHaveLength(2);
		expect(settleComparison(corpus, story)).toBe(false);
		expect(comparedYet(story)).toBeNull();

		const task = oneTaskFor((run) => compareSoon(corpus, story, run));
		const { slices, heard } = runInSlices(task, analysisProgress);
		expect(slices).toBeGreaterThan(10);
		// Once, when the comparison is done: the sources' quotations found on the way are not news
		// to anyone (whoever wants an article's asks for them and hears of them on its own).
		expect(heard).toBe(1);

		const inSteps = comparedYet(story);
		expect(inSteps?.pairs).toEqual([
			expect.objectContaining({ relation: "same", b: expect.objectContaining({ kind: "quote" }) }),
		]);
		// The same as a fresh copy of the story compared at once.
		const fresh = longStory();
		const atOnce = compareStory(fresh, fresh.stories[0] as NonNullable<typeof story>);
		expect(inSteps?.pairs).toEqual(atOnce.pairs);
		expect(inSteps?.unmatched).toEqual(atOnce.unmatched);
	});

	it("of one long source is left for later too: it needs that source's quotations", () => {
		const both = longStory();
		const alone = buildCorpus([both.articles[0] as NonNullable<(typeof both.articles)[number]>]);
		const story = alone.stories[0];
		if (!story) throw new Error("no story");
		expect(settleComparison(alone, story)).toBe(false);
		expect(compareStory(alone, story)).toEqual({
			story,
			pairs: [],
			unmatched: [{ article: 0, quote: 0 }],
		});
		expect(comparedYet(story)?.unmatched).toHaveLength(1);
	});

	it("of a short story is done at once", async () => {
		const corpus = await bundledCorpus();
		const story = corpus.stories[0];
		if (!story) throw new Error("no story");
		expect(settleComparison(corpus, story)).toBe(true);
		expect(comparedYet(story)?.pairs).toEqual(compareStory(corpus, story).pairs);
		expect(compareStory(corpus, story).pairs).toHaveLength(1);
	});
});
