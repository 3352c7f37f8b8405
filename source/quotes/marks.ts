import { runToEnd } from "../background.js";

/**
 * Finds the quotation marks of a paragraph and pairs them into spans, in
 * every convention outlets use: curly and straight double quotes, two
 * apostrophes for one (''…'', common in archives), backticks and apostrophes
 * (``…''), guillemets («…», »…«, ‹…›), low-high German marks („…“) and
 * single marks in British style (‘…’, '…'). Apostrophes (don’t, Bloomberg’s,
 * the ’90s) and inch signs (a 6" pipe) are told apart from quotation marks.
 */

export interface QuoteSpan {
	/** Index of the opening mark. */
	readonly open: number;
	/** Index of the closing mark, or -1 when the quote runs on to the next paragraph. */
	readonly close: number;
	/** The quoted text: paragraph text [start, end); end is the text's length for a quote that runs on. */
	readonly start: number;
	readonly end: number;
	/** "double" for “…”, "…", ''…'' and guillemets; "single" for ‘…’, '…' and ‹…›. */
	readonly mark: "double" | "single";
	/** Nested inside another quote of this paragraph. */
	readonly nested: boolean;
}

type Mark = "double" | "single";

const LETTER = /[\p{L}\p{N}]/u;
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/:;,]/u;

function isLetter(char: string | undefined): boolean {
	return char !== undefined && LETTER.test(char);
}

function isSpace(char: string | undefined): boolean {
	return char === undefined || /\s/.test(char);
}

/** A mark of `length` characters at `index` can open a quote: after a space or an opening, before a word. */
function opensHere(text: string, index: number, length: number): boolean {
	const before = text[index - 1];
	const after = text[index + length];
	return (
		(before === undefined ||
			OPENING_CONTEXT.test(before) ||
			before === "“" ||
			before === "‘" ||
			before === "«" ||
			before === '"') &&
		after !== undefined &&
		!/\s/.test(after)
	);
}

/**
 * A straight mark with no space before it that can only open: nothing waits
 * to be closed and a word follows (`waxed poetic about"joint operations`,
 * `authorities."We were deceived`), a space lost in the copy.
 */
function gluedOpening(text: string, index: number, length: number): boolean {
	return /[\p{L}.,;:!?]/u.test(text[index - 1] ?? "") && /\p{L}/u.test(text[index + length] ?? "");
}

/** A mark of `length` characters at `index` can close a quote: after a word, not before a letter. */
function closesHere(text: string, index: number, length: number): boolean {
	return !isSpace(text[index - 1]) && !isLetter(text[index + length]);
}

interface Open {
	readonly index: number;
	readonly length: number;
	readonly mark: Mark;
	/** The characters that close it (”, «, ’ …): a straight mark closes what a straight mark opened. */
	readonly closers: string;
}

/** The quotation spans of one paragraph, in order of their opening marks. */
export function findQuoteSpans(text: string): QuoteSpan[] {
	return runToEnd(quoteSpansStepwise(text));
}

// Characters looked at between pauses.
const CHARS_PER_STEP = 8192;

const STRAIGHT = "\"'";

/** findQuoteSpans, pausing (yielding) every few thousand characters of a very long paragraph. */
export function* quoteSpansStepwise(text: string): Generator<void, QuoteSpan[], void> {
	const spans: QuoteSpan[] = [];
	const stack: Open[] = [];
	const openOf = (mark: Mark) => stack.findLast((open) => open.mark === mark);
	const push = (index: number, length: number, mark: Mark, closers: string) =>
		stack.push({ index, length, mark, closers });
	const close = (target: Open, index: number) => {
		// Close it, and any quote opened inside it and left open.
		while (stack.length > 0) {
			const open = stack.pop() as Open;
			if (open === target) {
				spans.push({
					open: open.index,
					close: index,
					start: open.index + open.length,
					end: index,
					mark: open.mark,
					nested: stack.length > 0,
				});
				return;
			}
		}
	};
	/** The innermost open quote of `mark` that `char` can close. */
	const closable = (mark: Mark, char: string) => {
		const open = openOf(mark);
		return open?.closers.includes(char) ? open : undefined;
	};
	for (let index = 0; index < text.length; index++) {
		if (index % CHARS_PER_STEP === CHARS_PER_STEP - 1) yield;
		const char = text[index] as string;
		switch (char) {
			case "“": {
				// „…“ (German) closes with “; elsewhere “ opens, except where it can
				// only close: after a word and before a space, it is a mistyped ” (a
				// common slip of word processors' smart quotes).
				const open =
					closable("double", "“") ?? (opensHere(text, index, 1) ? undefined : openOf("double"));
				if (open && closesHere(text, index, 1)) close(open, index);
				else push(index, 1, "double", '”"');
				break;
			}
			case "„":
				push(index, 1, "double", "“”");
				break;
			case "”": {
				const open = closable("double", "”");
				if (open) close(open, index);
				break;
			}
			case "«": {
				const open = closable("double", "«");
				if (open && closesHere(text, index, 1)) close(open, index);
				else push(index, 1, "double", "»");
				break;
			}
			case "»": {
				const open = closable("double", "»");
				if (open) close(open, index);
				else if (opensHere(text, index, 1)) push(index, 1, "double", "«");
				break;
			}
			case "‹":
				push(index, 1, "single", "›");
				break;
			case "›": {
				const open = closable("single", "›");
				if (open) close(open, index);
				break;
			}
			case "`": {
				// ``…'' (TeX and archive style) or `…' for a single quote.
				const double = text[index + 1] === "`";
				if (double) {
					push(index, 2, "double", "'\"”");
					index++;
				} else if (opensHere(text, index, 1)) push(index, 1, "single", "'’");
				break;
			}
			case '"':
				straightDouble(index, 1);
				break;
			case "'":
				// ''…'quoted inside''': a single quote closes first, then the double.
				if (text[index + 1] === "'" && text[index + 2] === "'" && closable("single", "'")) {
					single(index, char);
					straightDouble(index + 1, 2);
					index += 2;
				} else if (text[index + 1] === "'") {
					// Two apostrophes stand for a double quotation mark.
					straightDouble(index, 2);
					index++;
				} else single(index, char);
				break;
			case "‘":
				// ‘90s is an elided year, not a quote.
				if (/^\d\ds\b/.test(text.slice(index + 1, index + 4))) break;
				if (opensHere(text, index, 1) || !isLetter(text[index - 1])) push(index, 1, "single", "’'");
				break;
			case "’":
				single(index, char);
				break;
			default:
		}
	}

	function straightDouble(index: number, length: number) {
		const char = length === 2 ? "'" : '"';
		const open = closable("double", char);
		const before = text[index - 1];
		// An inch sign: 6" or 12" after a number, when no quote is waiting for it.
		if (length === 1 && before !== undefined && /\d/.test(before) && !open) return;
		if (open && (closesHere(text, index, length) || !opensHere(text, index, length)))
			close(open, index);
		else if (opensHere(text, index, length) || (!open && gluedOpening(text, index, length)))
			push(index, length, "double", `${STRAIGHT}”`);
	}

	function single(index: number, char: string) {
		const open = closable("single", char);
		if (open && closesHere(text, index, 1)) close(open, index);
		else if (
			char === "'" &&
			opensHere(text, index, 1) &&
			!isLetter(text[index - 1]) &&
			!/^\d\ds\b/.test(text.slice(index + 1, index + 4)) &&
			hasClosingSingle(text, index + 1)
		) {
			push(index, 1, "single", "'’");
		}
	}

	// A double quote still open at the end runs on into the next paragraph, and so
	// does a single one that opens the paragraph or follows "wrote:" (British
	// style); any other stray single quote was an apostrophe after all.
	for (const [position, open] of stack.entries()) {
		const lead = text.slice(0, open.index).trimEnd();
		const runsOn =
			open.mark === "double"
				? !stack.slice(0, position).some((o) => o.mark === "double")
				: position === 0 && (lead === "" || /[:,]$/.test(lead));
		if (runsOn) {
			spans.push({
				open: open.index,
				close: -1,
				start: open.index + open.length,
				end: text.length,
				mark: open.mark,
				nested: position > 0,
			});
		}
	}
	return spans.sort((a, b) => a.open - b.open);
}

/** Whether a single mark after `from` could close a quote opened just before it. */
function hasClosingSingle(text: string, from: number): boolean {
	for (let index = from; index < text.length; index++) {
		const char = text[index];
		if ((char === "'" || char === "’") && text[index + 1] !== "'" && closesHere(text, index, 1))
			return true;
	}
	return false;
}
