/**
 * Which passages hold each word of the vocabulary: a list of passage ids per
 * word, in order. Built in memory, or read a word at a time from a snapshot
 * (see snapshot.ts), so that a search reads the lists of its words only.
 */
export interface Postings {
	/** How many words have a list. */
	readonly length: number;
	/** The passages holding word `word`, in order. */
	get(word: number): Int32Array;
}

/** Postings held as one array per word. */
export function postingsOf(lists: readonly Int32Array[]): Postings {
	return { length: lists.length, get: (word) => lists[word] ?? EMPTY };
}

const EMPTY = new Int32Array(0);
