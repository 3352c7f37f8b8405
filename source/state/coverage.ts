import type { Corpus } from "../corpus/corpus.js";
import {
	type CoverageColumns,
	type CoverageTable,
	coverageColumns,
	coverageHeights,
	coverageSorts,
	coverageTable,
} from "../layout/coverage.js";
import type { Geometry } from "../layout/geometry.js";
import { scrollToKeep } from "../layout/scroll.js";
import { coverageOf, type StoryCoverage } from "../quotes/coverage.js";
import { comparedYet } from "../quotes/match.js";
import type { Command } from "./keymap.js";
import { goTo, isMovement, moveWithin, shownArticle } from "./navigation.js";
import { dropTrail } from "./quotes.js";
import { forget, remember, returnTo, snapshot } from "./returns.js";
import type { CoverageState, State } from "./state.js";
import { awaitComparison } from "./waiting.js";

/** Columns of the coverage view's text: the screen less the pane's border and padding. */
export function coverageWidth(geometry: Geometry): number {
	return Math.max(10, geometry.columns - 4);
}

/** Lines inside the coverage pane: the screen less its border, its header and the status bar. */
export function coverageBodyHeight(geometry: Geometry): number {
	return Math.max(1, geometry.rows - 1 - 3);
}

/** Everything the view and the keys need to know of a coverage state at a size, worked out one way for both. */
export interface CoverageView {
	readonly coverage: StoryCoverage;
	readonly table: CoverageTable;
	readonly columns: CoverageColumns;
	readonly speakers: number;
	readonly height: number;
	/** Lines for the chosen statement in full, under the table. */
	readonly detail: number;
}

export function coverageView(
	corpus: Corpus,
	state: CoverageState,
	geometry: Geometry,
): CoverageView | null {
	const story = corpus.stories[state.story];
	if (!story) return null;
	// Coverage opens once the story is compared (state/waiting.ts).
	const comparison = comparedYet(story);
	if (!comparison) return null;
	const coverage = coverageOf(corpus, comparison);
	const sorts = coverageSorts(coverage.articles.length);
	const table = coverageTable(coverage, sorts[state.sort] ?? { by: "speaker" });
	const width = coverageWidth(geometry);
	const columns = coverageColumns(coverage.sources, width, geometry.columns, state.column);
	const heights = coverageHeights(coverage, coverageBodyHeight(geometry), columns.single);
	return {
		coverage,
		table,
		columns,
		speakers: heights.speakers,
		height: heights.table,
		detail: heights.detail,
	};
}

/** The first visible line that keeps the chosen row (and its speaker's heading just above) in view. */
function scrolled(state: CoverageState, view: CoverageView): CoverageState {
	const line = view.table.lineOf[state.position] ?? 0;
	const first = view.table.lines[line - 1]?.kind === "group" ? line - 1 : line;
	const count = view.table.lines.length;
	const top = scrollToKeep(state.top, first, line, view.height, () => count);
	return top === state.top ? state : { ...state, top };
}

/** C: the coverage of the shown article's story, on the row of the focused quotation, its source chosen. */
function openCoverage(state: State, geometry: Geometry, corpus: Corpus): State {
	const article = shownArticle(state, corpus);
	if (article === undefined) return state;
	const storyIndex = corpus.storyOf[article] ?? -1;
	const story = corpus.stories[storyIndex];
	if (!story || story.articles.length < 2)
		return { ...state, notice: "one source only: no coverage to compare" };
	const waiting = awaitComparison(state, "coverage", corpus, storyIndex);
	if (waiting) return waiting;
	const column = Math.max(0, story.articles.indexOf(article));
	const initial: CoverageState = { story: storyIndex, sort: 0, position: 0, top: 0, column };
	const view = coverageView(corpus, initial, geometry);
	if (!view) return state;
	const focused = state.quotation;
	const row =
		focused && focused.article === article && focused.quote !== null
			? view.coverage.rows.findIndex((r) => r.cells[column]?.at.quote === focused.quote)
			: -1;
	const position = Math.max(0, view.table.order.indexOf(row));
	const leaving = remember(dropTrail(state), "coverage", snapshot(state, state.quotation));
	return { ...leaving, coverage: scrolled({ ...initial, position }, view) };
}

export function reduceCoverage(
	state: State,
	command: Command,
	geometry: Geometry,
	corpus: Corpus,
): State {
	const { coverage } = state;
	if (!coverage) return command === "coverage" ? openCoverage(state, geometry, corpus) : state;
	const view = coverageView(corpus, coverage, geometry);
	if (!view) return { ...forget(state, "coverage"), coverage: null };
	const close = () => ({ ...returnTo(state, "coverage"), coverage: null });
	const rows = view.table.order.length;
	const update = (next: CoverageState) => ({
		...state,
		coverage: scrolled(next, coverageView(corpus, next, geometry) ?? view),
	});
	switch (command) {
		case "coverage":
		case "back":
		case "quit":
			return close();
		case "toggleFocus":
			return update({ ...coverage, column: (coverage.column + 1) % view.coverage.articles.length });
		case "sort": {
			// The chosen statement stays chosen in the new order.
			const row = view.table.order[coverage.position];
			const sort = (coverage.sort + 1) % coverageSorts(view.coverage.articles.length).length;
			const next = { ...coverage, sort, top: 0 };
			const reordered = coverageView(corpus, next, geometry) ?? view;
			const position = Math.max(0, row === undefined ? 0 : reordered.table.order.indexOf(row));
			return { ...state, coverage: scrolled({ ...next, position }, reordered) };
		}
		case "open":
			return openStatement(state, view, geometry, corpus, close);
		case "nextQuote":
		case "previousQuote": {
			const step = command === "nextQuote" ? 1 : -1;
			const position = Math.max(0, Math.min(rows - 1, coverage.position + step));
			return update({ ...coverage, position });
		}
		default: {
			if (!isMovement(command) || rows === 0) return state;
			const page = Math.max(1, view.height - 1);
			const position = moveWithin(coverage.position, command, page, rows - 1);
			return update({ ...coverage, position });
		}
	}
}

/** Enter: the chosen statement in the chosen source, or, where that source leaves it out, in the first that has it. */
function openStatement(
	state: State,
	view: CoverageView,
	geometry: Geometry,
	corpus: Corpus,
	close: () => State,
): State {
	const coverage = state.coverage as CoverageState;
	const row = view.coverage.rows[view.table.order[coverage.position] ?? -1];
	if (!row) return state;
	const chosen = row.cells[coverage.column];
	const cell = chosen ?? row.cells.find((other) => other !== null);
	if (!cell) return state;
	const quotation = cell.at;
	const notice = chosen
		? null
		: `not in ${view.coverage.sources[coverage.column] ?? "that source"}: shown in ${corpus.articles[quotation.article]?.source ?? "another source"}`;
	const shown = goTo({ ...close(), quotation }, quotation, geometry, corpus);
	return { ...shown, quotation, notice };
}
