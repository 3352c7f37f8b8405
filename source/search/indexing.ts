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

/** Where an index built once is kept for the next run (the library), and read back from. */
export interface IndexStore {
	load(): SearchIndex | null;
	/** Keeps it; why it could not, or null. */
	save(index: SearchIndex): string | null;
}

/** The index from `store` if it has one, else built now and given to it. */
export function searchIndexFrom(store: IndexStore | null, build: () => SearchIndex): SearchIndex {
	const kept = store?.load();
	if (kept) return kept;
	const index = build();
	store?.save(index);
	return index;
}

/**
 * Builds the index in short slices between which the event loop runs, so
 * that the first screen is not delayed and keys are answered meanwhile. An
 * index kept from an earlier run is read back instead, in the first slice;
 * one built is kept once done.
 */
export function startIndexing(
	corpus: Corpus,
	quotes?: QuoteSource,
	run: (task: Task) => void = inBackground,
	store: IndexStore | null = null,
): Indexing {
	const builder = new SearchIndexBuilder(corpus, quotes);
	let asked = store === null;
	const listeners = new Set<() => void>();
	let index: SearchIndex | undefined;
	let lastReported = -1;
	const notify = () => {
		for (const listener of listeners) listener();
	};
	run((deadline) => {
		if (!asked) {
			asked = true;
			index = store?.load() ?? undefined;
			if (index) {
				notify();
				return true;
			}
		}
		const done = builder.step(Math.max(0, deadline - performance.now()));
		if (done) {
			index = builder.finish();
			store?.save(index);
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
