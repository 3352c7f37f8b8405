import { graphemes } from "./graphemes.js";

/** One wrapped line: the half-open range [start, end) of the source text. */
export interface LineSpan {
	readonly start: number;
	readonly end: number;
}

const BREAK_AFTER = new Set(["-", "\u2010", "\u2013", "\u2014"]);

/**
 * Greedy word wrap of one paragraph (no newlines) to `width` columns.
 *
 * Returns offsets instead of strings so that search hits and quotation spans,
 * which are offsets into the same text, can be drawn onto the wrapped lines.
 * Lines break at spaces (which are dropped at the break) or after a dash
 * inside a word; a word wider than the line is cut at a grapheme boundary.
 * An empty paragraph is one empty line.
 */
export function wrap(text: string, width: number): LineSpan[] {
	const columns = Math.max(1, Math.floor(width));
	const lines: LineSpan[] = [];
	let lineStart = -1; // -1: skipping spaces before the next line
	let lineWidth = 0;
	// The latest place this line may end, where the next one resumes, and the
	// width of what lies before the resume point.
	let breakEnd = -1;
	let breakResume = -1;
	let widthAtResume = 0;
	let previous = "";

	for (const { index, text: char, width: charWidth } of graphemes(text)) {
		if (char === " ") {
			if (lineStart < 0) continue;
			if (lineWidth + 1 > columns) {
				lines.push({ start: lineStart, end: trimEnd(text, lineStart, index) });
				lineStart = -1;
				lineWidth = 0;
				breakEnd = -1;
				continue;
			}
			if (previous !== " ") breakEnd = index;
			breakResume = index + 1;
			lineWidth += 1;
			widthAtResume = lineWidth;
			previous = char;
			continue;
		}
		if (lineStart < 0) {
			lineStart = index;
			lineWidth = 0;
			breakEnd = -1;
		}
		if (lineWidth + charWidth > columns && lineWidth > 0) {
			if (breakEnd > lineStart) {
				lines.push({ start: lineStart, end: trimEnd(text, lineStart, breakEnd) });
				lineStart = breakResume;
				lineWidth -= widthAtResume;
				// What follows the break may still not leave room for this character.
				if (lineWidth > 0 && lineWidth + charWidth > columns) {
					lines.push({ start: lineStart, end: index });
					lineStart = index;
					lineWidth = 0;
				}
			} else {
				lines.push({ start: lineStart, end: index });
				lineStart = index;
				lineWidth = 0;
			}
			breakEnd = -1;
		}
		lineWidth += charWidth;
		if (BREAK_AFTER.has(char) && /\p{L}/u.test(previous)) {
			breakEnd = index + char.length;
			breakResume = breakEnd;
			widthAtResume = lineWidth;
		}
		previous = char;
	}
	if (lineStart >= 0) {
		lines.push({ start: lineStart, end: trimEnd(text, lineStart, text.length) });
	}
	if (lines.length === 0) lines.push({ start: 0, end: 0 });
	return lines;
}

function trimEnd(text: string, start: number, end: number): number {
	let cut = end;
	while (cut > start && text[cut - 1] === " ") cut--;
	return cut;
}
