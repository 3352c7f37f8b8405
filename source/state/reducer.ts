import type { Corpus } from "../corpus/corpus.js";
import {
	type Anchor,
	anchorOfLine,
	layoutDocument,
	maxTop,
	TOP,
	topLine,
} from "../layout/document.js";
import type { Geometry } from "../layout/geometry.js";
import { layoutHelp } from "../layout/help.js";
import { articlesPerPage, layoutList, scrollListTo } from "../layout/list.js";
import type { Command } from "./keymap.js";
import type { State } from "./state.js";

export type Action = {
	readonly type: "command";
	readonly command: Command;
	readonly geometry: Geometry;
};

/**
 * The only place state changes. Pure: the same state, action and corpus
 * always give the same next state. Positions in the reader are anchors
 * (a place in a paragraph), so they mean the same at any width.
 */
export function reduce(state: State, action: Action, corpus: Corpus): State {
	if (state.exiting) return state;
	const { command, geometry } = action;
	if (command === "forceQuit") return { ...state, exiting: true };
	if (state.help) {
		if (command === "help" || command === "back" || command === "quit")
			return { ...state, help: false };
		return scrollHelp(state, command, geometry);
	}
	if (geometry.mode === "too-small")
		return command === "quit" ? { ...state, exiting: true } : state;
	switch (command) {
		case "help":
			return { ...state, help: true, helpTop: 0 };
		case "quit":
			if (geometry.mode === "single" && state.focus === "reader")
				return { ...state, focus: "list" };
			return { ...state, exiting: true };
		case "back":
			return state.focus === "reader" ? { ...state, focus: "list" } : state;
		case "open":
			return corpus.order.length > 0 ? { ...state, focus: "reader" } : state;
		case "toggleFocus":
			return { ...state, focus: state.focus === "list" ? "reader" : "list" };
		default:
			return state.focus === "list"
				? moveSelection(state, command, geometry, corpus)
				: scrollReader(state, command, geometry, corpus);
	}
}

type Movement = Extract<Command, "down" | "up" | "pageDown" | "pageUp" | "top" | "bottom">;

function isMovement(command: Command): command is Movement {
	return ["down", "up", "pageDown", "pageUp", "top", "bottom"].includes(command);
}

/** Where a movement takes a scroll position, clamped to [0, last]. */
function moveWithin(current: number, command: Movement, page: number, last: number): number {
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

function scrollHelp(state: State, command: Command, geometry: Geometry): State {
	if (!isMovement(command)) return state;
	const lines = layoutHelp(geometry.columns - 4, false).lines.length;
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
	const listTop = scrollListTo(list, state.listTop, selected, geometry.bodyRows);
	return { ...state, selected, listTop };
}

/** Index into Corpus.articles of the article the reader shows. */
export function shownArticle(state: State, corpus: Corpus): number | undefined {
	return corpus.order[state.selected];
}

export function anchorOf(state: State, article: number): Anchor {
	return state.anchors[article] ?? TOP;
}

function scrollReader(state: State, command: Command, geometry: Geometry, corpus: Corpus): State {
	const index = shownArticle(state, corpus);
	const article = index === undefined ? undefined : corpus.articles[index];
	if (index === undefined || !article || !isMovement(command)) return state;
	const layout = layoutDocument(article, geometry.textWidth);
	const height = geometry.bodyRows;
	const current = topLine(layout, anchorOf(state, index), height);
	const last = maxTop(layout, height);
	const next = moveWithin(current, command, Math.max(1, height - 1), last);
	if (next === current) return state;
	return { ...state, anchors: { ...state.anchors, [index]: anchorOfLine(layout, next) } };
}
