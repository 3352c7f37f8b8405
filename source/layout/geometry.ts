/** How the screen is divided at a given terminal size. */
export interface Geometry {
	readonly columns: number;
	readonly rows: number;
	/** split: list and reader side by side; single: one pane at a time. */
	readonly mode: "split" | "single" | "too-small";
	/** Outer width of the list pane (0 when it is not shown beside the reader). */
	readonly listWidth: number;
	/** Outer width of the reader pane in split mode, the whole width in single mode. */
	readonly readerWidth: number;
	/** Rows of content inside a pane: the screen less its border, header and the status bar. */
	readonly bodyRows: number;
	/** Columns of wrapped article text inside the reader. */
	readonly textWidth: number;
	/** Columns of text inside the list pane. */
	readonly listTextWidth: number;
}

export const MIN_COLUMNS = 40;
export const MIN_ROWS = 10;
export const SPLIT_MIN_COLUMNS = 80;

// Border (2) and one column of padding each side.
const PANE_CHROME_COLUMNS = 4;
// Border (2), the pane's header line, and the status bar below the panes.
const CHROME_ROWS = 4;

export function computeGeometry(columns: number, rows: number): Geometry {
	const safeColumns = Math.max(0, Math.floor(columns) || 0);
	const safeRows = Math.max(0, Math.floor(rows) || 0);
	const bodyRows = Math.max(1, safeRows - CHROME_ROWS);
	if (safeColumns < MIN_COLUMNS || safeRows < MIN_ROWS) {
		return {
			columns: safeColumns,
			rows: safeRows,
			mode: "too-small",
			listWidth: 0,
			readerWidth: 0,
			bodyRows,
			textWidth: 1,
			listTextWidth: 1,
		};
	}
	if (safeColumns < SPLIT_MIN_COLUMNS) {
		const inner = safeColumns - PANE_CHROME_COLUMNS;
		return {
			columns: safeColumns,
			rows: safeRows,
			mode: "single",
			listWidth: safeColumns,
			readerWidth: safeColumns,
			bodyRows,
			textWidth: inner,
			listTextWidth: inner,
		};
	}
	const listWidth = Math.min(44, Math.max(30, Math.floor(safeColumns * 0.34)));
	const readerWidth = safeColumns - listWidth;
	return {
		columns: safeColumns,
		rows: safeRows,
		mode: "split",
		listWidth,
		readerWidth,
		bodyRows,
		textWidth: readerWidth - PANE_CHROME_COLUMNS,
		listTextWidth: listWidth - PANE_CHROME_COLUMNS,
	};
}
