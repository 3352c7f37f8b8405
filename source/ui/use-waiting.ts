import { useEffect } from "react";
import type { Corpus } from "../corpus/corpus.js";
import { type Analysis, analysisProgress, doneYet, want } from "../quotes/analysis.js";
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
		const what: Analysis | undefined = story ? { corpus, story } : article && { article };
		const heard = () => {
			if (!what || doneYet(what)) done();
		};
		const unsubscribe = analysisProgress.subscribe(heard);
		if (what) want(what);
		// It may have finished between the key and now, with no one listening.
		heard();
		return unsubscribe;
	}, [corpus, waiting, done]);
}
