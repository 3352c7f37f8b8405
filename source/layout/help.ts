import { displayWidth } from "../text/graphemes.js";
import { wrap } from "../text/wrap.js";

/** A key binding as the help screen lists it: its keys' names and what it does. */
export interface HelpRow {
	readonly keys: string;
	readonly help: string;
}

/** A line of the help screen; `keys` is empty where a description continues. */
export interface HelpLine {
	readonly keys: string;
	readonly text: string;
}

export interface HelpLayout {
	readonly keysWidth: number;
	readonly lines: readonly HelpLine[];
}

/**
 * The help screen at `width` columns: a column of keys and the wrapped
 * descriptions. The key column is as wide as the widest key names of
 * `every` character set's rows, so the layout (and how far it scrolls) is
 * the same in each; `rows` are the ones shown.
 */
export function layoutHelp(
	width: number,
	rows: readonly HelpRow[],
	every: readonly (readonly HelpRow[])[] = [rows],
): HelpLayout {
	const widest = Math.max(...every.flat().map((row) => displayWidth(row.keys)));
	const keysWidth = Math.min(widest + 2, Math.max(4, Math.floor(width / 3)));
	const textWidth = Math.max(1, width - keysWidth);
	const lines: HelpLine[] = [];
	for (const row of rows) {
		wrap(row.help, textWidth).forEach((span, index) => {
			lines.push({ keys: index === 0 ? row.keys : "", text: row.help.slice(span.start, span.end) });
		});
	}
	return { keysWidth, lines };
}
