import type { Corpus } from "../corpus/corpus.js";
import { NO_QUOTES, type QuoteSource } from "../corpus/quote-source.js";
import { words } from "../text/tokens.js";
import { SearchIndex } from "./index.js";
import { postingsOf } from "./postings.js";
import { addArticlePassages, PassageTable } from "./records.js";

/** Builds the index a slice at a time, so that the interface keeps answering keys meanwhile. */
export class SearchIndexBuilder {
	private readonly corpus: Corpus;
	private readonly quotes: QuoteSource;
	private readonly passages = new PassageTable();
	private readonly vocabulary: string[] = [];
	private readonly wordIds = new Map<string, number>();
	private readonly lists: number[][] = [];
	private readonly lastPassage: number[] = [];
	private next = 0;
	/** The article being indexed, part of the way; and how many pauses it has made. */
	private current: Generator<void, void, void> | null = null;
	private pauses = 0;
	private deadline = 0;
	private readonly articleStart: Int32Array;
	private readonly articleEnd: Int32Array;

	constructor(corpus: Corpus, quotes: QuoteSource = NO_QUOTES) {
		this.corpus = corpus;
		this.quotes = quotes;
		this.articleStart = new Int32Array(corpus.articles.length);
		this.articleEnd = new Int32Array(corpus.articles.length);
	}

	/** Share of the articles indexed, 0 to 1. */
	get progress(): number {
		const count = this.corpus.order.length;
		if (count === 0) return 1;
		// An article pauses about once a paragraph: part of one counts, for a corpus of a few long ones.
		const article = this.corpus.articles[this.corpus.order[this.next] ?? -1];
		const part = article ? Math.min(1, this.pauses / (article.paragraphs.length + 1)) : 0;
		return (this.next + part) / count;
	}

	get done(): boolean {
		return this.next >= this.corpus.order.length;
	}

	/** Indexes articles (in list order) until `budgetMs` has passed; true when all are done. */
	step(budgetMs: number): boolean {
		this.deadline = performance.now() + budgetMs;
		const onPassage = (id: number, text: string) => {
			for (const word of words(text)) {
				let wordId = this.wordIds.get(word);
				if (wordId === undefined) {
					wordId = this.vocabulary.length;
					this.vocabulary.push(word);
					this.wordIds.set(word, wordId);
					this.lists.push([]);
					this.lastPassage.push(-1);
				}
				if (this.lastPassage[wordId] !== id) {
					this.lastPassage[wordId] = id;
					(this.lists[wordId] as number[]).push(id);
				}
			}
		};
		while (!this.done) {
			const article = this.corpus.order[this.next] as number;
			if (!this.current) {
				this.articleStart[article] = this.passages.size;
				this.current = addArticlePassages(
					this.passages,
					this.corpus,
					article,
					this.quotes,
					onPassage,
					() => this.deadline,
				);
			}
			let finished = true;
			try {
				finished = this.current.next().done === true;
			} catch (error) {
				// The article stays readable; only (the rest of) its search passages are missing.
				this.corpus.problems.report(
					this.corpus.articles[article]?.path ?? "",
					"indexing for search",
					error,
				);
			}
			this.pauses++;
			if (finished) {
				this.articleEnd[article] = this.passages.size;
				this.current = null;
				this.pauses = 0;
				this.next++;
			}
			// A step is a paragraph or so: checking the clock after each costs little.
			if (performance.now() > this.deadline) break;
		}
		return this.done;
	}

	finish(): SearchIndex {
		while (!this.step(Number.POSITIVE_INFINITY));
		return new SearchIndex(
			this.corpus,
			this.passages,
			this.vocabulary,
			postingsOf(this.lists.map((list) => Int32Array.from(list))),
			{ start: this.articleStart, end: this.articleEnd },
		);
	}
}

export function buildSearchIndex(corpus: Corpus, quotes?: QuoteSource): SearchIndex {
	return new SearchIndexBuilder(corpus, quotes).finish();
}
