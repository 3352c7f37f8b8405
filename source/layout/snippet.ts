import type { Range } from "../search/index.js";
import { displayWidth, graphemes } from "../text/graphemes.js";

export interface Snippet {
	readonly text: string;
	/** Ranges of `text` to highlight. */
	readonly ranges: readonly Range[];
}

/**
 * A passage cut to `width` columns around its first highlighted range, with
 * an ellipsis where text was left out, the ranges moved to match.
 */
export function snippet(
	text: string,
	ranges: readonly Range[],
	width: number,
	ellipsis = "\u2026",
): Snippet {
	if (displayWidth(text) <= width) return { text, ranges };
	const room = Math.max(1, width - 2 * displayWidth(ellipsis));
	const focus = ranges[0]?.[0] ?? 0;
	// Start a little before the first match, at a grapheme boundary.
	const lead = Math.floor(room / 4);
	const list = [...graphemes(text)];
	let first = list.findIndex((grapheme) => grapheme.index >= focus);
	if (first < 0) first = 0;
	let start = first;
	let used = 0;
	while (start > 0 && used + (list[start - 1]?.width ?? 0) <= lead) {
		start--;
		used += list[start]?.width ?? 0;
	}
	let end = start;
	used = 0;
	while (end < list.length && used + (list[end]?.width ?? 0) <= room) {
		used += list[end]?.width ?? 0;
		end++;
	}
	const from = list[start]?.index ?? 0;
	const to = end < list.length ? (list[end]?.index ?? text.length) : text.length;
	const before = from > 0 ? ellipsis : "";
	const after = to < text.length ? ellipsis : "";
	const shift = before.length - from;
	const cut = `${before}${text.slice(from, to)}${after}`;
	const moved = ranges
		.filter(([s, e]) => e > from && s < to)
		.map(([s, e]) => [Math.max(s, from) + shift, Math.min(e, to) + shift] as const);
	return { text: cut, ranges: moved };
}
