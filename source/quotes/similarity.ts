import Fuse from "fuse.js";
import { comparableWords, FUNCTION_WORDS } from "../text/words.js";

/**
 * How much two passages say the same thing, from 0 to 1, by their words:
 * each word of one is looked for in the other (exactly, or as fuse.js's
 * bitap matcher finds it with a letter or two different: Center and
 * Centre, subcontractor and subcontractors), rare words counting for more
 * than common ones.
 */

export type Weights = (word: string) => number;

const FUZZY_MIN_LENGTH = 5;
const WORD_MATCH = { threshold: 0.34, ignoreDiacritics: true, ignoreLocation: true } as const;

// Keyed by the earlier word, then the later: a long article asks millions
// of times, and looking up two strings costs less than joining them.
const fuzzyCache = new Map<string, Map<string, boolean>>();
let fuzzyCached = 0;

/** Whether two different words of at least FUZZY_MIN_LENGTH letters are one word spelt two ways. */
function sameLongWord(a: string, b: string): boolean {
	if (Math.abs(a.length - b.length) > 2) return false;
	const first = a < b ? a : b;
	const second = a < b ? b : a;
	let known = fuzzyCache.get(first);
	let same = known?.get(second);
	if (same === undefined) {
		same = Fuse.match(a, b, WORD_MATCH).isMatch && Fuse.match(b, a, WORD_MATCH).isMatch;
		if (fuzzyCached > 50_000) {
			fuzzyCache.clear();
			fuzzyCached = 0;
			known = undefined;
		}
		if (!known) {
			known = new Map();
			fuzzyCache.set(first, known);
		}
		known.set(second, same);
		fuzzyCached++;
	}
	return same;
}

/** A passage made ready for comparing: its words, once each, and their total weight. */
export interface Side {
	/** The passage, for its words in order when a pair is weighed (see longestRun). */
	readonly text: string;
	readonly words: readonly string[];
	readonly set: ReadonlySet<string>;
	/** Its words long enough to be matched with a letter or two different. */
	readonly long: readonly string[];
	readonly total: number;
	/** The beginnings of its content words (see mayBeSimilar). */
	readonly keys: ReadonlySet<string>;
}

const KEY_LENGTH = 4;

export function side(text: string, weight: Weights = () => 1): Side {
	const set = new Set(comparableWords(text).filter((word) => word.length >= 2));
	const list = [...set];
	const keys = new Set<string>();
	for (const word of list)
		if (word.length >= 3 && !FUNCTION_WORDS.has(word)) keys.add(word.slice(0, KEY_LENGTH));
	return {
		text,
		words: list,
		set,
		long: list.filter((word) => word.length >= FUZZY_MIN_LENGTH),
		total: list.reduce((sum, word) => sum + weight(word), 0),
		keys,
	};
}

/**
 * Whether two passages share the beginning of a content word ("cent" of
 * Center and Centre): without one they say different things, and a long
 * article's passages are only compared where this holds.
 */
export function mayBeSimilar(a: Side, b: Side): boolean {
	const [small, large] = a.keys.size <= b.keys.size ? [a.keys, b.keys] : [b.keys, a.keys];
	for (const key of small) if (large.has(key)) return true;
	return false;
}

/** The weighted share of `from`'s words found in `to`. */
function covered(from: Side, to: Side, weight: Weights): number {
	if (from.total === 0) return 0;
	let found = 0;
	for (const word of from.words) {
		if (
			to.set.has(word) ||
			(word.length >= FUZZY_MIN_LENGTH && to.long.some((other) => sameLongWord(word, other)))
		)
			found += weight(word);
	}
	return found / from.total;
}

/** Words a shortened quote needs before its being contained in a longer one counts. */
const CONTAINED_MIN_WORDS = 5;

export function similarity(a: string, b: string, weight: Weights = () => 1): number {
	return sideSimilarity(side(a, weight), side(b, weight), weight);
}

/** similarity() of passages made ready with side() (with the same weights), for comparing each many times. */
export function sideSimilarity(left: Side, right: Side, weight: Weights): number {
	if (left.total === 0 || right.total === 0) return 0;
	const leftCovered = covered(left, right, weight);
	const rightCovered = covered(right, left, weight);
	const both = (leftCovered * left.total + rightCovered * right.total) / (left.total + right.total);
	// A shortened quote: all of the shorter one is in the longer.
	const shorter = left.total <= right.total ? left : right;
	const contained = shorter === left ? leftCovered : rightCovered;
	const containment = shorter.words.length >= CONTAINED_MIN_WORDS ? 0.9 * contained : 0;
	return Math.round(Math.max(both, containment) * 1000) / 1000;
}

// A story is a few dozen sentences: too few for rarity alone to tell "can" from "subcontractor".
const FUNCTION_WORD_WEIGHT = 0.1;

/**
 * Rarity weights from the passages of a story: a word in every passage
 * ("campaign") counts little, a word in one ("subcontractor") counts most,
 * and function words ("the", "we", "not") hardly at all.
 */
export function rarityWeights(passages: readonly string[]): Weights {
	const counts = new RarityCounts();
	for (const passage of passages) counts.add(passage);
	return counts.weights();
}

const RARE_SHARE = 0.05;

/** rarityWeights() gathered a passage at a time, for a story too long to take at once. */
export class RarityCounts {
	private readonly frequency = new Map<string, number>();
	private passages = 0;

	add(passage: string): void {
		this.passages++;
		for (const word of new Set(comparableWords(passage)))
			this.frequency.set(word, (this.frequency.get(word) ?? 0) + 1);
	}

	/**
	 * Whether a word is rare in the story: in at most a twentieth of its
	 * passages (and at least two may hold it, the two being compared).
	 */
	rare(): (word: string) => boolean {
		const { frequency } = this;
		const most = Math.max(2, Math.round(this.passages * RARE_SHARE));
		return (word) => !FUNCTION_WORDS.has(word) && (frequency.get(word) ?? 0) <= most;
	}

	weights(): Weights {
		const { frequency } = this;
		const count = Math.max(1, this.passages);
		return (word) =>
			Math.log(1 + count / ((frequency.get(word) ?? 0) + 0.5)) *
			(FUNCTION_WORDS.has(word) ? FUNCTION_WORD_WEIGHT : 1);
	}
}

/** Whether two words are one, or one spelt two ways. */
export function sameWord(a: string, b: string): boolean {
	return (
		a === b || (a.length >= FUZZY_MIN_LENGTH && b.length >= FUZZY_MIN_LENGTH && sameLongWord(a, b))
	);
}

const RUN_WORDS = 400;

// Made only for the passages of a likely pair, and kept while the passage is.
const sequences = new WeakMap<Side, readonly string[]>();

/** A passage's words in order, as comparing sees them. */
export function sequenceOf(passage: Side): readonly string[] {
	let sequence = sequences.get(passage);
	if (!sequence) {
		sequence = comparableWords(passage.text);
		sequences.set(passage, sequence);
	}
	return sequence;
}

/** The longest run of words two passages have in the same order (within their first RUN_WORDS), in words. */
export function longestRun(left: Side, right: Side): number {
	return commonRuns(left, right).words;
}

/**
 * The runs of words two passages have in the same order: the longest in words,
 * and the most words that are not function words any one run holds.
 */
export function commonRuns(left: Side, right: Side): { words: number; content: number } {
	// A run this long is evidence enough: a book-length quotation is not compared to its end.
	const a = sequenceOf(left).slice(0, RUN_WORDS);
	const b = sequenceOf(right).slice(0, RUN_WORDS);
	let best = 0;
	let bestContent = 0;
	let previous = new Uint32Array(b.length + 1);
	let current = new Uint32Array(b.length + 1);
	let previousContent = new Uint32Array(b.length + 1);
	let currentContent = new Uint32Array(b.length + 1);
	for (let i = 1; i <= a.length; i++) {
		const word = a[i - 1] as string;
		const content = FUNCTION_WORDS.has(word) ? 0 : 1;
		for (let j = 1; j <= b.length; j++) {
			const same = sameWord(word, b[j - 1] as string);
			const run = same ? (previous[j - 1] as number) + 1 : 0;
			const runContent = same ? (previousContent[j - 1] as number) + content : 0;
			current[j] = run;
			currentContent[j] = runContent;
			if (run > best) best = run;
			if (runContent > bestContent) bestContent = runContent;
		}
		[previous, current] = [current, previous];
		[previousContent, currentContent] = [currentContent, previousContent];
	}
	return { words: best, content: bestContent };
}
