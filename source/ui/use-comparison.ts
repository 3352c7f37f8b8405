import { useEffect, useSyncExternalStore } from "react";
import type { Corpus, Story } from "../corpus/corpus.js";
import { compareSoon, comparisonProgress, displayedComparison } from "../quotes/comparisons.js";

/**
 * Whether the sources of a story are compared yet. A long story's are
 * compared in the background once asked for; what depends on them says
 * so meanwhile, and is drawn again when they are.
 */
export function useComparison(corpus: Corpus, story: Story | undefined): boolean {
	const ready = useSyncExternalStore(
		comparisonProgress.subscribe,
		() => !story || displayedComparison(corpus, story) !== null,
	);
	useEffect(() => {
		if (story && !ready) compareSoon(corpus, story);
	}, [corpus, story, ready]);
	return ready;
}
