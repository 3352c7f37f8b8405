import { splitSentences } from "../text/sentences.js";
import type { LineSpan } from "../text/wrap.js";
import type { QuoteSpan } from "./marks.js";

/**
 * A paragraph as the words around its quotations: each quotation stands as
 * one token, so that a verb or a name inside quoted words is never taken
 * for the attribution, and sentences are cut where the words around the
 * quotations end a sentence (a quotation that ends with a full stop ends
 * its sentence only when what follows starts a new one).
 */

export type TokenKind = "word" | "punct" | "quote";

export interface FrameToken {
	readonly kind: TokenKind;
	/** As written; for a quotation, its opening mark (the words inside are not the frame's). */
	readonly text: string;
	/** Lower case, for words. */
	readonly lower: string;
	readonly start: number;
	readonly end: number;
	/** For a quotation: its index among the paragraph's outermost spans. */
	readonly span: number;
	/** The index of its sentence in the paragraph. */
	readonly sentence: number;
}

export interface Frame {
	readonly text: string;
	readonly tokens: readonly FrameToken[];
	/** For each outermost span, the index of its token. */
	readonly quoteTokens: readonly number[];
	/** Token index ranges [first, last) of the sentences. */
	readonly sentences: readonly (readonly [number, number])[];
}

// A word with inner apostrophes, hyphens, the dots of abbreviations (U.S., D-Ore.) and the
// ampersand of a company's initials (P&G, AT&T), or a mark.
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}’'-]|\.(?=[\p{L}\p{N}])|&(?=\p{Lu}))*|\S/gu;
// Words whose full stop belongs to them.
const ABBREVIATION =
	/^(?:mr|mrs|ms|dr|prof|sen|sens|rep|reps|gov|gen|lt|sgt|capt|col|cmdr|adm|rev|st|jr|sr|no|vs|inc|corp|co|ltd|jan|feb|aug|sept|sep|oct|nov|dec|pres|atty|supt|det|insp|maj|pvt|cpl|[a-z]|[a-z](?:\.[a-z])+|[a-z]+-[a-z](?:\.[a-z])*)$/i;

/** The frame of a paragraph whose outermost quotation spans are `spans`. */
export function frameOf(text: string, spans: readonly QuoteSpan[]): Frame {
	const masked = maskQuotes(text, spans);
	const bounds = splitSentences(masked).map((sentence) => sentence.start);
	const tokens: FrameToken[] = [];
	const quoteTokens: number[] = [];
	let sentence = 0;
	let spanIndex = 0;
	let index = 0;
	const sentenceAt = (offset: number) => {
		while (sentence + 1 < bounds.length && (bounds[sentence + 1] as number) <= offset) sentence++;
		return sentence;
	};
	while (index < text.length) {
		const span = spans[spanIndex];
		if (span && index >= span.open) {
			const end = spanEnd(text, span);
			quoteTokens.push(tokens.length);
			tokens.push({
				kind: "quote",
				text: text.slice(span.open, span.start),
				lower: "",
				start: span.open,
				end,
				span: spanIndex,
				sentence: sentenceAt(span.open),
			});
			spanIndex++;
			index = end;
			continue;
		}
		const limit = span ? span.open : text.length;
		TOKEN.lastIndex = index;
		const match = TOKEN.exec(text);
		if (!match || match.index >= limit) {
			index = limit;
			continue;
		}
		const at = match.index;
		let found = match[0];
		if (at + found.length > limit) found = found.slice(0, limit - at);
		if (found.length > 1 || /[\p{L}\p{N}]/u.test(found)) {
			if (text[at + found.length] === "." && at + found.length < limit && ABBREVIATION.test(found))
				found += ".";
			tokens.push({
				kind: "word",
				text: found,
				// Most words are lower case already: no second string for them.
				lower: /[\p{Lu}’]/u.test(found) ? found.toLowerCase().replace(/’/g, "'") : found,
				start: at,
				end: at + found.length,
				span: -1,
				sentence: sentenceAt(at),
			});
		} else {
			tokens.push({
				kind: "punct",
				text: found,
				lower: found,
				start: at,
				end: at + 1,
				span: -1,
				sentence: sentenceAt(at),
			});
		}
		index = at + found.length;
	}
	const sentences: [number, number][] = [];
	for (const [position, token] of tokens.entries()) {
		const last = sentences.at(-1);
		if (last && (tokens[last[0]] as FrameToken).sentence === token.sentence) last[1] = position + 1;
		else sentences.push([position, position + 1]);
	}
	return { text, tokens, quoteTokens, sentences };
}

/**
 * A paragraph's words outside its quotations, cheaply, for finding the
 * names it mentions: the text with each quotation blanked out (same
 * length) and its sentences, the same as a frame's.
 */
export function outsideQuotes(
	text: string,
	spans: readonly QuoteSpan[],
): { blanked: string; sentences: LineSpan[] } {
	const sentences = splitSentences(maskQuotes(text, spans));
	if (spans.length === 0) return { blanked: text, sentences };
	const parts: string[] = [];
	let kept = 0;
	for (const span of spans) {
		if (span.open < kept) continue;
		const end = spanEnd(text, span);
		parts.push(text.slice(kept, span.open), " ".repeat(end - span.open));
		kept = end;
	}
	parts.push(text.slice(kept));
	return { blanked: parts.join(""), sentences };
}

/** Where a quotation ends: after its closing mark, or at the end of a paragraph it runs on from. */
function spanEnd(text: string, span: QuoteSpan): number {
	return span.close < 0 ? text.length : span.close + markLength(text, span.close);
}

function markLength(text: string, close: number): number {
	return text[close] === "'" && text[close + 1] === "'" ? 2 : 1;
}

/**
 * The text with each quotation's words blanked out (same length), keeping
 * its marks as straight quotes and its last full stop, question or
 * exclamation mark: the sentences of what is around the quotations.
 */
function maskQuotes(text: string, spans: readonly QuoteSpan[]): string {
	const parts: string[] = [];
	let kept = 0;
	for (const span of spans) {
		if (span.open < kept) continue;
		parts.push(text.slice(kept, span.open));
		const openLength = span.start - span.open;
		parts.push('"'.repeat(openLength));
		const inner = text.slice(span.start, span.end);
		const trimmed = inner.trimEnd();
		const last = trimmed.at(-1);
		const ends = last !== undefined && ".!?".includes(last);
		// The first letter is kept, for a sentence to be seen to start with the quotation.
		const body = trimmed.length - (ends ? 1 : 0);
		if (body > 0) parts.push(trimmed[0] as string, "_".repeat(body - 1));
		if (ends) parts.push(last as string);
		parts.push(" ".repeat(inner.length - trimmed.length));
		if (span.close < 0) {
			kept = text.length;
			break;
		}
		const closeLength = markLength(text, span.close);
		parts.push('"'.repeat(closeLength));
		kept = span.close + closeLength;
	}
	parts.push(text.slice(kept));
	return parts.join("");
}
