import type { Corpus } from "../corpus/corpus.js";
import { displayedComparison } from "../quotes/comparisons.js";
import { displayedQuotations } from "../quotes/quotations.js";
import type { Command } from "./keymap.js";
import type { State } from "./state.js";

/**
 * The state that keeps `command` until a long article's quotations are
 * found; null when they are in, or few enough to find at once.
 */
export function awaitQuotations(
	state: State,
	command: Command,
	corpus: Corpus,
	article: number,
): State | null {
	const item = corpus.articles[article];
	if (!item || displayedQuotations(item) !== null) return null;
	return {
		...state,
		waiting: { command, for: { article } },
		notice: "finding the quotations of this article…",
	};
}

/**
 * The state that keeps `command` until the sources of a long story are
 * compared; null when they are, or short enough to compare at once.
 */
export function awaitComparison(
	state: State,
	command: Command,
	corpus: Corpus,
	story: number,
): State | null {
	const item = corpus.stories[story];
	if (!item || displayedComparison(corpus, item) !== null) return null;
	return {
		...state,
		waiting: { command, for: { story } },
		notice: "matching quotations across the sources of this story…",
	};
}
