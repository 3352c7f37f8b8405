import type { Article } from "../corpus/article.js";
import type { Corpus, Story } from "../corpus/corpus.js";
import { compareSoon, displayedComparison } from "./comparisons.js";
import { comparedYet } from "./match.js";
import { analysisProgress } from "./progress.js";
import { displayedQuotations, findQuotationsSoon, quotationsFoundYet } from "./quotations.js";

/**
 * What the reader may have to wait for, asked in one way: an article's
 * quotations, or the comparison of a story's sources. Short ones are done
 * at once when first shown; long ones in the background, a slice at a time.
 */
export type Analysis =
	| { readonly article: Article }
	| { readonly corpus: Corpus; readonly story: Story };

/** Whether it can be shown: done, or small enough to be done at once (and then done). */
export function shownYet(what: Analysis): boolean {
	return "article" in what
		? displayedQuotations(what.article) !== null
		: displayedComparison(what.corpus, what.story) !== null;
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
