import type { Corpus } from "../corpus/corpus.js";
import { type Anchor, TOP } from "../layout/document.js";
import type { Geometry } from "../layout/geometry.js";
import { layoutList, scrollListTo } from "../layout/list.js";
import type { Command } from "./keymap.js";
import type { State } from "./state.js";

export type Movement = Extract<Command, "down" | "up" | "pageDown" | "pageUp" | "top" | "bottom">;

export function isMovement(command: Command): command is Movement {
	return ["down", "up", "pageDown", "pageUp", "top", "bottom"].includes(command);
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
