import type { Corpus, Story } from "../corpus/corpus.js";
import type { QuotePassage } from "../search/records.js";
import { splitSentences } from "../text/sentences.js";
import type { Quote } from "./extract.js";
import { quotationsOf } from "./quotations.js";
import { rarityWeights, similarity, type Weights } from "./similarity.js";

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
export function quotePassages(corpus: Corpus): (article: number) => QuotePassage[] {
	return (article) =>
		quotesOf(corpus, article).map((quote) => ({
			article,
			paragraph: quote.paragraph,
			start: quote.start,
			end: quote.end,
		}));
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
	const weights = storyWeights(corpus, articles);
	const pairs: QuotePair[] = [];
	const matched = new Set<string>();
	const key = (ref: QuoteRef) => `${ref.article}:${ref.quote}`;
	for (let i = 0; i < articles.length; i++) {
		for (let j = i + 1; j < articles.length; j++) {
			const found = pairArticles(corpus, articles[i] as number, articles[j] as number, weights);
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

function storyWeights(corpus: Corpus, articles: readonly number[]): Weights {
	const passages: string[] = [];
	for (const article of articles) {
		for (const paragraph of corpus.articles[article]?.paragraphs ?? []) {
			for (const span of splitSentences(paragraph.text))
				passages.push(paragraph.text.slice(span.start, span.end));
		}
	}
	return rarityWeights(passages);
}

function pairArticles(corpus: Corpus, left: number, right: number, weights: Weights): QuotePair[] {
	const leftQuotes = quotesOf(corpus, left);
	const rightQuotes = quotesOf(corpus, right);
	const candidates: { a: number; b: number; score: number }[] = [];
	leftQuotes.forEach((a, ai) => {
		if (!isStatement(a)) return;
		rightQuotes.forEach((b, bi) => {
			if (!isStatement(b)) return;
			const score = similarity(a.text, b.text, weights);
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
			const sentence = bestSentence(corpus, to, quote.text, weights);
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
	corpus: Corpus,
	article: number,
	text: string,
	weights: Weights,
): { ref: SentenceRef; score: number } | null {
	let best: { ref: SentenceRef; score: number } | null = null;
	corpus.articles[article]?.paragraphs.forEach((paragraph, index) => {
		if (paragraph.kind !== "text") return;
		for (const span of splitSentences(paragraph.text)) {
			const score = similarity(text, paragraph.text.slice(span.start, span.end), weights);
			if (score >= SENTENCE && (!best || score > best.score)) {
				best = { ref: { article, paragraph: index, start: span.start, end: span.end }, score };
			}
		}
	});
	return best;
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
