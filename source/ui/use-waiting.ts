import { useEffect } from "react";
import type { Corpus } from "../corpus/corpus.js";
import { compareSoon, comparisonProgress } from "../quotes/comparisons.js";
import { comparedYet } from "../quotes/match.js";
import { findQuotationsSoon, quotationProgress, quotationsFoundYet } from "../quotes/quotations.js";
import type { Waiting } from "../state/state.js";

/**
 * Starts the background work a waiting key needs, and calls `done` once
 * that work is finished, for the key to be carried out.
 */
export function useWaiting(corpus: Corpus, waiting: Waiting | null, done: () => void) {
	useEffect(() => {
		if (!waiting) return;
		const target = waiting.for;
		const story = "story" in target ? corpus.stories[target.story] : undefined;
		const article = "article" in target ? corpus.articles[target.article] : undefined;
		const finished = () =>
			story ? comparedYet(story) !== null : !article || quotationsFoundYet(article);
		const heard = () => {
			if (finished()) done();
		};
		const unsubscribe = [quotationProgress.subscribe(heard), comparisonProgress.subscribe(heard)];
		if (story) compareSoon(corpus, story);
		else if (article) findQuotationsSoon(article);
		// It may have finished between the key and now, with no one listening.
		heard();
		return () => {
			for (const stop of unsubscribe) stop();
		};
	}, [corpus, waiting, done]);
}
