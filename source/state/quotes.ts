import type { Corpus } from "../corpus/corpus.js";
import { paragraphOfBlock } from "../layout/blocks.js";
import type { Geometry } from "../layout/geometry.js";
import { layoutDocument } from "../layout/layouts.js";
import { anchorAt, lineAt, move, topOf } from "../layout/position.js";
import type { Quote } from "../quotes/extract.js";
import { comparedYet, counterparts, foundQuotesOf } from "../quotes/match.js";
import type { Command } from "./keymap.js";
import { anchorOf, goTo, shownArticle } from "./navigation.js";
import { forget, remember, returnTo, snapshot } from "./returns.js";
import type { QuotationAt, State, Trail } from "./state.js";
import { awaitComparison, awaitQuotations } from "./waiting.js";

/**
 * Quotations ] and [ visit: those in the story's own text, not in captions
 * or boilerplate. Kept for the article's quotations: the status line asks
 * on every key, and a long article has thousands.
 */
export function navigableQuotes(
	corpus: Corpus,
	article: number,
): readonly { quote: Quote; index: number }[] {
	const quotes = foundQuotesOf(corpus, article);
	let navigable = navigableKept.get(quotes);
	if (!navigable) {
		const paragraphs = corpus.articles[article]?.paragraphs ?? [];
		navigable = quotes
			.map((quote, index) => ({ quote, index }))
			.filter(({ quote }) => paragraphs[quote.paragraph]?.kind === "text");
		navigableKept.set(quotes, navigable);
	}
	return navigable;
}

const navigableKept = new WeakMap<readonly Quote[], readonly { quote: Quote; index: number }[]>();

export function atQuote(article: number, index: number, quote: Quote): QuotationAt {
	return { article, quote: index, paragraph: quote.paragraph, start: quote.start, end: quote.end };
}

function show(state: State, focus: QuotationAt, geometry: Geometry, corpus: Corpus): State {
	return { ...goTo(state, focus, geometry, corpus), quotation: focus };
}

/** ] and [: the next or previous quotation of the article shown, from the focused one or the reading position. */
function stepQuote(state: State, direction: 1 | -1, geometry: Geometry, corpus: Corpus): State {
	const article = shownArticle(state, corpus);
	if (article === undefined) return state;
	const command = direction === 1 ? "nextQuote" : "previousQuote";
	const waiting = awaitQuotations(state, command, corpus, article);
	if (waiting) return waiting;
	const quotes = navigableQuotes(corpus, article);
	if (quotes.length === 0) return { ...state, notice: "no quotations in this article" };
	const current = state.quotation?.article === article ? state.quotation.quote : null;
	const item = corpus.articles[article];
	let next: (typeof quotes)[number] | undefined;
	if (current !== null) {
		next =
			direction === 1
				? quotes.find((q) => q.index > current)
				: quotes.findLast((q) => q.index < current);
	} else if (item) {
		// From the screen: ] takes the first quotation on it (or below), [ the last (or above).
		const layout = layoutDocument(item, geometry.textWidth);
		const top = topOf(layout, anchorOf(state, article), geometry.bodyRows);
		const bottom = move(layout, top, geometry.bodyRows - 1);
		const edge = anchorAt(layout, direction === 1 ? top : bottom);
		const paragraph = paragraphOfBlock(item, edge.block);
		const offset = direction === 1 ? edge.offset : (lineAt(layout, bottom)?.end ?? edge.offset);
		const after = (q: Quote) =>
			q.paragraph > paragraph || (q.paragraph === paragraph && q.end > offset);
		const before = (q: Quote) =>
			q.paragraph < paragraph || (q.paragraph === paragraph && q.start < offset);
		next =
			direction === 1
				? quotes.find((q) => after(q.quote))
				: quotes.findLast((q) => before(q.quote));
	}

	if (!next)
		return {
			...state,
			notice: direction === 1 ? "no more quotations below" : "no more quotations above",
		};
	return {
		...dropTrail(show(state, atQuote(article, next.index, next.quote), geometry, corpus)),
	};
}

/**
 * m: the focused quotation (or the first on screen) in another source of
 * the story; again: the next counterpart, round and round.
 */
function matchQuote(state: State, geometry: Geometry, corpus: Corpus): State {
	const { trail } = state;
	if (trail && trail.targets.length > 0) {
		const index = (trail.index + 1) % trail.targets.length;
		const target = trail.targets[index];
		if (!target) return state;
		return {
			...show(state, target.focus, geometry, corpus),
			trail: { ...trail, index },
			notice: trailNotice(corpus, trail.targets, index),
		};
	}
	let focus = state.quotation;
	const article = shownArticle(state, corpus);
	if (article === undefined) return state;
	const quotationsWaiting = awaitQuotations(state, "matchQuote", corpus, article);
	if (quotationsWaiting) return quotationsWaiting;
	if (!focus || focus.quote === null || focus.article !== article) {
		const first = stepQuote({ ...state, quotation: null }, 1, geometry, corpus);
		if (!first.quotation) return { ...state, notice: "no quotation here: ] goes to the next one" };
		state = first;
		focus = first.quotation;
	}
	if (!focus || focus.quote === null) return state;
	const storyIndex = corpus.storyOf[focus.article] ?? -1;
	const story = corpus.stories[storyIndex];
	const quote = foundQuotesOf(corpus, focus.article)[focus.quote];
	if (!story || !quote) return state;
	if (quote.kind === "term")
		return { ...state, notice: "a term, not a statement: ] goes to the next quotation" };
	const comparisonWaiting = awaitComparison(state, "matchQuote", corpus, storyIndex);
	if (comparisonWaiting) return comparisonWaiting;
	const comparison = comparedYet(story);
	if (!comparison) return state;
	const found = counterparts(comparison, { article: focus.article, quote: focus.quote });
	if (found.length === 0) {
		const source = corpus.articles[focus.article]?.source ?? "this source";
		return { ...state, notice: `only in ${source}: no other source carries this statement` };
	}
	const targets = found.map(({ target, score, relation }) => ({
		focus:
			target.kind === "quote"
				? atQuote(
						target.ref.article,
						target.ref.quote,
						foundQuotesOf(corpus, target.ref.article)[target.ref.quote] as Quote,
					)
				: { ...target.ref, quote: null },
		score,
		relation,
	}));
	const origin = snapshot(state, focus);
	const moved = show(state, targets[0]?.focus as QuotationAt, geometry, corpus);
	return {
		...remember(forget(moved, "trail"), "trail", origin),
		trail: { from: { article: focus.article, quote: focus.quote }, targets, index: 0 },
		notice: trailNotice(corpus, targets, 0),
	};
}

function trailNotice(corpus: Corpus, targets: Trail["targets"], index: number): string {
	const target = targets[index];
	if (!target) return "";
	const source = corpus.articles[target.focus.article]?.source ?? "unknown source";
	const unquoted = target.focus.quote === null ? ", without quotation marks" : "";
	const more = targets.length > 1 ? ` (${index + 1}/${targets.length}, m for the next)` : "";
	return `${target.relation} ${target.score.toFixed(2)} in ${source}${unquoted}${more} · Esc: back`;
}

/** Leaves m's trail where the reader is, without going back to where it began. */
export function dropTrail(state: State): State {
	return { ...forget(state, "trail"), trail: null };
}

/** Esc after m: back to the quotation m started from. */
export function leaveTrail(state: State): State {
	if (!state.trail) return state;
	return { ...returnTo(state, "trail"), trail: null };
}

/** y: the focused quotation with its speaker and source, for the clipboard. */
function copyQuote(state: State, corpus: Corpus): State {
	const focus = state.quotation;
	if (!focus) return { ...state, notice: "no quotation chosen: ] goes to the next one" };
	const article = corpus.articles[focus.article];
	const text = article?.paragraphs[focus.paragraph]?.text.slice(focus.start, focus.end) ?? "";
	const quote =
		focus.quote === null ? undefined : foundQuotesOf(corpus, focus.article)[focus.quote];
	const who = [quote?.speaker, article?.source].filter(Boolean).join(", ");
	const copied = `${quote ? `“${text}”` : text}${who ? ` — ${who}` : ""}`;
	return {
		...state,
		clipboard: { text: copied, serial: (state.clipboard?.serial ?? 0) + 1 },
		notice: `copied: ${copied}`,
	};
}

export function reduceQuotes(
	state: State,
	command: Command,
	geometry: Geometry,
	corpus: Corpus,
): State {
	switch (command) {
		case "nextQuote":
			return stepQuote(state, 1, geometry, corpus);
		case "previousQuote":
			return stepQuote(state, -1, geometry, corpus);
		case "matchQuote":
			return matchQuote(state, geometry, corpus);
		case "copyQuote":
			return copyQuote(state, corpus);
		default:
			return state;
	}
}
