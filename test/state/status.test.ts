import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../source/corpus/corpus.js";
import { computeGeometry } from "../../source/layout/geometry.js";
import { compareStory, quotesOf } from "../../source/quotes/match.js";
import { buildSearchIndex } from "../../source/search/builder.js";
import { hintsFor } from "../../source/state/keymap.js";
import { keyContext, modeOf } from "../../source/state/mode.js";
import { initialState, type State } from "../../source/state/state.js";
import { matchStatus, quoteStatus, statusHints } from "../../source/state/status.js";
import { bundledCorpus } from "../fixtures.js";

let corpus: Corpus;
beforeAll(async () => {
	corpus = await bundledCorpus();
});

const split = computeGeometry(100, 30);
const tiny = computeGeometry(20, 6);

describe("the mode, decided once", () => {
	it.each<[string, Partial<State>, "split" | "tiny", string, string]>([
		["the list", {}, "split", "list", "list"],
		["the reader", { focus: "reader" }, "split", "reader", "reader"],
		["the compare view", { compare: {} as State["compare"] }, "split", "compare", "compare"],
		[
			"help over the compare view",
			{ help: true, compare: {} as State["compare"] },
			"split",
			"help",
			"help",
		],
		[
			"the search bar over everything",
			{ help: true, search: { ...initialState.search, editing: true } },
			"tiny",
			"search",
			"search",
		],
		[
			"a terminal too small, reading keys as its pane",
			{ focus: "reader" },
			"tiny",
			"too-small",
			"reader",
		],
	])("%s", (_name, fields, size, mode, context) => {
		const state = { ...initialState, ...fields };
		const found = modeOf(state, size === "split" ? split : tiny);
		expect(found).toBe(mode);
		expect(keyContext(found, state)).toBe(context);
	});
});

describe("the status line", () => {
	it("puts the keys of a finished search and of a focused quotation first, once each", () => {
		const found = hintsFor("found", true);
		const quote = hintsFor("quote", true);
		const hints = statusHints("reader", { searching: true, quoting: true }, true);
		expect(hints.slice(0, found.length + quote.length)).toEqual([...found, ...quote]);
		const rest = hints.slice(found.length + quote.length);
		expect(rest.length).toBeGreaterThan(0);
		for (const hint of rest) {
			expect([...found, ...quote].map((first) => first.keys)).not.toContain(hint.keys);
			expect(hintsFor("reader", true)).toContainEqual(hint);
		}
		expect(statusHints("list", { searching: false, quoting: false }, true)).toEqual(
			hintsFor("list", true),
		);
	});

	it("says which quotation, who said it and where else it is carried", () => {
		const support = quotesOf(corpus, 0).findIndex((quote) =>
			quote.text.startsWith("We do not support"),
		);
		const quote = quotesOf(corpus, 0)[support];
		if (!quote) throw new Error("no quotation");
		const focus = {
			article: 0,
			quote: support,
			paragraph: quote.paragraph,
			start: quote.start,
			end: quote.end,
		};
		expect(quoteStatus(corpus, focus, false)).toBe(
			"quote 1/7 · Michael Bloomberg · matching with other sources…",
		);
		compareStory(corpus, corpus.stories[0] as NonNullable<(typeof corpus.stories)[number]>);
		expect(quoteStatus(corpus, focus, true)).toBe(
			"quote 1/7 · Michael Bloomberg · in 1 other source",
		);
		expect(quoteStatus(corpus, { ...focus, quote: null }, true)).toBe(
			"a sentence that carries the quotation",
		);
	});

	it("counts the matches of a search and names the source of the current one", () => {
		const result = buildSearchIndex(corpus).search("eddie warior corectional");
		expect(matchStatus(result.total, result.matches.length, null, corpus, result)).toBe(
			"2 matches",
		);
		expect(matchStatus(result.total, result.matches.length, 1, corpus, result)).toMatch(
			/^match 2\/2 · (theGrio|Business Insider Australia)$/,
		);
		expect(matchStatus(12, 10, 0, corpus, result)).toMatch(/^match 1\/12 \(first 10\)/);
	});
});
