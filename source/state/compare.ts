import type { Corpus } from "../corpus/corpus.js";
import { compareRows, layoutCompare } from "../layout/compare.js";
import type { Geometry } from "../layout/geometry.js";
import { scrollToKeep } from "../layout/scroll.js";
import type { Command } from "./keymap.js";
import { goTo, isMovement, moveWithin, shownArticle } from "./navigation.js";
import { dropTrail } from "./quotes.js";
import { forget, remember, returnTo, snapshot } from "./returns.js";
import type { CompareState, State } from "./state.js";
import { awaitComparison } from "./waiting.js";

/** Rows of the compare view: its screen less the header line and the column titles. */
export function compareHeight(geometry: Geometry): number {
	return Math.max(1, geometry.rows - 1 - 4);
}

export function compareWidth(geometry: Geometry): number {
	return Math.max(10, geometry.columns - 4);
}

export function compareSources(corpus: Corpus, compare: CompareState) {
	return {
		left: corpus.articles[compare.left]?.source ?? "unknown source",
		right: corpus.articles[compare.right]?.source ?? "unknown source",
	};
}

/** The first visible line that keeps the chosen row's lines in view, moving as little as it can. */
function scrollTo(compare: CompareState, corpus: Corpus, geometry: Geometry): CompareState {
	const story = corpus.stories[compare.story];
	if (!story) return compare;
	const rows = compareRows(corpus, story, compare.left, compare.right);
	const layout = layoutCompare(
		rows,
		compareWidth(geometry),
		geometry.mode !== "split",
		compareSources(corpus, compare),
	);
	const height = compareHeight(geometry);
	const { first, end } = layout.rowSpan(compare.row);
	const top = scrollToKeep(compare.top, first, end - 1, height, (count) => layout.countUpTo(count));
	return { ...compare, top };
}

/** c: the story of the article shown, its sources side by side, on the row of the focused quotation. */
function openCompare(state: State, geometry: Geometry, corpus: Corpus): State {
	const article = shownArticle(state, corpus);
	if (article === undefined) return state;
	const storyIndex = corpus.storyOf[article] ?? -1;
	const story = corpus.stories[storyIndex];
	if (!story || story.articles.length < 2)
		return { ...state, notice: "one source only: nothing to compare it with" };
	const waiting = awaitComparison(state, "compare", corpus, storyIndex);
	if (waiting) return waiting;
	const right = story.articles.find((other) => other !== article) as number;
	const rows = compareRows(corpus, story, article, right);
	const focused = state.quotation;
	const row = Math.max(
		0,
		rows.findIndex(
			(r) => r.left && focused && r.left.quote === focused.quote && focused.article === article,
		),
	);
	const compare: CompareState = { story: storyIndex, left: article, right, row, top: 0 };
	const leaving = remember(dropTrail(state), "compare", snapshot(state, state.quotation));
	return { ...leaving, compare: scrollTo(compare, corpus, geometry) };
}

export function reduceCompare(
	state: State,
	command: Command,
	geometry: Geometry,
	corpus: Corpus,
): State {
	const { compare } = state;
	if (!compare) return command === "compare" ? openCompare(state, geometry, corpus) : state;
	const story = corpus.stories[compare.story];
	if (!story) return { ...forget(state, "compare"), compare: null };
	const rows = compareRows(corpus, story, compare.left, compare.right);
	const close = () => ({ ...returnTo(state, "compare"), compare: null });
	switch (command) {
		case "compare":
		case "back":
		case "quit":
			return close();
		case "toggleFocus": {
			// The next other source of the story on the right.
			const others = story.articles.filter((article) => article !== compare.left);
			const right = others[(others.indexOf(compare.right) + 1) % others.length] as number;
			return {
				...state,
				compare: scrollTo({ ...compare, right, row: 0, top: 0 }, corpus, geometry),
			};
		}
		case "open": {
			const row = rows[compare.row];
			const cell = row?.left ?? row?.right;
			if (!cell) return close();
			const quotation = {
				article: cell.article,
				quote: cell.quote,
				paragraph: cell.paragraph,
				start: cell.start,
				end: cell.end,
			};
			return { ...goTo({ ...close(), quotation }, quotation, geometry, corpus), quotation };
		}
		case "nextQuote":
		case "previousQuote": {
			const row = Math.max(
				0,
				Math.min(rows.length - 1, compare.row + (command === "nextQuote" ? 1 : -1)),
			);
			return { ...state, compare: scrollTo({ ...compare, row }, corpus, geometry) };
		}
		default: {
			if (!isMovement(command)) return state;
			const page = Math.max(1, Math.floor(compareHeight(geometry) / 4));
			const row = moveWithin(compare.row, command, page, Math.max(0, rows.length - 1));
			return { ...state, compare: scrollTo({ ...compare, row }, corpus, geometry) };
		}
	}
}
