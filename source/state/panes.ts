import type { Geometry } from "../layout/geometry.js";
import type { State } from "./state.js";

/** A pane's border (2) and its header line (1). */
export const PANE_CHROME = 3;

/** Each search hit takes two lines: where it is (source, title), then the passage with the match marked. */
export const LINES_PER_HIT = 2;

/** How the screen's rows are shared out for a state: the search results (while typing), the panes, and inside them. */
export interface PaneRows {
	/** Rows of search results inside their pane (0 when the search bar is closed). */
	readonly resultRows: number;
	/** The outer height of the list and reader panes. */
	readonly paneHeight: number;
	/** Rows inside them. */
	readonly bodyRows: number;
}

/** Decided once for the view and for the reducer, so that what it keeps in view is what is shown. */
export function paneRows(state: State, geometry: Geometry): PaneRows {
	const { search } = state;
	const resultRows = search.editing
		? Math.max(
				2,
				Math.min(
					LINES_PER_HIT * Math.max(1, search.result?.hits.length ?? 1),
					Math.floor(geometry.rows / 2) - PANE_CHROME,
				),
			)
		: 0;
	const resultsHeight = search.editing ? resultRows + PANE_CHROME : 0;
	const paneHeight = geometry.rows - 1 - resultsHeight;
	return { resultRows, paneHeight, bodyRows: Math.max(1, paneHeight - PANE_CHROME) };
}
