import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../source/corpus/corpus.js";
import { computeGeometry } from "../../source/layout/geometry.js";
import { buildSearchIndex } from "../../source/search/builder.js";
import type { SearchIndex } from "../../source/search/index.js";
import { act } from "../../source/state/act.js";
import type { Command } from "../../source/state/keymap.js";
import type { Action } from "../../source/state/reducer.js";
import { initialState, type State, searchActive } from "../../source/state/state.js";
import { bundledCorpus } from "../fixtures.js";

const geometry = computeGeometry(100, 30);
let corpus: Corpus;
let index: SearchIndex;
beforeAll(async () => {
	corpus = await bundledCorpus();
	index = buildSearchIndex(corpus);
});

function apply(state: State, ...steps: (Command | Action)[]): State {
	return steps.reduce<State>(
		(current, step) =>
			act(
				current,
				typeof step === "string" ? { type: "command", command: step, geometry } : step,
				corpus,
			),
		state,
	);
}

/** Types a query and delivers its results, as the app's search effect would. */
function typed(state: State, query: string): State {
	const withQuery = apply(state, { type: "query", query, geometry });
	return apply(withQuery, {
		type: "results",
		result: index.search(query, { scope: withQuery.search.scope }),
		geometry,
	});
}

const sourceShown = (state: State) => corpus.articles[corpus.order[state.selected] ?? -1]?.source;

describe("searching", () => {
	it("/ opens the search bar and keeps the view to come back to", () => {
		const state = apply(initialState, "down", "search");
		expect(state.search.editing).toBe(true);
		expect(state.returns).toEqual([
			{ from: "search", to: expect.objectContaining({ selected: 1, focus: "list" }) },
		]);
	});

	it("Enter goes to the chosen result, n goes on to the other source, N comes back", () => {
		const found = apply(typed(apply(initialState, "search"), "eddie warior corectional"), "open");
		expect(found.search.editing).toBe(false);
		expect(searchActive(found)).toBe(true);
		expect(found.focus).toBe("reader");
		expect(found.search.current).toBe(0);
		expect(sourceShown(found)).toBe("theGrio");
		const next = apply(found, "nextMatch");
		expect(next.search.current).toBe(1);
		expect(sourceShown(next)).toBe("Business Insider Australia");
		const back = apply(next, "previousMatch");
		expect(sourceShown(back)).toBe("theGrio");
	});

	it("wraps at the ends and says so", () => {
		const found = apply(typed(apply(initialState, "search"), "eddie warior corectional"), "open");
		const wrapped = apply(found, "nextMatch", "nextMatch");
		expect(wrapped.search.current).toBe(0);
		expect(wrapped.notice).toMatch(/back to the first/);
		const backwards = apply(found, "previousMatch");
		expect(backwards.search.current).toBe(1);
		expect(backwards.notice).toMatch(/on to the last/);
		// The notice lasts one key.
		expect(apply(wrapped, "down").notice).toBeNull();
	});

	it("scrolls the reader so the match is in view", () => {
		const found = apply(typed(apply(initialState, "search"), "apologized wrongly stopped"), "open");
		expect(found.anchors[corpus.order[found.selected] ?? -1]).toBeDefined();
	});

	it("Esc while typing restores the view", () => {
		const before = apply(initialState, "down", "open", "pageDown");
		const after = apply(typed(apply(before, "search"), "julie"), "back");
		expect(after.search.editing).toBe(false);
		expect(after.selected).toBe(before.selected);
		expect(after.anchors).toEqual(before.anchors);
		expect(after.focus).toBe(before.focus);
	});

	it("Esc after a search ends it and returns to where the reader was", () => {
		const before = apply(initialState, "open", "down", "down");
		const found = apply(typed(apply(before, "search"), "modern day slavery"), "open");
		expect(sourceShown(found)).toBe("Business Insider Australia");
		const ended = apply(found, "back");
		expect(searchActive(ended)).toBe(false);
		expect(ended.selected).toBe(before.selected);
		expect(ended.anchors).toEqual(before.anchors);
		// And Esc is the pane's own again.
		expect(apply(ended, "back").focus).toBe("list");
	});

	it("arrows choose among the results while typing", () => {
		const state = apply(typed(apply(initialState, "search"), "eddie warior corectional"), "down");
		expect(state.search.chosen).toBe(1);
		expect(apply(state, "down").search.chosen).toBe(1);
		const gone = apply(state, "open");
		expect(sourceShown(gone)).toBe("Business Insider Australia");
		expect(gone.search.current).toBe(1);
	});

	it("ignores results for a query that has since changed", () => {
		const state = apply(apply(initialState, "search"), { type: "query", query: "julie", geometry });
		const stale = apply(state, { type: "results", result: index.search("jul"), geometry });
		expect(stale.search.result).toBeNull();
	});

	it("goes as soon as the results are in when Enter came first", () => {
		const waiting = apply(
			apply(initialState, "search"),
			{ type: "query", query: "modern day slavery", geometry },
			"open",
		);
		expect(waiting.search.editing).toBe(true);
		expect(waiting.search.submitted).toBe(true);
		const arrived = apply(waiting, {
			type: "results",
			result: index.search("modern day slavery"),
			geometry,
		});
		expect(arrived.search.editing).toBe(false);
		expect(sourceShown(arrived)).toBe("Business Insider Australia");
	});

	it("says so when nothing matches, and n without a search says how to search", () => {
		const none = apply(typed(apply(initialState, "search"), "zzzzqx"), "open");
		expect(none.search.editing).toBe(false);
		expect(none.notice).toBe("no matches for “zzzzqx”");
		expect(apply(initialState, "nextMatch").notice).toBe("no search yet: press / to search");
	});

	it("Tab switches to quotes only and back, dropping the other scope's results", () => {
		const state = typed(apply(initialState, "search"), "julie");
		const quotes = apply(state, "toggleFocus");
		expect(quotes.search.scope).toBe("quotes");
		expect(quotes.search.result).toBeNull();
		expect(apply(quotes, "toggleFocus").search.scope).toBe("all");
	});

	it("n from a fresh view starts at the first match after the reading position", () => {
		const found = apply(typed(apply(initialState, "search"), "eddie warior corectional"), "open");
		// Come back to the start of the second article, and ask for the next match with no current one.
		const elsewhere: State = {
			...found,
			selected: 1,
			anchors: {},
			search: { ...found.search, current: null },
		};
		expect(sourceShown(apply(elsewhere, "nextMatch"))).toBe("Business Insider Australia");
		expect(sourceShown(apply(elsewhere, "previousMatch"))).toBe("theGrio");
	});
});

describe("the way back, one stack", () => {
	const view = (state: State) => ({
		selected: state.selected,
		focus: state.focus,
		anchors: state.anchors,
		quote: state.quotation?.quote ?? null,
	});

	it("Esc leaves m's trail, then the search, each back to where it began", () => {
		const before = apply(initialState, "down");
		// The match is the sentence of theGrio's statement that Business Insider carries too.
		const found = apply(typed(apply(before, "search"), "vendors more properly vet"), "open");
		const atMatch = apply(found, "nextQuote");
		expect(atMatch.quotation).not.toBeNull();
		const matched = apply(atMatch, "matchQuote");
		expect(matched.returns.map((entry) => entry.from)).toEqual(["search", "trail"]);
		const offTrail = apply(matched, "back");
		expect(view(offTrail)).toEqual(view(atMatch));
		expect(searchActive(offTrail)).toBe(true);
		const ended = apply(offTrail, "back");
		expect(searchActive(ended)).toBe(false);
		expect(ended.returns).toEqual([]);
		expect({ selected: ended.selected, focus: ended.focus }).toEqual({
			selected: before.selected,
			focus: before.focus,
		});
	});

	it("a search begun on m's trail is left first, then the trail", () => {
		const start = apply(initialState, "open", "nextQuote");
		const matched = apply(start, "matchQuote");
		const searched = apply(typed(apply(matched, "search"), "eddie warior corectional"), "open");
		expect(searched.returns.map((entry) => entry.from)).toEqual(["trail", "search"]);
		const ended = apply(searched, "back");
		expect(searchActive(ended)).toBe(false);
		expect(ended.trail).not.toBeNull();
		const home = apply(ended, "back");
		expect(view(home)).toEqual(view(start));
		expect(home.returns).toEqual([]);
	});

	it("the compare view comes back to the view and quotation it was opened from", () => {
		const start = apply(initialState, "open", "nextQuote");
		const compared = apply(start, "compare", "down", "down");
		expect(compared.returns.map((entry) => entry.from)).toEqual(["compare"]);
		const closed = apply(compared, "back");
		expect(view(closed)).toEqual(view(start));
		expect(closed.compare).toBeNull();
		expect(closed.returns).toEqual([]);
	});
});
