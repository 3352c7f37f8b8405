import { inBackground, stepUntil, type Task } from "../background.js";
import type { Corpus, Story } from "../corpus/corpus.js";
import { comparedYet, compareStory, comparisonSteps } from "./match.js";
import { analysisProgress } from "./progress.js";
import { AT_ONCE_CHARS, textLength } from "./quotations.js";

const scheduled = new WeakSet<Story>();

function storyLength(corpus: Corpus, story: Story): number {
	let length = 0;
	for (const article of story.articles) {
		const item = corpus.articles[article];
		if (item) length += textLength(item);
	}
	return length;
}

/**
 * Compares a short story's sources now, before a key is reduced or a
 * screen drawn; a long story's are left to the background (compareSoon).
 * True when the comparison is there.
 */
export function settleComparison(corpus: Corpus, story: Story): boolean {
	if (comparedYet(story)) return true;
	if (storyLength(corpus, story) > AT_ONCE_CHARS) return false;
	compareStory(corpus, story);
	return true;
}

/**
 * Compares a story's sources in the background, a slice at a time between
 * which keys are answered, and tells analysisProgress when it is done.
 */
export function compareSoon(
	corpus: Corpus,
	story: Story,
	run: (task: Task) => void = inBackground,
) {
	if (comparedYet(story) || scheduled.has(story)) return;
	scheduled.add(story);
	const steps = comparisonSteps(corpus, story);
	run((deadline) => {
		if (!stepUntil(steps, deadline)) return false;
		scheduled.delete(story);
		analysisProgress.notify();
		return true;
	});
}
