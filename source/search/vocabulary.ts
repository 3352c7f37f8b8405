import Fuse, { type IFuseOptions } from "fuse.js";

/** A vocabulary word a query word stands for, and how closely it matches (1 = exactly). */
export interface Expansion {
	readonly word: number;
	readonly weight: number;
}

// A typo or two, more for longer words (fuse.js bitap: errors / length ≤ threshold).
export const WORD_THRESHOLD = 0.3;

/** Words this short match only as themselves or the start of a word. */
export const SHORT_WORD = 3;
const PREFIX_WEIGHT = 0.9;

const MATCH_OPTIONS: IFuseOptions<string> = {
	threshold: WORD_THRESHOLD,
	ignoreDiacritics: true,
	includeMatches: false,
};

function bigrams(word: string): Set<string> {
	const found = new Set<string>();
	for (let i = 0; i < word.length - 1; i++) found.add(word.slice(i, i + 2));
	return found;
}

/**
 * The distinct words of a corpus, and which of them a (possibly misspelled,
 * possibly unfinished) query word matches, as fuse.js judges it.
 *
 * Running fuse.js over a vocabulary of tens of thousands of words takes tens
 * of milliseconds a word, too slow for every keystroke. A word that fuse.js
 * can match within k errors shares all but at most 2k of the query word's
 * two-letter pieces (each edit breaks at most two), so only the words that
 * share enough pieces are given to fuse.js at all: the same answers, found
 * from a few hundred candidates.
 */
export class Vocabulary {
	readonly words: readonly string[];
	private readonly pieces = new Map<string, Int32Array>();
	private readonly shared: Uint16Array;
	private readonly cache = new Map<string, Expansion[]>();

	constructor(words: readonly string[]) {
		this.words = words;
		this.shared = new Uint16Array(words.length);
		const lists = new Map<string, number[]>();
		words.forEach((word, id) => {
			for (const piece of bigrams(word)) {
				let list = lists.get(piece);
				if (!list) {
					list = [];
					lists.set(piece, list);
				}
				list.push(id);
			}
		});
		for (const [piece, list] of lists) this.pieces.set(piece, Int32Array.from(list));
	}

	/** The words `term` matches, best first. */
	expand(term: string): Expansion[] {
		const cached = this.cache.get(term);
		if (cached) return cached;
		const found =
			term.length < 2 ? [] : term.length <= SHORT_WORD ? this.prefixed(term) : this.search(term);
		if (this.cache.size >= 1000) this.cache.clear();
		this.cache.set(term, found);
		return found;
	}

	/**
	 * A short word allows no typo (fuse.js would find it inside any longer
	 * word: "do" in "vendors"), so it matches itself and the words it begins.
	 */
	private prefixed(term: string): Expansion[] {
		const found: Expansion[] = [];
		const first = this.pieces.get(term.slice(0, 2));
		for (const id of first ?? []) {
			const word = this.words[id] as string;
			if (word.startsWith(term))
				found.push({ word: id, weight: word === term ? 1 : PREFIX_WEIGHT });
		}
		return found.sort((a, b) => b.weight - a.weight || a.word - b.word);
	}

	private search(term: string): Expansion[] {
		const termPieces = bigrams(term);
		const errors = Math.floor(WORD_THRESHOLD * term.length);
		const needed = Math.max(1, termPieces.size - 2 * errors);
		const { shared } = this;
		const touched: number[] = [];
		for (const piece of termPieces) {
			const list = this.pieces.get(piece);
			if (!list) continue;
			for (let i = 0; i < list.length; i++) {
				const id = list[i] as number;
				if (shared[id] === 0) touched.push(id);
				shared[id] = (shared[id] as number) + 1;
			}
		}
		const found: Expansion[] = [];
		for (const id of touched) {
			if ((shared[id] as number) >= needed) {
				const result = Fuse.match(term, this.words[id] as string, MATCH_OPTIONS);
				if (result.isMatch) found.push({ word: id, weight: 1 - result.score });
			}
			shared[id] = 0;
		}
		return found.sort((a, b) => b.weight - a.weight || a.word - b.word);
	}
}
