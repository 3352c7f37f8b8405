import { beforeAll, describe, expect, it } from "vitest";
import { buildCorpus, type Corpus } from "../../source/corpus/corpus.js";
import { computeGeometry } from "../../source/layout/geometry.js";
import { compareStory, quotesOf } from "../../source/quotes/match.js";
import { quotationsOf } from "../../source/quotes/quotations.js";
import { act } from "../../source/state/act.js";
import type { Command } from "../../source/state/keymap.js";
import { initialState, type State } from "../../source/state/state.js";
import { longStory } from "../fixtures/long-story.js";
import { article, bundledCorpus } from "../fixtures.js";

const geometry = computeGeometry(100, 30);
let corpus: Corpus;
beforeAll(async () => {
	corpus = await bundledCorpus();
});

const apply = (state: State, ...commands: Command[]) =>
	commands.reduce(
		(current, command) => act(current, { type: "command", command, geometry }, corpus),
		state,
	);

const focusedText = (state: State) => {
	const focus = state.quotation;
	if (!focus) return null;
	return (
		corpus.articles[focus.article]?.paragraphs[focus.paragraph]?.text.slice(
			focus.start,
			focus.end,
		) ?? null
	);
};
const shownSource = (state: State) => corpus.articles[corpus.order[state.selected] ?? -1]?.source;

describe("] and [", () => {
	it("go from quotation to quotation in the article, skipping those in boilerplate", () => {
		const first = apply(initialState, "open", "nextQuote");
		expect(focusedText(first)).toMatch(/^We do not support this practice/);
		expect(first.focus).toBe("reader");
		const second = apply(first, "nextQuote");
		expect(focusedText(second)).toMatch(/^The people were required/);
		expect(focusedText(apply(second, "previousQuote"))).toMatch(/^We do not support/);
	});

	it("say so at the last quotation", () => {
		const last = apply(initialState, "open", ...Array<Command>(12).fill("nextQuote"));
		expect(focusedText(last)).toBe("can’t change history.");
		expect(last.notice).toBe("no more quotations below");
	});

	it("start from the reading position when no quotation is focused", () => {
		const state = apply(initialState, "open", "bottom", "previousQuote");
		expect(focusedText(state)).toBe("can’t change history.");
	});
});

describe("m", () => {
	it("lands on the matching quotation in the other source, and Esc comes back", () => {
		const start = apply(initialState, "open", "nextQuote");
		const matched = apply(start, "matchQuote");
		expect(shownSource(matched)).toBe("Business Insider Australia");
		expect(focusedText(matched)).toMatch(/^We don’t believe in this practice/);
		expect(matched.notice).toMatch(/^related 0\.\d\d in Business Insider Australia · Esc: back$/);
		const back = apply(matched, "back");
		expect(shownSource(back)).toBe("theGrio");
		expect(focusedText(back)).toMatch(/^We do not support/);
		expect(back.anchors).toEqual(start.anchors);
	});

	it("cycles through the counterparts in every other source when pressed again", () => {
		// One statement carried by three sources of one story.
		const said = "“The bridge stays shut until the pylons are replaced,” said Mayor Ilse Varga.";
		const three = buildCorpus(
			["Archive", "Courier", "Wire"].map((source) =>
				article({ title: `${source} report`, source, story: "bridge", paragraphs: [said] }),
			),
		);
		const on = (state: State, ...commands: Command[]) =>
			commands.reduce(
				(current, command) => act(current, { type: "command", command, geometry }, three),
				state,
			);
		const sourceOf = (state: State) => three.articles[three.order[state.selected] ?? -1]?.source;
		const start = on(initialState, "open", "nextQuote");
		const first = on(start, "matchQuote");
		const second = on(first, "matchQuote");
		const third = on(second, "matchQuote");
		expect(sourceOf(start)).toBe("Archive");
		expect(new Set([sourceOf(first), sourceOf(second)])).toEqual(new Set(["Courier", "Wire"]));
		expect(first.notice).toMatch(/\(1\/2, m for the next\)/);
		expect(second.notice).toMatch(/\(2\/2/);
		expect(sourceOf(third)).toBe(sourceOf(first));
	});

	it("says when only one source carries the statement", () => {
		const only = apply(initialState, "open", "nextQuote", "nextQuote", "matchQuote");
		expect(only.notice).toBe("only in theGrio: no other source carries this statement");
		expect(shownSource(only)).toBe("theGrio");
	});

	it("picks the first quotation on screen when none is focused", () => {
		const matched = apply(initialState, "open", "matchQuote");
		expect(shownSource(matched)).toBe("Business Insider Australia");
	});
});

describe("y", () => {
	it("copies the quotation with its speaker and source", () => {
		const copied = apply(initialState, "down", "open", "nextQuote", "copyQuote");
		expect(copied.clipboard?.text).toBe(
			"“We didn’t know about this and we never would have allowed it if we had” — Julie Wood, Business Insider Australia",
		);
		expect(copied.notice).toMatch(/^copied: “We didn’t know/);
		expect(apply(copied, "copyQuote").clipboard?.serial).toBe((copied.clipboard?.serial ?? 0) + 1);
	});

	it("asks for a quotation first", () => {
		expect(apply(initialState, "copyQuote").notice).toBe(
			"no quotation chosen: ] goes to the next one",
		);
	});
});

describe("c", () => {
	it("opens the compare view on the focused quotation's row, with the other source on the right", () => {
		const state = apply(initialState, "open", "nextQuote", "compare");
		const compare = state.compare;
		expect(compare).not.toBeNull();
		expect(corpus.articles[compare?.left ?? -1]?.source).toBe("theGrio");
		expect(corpus.articles[compare?.right ?? -1]?.source).toBe("Business Insider Australia");
		expect(compare?.row).toBe(1);
	});

	it("moves between rows, opens a row in the reader, and closes with Esc", () => {
		const open = apply(initialState, "compare");
		const moved = apply(open, "down", "down");
		expect(moved.compare?.row).toBe(2);
		expect(apply(moved, "back").compare).toBeNull();
		const read = apply(open, "down", "open");
		expect(read.compare).toBeNull();
		expect(read.focus).toBe("reader");
		expect(focusedText(read)).toMatch(/^We do not support/);
	});

	it("says there is nothing to compare for a story with one source", async () => {
		const { buildCorpus } = await import("../../source/corpus/corpus.js");
		const { article } = await import("../fixtures.js");
		const lone = buildCorpus([article({ paragraphs: ["“Hello there, friends,” said Ann Lee."] })]);
		const state = act(initialState, { type: "command", command: "compare", geometry }, lone);
		expect(state.notice).toBe("one source only: nothing to compare it with");
		expect(quotesOf(lone, 0)).toHaveLength(1);
	});
});

describe("a key that needs analysis still under way", () => {
	it("waits for it, and is carried out when it is done", () => {
		const long = longStory();
		const step = (state: State, command: Command) =>
			act(state, { type: "command", command, geometry }, long);
		const analysed = (state: State) => act(state, { type: "analysed", geometry }, long);
		const opened = step(initialState, "open");
		const shown = long.articles[long.order[opened.selected] ?? -1];
		expect(shown?.source).toBe("Long Times");

		// ] before the long article's quotations are found.
		const waiting = step(opened, "nextQuote");
		expect(waiting.waiting).toEqual({ command: "nextQuote", for: { article: 0 } });
		expect(waiting.notice).toBe("finding the quotations of this article…");
		expect(waiting.quotation).toBeNull();
		// Told too early, it goes on waiting.
		expect(analysed(waiting).waiting).toEqual(waiting.waiting);
		quotationsOf(shown as NonNullable<typeof shown>);
		const quoted = analysed(waiting);
		expect(quoted.waiting).toBeNull();
		expect(quoted.quotation?.quote).toBe(0);

		// m before the story's sources are compared; another key drops it.
		const matching = step(quoted, "matchQuote");
		expect(matching.waiting).toEqual({ command: "matchQuote", for: { story: 0 } });
		expect(matching.notice).toBe("matching quotations across the sources of this story…");
		expect(step(matching, "down").waiting).toBeNull();
		expect(analysed(step(matching, "down")).trail).toBeNull();
		compareStory(long, long.stories[0] as NonNullable<(typeof long.stories)[number]>);
		const matched = analysed(matching);
		expect(matched.waiting).toBeNull();
		expect(matched.notice).toMatch(/^same [\d.]+ in Short Post · Esc: back$/);
		expect(long.articles[matched.quotation?.article ?? -1]?.source).toBe("Short Post");
	});
});
