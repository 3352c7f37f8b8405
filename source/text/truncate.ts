import { displayWidth, graphemes } from "./graphemes.js";

/**
 * Cuts `text` to at most `width` columns, ending with `ellipsis` when it had
 * to cut. Cuts fall on grapheme boundaries, so no emoji or accent is split.
 */
export function truncate(text: string, width: number, ellipsis = "\u2026"): string {
	if (width <= 0) return "";
	if (displayWidth(text) <= width) return text;
	const room = width - displayWidth(ellipsis);
	if (room < 0) return truncate(text, width, "");
	let used = 0;
	let end = 0;
	for (const grapheme of graphemes(text)) {
		if (used + grapheme.width > room) break;
		used += grapheme.width;
		end = grapheme.index + grapheme.text.length;
	}
	return text.slice(0, end).trimEnd() + ellipsis;
}

/** Pads `text` with spaces on the right to exactly `width` columns (cutting if longer). */
export function padToWidth(text: string, width: number, ellipsis?: string): string {
	const cut = truncate(text, width, ellipsis);
	return cut + " ".repeat(Math.max(0, width - displayWidth(cut)));
}
