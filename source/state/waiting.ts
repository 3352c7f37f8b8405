import type { Corpus } from "../corpus/corpus.js";
import { comparedYet } from "../quotes/match.js";
import { foundQuotations } from "../quotes/quotations.js";
import type { Command } from "./keymap.js";
import type { State } from "./state.js";

/**
 * The state that keeps `command` until a long article's quotations are
 * found; null when they are in (a short article's are, before any key is reduced).
 */
export function awaitQuotations(
	state: State,
	command: Command,
	corpus: Corpus,
	article: number,
): State | null {
	const item = corpus.articles[article];
	if (!item || foundQuotations(item) !== null) return null;
	return {
		...state,
		waiting: { command, for: { article } },
		notice: "finding the quotations of this article…",
	};
}

/**
 * The state that keeps `command` until the sources of a long story are
 * compared; null when they are (a short story's are, before any key is reduced).
 */
export function awaitComparison(
	state: State,
	command: Command,
	corpus: Corpus,
	story: number,
): State | null {
	const item = corpus.stories[story];
	if (!item || comparedYet(item) !== null) return null;
	return {
		...state,
		waiting: { command, for: { story } },
		notice: "matching quotations across the sources of this story…",
	};
}
