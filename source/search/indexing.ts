import { inBackground, type Task } from "../background.js";
import type { Corpus } from "../corpus/corpus.js";
import type { QuoteSource } from "../corpus/quote-source.js";
import { SearchIndexBuilder } from "./builder.js";
import type { SearchIndex } from "./index.js";

/** A search index being built in the background; subscribers hear of progress and completion. */
export interface Indexing {
	readonly index: SearchIndex | undefined;
	/** 0 to 1. */
	readonly progress: number;
	subscribe(listener: () => void): () => void;
}

/**
 * Builds the index in short slices between which the event loop runs, so
 * that the first screen is not delayed and keys are answered meanwhile.
 */
export function startIndexing(
	corpus: Corpus,
	quotes?: QuoteSource,
	run: (task: Task) => void = inBackground,
): Indexing {
	const builder = new SearchIndexBuilder(corpus, quotes);
	const listeners = new Set<() => void>();
	let index: SearchIndex | undefined;
	let lastReported = -1;
	const notify = () => {
		for (const listener of listeners) listener();
	};
	run((deadline) => {
		const done = builder.step(Math.max(0, deadline - performance.now()));
		if (done) {
			index = builder.finish();
			notify();
			return true;
		}
		// Progress is shown in whole percent; no need to re-render more often.
		const percent = Math.floor(builder.progress * 100);
		if (percent !== lastReported) {
			lastReported = percent;
			notify();
		}
		return false;
	});
	return {
		get index() {
			return index;
		},
		get progress() {
			return index ? 1 : builder.progress;
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
	};
}
