import type { LineSpan } from "./wrap.js";

// Words whose full stop does not end a sentence.
const ABBREVIATIONS = new Set(
	"mr mrs ms dr prof sr jr st mt ft gen gov sen rep rev sgt capt col lt no vs etc inc co corp ltd jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n a.m p.m e.g i.e".split(
		" ",
	),
);

/**
 * Splits a paragraph into sentences, as offsets into it. A sentence ends at
 * . ! or ? (with any closing quotes or brackets after it) followed by a space
 * and what may start a sentence; abbreviations such as "Dr." or "Nov." and
 * initials such as "J." do not end one.
 */
export function splitSentences(text: string): LineSpan[] {
	return [...sentenceSpans(text)];
}

/** splitSentences one sentence at a time, for a paragraph too long to split in one go. */
export function* sentenceSpans(text: string): Generator<LineSpan, void, void> {
	const boundary = /[.!?]+["”’')\]]*(?=\s+["“‘'([]{0,2}[\p{Lu}\p{N}])/gu;
	let start = skipSpaces(text, 0);
	for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
		const end = match.index + match[0].length;
		if (match[0].startsWith(".") && !endsSentence(text, start, match.index)) continue;
		yield { start, end };
		start = skipSpaces(text, end);
	}
	const last = text.trimEnd().length;
	if (start < last) yield { start, end: last };
}

function endsSentence(text: string, sentenceStart: number, dot: number): boolean {
	const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(sentenceStart, dot - 12), dot))?.[0] ?? "";
	if (word === "") return true;
	if (ABBREVIATIONS.has(word.toLowerCase())) return false;
	// Capital initials ("John F. Kennedy", "J.J. MacNab", "the F.B.I. agent").
	return !/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word);
}

function skipSpaces(text: string, from: number): number {
	let index = from;
	while (index < text.length && /\s/.test(text[index] as string)) index++;
	return index;
}
