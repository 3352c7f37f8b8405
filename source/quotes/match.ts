import { runToEnd } from "../background.js";
import { spanSource, type TextSpan } from "../corpus/article.js";
import type { Corpus, Story } from "../corpus/corpus.js";
import type { QuoteSource } from "../corpus/quote-source.js";
import { splitSentences } from "../text/sentences.js";
import { RELATED, type Relation, relationOf, SAME, voiceAgreement } from "./evidence.js";
import type { Quote } from "./extract.js";
import { advanceQuotations, foundQuotations, quotationsOf } from "./quotations.js";
import {
	longestRun,
	mayBeSimilar,
	RarityCounts,
	type Side,
	sequenceOf,
	side,
	sideSimilarity,
	type Weights,
} from "./similarity.js";

// A quotation of this many words at least, this share of them in one run of a longer quotation
// of the other source, is a part of it quoted on its own.
const CONTAINED_WORDS = 4;
const CONTAINED_SHARE = 0.8;

/** A sentence without quotation marks must be this close to stand in for a quotation. */
export const SENTENCE = 0.45;
/** …or this close, with two words rare in the story in common, where its paragraph names the speaker. */
export const SENTENCE_NAMED = 0.25;

export type { Relation };
export { RELATED, SAME };

/** A quotation of one article: its index in `quotesOf(article)`. */
export interface QuoteRef {
	readonly article: number;
	readonly quote: number;
}

/** A sentence of an article that carries a statement without quotation marks. */
export type SentenceRef = TextSpan;

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

/** The quotations of an article as found so far, none before: what the reader's state and views read. */
export function foundQuotesOf(corpus: Corpus, article: number): Quote[] {
	const item = corpus.articles[article];
	return (item && foundQuotations(item)) ?? NO_QUOTES;
}
const NO_QUOTES: Quote[] = [];

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

/**
 * The comparison of a story's sources, worked out now if it was not yet
 * (see comparisons.ts for doing it a slice at a time).
 */
export function compareStory(corpus: Corpus, story: Story): StoryComparison {
	return runToEnd(comparisonSteps(corpus, story));
}

interface Comparison {
	result: StoryComparison | null;
	readonly steps: Generator<void, StoryComparison, void>;
}

const comparisons = new WeakMap<Story, Comparison>();

/**
 * Compares a story a step at a time. The work is begun once and shared:
 * the reader's background task and a script that needs it now advance the
 * same comparison. Should it fail, the story is shown with no quotation
 * matched and the problem is reported, instead of the reader failing.
 */
export function* comparisonSteps(
	corpus: Corpus,
	story: Story,
): Generator<void, StoryComparison, void> {
	let comparison = comparisons.get(story);
	if (!comparison) {
		comparison = { result: null, steps: compareStepwise(corpus, story) };
		comparisons.set(story, comparison);
	}
	while (!comparison.result) {
		try {
			const step = comparison.steps.next();
			if (step.done) comparison.result = step.value;
			else yield;
		} catch (error) {
			const first = corpus.articles[story.articles[0] ?? -1];
			corpus.problems.report(first?.path ?? story.label, "matching quotations", error);
			comparison.result = { story, pairs: [], unmatched: [] };
		}
	}
	return comparison.result;
}

/** A story's comparison if it has been worked out, else null. */
export function comparedYet(story: Story): StoryComparison | null {
	return comparisons.get(story)?.result ?? null;
}

/**
 * Pairs the statements of a story's sources: for every two articles, each
 * statement with its most similar counterpart (one to one, best pairs
 * first), or, when the other source has it without quotation marks, its
 * closest sentence. Statements no other source carries are unmatched.
 * Yields between steps (a paragraph, a quotation).
 */
function* compareStepwise(corpus: Corpus, story: Story): Generator<void, StoryComparison, void> {
	const articles = story.articles;
	for (const article of articles) {
		const item = corpus.articles[article];
		// One step of its quotations at a time.
		while (item && !advanceQuotations(item, 0)) yield;
	}
	const pairs: QuotePair[] = [];
	const matched = new Set<string>();
	const key = (ref: QuoteRef) => `${ref.article}:${ref.quote}`;
	// A story of one source has nothing to pair: its weights (every sentence of it) are not needed.
	const context = articles.length > 1 ? yield* comparing(corpus, articles) : null;
	for (let i = 0; context && i < articles.length; i++) {
		for (let j = i + 1; j < articles.length; j++) {
			const found = yield* pairArticles(
				corpus,
				articles[i] as number,
				articles[j] as number,
				context,
			);
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
	return { story, pairs, unmatched };
}

/** What comparing a story's sources needs: rarity weights, and each passage made ready once. */
interface Comparing {
	readonly weights: Weights;
	/** Whether a word is rare in the story (see RarityCounts.rare). */
	readonly isRare: (word: string) => boolean;
	readonly paragraphText: (ref: SentenceRef) => string;
	readonly side: (text: string) => Side;
	/** The sentences of each article's story text, made ready, with those that hold each word beginning. */
	readonly sentences: ReadonlyMap<number, Sentences>;
}

interface Sentences {
	readonly list: readonly { ref: SentenceRef; side: Side }[];
	readonly byKey: ReadonlyMap<string, readonly number[]>;
}

// Steps of comparing: this many pairs of passages are scored between pauses.
const SCORES_PER_STEP = 256;

function* comparing(corpus: Corpus, articles: readonly number[]): Generator<void, Comparing, void> {
	const counts = new RarityCounts();
	for (const article of articles) {
		for (const paragraph of corpus.articles[article]?.paragraphs ?? []) {
			for (const span of splitSentences(paragraph.text))
				counts.add(paragraph.text.slice(span.start, span.end));
			yield;
		}
	}
	const weights = counts.weights();
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
	const sentences = new Map<number, Sentences>();
	for (const article of articles) {
		const list: { ref: SentenceRef; side: Side }[] = [];
		const byKey = new Map<string, number[]>();
		const paragraphs = corpus.articles[article]?.paragraphs ?? [];
		for (const [index, paragraph] of paragraphs.entries()) {
			if (paragraph.kind !== "text") continue;
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
			yield;
		}
		sentences.set(article, { list, byKey });
	}
	const paragraphText = (ref: SentenceRef) =>
		spanSource(corpus.articles[ref.article], ref.paragraph);
	return { weights, isRare: counts.rare(), side: prepared, sentences, paragraphText };
}

function* pairArticles(
	corpus: Corpus,
	left: number,
	right: number,
	context: Comparing,
): Generator<void, QuotePair[], void> {
	const { weights, isRare } = context;
	const leftQuotes = quotesOf(corpus, left);
	const rightQuotes = quotesOf(corpus, right);
	const candidates: { a: number; b: number; score: number; relation: Relation }[] = [];
	let scored = 0;
	for (const [ai, a] of leftQuotes.entries()) {
		if (!isStatement(a)) continue;
		const aSide = context.side(a.text);
		for (const [bi, b] of rightQuotes.entries()) {
			if (++scored % SCORES_PER_STEP === 0) yield;
			if (!isStatement(b)) continue;
			const bSide = context.side(b.text);
			if (!mayBeSimilar(aSide, bSide)) continue;
			const score = sideSimilarity(aSide, bSide, weights);
			if (score < RELATED) continue;
			const agreement = voiceAgreement(a, b);
			const found = relationOf(aSide, bSide, score, isRare, agreement);
			if (found) candidates.push({ a: ai, b: bi, score, relation: found });
		}
	}
	candidates.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
	const usedLeft = new Set<number>();
	const usedRight = new Set<number>();
	const pairs: QuotePair[] = [];
	for (const candidate of candidates) {
		const leftTaken = usedLeft.has(candidate.a);
		const rightTaken = usedRight.has(candidate.b);
		if (leftTaken && rightTaken) continue;
		let { score, relation } = candidate;
		if (leftTaken || rightTaken) {
			// One source quotes a passage whole, the other a sentence of it on its own (or two): the
			// shorter, the longer's words in one run, pairs with it though the longer is paired already.
			const [part, whole] = leftTaken
				? [rightQuotes[candidate.b] as Quote, leftQuotes[candidate.a] as Quote]
				: [leftQuotes[candidate.a] as Quote, rightQuotes[candidate.b] as Quote];
			const share = partOf(context.side(part.text), context.side(whole.text));
			if (share === null || voiceAgreement(part, whole) === "different") continue;
			score = share;
			relation = "same";
		}
		usedLeft.add(candidate.a);
		usedRight.add(candidate.b);
		pairs.push({
			a: { article: left, quote: candidate.a },
			b: { kind: "quote", ref: { article: right, quote: candidate.b } },
			score,
			relation,
		});
	}
	// Statements the other source carries without quotation marks.
	const sides = [
		{ from: left, quotes: leftQuotes, used: usedLeft, to: right },
		{ from: right, quotes: rightQuotes, used: usedRight, to: left },
	];
	for (const { from, quotes, used, to } of sides) {
		for (const [index, quote] of quotes.entries()) {
			if (!isStatement(quote) || used.has(index)) continue;
			const quoteSide = context.side(quote.text);
			const voices = [quote.speaker, quote.onBehalfOf];
			const [sentence, named] = yield* bestSentences(to, quoteSide, context, [
				{ least: SENTENCE },
				{
					least: SENTENCE_NAMED,
					inParagraph: (paragraph) => voices.some((voice) => namesSpeaker(paragraph, voice)),
				},
			]);
			// A sentence has no speaker of its own: its words must agree, or its paragraph name the
			// speaker ("Trump said he would …") and two rare words be in both.
			let found =
				sentence && relationOf(quoteSide, sentence.side, sentence.score, isRare, "unknown");
			let counterpart = sentence ?? null;
			if (!found && named && relationOf(quoteSide, named.side, named.score, isRare, "unknown")) {
				found = "related";
				counterpart = named;
			}
			if (counterpart && found) {
				pairs.push({
					a: { article: from, quote: index },
					b: { kind: "sentence", ref: counterpart.ref },
					score: counterpart.score,
					relation: found,
				});
			}
		}
	}
	return pairs.sort((x, y) => x.a.article - y.a.article || x.a.quote - y.a.quote);
}

/** The share of `part`'s words found in one run of the longer `whole`, when it is a part of it quoted apart; else null. */
function partOf(part: Side, whole: Side): number | null {
	const words = sequenceOf(part).length;
	if (words < CONTAINED_WORDS || sequenceOf(whole).length <= words) return null;
	const share = longestRun(part, whole) / words;
	return share >= CONTAINED_SHARE ? share : null;
}

/** What a sentence must be to stand in for a quotation: this alike, in a paragraph that passes. */
interface SentenceWant {
	readonly least: number;
	readonly inParagraph?: (text: string) => boolean;
}

type FoundSentence = { readonly ref: SentenceRef; readonly score: number; readonly side: Side };

/**
 * For each of `wants`, the sentence of `article` most like the quotation
 * that meets it (of equals, the first in reading order), or null: every
 * sentence is scored once for all of them.
 */
function* bestSentences(
	article: number,
	quote: Side,
	context: Comparing,
	wants: readonly SentenceWant[],
): Generator<void, (FoundSentence | null)[], void> {
	const best: ({ found: FoundSentence; index: number } | null)[] = wants.map(() => null);
	const sentences = context.sentences.get(article);
	if (!sentences) return best.map(() => null);
	const { list, byKey } = sentences;
	// Only sentences that share a word beginning with the quotation can be like it.
	const seen = new Uint8Array(list.length);
	let scored = 0;
	for (const key of quote.keys) {
		for (const index of byKey.get(key) ?? []) {
			if (seen[index]) continue;
			seen[index] = 1;
			if (++scored % SCORES_PER_STEP === 0) yield;
			const sentence = list[index] as (typeof list)[number];
			const score = sideSimilarity(quote, sentence.side, context.weights);
			wants.forEach((want, which) => {
				const sofar = best[which];
				const better =
					!sofar ||
					score > sofar.found.score ||
					(score === sofar.found.score && index < sofar.index);
				if (
					score >= want.least &&
					better &&
					(!want.inParagraph || want.inParagraph(context.paragraphText(sentence.ref)))
				)
					best[which] = { found: { ref: sentence.ref, score, side: sentence.side }, index };
			});
		}
	}
	return best.map((entry) => entry?.found ?? null);
}

/**
 * Where else a quotation is carried: its counterparts in the story's other
 * sources (as its comparison found them), best first.
 */
export function counterparts(
	comparison: StoryComparison,
	ref: QuoteRef,
): { target: Counterpart; score: number; relation: Relation }[] {
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

/** Whether a paragraph names a speaker (a person, not a description) by their last name. */
function namesSpeaker(text: string, voice: string | null): boolean {
	if (!voice || /^\p{Ll}/u.test(voice)) return false;
	const surname = voice.split(" ").at(-1) as string;
	return surname.length >= 3 && text.includes(surname);
}
