import { spanText } from "../corpus/article.js";
import type { Corpus } from "../corpus/corpus.js";
import type { QuoteSource } from "../corpus/quote-source.js";
import { sentenceSpans } from "../text/sentences.js";

export type RecordKind = "title" | "text" | "quote";

/** Where a searchable passage lies: title (paragraph -1), a sentence, or a quotation. */
export interface PassageRef {
	readonly kind: RecordKind;
	readonly article: number;
	/** Index into the article's paragraphs; -1 for the title. */
	readonly paragraph: number;
	readonly start: number;
	readonly end: number;
}

/**
 * The passages of a corpus, kept in parallel typed arrays: a large corpus
 * has hundreds of thousands of them, and objects would cost several times
 * the memory.
 */
export class PassageTable {
	kind = new Uint8Array(1024);
	article = new Int32Array(1024);
	paragraph = new Int32Array(1024);
	start = new Int32Array(1024);
	end = new Int32Array(1024);
	size = 0;

	add(kind: RecordKind, article: number, paragraph: number, start: number, end: number): number {
		if (this.size === this.kind.length) this.grow();
		const id = this.size++;
		this.kind[id] = KIND_CODES[kind];
		this.article[id] = article;
		this.paragraph[id] = paragraph;
		this.start[id] = start;
		this.end[id] = end;
		return id;
	}

	/** A table of `size` passages, to be filled in with set(). */
	static sized(size: number): PassageTable {
		const table = new PassageTable();
		const capacity = Math.max(1, size);
		table.kind = new Uint8Array(capacity);
		table.article = new Int32Array(capacity);
		table.paragraph = new Int32Array(capacity);
		table.start = new Int32Array(capacity);
		table.end = new Int32Array(capacity);
		table.size = size;
		return table;
	}

	/** Passage `id` as read back from a snapshot (kind as its code). */
	set(id: number, kind: number, article: number, paragraph: number, start: number, end: number) {
		this.kind[id] = kind;
		this.article[id] = article;
		this.paragraph[id] = paragraph;
		this.start[id] = start;
		this.end[id] = end;
	}

	get(id: number): PassageRef {
		return {
			kind: KINDS[this.kind[id] ?? 1] as RecordKind,
			article: this.article[id] ?? 0,
			paragraph: this.paragraph[id] ?? 0,
			start: this.start[id] ?? 0,
			end: this.end[id] ?? 0,
		};
	}

	/** The text of a passage. */
	text(corpus: Corpus, id: number): string {
		return spanText(corpus.articles, this.get(id));
	}

	private grow() {
		const capacity = this.kind.length * 2;
		const copy = <T extends Uint8Array | Int32Array>(old: T, make: (n: number) => T): T => {
			const next = make(capacity);
			next.set(old);
			return next;
		};
		this.kind = copy(this.kind, (n) => new Uint8Array(n));
		this.article = copy(this.article, (n) => new Int32Array(n));
		this.paragraph = copy(this.paragraph, (n) => new Int32Array(n));
		this.start = copy(this.start, (n) => new Int32Array(n));
		this.end = copy(this.end, (n) => new Int32Array(n));
	}
}

const KINDS: readonly RecordKind[] = ["title", "text", "quote"];
const KIND_CODES: Record<RecordKind, number> = { title: 0, text: 1, quote: 2 };

export function kindCode(kind: RecordKind): number {
	return KIND_CODES[kind];
}

// Sentences added between pauses, within a paragraph.
const SENTENCES_PER_STEP = 64;

/**
 * Adds one article's passages: its title, each sentence of its story text
 * (captions and boilerplate included, so that they can be found too), and
 * its quotations. It pauses (yields) after every paragraph, every few
 * sentences of a long one, and while the quotations are still being found
 * (by the time `deadline()` gives), so that a very long article can be
 * indexed between keystrokes.
 */
export function* addArticlePassages(
	table: PassageTable,
	corpus: Corpus,
	article: number,
	quotes: QuoteSource,
	onPassage: (id: number, text: string) => void,
	deadline: () => number = () => Number.POSITIVE_INFINITY,
): Generator<void, void, void> {
	const item = corpus.articles[article];
	if (!item) return;
	onPassage(table.add("title", article, -1, 0, item.title.length), item.title);
	for (const [index, paragraph] of item.paragraphs.entries()) {
		let count = 0;
		for (const span of sentenceSpans(paragraph.text)) {
			const id = table.add("text", article, index, span.start, span.end);
			onPassage(id, paragraph.text.slice(span.start, span.end));
			if (++count % SENTENCES_PER_STEP === 0) yield;
		}
		yield;
	}
	while (!quotes.ready(article, deadline())) yield;
	for (const [count, quote] of quotes.passages(article).entries()) {
		if (count % SENTENCES_PER_STEP === SENTENCES_PER_STEP - 1) yield;
		const text = item.paragraphs[quote.paragraph]?.text.slice(quote.start, quote.end) ?? "";
		onPassage(table.add("quote", article, quote.paragraph, quote.start, quote.end), text);
	}
}
