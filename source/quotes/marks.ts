import { runToEnd } from "../background.js";

/**
 * Finds the quotation marks of a paragraph and pairs them into spans,
 * telling quotation marks from apostrophes (don’t, Bloomberg’s, the ’90s)
 * and inch signs (a 6" pipe).
 */

export interface QuoteSpan {
	/** Index of the opening mark. */
	readonly open: number;
	/** Index of the closing mark, or -1 when the quote runs on to the next paragraph. */
	readonly close: number;
	/** "double" for “…” and "…", "single" for ‘…’ and '…'. */
	readonly mark: "double" | "single";
	/** Nested inside another quote of this paragraph. */
	readonly nested: boolean;
}

const LETTER = /[\p{L}\p{N}]/u;
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/:;,]/u;

function isLetter(char: string | undefined): boolean {
	return char !== undefined && LETTER.test(char);
}

function opensHere(text: string, index: number): boolean {
	const before = text[index - 1];
	const after = text[index + 1];
	return (
		(before === undefined || OPENING_CONTEXT.test(before) || before === "“" || before === "‘") &&
		after !== undefined &&
		!/\s/.test(after)
	);
}

function closesHere(text: string, index: number): boolean {
	const before = text[index - 1];
	const after = text[index + 1];
	return before !== undefined && !/\s/.test(before) && !isLetter(after);
}

interface Open {
	readonly index: number;
	readonly mark: "double" | "single";
}

/** The quotation spans of one paragraph, in order of their opening marks. */
export function findQuoteSpans(text: string): QuoteSpan[] {
	return runToEnd(quoteSpansStepwise(text));
}

// Characters looked at between pauses.
const CHARS_PER_STEP = 8192;

/** findQuoteSpans, pausing (yielding) every few thousand characters of a very long paragraph. */
export function* quoteSpansStepwise(text: string): Generator<void, QuoteSpan[], void> {
	const spans: QuoteSpan[] = [];
	const stack: Open[] = [];
	const isOpen = (mark: "double" | "single") => stack.some((open) => open.mark === mark);
	const close = (mark: "double" | "single", index: number) => {
		// Close the innermost open quote of this kind, and any opened inside it.
		while (stack.length > 0) {
			const open = stack.pop() as Open;
			if (open.mark === mark) {
				spans.push({ open: open.index, close: index, mark, nested: stack.length > 0 });
				return;
			}
		}
	};
	for (let index = 0; index < text.length; index++) {
		if (index % CHARS_PER_STEP === CHARS_PER_STEP - 1) yield;
		const char = text[index];
		switch (char) {
			case "“":
				stack.push({ index, mark: "double" });
				break;
			case "”":
				if (isOpen("double")) close("double", index);
				break;
			case '"': {
				const before = text[index - 1];
				// An inch sign: 6" or 12" after a number, when no quote is waiting for it.
				if (before !== undefined && /\d/.test(before) && !isOpen("double")) break;
				if (isOpen("double") && (closesHere(text, index) || !opensHere(text, index)))
					close("double", index);
				else if (opensHere(text, index)) stack.push({ index, mark: "double" });
				break;
			}
			case "‘":
				// ‘90s is an elided year, not a quote.
				if (/^\d\ds\b/.test(text.slice(index + 1, index + 4))) break;
				if (opensHere(text, index) || !isLetter(text[index - 1]))
					stack.push({ index, mark: "single" });
				break;
			case "’":
			case "'":
				if (isOpen("single") && closesHere(text, index)) close("single", index);
				else if (
					char === "'" &&
					opensHere(text, index) &&
					!isLetter(text[index - 1]) &&
					!/^\d\ds\b/.test(text.slice(index + 1, index + 4)) &&
					hasClosingSingle(text, index + 1)
				) {
					stack.push({ index, mark: "single" });
				}
				break;
			default:
		}
	}
	// A double quote still open at the end runs on into the next paragraph; a
	// stray single quote was an apostrophe after all.
	for (const open of stack) {
		if (open.mark === "double") {
			spans.push({ open: open.index, close: -1, mark: "double", nested: stack.indexOf(open) > 0 });
		}
	}
	return spans.sort((a, b) => a.open - b.open);
}

function hasClosingSingle(text: string, from: number): boolean {
	for (let index = from; index < text.length; index++) {
		if ((text[index] === "'" || text[index] === "’") && closesHere(text, index)) return true;
	}
	return false;
}
