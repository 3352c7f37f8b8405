import type { Corpus } from "../corpus/corpus.js";
import { comparedYet, counterparts } from "../quotes/match.js";
import { type Hint, hintsFor, type KeyContext } from "./keymap.js";
import { navigableQuotes } from "./quotes.js";
import type { QuotationAt, State } from "./state.js";

/**
 * What the status bar says, from the state alone: the key hints of where
 * keys are read, the current search match, the focused quotation.
 */

/** The hints for `context`, with a finished search's and a focused quotation's keys first. */
export function statusHints(
	context: KeyContext,
	{ searching, quoting }: { searching: boolean; quoting: boolean },
	unicode: boolean,
): Hint[] {
	const leading = [
		...(searching ? hintsFor("found", unicode) : []),
		...(quoting ? hintsFor("quote", unicode) : []),
	];
	return [
		...leading,
		// A key the search or the quotation took is not shown with the pane's own meaning.
		...hintsFor(context, unicode).filter(
			(hint) => !leading.some((first) => first.keys === hint.keys),
		),
	];
}

/** Which quotation is focused, who said it, and whether other sources carry it (once the story is compared). */
export function quoteStatus(corpus: Corpus, focus: QuotationAt, compared: boolean): string | null {
	if (focus.quote === null) return "a sentence that carries the quotation";
	const quotes = navigableQuotes(corpus, focus.article);
	const position = quotes.findIndex((q) => q.index === focus.quote);
	const quote = quotes[position]?.quote;
	if (!quote) return null;
	const story = corpus.stories[corpus.storyOf[focus.article] ?? -1];
	const comparison = story && compared ? comparedYet(story) : null;
	const others =
		quote.kind === "statement" && comparison
			? counterparts(comparison, { article: focus.article, quote: focus.quote }).length
			: 0;
	const where =
		quote.kind === "term"
			? "a term"
			: !compared
				? "matching with other sources…"
				: others > 0
					? `in ${others} other source${others === 1 ? "" : "s"}`
					: "only here";
	return `quote ${position + 1}/${quotes.length} · ${quote.speaker ?? "speaker unknown"} · ${where}`;
}

export function matchStatus(
	total: number,
	visitable: number,
	current: number | null,
	corpus: Corpus,
	result: NonNullable<State["search"]["result"]>,
): string {
	const count = `${total}${visitable < total ? ` (first ${visitable})` : ""}`;
	if (current === null) return `${count} match${total === 1 ? "" : "es"}`;
	const id = result.matches[current];
	const source = id === undefined ? null : corpus.articles[result.passage(id).article]?.source;
	return `match ${current + 1}/${count}${source ? ` · ${source}` : ""}`;
}
