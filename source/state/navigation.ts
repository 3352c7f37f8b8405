import type { Corpus } from "../corpus/corpus.js";
import { type Anchor, blockOfParagraph, TOP } from "../layout/blocks.js";
import type { DocumentLayout } from "../layout/document.js";
import type { Geometry } from "../layout/geometry.js";
import { layoutDocument } from "../layout/layouts.js";
import { layoutList, scrollListTo } from "../layout/list.js";
import {
	anchorAt,
	comparePositions,
	endInView,
	maxTop,
	move,
	onScreen,
	type Position,
	positionOf,
	START,
	topOf,
} from "../layout/position.js";
import type { Command } from "./keymap.js";
import type { State } from "./state.js";

export type Movement = Extract<Command, "down" | "up" | "pageDown" | "pageUp" | "top" | "bottom">;

export function isMovement(command: Command): command is Movement {
	return ["down", "up", "pageDown", "pageUp", "top", "bottom"].includes(command);
}

/** Where a movement takes the reader's top line, between the first line and `last`. */
export function moveTop(
	layout: DocumentLayout,
	current: Position,
	command: Movement,
	page: number,
	last: Position,
): Position {
	const before = (position: Position) => (comparePositions(position, last) > 0 ? last : position);
	switch (command) {
		case "down":
			return before(move(layout, current, 1));
		case "up":
			return move(layout, current, -1);
		case "pageDown":
			return before(move(layout, current, page));
		case "pageUp":
			return move(layout, current, -page);
		case "top":
			return START;
		case "bottom":
			return last;
	}
}

/** Where a movement takes a position, clamped to [0, last]. */
export function moveWithin(current: number, command: Movement, page: number, last: number): number {
	const targets: Record<Movement, number> = {
		down: current + 1,
		up: current - 1,
		pageDown: current + page,
		pageUp: current - page,
		top: 0,
		bottom: last,
	};
	return Math.max(0, Math.min(last, targets[command]));
}

/** Selects the article at list `position`, keeping it in view in the list. */
export function selectArticle(
	state: State,
	position: number,
	geometry: Geometry,
	corpus: Corpus,
): State {
	const list = layoutList(corpus, geometry.listTextWidth);
	return {
		...state,
		selected: position,
		listTop: scrollListTo(list, state.listTop, position, geometry.bodyRows),
	};
}

/** Index into Corpus.articles of the article the reader shows. */
export function shownArticle(state: State, corpus: Corpus): number | undefined {
	return corpus.order[state.selected];
}

export function anchorOf(state: State, article: number): Anchor {
	return state.anchors[article] ?? TOP;
}

/**
 * An article counts as read once its end has been on screen in the reader:
 * scrolled to, or there from the start when it is short.
 */
export function markReadIfAtEnd(state: State, geometry: Geometry, corpus: Corpus): State {
	if (state.focus !== "reader") return state;
	const index = shownArticle(state, corpus);
	const article = index === undefined ? undefined : corpus.articles[index];
	if (index === undefined || !article || state.read[index]) return state;
	const layout = layoutDocument(article, geometry.textWidth);
	const top = topOf(layout, anchorOf(state, index), geometry.bodyRows);
	return endInView(layout, top, geometry.bodyRows)
		? { ...state, read: { ...state.read, [index]: true } }
		: state;
}

/** A place in an article's text: a paragraph (-1 for the title) and an offset in it. */
export interface Place {
	readonly article: number;
	readonly paragraph: number;
	readonly start: number;
}

/** Lines kept above a place the reader scrolls to. */
const CONTEXT_LINES = 2;

/**
 * Shows a passage: selects its article and scrolls the reader so that the
 * passage is in view (left alone if it already is), with focus on the reader.
 */
export function goTo(state: State, ref: Place, geometry: Geometry, corpus: Corpus): State {
	const article = corpus.articles[ref.article];
	const position = corpus.positions[ref.article];
	if (!article || position === undefined || position < 0) return state;
	const layout = layoutDocument(article, geometry.textWidth);
	const height = geometry.bodyRows;
	const place = positionOf(layout, {
		block: blockOfParagraph(article, ref.paragraph),
		offset: ref.start,
	});
	const top = topOf(layout, anchorOf(state, ref.article), height);
	let anchors = state.anchors;
	if (!onScreen(layout, top, height, place)) {
		const above = move(layout, place, -CONTEXT_LINES);
		const last = maxTop(layout, height);
		const newTop = comparePositions(above, last) > 0 ? last : above;
		anchors = { ...anchors, [ref.article]: anchorAt(layout, newTop) };
	}
	const shown = {
		...selectArticle({ ...state, anchors }, position, geometry, corpus),
		focus: "reader" as const,
	};
	return markReadIfAtEnd(shown, geometry, corpus);
}
