import { describe, expect, it } from "vitest";
import { computeGeometry } from "../../source/layout/geometry.js";
import { comparedYet } from "../../source/quotes/match.js";
import { quotationsFoundYet } from "../../source/quotes/quotations.js";
import { act, settled } from "../../source/state/act.js";
import type { Command } from "../../source/state/keymap.js";
import { reduce } from "../../source/state/reducer.js";
import { initialState } from "../../source/state/state.js";
import { longStory } from "../fixtures/long-story.js";
import { bundledCorpus } from "../fixtures.js";

const geometry = computeGeometry(100, 30);
const command = (name: Command) => ({ type: "command", command: name, geometry }) as const;

describe("an action from the outside in", () => {
	it("leaves the reducer to read: reducing a key works nothing out", async () => {
		const corpus = await bundledCorpus();
		const shown = corpus.articles[corpus.order[0] as number];
		if (!shown) throw new Error("no article");
		const opened = reduce(initialState, command("open"), corpus);
		reduce(opened, command("nextQuote"), corpus);
		expect(quotationsFoundYet(shown)).toBe(false);
	});

	it("works out a short article's quotations first, so ] lands on the first one", async () => {
		const corpus = await bundledCorpus();
		const shown = corpus.articles[corpus.order[0] as number];
		if (!shown) throw new Error("no article");
		const opened = act(initialState, command("open"), corpus);
		expect(quotationsFoundYet(shown)).toBe(true);
		const next = act(opened, command("nextQuote"), corpus);
		expect(next.quotation?.article).toBe(corpus.order[0]);
		expect(next.waiting).toBeNull();
	});

	it("compares a short story when m needs it, and lands in the other source", async () => {
		const corpus = await bundledCorpus();
		const story = corpus.stories[0];
		if (!story) throw new Error("no story");
		const quoted = act(act(initialState, command("open"), corpus), command("nextQuote"), corpus);
		expect(comparedYet(story)).not.toBeNull();
		const matched = act(quoted, command("matchQuote"), corpus);
		expect(matched.quotation?.article).not.toBe(quoted.quotation?.article);
	});

	it("leaves a long article to the background, the key waiting for it", () => {
		const corpus = longStory();
		const long = corpus.order.find((index) => corpus.articles[index]?.id === "long");
		if (long === undefined) throw new Error("no long article");
		const selected = corpus.order.indexOf(long);
		const start = settled({ ...initialState, selected }, corpus);
		const waiting = act(start, command("nextQuote"), corpus);
		expect(waiting.waiting).toEqual({ command: "nextQuote", for: { article: long } });
		expect(quotationsFoundYet(corpus.articles[long] as never)).toBe(false);
	});
});
