import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../source/corpus/corpus.js";
import { computeGeometry } from "../../source/layout/geometry.js";
import { act } from "../../source/state/act.js";
import { coverageView } from "../../source/state/coverage.js";
import type { Command } from "../../source/state/keymap.js";
import { initialState, type State } from "../../source/state/state.js";
import { threeOutletsCorpus } from "../fixtures/three-outlets.js";
import { article } from "../fixtures.js";

const corpus = threeOutletsCorpus();
const geometry = computeGeometry(100, 30);

function apply(from: State, ...commands: Command[]): State {
	return commands.reduce(
		(state, command) => act(state, { type: "command", command, geometry }, corpus),
		from,
	);
}

/** The text of the chosen row. */
function chosen(state: State): string | undefined {
	if (!state.coverage) return undefined;
	const view = coverageView(corpus, state.coverage, geometry);
	return view?.coverage.rows[view.table.order[state.coverage.position] ?? -1]?.text;
}

describe("the coverage state", () => {
	it("opens on the focused quotation's row, with the shown article's source chosen", () => {
		// The wire's third quotation: the union leader's, only in the wire.
		const state = apply(initialState, "open", "nextQuote", "nextQuote", "nextQuote", "coverage");
		expect(state.coverage?.column).toBe(corpus.stories[0]?.articles.indexOf(state.selected));
		expect(chosen(state)).toBe("Our drivers were told nothing before the barriers went up");
	});

	it("keeps the chosen statement chosen when s changes the order", () => {
		const open = apply(initialState, "coverage", "down");
		const before = chosen(open);
		const sorted = apply(open, "sort");
		expect(sorted.coverage?.sort).toBe(1);
		expect(chosen(sorted)).toBe(before);
		expect(sorted.coverage?.position).not.toBe(open.coverage?.position);
		// Round every order (speaker, sources carrying, one per source) and back to the first.
		const round = apply(sorted, "sort", "sort", "sort", "sort");
		expect(round.coverage?.sort).toBe(0);
		expect(chosen(round)).toBe(before);
	});

	it("stops at the first and last rows, and Tab goes round the sources", () => {
		const open = apply(initialState, "coverage");
		expect(apply(open, "up").coverage?.position).toBe(0);
		expect(apply(open, "bottom", "down").coverage?.position).toBe(4);
		expect(apply(open, "toggleFocus", "toggleFocus", "toggleFocus").coverage?.column).toBe(
			open.coverage?.column,
		);
	});

	it("comes back with Esc to where the reader was, the focused quotation kept", () => {
		const reading = apply(initialState, "open", "nextQuote");
		const back = apply(reading, "coverage", "down", "back");
		expect(back.coverage).toBeNull();
		expect(back.quotation).toEqual(reading.quotation);
		expect(back.focus).toBe("reader");
		expect(back.returns).toEqual([]);
	});

	it("c goes to the compare view of the story and C back, one Esc away from the reader", () => {
		const reading = apply(initialState, "open");
		const compare = apply(reading, "coverage", "compare");
		expect(compare.coverage).toBeNull();
		expect(compare.compare?.left).toBe(reading.selected);
		const coverage = apply(compare, "coverage");
		expect(coverage.compare).toBeNull();
		expect(coverage.coverage).not.toBeNull();
		const back = apply(coverage, "back");
		expect(back.coverage).toBeNull();
		expect(back.focus).toBe("reader");
		expect(back.returns).toEqual([]);
	});

	it("says there is nothing to compare for a story of one source", () => {
		const alone = buildCorpus([article({ source: "Wire", paragraphs: ["“Hello,” she said."] })]);
		const state = act(initialState, { type: "command", command: "coverage", geometry }, alone);
		expect(state.coverage).toBeNull();
		expect(state.notice).toBe("one source only: no coverage to compare");
	});
});
