import type { Corpus } from "../corpus/corpus.js";
import { END } from "../layout/blocks.js";
import type { Geometry } from "../layout/geometry.js";
import { layoutDocument } from "../layout/layouts.js";
import { articlesPerPage, layoutList, scrollListTo } from "../layout/list.js";
import { anchorAt, comparePositions, maxTop, topOf } from "../layout/position.js";
import type { SearchResult } from "../search/index.js";
import { parseQuery } from "../search/query.js";
import { reduceCompare } from "./compare.js";
import { reduceCoverage } from "./coverage.js";
import { type Command, helpLayout } from "./keymap.js";
import { modeOf } from "./mode.js";
import {
	anchorOf,
	isMovement,
	markReadIfAtEnd,
	moveTop,
	moveWithin,
	selectArticle,
	shownArticle,
} from "./navigation.js";
import { LINES_PER_HIT, paneRows } from "./panes.js";
import { leaveTrail, reduceQuotes } from "./quotes.js";
import { newestReturn } from "./returns.js";
import { reduceSearch, submit } from "./search.js";
import { type State, searchActive } from "./state.js";

export type Action =
	| { readonly type: "command"; readonly command: Command; readonly geometry: Geometry }
	/** The search bar's text changed. */
	| { readonly type: "query"; readonly query: string; readonly geometry: Geometry }
	/** The terminal has another size. */
	| { readonly type: "resized"; readonly geometry: Geometry }
	/** A search finished. */
	| { readonly type: "results"; readonly result: SearchResult; readonly geometry: Geometry }
	/** Background work a key waits for (State.waiting) is done. */
	| { readonly type: "analysed"; readonly geometry: Geometry }
	/** Something the session has to say (a refresh under way, or what it brought): until the next key. */
	| { readonly type: "notice"; readonly text: string };

/**
 * The only place state changes. Pure: the same state, action, corpus and
 * analyses found so far always give the same next state. It only reads
 * quotations and comparisons (state/act.ts works out short ones first); a
 * key that needs one not yet found waits for it (State.waiting).
 * Positions in the reader are anchors (a place in a paragraph), so they
 * mean the same at any width.
 */
export function reduce(state: State, action: Action, corpus: Corpus): State {
	if (state.exiting) return state;
	const next = reduceAction(state, action, corpus);
	// Whatever changed the size of the list or of the help screen, what they show stays in view.
	if (!("geometry" in action) || (next === state && action.type !== "resized")) return next;
	return inView(next, action.geometry, corpus);
}

/**
 * The list's first line keeping the selected article on screen, and the
 * help screen's first line within its lines, at this size and pane height:
 * decided here, so that the views draw what the state says.
 */
function inView(state: State, geometry: Geometry, corpus: Corpus): State {
	if (geometry.mode === "too-small") return state;
	const { bodyRows } = paneRows(state, geometry);
	const listTop =
		corpus.order.length === 0
			? 0
			: scrollListTo(
					layoutList(corpus, geometry.listTextWidth),
					state.listTop,
					state.selected,
					bodyRows,
				);
	const helpTop = state.help
		? Math.max(
				0,
				Math.min(state.helpTop, helpLayout(geometry.columns - 4, false).lines.length - bodyRows),
			)
		: state.helpTop;
	const top = resultsTop(state, geometry);
	const search = top === state.search.top ? state.search : { ...state.search, top };
	return listTop === state.listTop && helpTop === state.helpTop && search === state.search
		? state
		: { ...state, listTop, helpTop, search };
}

/** The first search result shown: the chosen one in view, moving as little as it can. */
function resultsTop(state: State, geometry: Geometry): number {
	const { search } = state;
	if (!search.editing) return search.top;
	const perPage = Math.max(1, Math.floor(paneRows(state, geometry).resultRows / LINES_PER_HIT));
	const hits = search.result?.hits.length ?? 0;
	let top = search.top;
	if (search.chosen < top) top = search.chosen;
	else if (search.chosen >= top + perPage) top = search.chosen - perPage + 1;
	return Math.max(0, Math.min(top, hits - perPage));
}

function reduceAction(state: State, action: Action, corpus: Corpus): State {
	switch (action.type) {
		case "resized":
			return state;
		case "query":
			return {
				...state,
				search: { ...state.search, query: action.query.replace(/[\r\n\t]/g, " "), chosen: 0 },
			};
		case "results": {
			const { search } = state;
			const fresh =
				action.result.query === parseQuery(search.query).text &&
				action.result.scope === search.scope;
			if (!fresh) return state;
			const chosen = Math.min(search.chosen, lastIndex(action.result.hits));
			const next = { ...state, search: { ...search, result: action.result, chosen } };
			// Enter was pressed before these results were in.
			return search.submitted ? submit(next, action.geometry, corpus) : next;
		}
		case "notice":
			return { ...state, notice: action.text };
		case "analysed": {
			const { waiting } = state;
			if (!waiting) return state;
			// Carried out now, or waiting again if what it needs is still not in.
			return reduceCommand(
				{ ...state, waiting: null, notice: null },
				waiting.command,
				action.geometry,
				corpus,
			);
		}
		default:
			// A key drops the notice, and any key still waiting: the newer one is what is wanted.
			return reduceCommand(
				state.notice || state.waiting ? { ...state, notice: null, waiting: null } : state,
				action.command,
				action.geometry,
				corpus,
			);
	}
}

function lastIndex(list: readonly unknown[]): number {
	return Math.max(0, list.length - 1);
}

function reduceCommand(state: State, command: Command, geometry: Geometry, corpus: Corpus): State {
	if (command === "forceQuit") return { ...state, exiting: true };
	const mode = modeOf(state, geometry);
	switch (mode) {
		case "search":
			return reduceSearch(state, command, geometry, corpus);
		case "help":
			if (command === "help" || command === "back" || command === "quit")
				return { ...state, help: false };
			return scrollHelp(state, command, geometry);
		case "too-small":
			return command === "quit" ? { ...state, exiting: true } : state;
		default:
	}
	if (command === "help") return { ...state, help: true, helpTop: 0 };
	// c and C go from one view of the story to the other, as if it had been closed first.
	if (mode === "coverage")
		return command === "compare"
			? reduceCompare(reduceCoverage(state, "back", geometry, corpus), command, geometry, corpus)
			: reduceCoverage(state, command, geometry, corpus);
	if (mode === "compare")
		return command === "coverage"
			? reduceCoverage(reduceCompare(state, "back", geometry, corpus), command, geometry, corpus)
			: reduceCompare(state, command, geometry, corpus);
	switch (command) {
		case "quit":
			if (geometry.mode === "single" && state.focus === "reader")
				return { ...state, focus: "list" };
			return { ...state, exiting: true };
		case "back":
			// Back to where the newest way back leads: before the trail of m, or before the search.
			if (newestReturn(state) === "trail" && state.trail) return leaveTrail(state);
			if (searchActive(state)) return reduceSearch(state, command, geometry, corpus);
			if (state.trail) return leaveTrail(state);
			return state.focus === "reader" ? { ...state, focus: "list" } : state;
		case "open":
			return corpus.order.length > 0
				? markReadIfAtEnd({ ...state, focus: "reader" }, geometry, corpus)
				: state;
		case "refresh":
			return { ...state, refreshes: state.refreshes + 1 };
		case "toggleRead":
			return toggleRead(state, corpus);
		case "nextUnread":
			return nextUnread(state, geometry, corpus);
		case "toggleFocus":
			return { ...state, focus: state.focus === "list" ? "reader" : "list" };
		case "search":
		case "nextMatch":
		case "previousMatch":
			return reduceSearch(state, command, geometry, corpus);
		case "nextQuote":
		case "previousQuote":
		case "matchQuote":
		case "copyQuote":
			return reduceQuotes(state, command, geometry, corpus);
		case "compare":
			return reduceCompare(state, command, geometry, corpus);
		case "coverage":
			return reduceCoverage(state, command, geometry, corpus);
		default:
			return state.focus === "list"
				? moveSelection(state, command, geometry, corpus)
				: scrollReader(state, command, geometry, corpus);
	}
}

function scrollHelp(state: State, command: Command, geometry: Geometry): State {
	if (!isMovement(command)) return state;
	const lines = helpLayout(geometry.columns - 4, false).lines.length;
	const last = Math.max(0, lines - geometry.bodyRows);
	const helpTop = moveWithin(
		Math.min(state.helpTop, last),
		command,
		Math.max(1, geometry.bodyRows - 1),
		last,
	);
	return helpTop === state.helpTop ? state : { ...state, helpTop };
}

function moveSelection(state: State, command: Command, geometry: Geometry, corpus: Corpus): State {
	const count = corpus.order.length;
	if (count === 0 || !isMovement(command)) return state;
	const list = layoutList(corpus, geometry.listTextWidth);
	const selected = moveWithin(
		state.selected,
		command,
		articlesPerPage(list, geometry.bodyRows),
		count - 1,
	);
	if (selected === state.selected) return state;
	return {
		...state,
		selected,
		listTop: scrollListTo(list, state.listTop, selected, geometry.bodyRows),
	};
}

function scrollReader(state: State, command: Command, geometry: Geometry, corpus: Corpus): State {
	const index = shownArticle(state, corpus);
	const article = index === undefined ? undefined : corpus.articles[index];
	if (index === undefined || !article || !isMovement(command)) return state;
	const layout = layoutDocument(article, geometry.textWidth);
	const height = geometry.bodyRows;
	const current = topOf(layout, anchorOf(state, index), height);
	const last = maxTop(layout, height);
	const next = moveTop(layout, current, command, Math.max(1, height - 1), last);
	if (comparePositions(next, current) === 0) return markReadIfAtEnd(state, geometry, corpus);
	const anchor = comparePositions(next, last) === 0 ? END : anchorAt(layout, next);
	return markReadIfAtEnd(
		{ ...state, anchors: { ...state.anchors, [index]: anchor } },
		geometry,
		corpus,
	);
}

/** r: the selected article read, or unread again. */
function toggleRead(state: State, corpus: Corpus): State {
	const index = shownArticle(state, corpus);
	if (index === undefined) return state;
	const read = { ...state.read };
	if (read[index]) delete read[index];
	else read[index] = true;
	return { ...state, read, notice: read[index] ? "marked read" : "marked unread" };
}

/** u: the next article not read yet, after the selected one, round to the top. */
function nextUnread(state: State, geometry: Geometry, corpus: Corpus): State {
	const count = corpus.order.length;
	for (let step = 1; step <= count; step++) {
		const position = (state.selected + step) % count;
		if (!state.read[corpus.order[position] as number])
			return selectArticle(state, position, geometry, corpus);
	}
	return { ...state, notice: "every article is read" };
}

export { anchorOf, shownArticle } from "./navigation.js";
