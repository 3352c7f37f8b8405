import Fuse, { type IFuseOptions } from "fuse.js";
import type { Corpus } from "../corpus/corpus.js";
import { partitionPoint } from "../sorted.js";
import { tokenize } from "../text/tokens.js";
import type { Postings } from "./postings.js";
import { MIN_TERM_LENGTH, type ParsedQuery, parseQuery } from "./query.js";
import { kindCode, type PassageRef, type PassageTable } from "./records.js";
import { topByScore } from "./top.js";
import { type Expansion, Vocabulary } from "./vocabulary.js";

export type SearchScope = "all" | "quotes";

const QUOTE = kindCode("quote");

/** A range of a paragraph's (or the title's) text, as [start, end). */
export type Range = readonly [number, number];

export interface Hit {
	readonly id: number;
	readonly ref: PassageRef;
	/** Relevance from 0 to 1, higher is better. */
	readonly score: number;
}

export interface SearchResult {
	readonly query: string;
	readonly scope: SearchScope;
	/** The best passages first, at most the limit asked for. */
	readonly hits: readonly Hit[];
	/** Every matching passage id (up to MAX_MATCHES), in reading order: story, article, paragraph, offset. */
	readonly matches: readonly number[];
	/** How many passages matched in all (matches may be capped). */
	readonly total: number;
	/** The ranges to highlight in a passage. */
	ranges(id: number): readonly Range[];
	/** Where a passage is. */
	passage(id: number): PassageRef;
	/** The matches in one article (they are consecutive: matches are in reading order). */
	matchesIn(article: number): readonly number[];
}

export interface SearchOptions {
	readonly scope?: SearchScope;
	readonly limit?: number;
}

/** n/N can visit this many matches; a query that matches more is too broad to step through. */
export const MAX_MATCHES = 10_000;
const DEFAULT_LIMIT = 50;
// How many of the best candidates fuse.js ranks finely.
const REFINE = 200;

const PASSAGE_OPTIONS: IFuseOptions<{ id: number; text: string }> = {
	includeScore: true,
	includeMatches: true,
	ignoreLocation: true,
	ignoreDiacritics: true,
	threshold: 0.4,
	minMatchCharLength: MIN_TERM_LENGTH,
	// Passages are sentences: their length says little about relevance.
	ignoreFieldNorm: true,
	keys: ["text"],
};

/**
 * Fuzzy search over every title, sentence and quotation of a corpus.
 *
 * fuse.js alone scans every passage on every keystroke, which takes seconds
 * on a large corpus. So the index keeps an inverted index of words: each
 * query word is matched fuzzily (by fuse.js) against the vocabulary, the
 * passages holding those words are scored by how many query words they hold
 * and how rare those are, and fuse.js then ranks the best few hundred finely.
 */
export class SearchIndex {
	readonly corpus: Corpus;
	readonly passages: PassageTable;
	private readonly vocabulary: string[];
	private readonly postings: Postings;
	private words: Vocabulary | undefined;
	private readonly scores: Float32Array;
	private readonly coverage: Uint8Array;
	private readonly best: Float32Array;

	/** Each article's passages are the ids [articleStart, articleEnd). */
	private readonly articleStart: Int32Array;
	private readonly articleEnd: Int32Array;

	constructor(
		corpus: Corpus,
		passages: PassageTable,
		vocabulary: string[],
		postings: Postings,
		ranges: { start: Int32Array; end: Int32Array },
	) {
		this.corpus = corpus;
		this.articleStart = ranges.start;
		this.articleEnd = ranges.end;
		this.passages = passages;
		this.vocabulary = vocabulary;
		this.postings = postings;
		this.scores = new Float32Array(passages.size);
		this.coverage = new Uint8Array(passages.size);
		this.best = new Float32Array(passages.size);
	}

	get size(): number {
		return this.passages.size;
	}

	/** What the index is made of, for a snapshot (see snapshot.ts). */
	parts() {
		return {
			passages: this.passages,
			vocabulary: this.vocabulary,
			postings: this.postings,
			ranges: { start: this.articleStart, end: this.articleEnd },
		};
	}

	text(id: number): string {
		return this.passages.text(this.corpus, id);
	}

	readonly passage = (id: number): PassageRef => this.passages.get(id);

	/** The ids in `sorted` that belong to `article`: passages are numbered article by article, in list order. */
	private within(sorted: readonly number[], article: number): readonly number[] {
		const first = this.articleStart[article];
		const end = this.articleEnd[article];
		if (first === undefined || end === undefined || end <= first) return [];
		const lowerBound = (value: number) =>
			partitionPoint(sorted.length, (index) => (sorted[index] as number) >= value);
		return sorted.slice(lowerBound(first), lowerBound(end));
	}

	/**
	 * All text is titles and sentences (a quotation is inside one of those
	 * already); the quotes scope is the quotations alone.
	 */
	private inScope(id: number, scope: SearchScope): boolean {
		return (this.passages.kind[id] === QUOTE) === (scope === "quotes");
	}

	search(raw: string, options: SearchOptions = {}): SearchResult {
		const query = parseQuery(raw);
		const scope = options.scope ?? "all";
		const limit = options.limit ?? DEFAULT_LIMIT;
		// Punctuation alone ("!!!" is fuse's "not !!") finds nothing.
		if (!/[\p{L}\p{N}]/u.test(query.text)) return this.empty(query, scope);
		if (query.extended) return this.extendedSearch(query, scope, limit);
		if (query.terms.length === 0) return this.empty(query, scope);
		return this.wordSearch(query, scope, limit);
	}

	private empty(query: ParsedQuery, scope: SearchScope): SearchResult {
		return {
			query: query.text,
			scope,
			hits: [],
			matches: [],
			total: 0,
			ranges: () => [],
			passage: this.passage,
			matchesIn: () => [],
		};
	}

	/** The vocabulary words a query word stands for, with how closely each matches (1 = exactly). */
	private expand(term: string): Expansion[] {
		// Built on first use, so that opening the reader does not wait for it.
		this.words ??= new Vocabulary(this.vocabulary);
		return this.words.expand(term);
	}

	private wordSearch(query: ParsedQuery, scope: SearchScope, limit: number): SearchResult {
		const { scores, coverage, best } = this;
		const total = this.passages.size;
		const touched: number[] = [];
		const matchedWords = new Set<number>();
		for (const term of query.terms) {
			const expansions = this.expand(term);
			let documentFrequency = 0;
			const termTouched: number[] = [];
			for (const { word, weight } of expansions) {
				matchedWords.add(word);
				const list = this.postings.get(word);
				documentFrequency += list.length;
				for (let i = 0; i < list.length; i++) {
					const id = list[i] as number;
					const current = best[id] as number;
					if (current === 0) termTouched.push(id);
					if (weight > current) best[id] = weight;
				}
			}
			const frequency = Math.min(total, documentFrequency);
			const idf = Math.log(1 + (total - frequency + 0.5) / (frequency + 0.5));
			for (const id of termTouched) {
				if (coverage[id] === 0) touched.push(id);
				coverage[id] = (coverage[id] as number) + 1;
				scores[id] = (scores[id] as number) + idf * (best[id] as number);
				best[id] = 0;
			}
		}
		let most = 0;
		for (const id of touched) {
			if (!this.inScope(id, scope)) continue;
			if ((coverage[id] as number) > most) most = coverage[id] as number;
		}
		const candidates: number[] = [];
		for (const id of touched) {
			if (coverage[id] === most && this.inScope(id, scope)) candidates.push(id);
		}
		const coarse = new Map<number, number>();
		const top = topByScore(candidates, scores, REFINE);
		for (const id of top) coarse.set(id, scores[id] as number);
		for (const id of touched) {
			scores[id] = 0;
			coverage[id] = 0;
		}
		candidates.sort((a, b) => a - b);

		const highlightWords = new Set(
			[...matchedWords].map((word) => this.vocabulary[word] as string),
		);
		const ranges = (id: number): Range[] => {
			const text = this.text(id);
			const offset = this.passages.start[id] as number;
			return tokenize(text)
				.filter((token) => highlightWords.has(token.word))
				.map((token) => [offset + token.start, offset + token.end] as const);
		};
		const hits = this.refine(top, query.terms.join(" "), coarse, limit, false);
		const matches = candidates.length > MAX_MATCHES ? candidates.slice(0, MAX_MATCHES) : candidates;
		return {
			query: query.text,
			scope,
			hits,
			matches,
			total: candidates.length,
			ranges,
			passage: this.passage,
			matchesIn: (article) => this.within(matches, article),
		};
	}

	/** fuse.js ranks the candidates finely; those it does not score keep their coarse order after. */
	private refine(
		candidates: readonly number[],
		pattern: string,
		coarse: ReadonlyMap<number, number>,
		limit: number,
		extended: boolean,
	): Hit[] {
		const documents = candidates.map((id) => ({ id, text: this.text(id) }));
		const fuse = new Fuse(documents, {
			...PASSAGE_OPTIONS,
			useTokenSearch: !extended,
			useExtendedSearch: extended,
		});
		const ranked = fuse.search(pattern);
		const seen = new Set<number>();
		const hits: Hit[] = [];
		for (const result of ranked) {
			seen.add(result.item.id);
			hits.push({
				id: result.item.id,
				ref: this.passages.get(result.item.id),
				score: round(1 - (result.score ?? 1)),
			});
		}
		if (!extended) {
			const maxCoarse = Math.max(1e-9, ...coarse.values());
			const rest = candidates
				.filter((id) => !seen.has(id))
				.sort((a, b) => (coarse.get(b) ?? 0) - (coarse.get(a) ?? 0));
			for (const id of rest) {
				hits.push({
					id,
					ref: this.passages.get(id),
					score: round(((coarse.get(id) ?? 0) / maxCoarse) * 0.5),
				});
			}
		}
		return hits.slice(0, limit);
	}

	/**
	 * Extended operators are fuse.js's own; the inverted index only narrows the
	 * passages down to those holding the required words (or all of them when
	 * every part is negated or the parts are alternatives).
	 */
	private extendedSearch(query: ParsedQuery, scope: SearchScope, limit: number): SearchResult {
		let candidates: number[] | undefined;
		for (const word of query.required) {
			const holding = new Set<number>();
			for (let index = 0; index < this.vocabulary.length; index++) {
				if (!(this.vocabulary[index] as string).includes(word)) continue;
				for (const id of this.postings.get(index)) holding.add(id);
			}
			candidates = candidates
				? candidates.filter((id) => holding.has(id))
				: [...holding].sort((a, b) => a - b);
		}
		candidates ??= Array.from({ length: this.passages.size }, (_, id) => id);
		const inScope = candidates.filter((id) => this.inScope(id, scope));
		const documents = inScope.map((id) => ({ id, text: this.text(id) }));
		// Without accent folding, fuse.js reports match positions in the text as
		// it is (folded, "é" would be two characters and shift what follows).
		const fuse = new Fuse(documents, {
			...PASSAGE_OPTIONS,
			useExtendedSearch: true,
			ignoreDiacritics: false,
		});
		const results = fuse.search(query.text);
		const found = new Map<number, Range[]>();
		for (const result of results) {
			const offset = this.passages.start[result.item.id] as number;
			const end = this.passages.end[result.item.id] as number;
			const ranges = (result.matches ?? []).flatMap((match) =>
				match.indices.map(([from, to]) => [offset + from, Math.min(end, offset + to + 1)] as const),
			);
			found.set(result.item.id, ranges);
		}
		const matches = [...found.keys()].sort((a, b) => a - b);
		return {
			query: query.text,
			scope,
			hits: results.slice(0, limit).map((result) => ({
				id: result.item.id,
				ref: this.passages.get(result.item.id),
				score: round(1 - (result.score ?? 1)),
			})),
			matches: matches.slice(0, MAX_MATCHES),
			total: matches.length,
			ranges: (id) => found.get(id) ?? [],
			passage: this.passage,
			matchesIn: (article) => this.within(matches, article),
		};
	}
}

function round(value: number): number {
	return Math.round(Math.max(0, Math.min(1, value)) * 1000) / 1000;
}
