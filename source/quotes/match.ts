import type { Corpus, Story } from "../corpus/corpus.js";
import type { QuoteSource } from "../search/records.js";
import { splitSentences } from "../text/sentences.js";
import type { Quote } from "./extract.js";
import { advanceQuotations, quotationsOf } from "./quotations.js";
import {
	mayBeSimilar,
	rarityWeights,
	type Side,
	side,
	sideSimilarity,
	type Weights,
} from "./similarity.js";

/** At least this similar: the same statement, give or take a word or the spelling. */
export const SAME = 0.55;
/** At least this similar: the same statement in other words. */
export const RELATED = 0.2;
/** A sentence without quotation marks must be this close to stand in for a quotation. */
export const SENTENCE = 0.45;

export type Relation = "same" | "related";

/** A quotation of one article: its index in `quotesOf(article)`. */
export interface QuoteRef {
	readonly article: number;
	readonly quote: number;
}

/** A sentence of an article that carries a statement without quotation marks. */
export interface SentenceRef {
	readonly article: number;
	readonly paragraph: number;
	readonly start: number;
	readonly end: number;
}

export type Counterpart =
	| { readonly kind: "quote"; readonly ref: QuoteRef }
	| { readonly kind: "sentence"; readonly ref: SentenceRef };

export interface QuotePair {
	readonly a: QuoteRef;
	readonly b: Counterpart;
	readonly score: number;
	readonly relation: Relation;
}

export interface StoryComparison {
	readonly story: Story;
	readonly pairs: readonly QuotePair[];
	/** Statements no other source of the story carries. */
	readonly unmatched: readonly QuoteRef[];
}

/** The quotations of an article (extracted once, then kept). */
export function quotesOf(corpus: Corpus, article: number): Quote[] {
	const item = corpus.articles[article];
	return item ? quotationsOf(item) : [];
}

/** The quotations of each article as passages for the search index's quotes scope. */
export function quotePassages(corpus: Corpus): QuoteSource {
	return {
		ready: (article, deadline) => {
			const item = corpus.articles[article];
			return !item || advanceQuotations(item, deadline);
		},
		passages: (article) =>
			quotesOf(corpus, article).map((quote) => ({
				article,
				paragraph: quote.paragraph,
				start: quote.start,
				end: quote.end,
			})),
	};
}

function isStatement(quote: Quote): boolean {
	return quote.kind === "statement";
}

function relation(score: number): Relation {
	return score >= SAME ? "same" : "related";
}

const comparisonCache = new WeakMap<Story, StoryComparison>();

/**
 * Pairs the statements of a story's sources: for every two articles, each
 * statement with its most similar counterpart (one to one, best pairs
 * first), or, when the other source has it without quotation marks, its
 * closest sentence. Statements no other source carries are unmatched.
 */
export function compareStory(corpus: Corpus, story: Story): StoryComparison {
	const cached = comparisonCache.get(story);
	if (cached) return cached;
	const articles = story.articles;
	const pairs: QuotePair[] = [];
	const matched = new Set<string>();
	const key = (ref: QuoteRef) => `${ref.article}:${ref.quote}`;
	// A story of one source has nothing to pair: its weights (every sentence of it) are not needed.
	const context = articles.length > 1 ? comparing(corpus, articles) : null;
	for (let i = 0; context && i < articles.length; i++) {
		for (let j = i + 1; j < articles.length; j++) {
			const found = pairArticles(corpus, articles[i] as number, articles[j] as number, context);
			for (const pair of found) {
				pairs.push(pair);
				matched.add(key(pair.a));
				if (pair.b.kind === "quote") matched.add(key(pair.b.ref));
			}
		}
	}
	const unmatched: QuoteRef[] = [];
	for (const article of articles) {
		quotesOf(corpus, article).forEach((quote, index) => {
			if (isStatement(quote) && !matched.has(key({ article, quote: index })))
				unmatched.push({ article, quote: index });
		});
	}
	const comparison = { story, pairs, unmatched };
	comparisonCache.set(story, comparison);
	return comparison;
}

/** What comparing a story's sources needs: rarity weights, and each passage made ready once. */
interface Comparing {
	readonly weights: Weights;
	readonly side: (text: string) => Side;
	/** The sentences of an article's story text, made ready, with those that hold each word beginning. */
	readonly sentences: (article: number) => Sentences;
}

interface Sentences {
	readonly list: readonly { ref: SentenceRef; side: Side }[];
	readonly byKey: ReadonlyMap<string, readonly number[]>;
}

function comparing(corpus: Corpus, articles: readonly number[]): Comparing {
	const passages: string[] = [];
	for (const article of articles) {
		for (const paragraph of corpus.articles[article]?.paragraphs ?? []) {
			for (const span of splitSentences(paragraph.text))
				passages.push(paragraph.text.slice(span.start, span.end));
		}
	}
	const weights = rarityWeights(passages);
	// A long article's passages are compared with many others: each is made ready once.
	const sides = new Map<string, Side>();
	const prepared = (text: string) => {
		let ready = sides.get(text);
		if (!ready) {
			ready = side(text, weights);
			sides.set(text, ready);
		}
		return ready;
	};
	const sentenceLists = new Map<number, Sentences>();
	return {
		weights,
		side: prepared,
		sentences: (article) => {
			let sentences = sentenceLists.get(article);
			if (!sentences) {
				const list: { ref: SentenceRef; side: Side }[] = [];
				const byKey = new Map<string, number[]>();
				corpus.articles[article]?.paragraphs.forEach((paragraph, index) => {
					if (paragraph.kind !== "text") return;
					for (const span of splitSentences(paragraph.text)) {
						const ready = prepared(paragraph.text.slice(span.start, span.end));
						for (const key of ready.keys) {
							const holders = byKey.get(key) ?? [];
							holders.push(list.length);
							byKey.set(key, holders);
						}
						list.push({
							ref: { article, paragraph: index, start: span.start, end: span.end },
							side: ready,
						});
					}
				});
				sentences = { list, byKey };
				sentenceLists.set(article, sentences);
			}
			return sentences;
		},
	};
}

function pairArticles(
	corpus: Corpus,
	left: number,
	right: number,
	context: Comparing,
): QuotePair[] {
	const { weights } = context;
	const leftQuotes = quotesOf(corpus, left);
	const rightQuotes = quotesOf(corpus, right);
	const candidates: { a: number; b: number; score: number }[] = [];
	leftQuotes.forEach((a, ai) => {
		if (!isStatement(a)) return;
		const aSide = context.side(a.text);
		rightQuotes.forEach((b, bi) => {
			if (!isStatement(b)) return;
			const bSide = context.side(b.text);
			if (!mayBeSimilar(aSide, bSide)) return;
			const score = sideSimilarity(aSide, bSide, weights);
			if (score >= RELATED) candidates.push({ a: ai, b: bi, score });
		});
	});
	candidates.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
	const usedLeft = new Set<number>();
	const usedRight = new Set<number>();
	const pairs: QuotePair[] = [];
	for (const candidate of candidates) {
		if (usedLeft.has(candidate.a) || usedRight.has(candidate.b)) continue;
		usedLeft.add(candidate.a);
		usedRight.add(candidate.b);
		pairs.push({
			a: { article: left, quote: candidate.a },
			b: { kind: "quote", ref: { article: right, quote: candidate.b } },
			score: candidate.score,
			relation: relation(candidate.score),
		});
	}
	// Statements the other source carries without quotation marks.
	const unquoted = (from: number, fromQuotes: Quote[], used: Set<number>, to: number) => {
		fromQuotes.forEach((quote, index) => {
			if (!isStatement(quote) || used.has(index)) return;
			const sentence = bestSentence(to, context.side(quote.text), context);
			if (sentence) {
				pairs.push({
					a: { article: from, quote: index },
					b: { kind: "sentence", ref: sentence.ref },
					score: sentence.score,
					relation: relation(sentence.score),
				});
			}
		});
	};
	unquoted(left, leftQuotes, usedLeft, right);
	unquoted(right, rightQuotes, usedRight, left);
	return pairs.sort((x, y) => x.a.article - y.a.article || x.a.quote - y.a.quote);
}

function bestSentence(
	article: number,
	quote: Side,
	context: Comparing,
): { ref: SentenceRef; score: number } | null {
	const { list, byKey } = context.sentences(article);
	// Only sentences that share a word beginning with the quotation can be like it.
	const seen = new Uint8Array(list.length);
	let best: { ref: SentenceRef; score: number; index: number } | null = null;
	for (const key of quote.keys) {
		for (const index of byKey.get(key) ?? []) {
			if (seen[index]) continue;
			seen[index] = 1;
			const sentence = list[index] as (typeof list)[number];
			const score = sideSimilarity(quote, sentence.side, context.weights);
			// The best, and of equals the first in reading order.
			if (
				score >= SENTENCE &&
				(!best || score > best.score || (score === best.score && index < best.index))
			)
				best = { ref: sentence.ref, score, index };
		}
	}
	return best && { ref: best.ref, score: best.score };
}

/**
 * Where else a quotation is carried: its counterparts in the story's other
 * sources, best first.
 */
export function counterparts(
	corpus: Corpus,
	story: Story,
	ref: QuoteRef,
): { target: Counterpart; score: number; relation: Relation }[] {
	const comparison = compareStory(corpus, story);
	const found: { target: Counterpart; score: number; relation: Relation }[] = [];
	for (const pair of comparison.pairs) {
		if (pair.a.article === ref.article && pair.a.quote === ref.quote) {
			found.push({ target: pair.b, score: pair.score, relation: pair.relation });
		} else if (
			pair.b.kind === "quote" &&
			pair.b.ref.article === ref.article &&
			pair.b.ref.quote === ref.quote
		) {
			found.push({
				target: { kind: "quote", ref: pair.a },
				score: pair.score,
				relation: pair.relation,
			});
		}
	}
	return found.sort((x, y) => y.score - x.score);
}
