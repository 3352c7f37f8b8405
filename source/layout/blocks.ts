import type { Article, ParagraphKind } from "../corpus/article.js";
import type { Quote, QuoteKind } from "../quotes/extract.js";
import { PIECE_CHARS, pieceEnds } from "./pieces.js";

export type BlockStyle = "title" | "meta" | "link" | ParagraphKind;

/** A unit of the reader's document: the article's header lines, then its paragraphs. */
export interface Block {
	readonly style: BlockStyle;
	readonly text: string;
	/** Index into Article.paragraphs, or null for the header blocks. */
	readonly paragraph: number | null;
	/** A marker drawn before the text (captions, boilerplate), not part of it. */
	readonly label: string | null;
	/** The quotations in the block's text. */
	readonly quotes: readonly QuoteMark[];
	/** Who is quoted in the block ("— Julie Wood"), shown on a line after it; null when nobody named is. */
	readonly attribution: string | null;
}

/** Where a quotation stands in a block's text. */
export interface QuoteMark {
	readonly start: number;
	readonly end: number;
	readonly kind: QuoteKind;
}

/** One screen line of the document: part of a block, or the blank line after one. */
export interface DocLine {
	readonly block: number;
	readonly start: number;
	readonly end: number;
	/** The blank line that follows a block; start and end are then one past the block's end. */
	readonly blank: boolean;
	/** The line naming who is quoted in the block; start and end are then the block's length. */
	readonly attribution: boolean;
	/** The block's first line, where its label is drawn. */
	readonly first: boolean;
}

/** A reading position that survives a change of width: a place in a block. */
export interface Anchor {
	readonly block: number;
	readonly offset: number;
}

export const TOP: Anchor = { block: 0, offset: 0 };

/**
 * The end of an article, wherever that falls: a reader scrolled to the end
 * stays there when lines are added above it (the attribution lines of a
 * long article's quotations, found after it is shown).
 */
export const END: Anchor = { block: Number.MAX_SAFE_INTEGER, offset: 0 };

export const LABELS: Record<ParagraphKind, string | null> = {
	text: null,
	caption: "[caption] ",
	boilerplate: "[promo] ",
};

/** Title and source always; the address when there is one. */
function headerBlocks(article: Article): number {
	return article.url ? 3 : 2;
}

/** The block that shows a paragraph (-1: the title). */
export function blockOfParagraph(article: Article, paragraph: number): number {
	if (paragraph < 0) return 0;
	return headerBlocks(article) + paragraph;
}

/** The paragraph a block shows, or -1 for the header blocks (title, source, link). */
export function paragraphOfBlock(article: Article, block: number): number {
	const paragraph = block - headerBlocks(article);
	return paragraph >= 0 && paragraph < article.paragraphs.length ? paragraph : -1;
}

/** "— Julie Wood; David Fathi": who is quoted in a paragraph, or null when nobody named is. */
function attribution(quotes: readonly Quote[]): string | null {
	const speakers = new Set<string>();
	for (const quote of quotes)
		if (quote.kind === "statement" && quote.speaker) speakers.add(quote.speaker);
	return speakers.size > 0 ? `— ${[...speakers].join("; ")}` : null;
}

/**
 * The blocks of an article (its header lines, then its paragraphs) with
 * the quotations given, and the pieces they are wrapped in. Blocks are made
 * when first asked for and pieces are kept in flat arrays, so that an
 * article of tens of thousands of paragraphs costs little to open.
 */
export class ArticleBlocks {
	readonly count: number;
	/** The characters of every block's text. */
	readonly chars: number;
	/** Where blocks are cut into pieces; null when none is long enough to be, and pieces are blocks. */
	private readonly split: {
		/** Each piece's block, and its start and end in the block's text. */
		readonly block: number[];
		readonly start: number[];
		readonly end: number[];
		/** For each block, the index of its first piece (and one more entry: the piece count). */
		readonly first: Int32Array;
	} | null;
	/** The attribution line of each block that has one ("— Julie Wood"), by block. */
	private readonly attributions: ReadonlyMap<number, string>;
	private readonly article: Article;
	private readonly header: readonly Block[];
	private readonly quotes: ReadonlyMap<number, Quote[]>;
	private readonly made: (Block | undefined)[];

	constructor(article: Article, quotes: readonly Quote[]) {
		this.article = article;
		const header = (style: BlockStyle, text: string): Block => ({
			style,
			text,
			paragraph: null,
			label: null,
			quotes: [],
			attribution: null,
		});
		const meta = [article.source ?? "unknown source", article.published].filter(Boolean);
		this.header = [
			header("title", article.title),
			header("meta", meta.join(" · ")),
			...(article.url ? [header("link", article.url)] : []),
		];
		this.count = this.header.length + article.paragraphs.length;
		this.made = new Array(this.count);
		const byParagraph = new Map<number, Quote[]>();
		for (const quote of quotes) {
			const list = byParagraph.get(quote.paragraph) ?? [];
			list.push(quote);
			byParagraph.set(quote.paragraph, list);
		}
		this.quotes = byParagraph;
		const attributions = new Map<number, string>();
		for (const [paragraph, list] of byParagraph) {
			const line = attribution(list);
			if (line) attributions.set(this.header.length + paragraph, line);
		}
		this.attributions = attributions;
		let chars = 0;
		let long = false;
		for (let block = 0; block < this.count; block++) {
			const length = this.text(block).length;
			chars += length;
			if (length > PIECE_CHARS) long = true;
		}
		this.chars = chars;
		this.split = long ? this.cut() : null;
	}

	private cut() {
		const split = {
			block: [] as number[],
			start: [] as number[],
			end: [] as number[],
			first: new Int32Array(this.count + 1),
		};
		for (let block = 0; block < this.count; block++) {
			split.first[block] = split.block.length;
			let start = 0;
			for (const end of pieceEnds(this.text(block))) {
				split.block.push(block);
				split.start.push(start);
				split.end.push(end);
				start = end;
			}
		}
		split.first[this.count] = split.block.length;
		return split;
	}

	get pieceCount(): number {
		return this.split ? this.split.block.length : this.count;
	}

	piece(index: number): Piece {
		if (!this.split) return { block: index, start: 0, end: this.text(index).length };
		return {
			block: this.split.block[index] ?? 0,
			start: this.split.start[index] ?? 0,
			end: this.split.end[index] ?? 0,
		};
	}

	/** The index of a block's first piece (the piece count for one past the last block). */
	firstPiece(block: number): number {
		if (!this.split) return Math.min(block, this.count);
		return this.split.first[block] ?? this.pieceCount;
	}

	/** The piece is the last of its block. */
	isLast(piece: number): boolean {
		if (!this.split) return true;
		return this.split.block[piece + 1] !== this.split.block[piece];
	}

	/** The attribution and blank lines of every block. */
	get closingTotal(): number {
		// As blankAfter: every block but the last, less the title and a source line followed by the address.
		const blanks = this.count - 1 - (this.header.length === 3 ? 2 : 1);
		return Math.max(0, blanks) + this.attributions.size;
	}

	text(index: number): string {
		return (
			this.header[index]?.text ?? this.article.paragraphs[index - this.header.length]?.text ?? ""
		);
	}

	block(index: number): Block {
		let block = this.header[index] ?? this.made[index];
		if (block) return block;
		const paragraphIndex = index - this.header.length;
		const paragraph = this.article.paragraphs[paragraphIndex] ?? { text: "", kind: "text" };
		const here = this.quotes.get(paragraphIndex);
		block = {
			style: paragraph.kind,
			text: paragraph.text,
			paragraph: paragraphIndex,
			label: LABELS[paragraph.kind],
			quotes: here
				? here.map((quote) => ({ start: quote.start, end: quote.end, kind: quote.kind }))
				: [],
			attribution: this.attributions.get(index) ?? null,
		};
		this.made[index] = block;
		return block;
	}

	/** Title and meta lines sit together; every other block is followed by a blank line. */
	blankAfter(index: number): boolean {
		if (index >= this.count - 1) return false;
		// Blocks 0 and 1 are the title and source; 2 is the address when there is one.
		return !(index === 0 || (index === 1 && this.header.length === 3));
	}

	/** How many lines follow a block's text: closingLines(index).length, without making them. */
	closingCount(index: number): number {
		return (this.attributions.has(index) ? 1 : 0) + (this.blankAfter(index) ? 1 : 0);
	}

	/** The attribution line and the blank line after a block, as it has them. */
	closingLines(index: number): DocLine[] {
		const length = this.text(index).length;
		const lines: DocLine[] = [];
		if (this.attributions.has(index)) {
			lines.push({
				block: index,
				start: length,
				end: length,
				blank: false,
				attribution: true,
				first: false,
			});
		}
		if (this.blankAfter(index)) {
			// One past the end, so that no text line (not even of an empty block) shares its anchor.
			lines.push({
				block: index,
				start: length + 1,
				end: length + 1,
				blank: true,
				attribution: false,
				first: false,
			});
		}
		return lines;
	}
}

/** A stretch of a block wrapped on its own: the whole block, or a part of a very long one. */
export interface Piece {
	readonly block: number;
	readonly start: number;
	readonly end: number;
}
