import { inBackground, stepUntil, type Task } from "../background.js";
import type { Article } from "../corpus/article.js";
import { problemsOf } from "../corpus/problems.js";
import { extractQuotesStepwise, type Quote } from "./extract.js";
import { analysisProgress } from "./progress.js";

interface Extraction {
	quotes: Quote[] | null;
	/** The work still to do; let go once done, for what it held (a long article's frames) to be freed. */
	steps: Generator<void, Quote[], void> | null;
}

const extractions = new WeakMap<Article, Extraction>();

/**
 * Up to this much text, an article's quotations (or a story's comparison)
 * are worked out at once when first wanted, in a few milliseconds; longer
 * text is worked through in the background, a slice at a time.
 */
export const AT_ONCE_CHARS = 100_000;

/** Where quotations found in an earlier run are kept (the library): asked when an article's are first wanted. */
export type QuotationStore = (article: Article) => Quote[] | null;

const stores = new WeakMap<Article, QuotationStore>();

/** Quotations of `article` are to be asked of `store` first, and found afresh if it has none. */
export function storedQuotations(article: Article, store: QuotationStore): void {
	if (!extractions.has(article)) stores.set(article, store);
}

function* fromStore(article: Article, store: QuotationStore): Generator<void, Quote[], void> {
	return store(article) ?? (yield* extractQuotesStepwise(article));
}

function extractionOf(article: Article): Extraction {
	let extraction = extractions.get(article);
	if (!extraction) {
		const store = stores.get(article);
		extraction = {
			quotes: null,
			steps: store ? fromStore(article, store) : extractQuotesStepwise(article),
		};
		extractions.set(article, extraction);
	}
	return extraction;
}

/**
 * Works on an article's quotations until they are found or `deadline`
 * (performance.now()) has passed; true once they are found. Should
 * extraction fail on some text, the article is shown without quotations
 * and the problem is reported, instead of the reader failing.
 */
export function advanceQuotations(article: Article, deadline: number): boolean {
	const extraction = extractionOf(article);
	if (extraction.quotes || !extraction.steps) return true;
	try {
		const found = stepUntil(extraction.steps, deadline);
		if (!found) return false;
		extraction.quotes = found.value;
	} catch (error) {
		problemsOf(article).report(article.path, "finding quotations", error);
		extraction.quotes = [];
	}
	extraction.steps = null;
	return true;
}

/** The quotations of an article, found now if they were not yet, and kept. */
export function quotationsOf(article: Article): Quote[] {
	advanceQuotations(article, Number.POSITIVE_INFINITY);
	return extractionOf(article).quotes ?? [];
}

/** Whether an article's quotations have been found. */
export function quotationsFoundYet(article: Article): boolean {
	return Boolean(extractions.get(article)?.quotes);
}

/** An article's quotations once found, else null. Only reads: what the reader's state and views ask. */
export function foundQuotations(article: Article): Quote[] | null {
	return extractions.get(article)?.quotes ?? null;
}

/**
 * Finds a short article's quotations now (a few milliseconds), before a key
 * is reduced or a screen drawn; a long one's are left to the background.
 * True when they are found.
 */
export function settleQuotations(article: Article): boolean {
	if (extractions.get(article)?.quotes) return true;
	if (textLength(article) > AT_ONCE_CHARS) return false;
	quotationsOf(article);
	return true;
}

const lengths = new WeakMap<Article, number>();

/** The characters of an article's paragraphs (counted once). */
export function textLength(article: Article): number {
	let length = lengths.get(article);
	if (length === undefined) {
		length = 0;
		for (const paragraph of article.paragraphs) length += paragraph.text.length;
		lengths.set(article, length);
	}
	return length;
}

let wanted: Article | null = null;

/**
 * Finds an article's quotations in the background, a slice at a time
 * between which keys are answered; the article wanted last goes first,
 * and the one before waits (the search index, or showing it again, will
 * take it up).
 */
export function findQuotationsSoon(article: Article, run: (task: Task) => void = inBackground) {
	if (extractions.get(article)?.quotes || wanted === article) return;
	const first = wanted === null;
	wanted = article;
	if (!first) return;
	run((deadline) => {
		if (!wanted || advanceQuotations(wanted, deadline)) {
			wanted = null;
			// Told from here, the background, alone: found at once (a short article, before
			// a key is reduced), they are simply there, with no one to tell.
			analysisProgress.notify();
		}
		return wanted === null;
	});
}
