import type { TextSpan } from "./article.js";

/**
 * Where an article's quotations are found, for whoever needs their places
 * (the search index's quotes scope) without depending on how they are found:
 * the quotations module provides it, the search index reads it.
 */
export interface QuoteSource {
	/** Works on an article's quotations until `deadline` (performance.now()); true once they are found. */
	readonly ready: (article: number, deadline: number) => boolean;
	/** The quotations' places in the article (its index in the corpus). */
	readonly passages: (article: number) => readonly TextSpan[];
}

/** No quotations at all: a search index without the quotes scope. */
export const NO_QUOTES: QuoteSource = { ready: () => true, passages: () => [] };
