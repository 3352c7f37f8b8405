const listeners = new Set<() => void>();

/**
 * Hears of every analysis finished: an article's quotations found, a
 * story's sources compared. One list for both, so that whoever waits for
 * either listens in one place.
 */
export const analysisProgress = {
	subscribe(listener: () => void): () => void {
		listeners.add(listener);
		return () => listeners.delete(listener);
	},
	/** Tells every listener that some analysis is done. */
	notify(): void {
		for (const listener of listeners) listener();
	},
};
