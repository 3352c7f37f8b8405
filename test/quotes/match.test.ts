import { beforeAll, describe, expect, it } from "vitest";
import { buildCorpus, type Corpus } from "../../source/corpus/corpus.js";
import { compareStory, counterparts, quotesOf, RELATED, SAME } from "../../source/quotes/match.js";
import { rarityWeights, similarity } from "../../source/quotes/similarity.js";
import { article, bundledCorpus } from "../fixtures.js";

let corpus: Corpus;
beforeAll(async () => {
	corpus = await bundledCorpus();
});

const text = (c: Corpus, article: number, quote: number) => quotesOf(c, article)[quote]?.text ?? "";

describe("similarity", () => {
	it.each([
		["the same words", "We will not back down.", "We will not back down.", 1],
		[
			"Center and Centre",
			"Dr. Eddie Warrior Correctional Center",
			"Dr. Eddie Warrior Correctional Centre",
			0.9,
		],
		["punctuation", "We will not, ever, back down!", "We will not ever back down.", 0.9],
		[
			"a shortened quote",
			"Most prisoners want to work, and jobs for prisoners can be a very positive thing",
			"Most prisoners want to work, and jobs for prisoners can be a very positive thing. A job can provide an escape from the crushing monotony of prison life",
			SAME,
		],
	])("finds %s the same statement", (_name, a, b, least) => {
		expect(similarity(a, b)).toBeGreaterThanOrEqual(least as number);
	});

	it("scores unrelated statements low", () => {
		expect(
			similarity("The bridge was rated poor by inspectors.", "Kiptoo ran the second half alone."),
		).toBeLessThan(RELATED);
	});
});

describe("compareStory on the bundled articles", () => {
	it("pairs theGrio's and Business Insider's statements of the campaign as related", () => {
		const story = corpus.stories[0];
		if (!story) throw new Error("no story");
		const comparison = compareStory(corpus, story);
		const pairs = comparison.pairs.map((pair) => [
			text(corpus, pair.a.article, pair.a.quote).slice(0, 31),
			pair.b.kind === "quote"
				? text(corpus, pair.b.ref.article, pair.b.ref.quote).slice(0, 34)
				: pair.b.kind,
			pair.relation,
		]);
		expect(pairs).toEqual([
			["We do not support this practice", "We don’t believe in this practice ", "related"],
		]);
		const pair = comparison.pairs[0];
		expect(pair?.score).toBeGreaterThanOrEqual(RELATED);
		expect(pair?.score).toBeLessThan(SAME);
	});

	it("leaves every other statement unmatched", () => {
		const story = corpus.stories[0];
		if (!story) throw new Error("no story");
		const unmatched = compareStory(corpus, story).unmatched.map((ref) =>
			text(corpus, ref.article, ref.quote).slice(0, 20),
		);
		expect(unmatched).toEqual([
			"The people were requ",
			"They did not disclos",
			"I was wrong",
			"I am sorry",
			"can’t change history",
			"We didn’t know about",
			"up to $US20 per mont",
			"institutional job as",
			"Most prisoners want ",
			"given the vast power",
			"excluded from the le",
		]);
	});

	it("finds the counterparts of a quote from either side", () => {
		const story = corpus.stories[0];
		if (!story) throw new Error("no story");
		const grio = story.articles[0] as number;
		const insider = story.articles[1] as number;
		const support = quotesOf(corpus, grio).findIndex((q) => q.text.startsWith("We do not support"));
		const [found] = counterparts(compareStory(corpus, story), { article: grio, quote: support });
		expect(found?.target).toEqual({ kind: "quote", ref: { article: insider, quote: 1 } });
		const back = counterparts(compareStory(corpus, story), { article: insider, quote: 1 });
		expect(back[0]?.target).toEqual({ kind: "quote", ref: { article: grio, quote: support } });
	});
});

describe("compareStory on made-up coverage", () => {
	const story = (a: string[], b: string[]) =>
		buildCorpus([
			article({ title: "A", source: "Wire", story: "s", paragraphs: a }),
			article({ title: "B", source: "Daily", story: "s", paragraphs: b }),
		]);

	it("pairs the same statement with a different attribution and a spelling difference as the same", () => {
		const c = story(
			["“The Harbor Street center will reopen in the spring,” said Mayor Ellen Cho."],
			["Cho told reporters: “The Harbor Street centre will reopen in the spring.”"],
		);
		const comparison = compareStory(c, c.stories[0] as never);
		expect(comparison.pairs.map((pair) => pair.relation)).toEqual(["same"]);
		expect(comparison.unmatched).toEqual([]);
	});

	it("pairs each sentence one source quotes on its own with the passage the other quotes whole", () => {
		const c = story(
			[
				"“We are closing the bridge tonight. Inspectors found the pylons cracked through. We will reopen it when it is safe,” Mayor Ellen Cho said.",
			],
			[
				"“We are closing the bridge tonight,” said Mayor Ellen Cho.",
				"She added: “We will reopen it when it is safe.”",
			],
		);
		const comparison = compareStory(c, c.stories[0] as never);
		expect(comparison.pairs).toHaveLength(2);
		expect(comparison.pairs.every((pair) => pair.relation === "same")).toBe(true);
		expect(comparison.pairs.map((pair) => pair.a.quote)).toEqual([0, 0]);
		expect(comparison.unmatched).toEqual([]);
	});

	it("pairs a statement written with digits in one outlet and in words in the other", () => {
		const c = story(
			["“Two in three, maybe four in five,” said chairman Abe Lutz."],
			["“2 in 3, maybe 4 in 5,” Lutz said."],
		);
		expect(compareStory(c, c.stories[0] as never).pairs.map((pair) => pair.relation)).toEqual([
			"same",
		]);
	});

	it("points to a sentence when the other source carries the statement without quotation marks", () => {
		const c = story(
			["“Winds are pushing the fire toward homes near Lake Elsinore,” said captain Rosa Mendez."],
			[
				"Captain Rosa Mendez warned that winds were pushing the fire toward homes near Lake Elsinore. Crews arrived.",
			],
		);
		const [pair] = compareStory(c, c.stories[0] as never).pairs;
		expect(pair?.b.kind).toBe("sentence");
		if (pair?.b.kind !== "sentence") return;
		const sentence = c.articles[1]?.paragraphs[0]?.text.slice(pair.b.ref.start, pair.b.ref.end);
		expect(sentence).toBe(
			"Captain Rosa Mendez warned that winds were pushing the fire toward homes near Lake Elsinore.",
		);
	});

	it("finds a statement in other words where the paragraph names its speaker", () => {
		const c = story(
			[
				"Mayor Ellen Cho spoke at the depot.",
				"“Those pylons are finished, and I will not send a school bus over that span again,” Cho said.",
				"“Traffic moved slowly on Monday,” said driver Sam Lee.",
			],
			[
				"Cho said no school bus would cross the span while its pylons were worn.",
				"Drivers complained that traffic was slow.",
			],
		);
		const pairs = compareStory(c, c.stories[0] as never).pairs.filter(
			(pair) => pair.b.kind === "sentence",
		);
		expect(pairs.map((pair) => [pair.a.quote, pair.relation])).toEqual([[0, "related"]]);
	});

	it("does not take a sentence about the speaker for their words", () => {
		const c = story(
			[
				"“Those pylons are finished, and I will not send a school bus over that span again,” said Mayor Ellen Cho.",
			],
			["Cho, who was elected in May, toured the depot and thanked the drivers for their patience."],
		);
		expect(compareStory(c, c.stories[0] as never).pairs).toEqual([]);
	});

	it("never pairs unrelated statements", () => {
		const c = story(
			[
				"“We will rebuild the bridge before winter,” said Mayor Ellen Cho.",
				"“Nobody was hurt, thank God,” said driver Sam Lee.",
			],
			[
				"“The budget is a choice about priorities,” said Dan Ortiz.",
				"“Shares fell because orders slowed,” said Priya Nair.",
			],
		);
		const comparison = compareStory(c, c.stories[0] as never);
		expect(comparison.pairs).toEqual([]);
		expect(comparison.unmatched).toHaveLength(4);
	});

	it("uses the rarity of words in the story", () => {
		const weights = rarityWeights([
			"the campaign said",
			"the campaign spoke",
			"subcontractor vetting",
		]);
		expect(weights("subcontractor")).toBeGreaterThan(weights("campaign"));
		expect(weights("campaign")).toBeGreaterThan(weights("the"));
	});
});
