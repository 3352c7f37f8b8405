import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../source/corpus/corpus.js";
import { computeGeometry, type Geometry } from "../../source/layout/geometry.js";
import { layoutList } from "../../source/layout/list.js";
import { buildSearchIndex } from "../../source/search/builder.js";
import { helpLayout } from "../../source/state/keymap.js";
import { paneRows } from "../../source/state/panes.js";
import { type Action, reduce } from "../../source/state/reducer.js";
import { initialState, type State } from "../../source/state/state.js";
import { article } from "../fixtures.js";

const corpus = buildCorpus(
	Array.from({ length: 40 }, (_, i) =>
		article({
			id: `${i}`,
			title: `Story ${i} about the council vote`,
			paragraphs: [`Words ${i}.`],
		}),
	),
);

function press(state: State, ...commands: Action[]): State {
	return commands.reduce((next, action) => reduce(next, action, corpus), state);
}
const command = (
	name: "down" | "up" | "bottom" | "help" | "search",
	geometry: Geometry,
): Action => ({
	type: "command",
	command: name,
	geometry,
});

/** Whether the selected article's lines are all between the list's first visible line and its last. */
function selectionShown(state: State, geometry: Geometry): boolean {
	const layout = layoutList(corpus, geometry.listTextWidth);
	const range = layout.range(state.selected);
	const { bodyRows } = paneRows(state, geometry);
	return (
		range !== undefined && range.first >= state.listTop && range.last < state.listTop + bodyRows
	);
}

describe("the state keeps what the views show in view", () => {
	it("at another size, the list still shows the selected article", () => {
		const tall = computeGeometry(100, 40);
		const short = computeGeometry(100, 12);
		const down = press(initialState, ...Array.from({ length: 15 }, () => command("down", tall)));
		expect(selectionShown(down, tall)).toBe(true);
		expect(selectionShown(down, short)).toBe(false);
		const resized = reduce(down, { type: "resized", geometry: short }, corpus);
		expect(selectionShown(resized, short)).toBe(true);
		expect(resized.listTop).toBeGreaterThan(down.listTop);
	});

	it("with the search results open below, the shorter list still shows the selected article", () => {
		const geometry = computeGeometry(100, 30);
		// The selection at the foot of the list, as tall as the screen allows.
		let state = press(initialState, ...Array.from({ length: 8 }, () => command("down", geometry)));
		while (state.listTop === 0) state = press(state, command("down", geometry));
		state = press(state, command("search", geometry));
		const result = buildSearchIndex(corpus).search("council", { limit: 20 });
		state = reduce(state, { type: "query", query: "council", geometry }, corpus);
		state = reduce(state, { type: "results", result, geometry }, corpus);
		expect(paneRows(state, geometry).bodyRows).toBeLessThan(geometry.bodyRows);
		expect(selectionShown(state, geometry)).toBe(true);
	});

	it("the search results show the chosen one, scrolling as little as they can", () => {
		const geometry = computeGeometry(100, 30);
		const result = buildSearchIndex(corpus).search("council", { limit: 40 });
		let state = press(initialState, command("search", geometry));
		state = reduce(state, { type: "query", query: "council", geometry }, corpus);
		state = reduce(state, { type: "results", result, geometry }, corpus);
		const perPage = paneRows(state, geometry).resultRows / 2;
		expect(result.hits.length).toBeGreaterThan(perPage + 2);
		const shown = (at: State) =>
			at.search.chosen >= at.search.top && at.search.chosen < at.search.top + perPage;
		for (let step = 0; step < perPage + 2; step++) {
			state = press(state, command("down", geometry));
			expect(shown(state)).toBe(true);
		}
		expect(state.search.top).toBe(state.search.chosen - perPage + 1);
		const back = press(state, command("up", geometry));
		expect(back.search.top).toBe(state.search.top);
		state = reduce(state, { type: "query", query: "counci", geometry }, corpus);
		expect(state.search.top).toBe(0);
	});

	it("a taller terminal brings the help screen's first line back within its lines", () => {
		const short = computeGeometry(100, 14);
		const tall = computeGeometry(100, 60);
		const scrolled = press(initialState, command("help", short), command("bottom", short));
		expect(scrolled.helpTop).toBeGreaterThan(0);
		const resized = reduce(scrolled, { type: "resized", geometry: tall }, corpus);
		const lines = helpLayout(tall.columns - 4, false).lines.length;
		expect(resized.helpTop).toBe(Math.max(0, lines - paneRows(resized, tall).bodyRows));
	});
});
