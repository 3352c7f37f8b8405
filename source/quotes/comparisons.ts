import { inBackground, stepUntil, type Task } from "../background.js";
import type { Corpus, Story } from "../corpus/corpus.js";
import { comparedYet, compareStory, comparisonSteps, type StoryComparison } from "./match.js";
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
 * A story's comparison if it is worked out, or cheap enough to work out
 * now; null while a long story's is worked through (see compareSoon).
 */
export function displayedComparison(corpus: Corpus, story: Story): StoryComparison | null {
	const known = comparedYet(story);
	if (known) return known;
	if (storyLength(corpus, story) <= AT_ONCE_CHARS) return compareStory(corpus, story);
	return null;
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
