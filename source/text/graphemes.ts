import stringWidth from "string-width";
import { sanitize } from "./sanitize.js";

/** A user-perceived character: where it starts in the string, and its columns. */
export interface Grapheme {
	readonly index: number;
	readonly text: string;
	readonly width: number;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const widthCache = new Map<string, number>();

// Measured after sanitising, because that is what reaches the screen: an ESC
// is drawn as the one-column "␛", a bidi override as nothing.
function graphemeWidth(text: string): number {
	let width = widthCache.get(text);
	if (width === undefined) {
		width = stringWidth(sanitize(text));
		if (widthCache.size < 10_000) widthCache.set(text, width);
	}
	return width;
}

// Plain ASCII (the bulk of English news text) skips the segmenter: each code
// unit is a grapheme one column wide (controls become one-column pictures).
const NON_ASCII = /[^\u0000-\u007f]/;
// Nor does text whose only other characters are Latin letters without
// combining marks and common punctuation (curly quotes, dashes): each is
// one column and one grapheme too. Zero-width, joining and bidi characters
// are left out of this range, as are combining marks.
const NOT_SIMPLE = /[^\u0000-\u02ff\u2010-\u2027\u2030-\u205e\u20a0-\u20c0]/;

/** Iterates the graphemes of `text` with their display widths. */
export function* graphemes(text: string): Generator<Grapheme> {
	if (!NOT_SIMPLE.test(text)) {
		for (let index = 0; index < text.length; index++) {
			yield { index, text: text[index] as string, width: 1 };
		}
		return;
	}
	for (const { segment, index } of segmenter.segment(text)) {
		yield { index, text: segment, width: graphemeWidth(segment) };
	}
}

/** Display width in columns, as the sanitised text will occupy it. */
export function displayWidth(text: string): number {
	if (!NON_ASCII.test(text)) return text.length;
	let width = 0;
	for (const grapheme of graphemes(text)) width += grapheme.width;
	return width;
}
