import type { Article } from "../corpus/article.js";
import type { Corpus, Story } from "../corpus/corpus.js";
import { compareSoon, settleComparison } from "./comparisons.js";
import { comparedYet } from "./match.js";
import { analysisProgress } from "./progress.js";
import { findQuotationsSoon, quotationsFoundYet, settleQuotations } from "./quotations.js";

/**
 * What the reader may have to wait for, asked in one way: an article's
 * quotations, or the comparison of a story's sources. Short ones are
 * settled at once, outside any reduce or render (see state/act.ts); long
 * ones are worked through in the background, a slice at a time.
 */
export type Analysis =
	| { readonly article: Article }
	| { readonly corpus: Corpus; readonly story: Story };

/** Does it now when it is short; true when it is done. */
export function settle(what: Analysis): boolean {
	return "article" in what
		? settleQuotations(what.article)
		: settleComparison(what.corpus, what.story);
}

/** Whether it is done, without doing any of it. */
export function doneYet(what: Analysis): boolean {
	return "article" in what ? quotationsFoundYet(what.article) : comparedYet(what.story) !== null;
}

/** Asks for it in the background; analysisProgress tells when it is done. */
export function want(what: Analysis): void {
	if ("article" in what) findQuotationsSoon(what.article);
	else compareSoon(what.corpus, what.story);
}

export { analysisProgress };
