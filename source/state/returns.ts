import type { QuotationAt, State, View } from "./state.js";

/**
 * The way back: one stack of views to come back to, newest last, so that Esc
 * (or closing a view) always means "back to where I was". A search, a trail
 * of m through a statement's counterparts, the compare and the coverage view each keep
 * one entry while they last.
 */

/** What a view to come back to was left for. */
export type ReturnFrom = "search" | "trail" | "compare" | "coverage";

/** The panes and their positions, and, where it is kept, the focused quotation. */
export interface Snapshot extends View {
	readonly quotation?: QuotationAt | null;
}

export interface Return {
	readonly from: ReturnFrom;
	readonly to: Snapshot;
}

/** The view of a state, with `quotation` when it is to be restored too. */
export function snapshot(state: State, quotation?: QuotationAt | null): Snapshot {
	const view: View = {
		focus: state.focus,
		selected: state.selected,
		listTop: state.listTop,
		anchors: state.anchors,
	};
	return quotation === undefined ? view : { ...view, quotation };
}

/** Remembers where to come back to from `from`, unless that is remembered already (a search reopened keeps its first). */
export function remember(state: State, from: ReturnFrom, to: Snapshot = snapshot(state)): State {
	if (state.returns.some((entry) => entry.from === from)) return state;
	return { ...state, returns: [...state.returns, { from, to }] };
}

/** Goes back to the view remembered for `from`, and forgets it; the state as it is when there is none. */
export function returnTo(state: State, from: ReturnFrom): State {
	const at = state.returns.findLastIndex((entry) => entry.from === from);
	const entry = state.returns[at];
	if (!entry) return state;
	return { ...state, ...entry.to, returns: state.returns.filter((_, index) => index !== at) };
}

/** Forgets the way back from `from`, staying where the state is. */
export function forget(state: State, from: ReturnFrom): State {
	if (!state.returns.some((entry) => entry.from === from)) return state;
	return { ...state, returns: state.returns.filter((entry) => entry.from !== from) };
}

/** What Esc comes back from first: the newest way back, if any. */
export function newestReturn(state: State): ReturnFrom | null {
	return state.returns.at(-1)?.from ?? null;
}
