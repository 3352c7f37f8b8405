import type { Corpus } from "../corpus/corpus.js";
import { type Analysis, doneYet, settle } from "../quotes/analysis.js";
import { shownArticle } from "./navigation.js";
import { type Action, reduce } from "./reducer.js";
import type { State } from "./state.js";

/**
 * What an action does, from the outside in. The reducer only reads what
 * is known of quotations and comparisons; here, outside any reduce or
 * render, a short article's quotations (or a short story's comparison)
 * that the new state shows or waits for are worked out at once, and the
 * action reduced again with them known. A long one stays waited for and is
 * worked through in the background (ui/use-waiting.ts).
 */
export function act(state: State, action: Action, corpus: Corpus): State {
	let next = reduce(state, action, corpus);
	// Reduced again at most twice: the second pass may show one more article (m, n across sources).
	for (let pass = 0; pass < 2 && settleShown(next, corpus); pass++)
		next = reduce(state, action, corpus);
	return next;
}

/** A state as the reader first shows it: what it shows worked out, when short. */
export function settled(state: State, corpus: Corpus): State {
	settleShown(state, corpus);
	return state;
}

/** Works out the short analyses `state` shows or waits for; true if any was not done before. */
function settleShown(state: State, corpus: Corpus): boolean {
	let found = false;
	for (const what of shownAnalyses(state, corpus)) if (!doneYet(what) && settle(what)) found = true;
	return found;
}

function* shownAnalyses(state: State, corpus: Corpus): Generator<Analysis, void, void> {
	const shown = shownArticle(state, corpus);
	const article = shown === undefined ? undefined : corpus.articles[shown];
	if (article) yield { article };
	const waitingFor = state.waiting?.for;
	if (waitingFor && "article" in waitingFor) {
		const item = corpus.articles[waitingFor.article];
		if (item) yield { article: item };
	}
	const stories = [
		waitingFor && "story" in waitingFor ? waitingFor.story : undefined,
		// The status line tells where else a focused quotation is carried.
		state.quotation ? corpus.storyOf[state.quotation.article] : undefined,
	];
	for (const index of stories) {
		const story = index === undefined ? undefined : corpus.stories[index];
		if (story) yield { corpus, story };
	}
}
