import type { Article, ParagraphKind } from "../corpus/article.js";
import type { Quote, QuoteKind } from "../quotes/extract.js";
import { quotationsOf } from "../quotes/quotations.js";
import { displayWidth } from "../text/graphemes.js";
import { type LineSpan, wrap } from "../text/wrap.js";

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

export interface DocumentLayout {
	readonly width: number;
	readonly blocks: readonly Block[];
	readonly lines: readonly DocLine[];
}

/** A reading position that survives a change of width: a place in a block. */
export interface Anchor {
	readonly block: number;
	readonly offset: number;
}

export const TOP: Anchor = { block: 0, offset: 0 };

export const LABELS: Record<ParagraphKind, string | null> = {
	text: null,
	caption: "[caption] ",
	boilerplate: "[promo] ",
};

const blockCache = new WeakMap<Article, Block[]>();

export function documentBlocks(article: Article): Block[] {
	let blocks = blockCache.get(article);
	if (blocks) return blocks;
	const header = (style: BlockStyle, text: string): Block => ({
		style,
		text,
		paragraph: null,
		label: null,
		quotes: [],
		attribution: null,
	});
	blocks = [header("title", article.title)];
	blocks.push(
		header(
			"meta",
			[article.source ?? "unknown source", article.published].filter(Boolean).join(" · "),
		),
	);
	if (article.url) blocks.push(header("link", article.url));
	const byParagraph = new Map<number, Quote[]>();
	for (const quote of quotationsOf(article)) {
		const list = byParagraph.get(quote.paragraph) ?? [];
		list.push(quote);
		byParagraph.set(quote.paragraph, list);
	}
	article.paragraphs.forEach((paragraph, index) => {
		const here = byParagraph.get(index) ?? [];
		const speakers = [
			...new Set(
				here.flatMap((quote) =>
					quote.kind === "statement" && quote.speaker ? [quote.speaker] : [],
				),
			),
		];
		blocks?.push({
			style: paragraph.kind,
			text: paragraph.text,
			paragraph: index,
			label: LABELS[paragraph.kind],
			quotes: here.map((quote) => ({ start: quote.start, end: quote.end, kind: quote.kind })),
			attribution: speakers.length > 0 ? `— ${speakers.join("; ")}` : null,
		});
	});
	blockCache.set(article, blocks);
	return blocks;
}

/** The block that shows a paragraph (-1: the title). */
export function blockOfParagraph(article: Article, paragraph: number): number {
	if (paragraph < 0) return 0;
	return documentBlocks(article).length - article.paragraphs.length + paragraph;
}

/** The paragraph a block shows, or -1 for the header blocks (title, source, link). */
export function paragraphOfBlock(article: Article, block: number): number {
	return documentBlocks(article)[block]?.paragraph ?? -1;
}

// Title and meta lines sit together; every other block is followed by a blank line.
function blankAfter(blocks: readonly Block[], index: number): boolean {
	const next = blocks[index + 1];
	if (!next) return false;
	const current = blocks[index] as Block;
	return !(current.style === "title" || (current.style === "meta" && next.style === "link"));
}

const layoutCache = new WeakMap<Article, Map<number, DocumentLayout>>();
const WIDTHS_KEPT = 4;

/**
 * The article laid out at `width` columns: computed once per width and kept,
 * so that a keystroke only slices the visible lines out of it.
 */
export function layoutDocument(article: Article, width: number): DocumentLayout {
	let byWidth = layoutCache.get(article);
	if (!byWidth) {
		byWidth = new Map();
		layoutCache.set(article, byWidth);
	}
	const cached = byWidth.get(width);
	if (cached) return cached;
	const blocks = documentBlocks(article);
	const lines: DocLine[] = [];
	blocks.forEach((block, index) => {
		const indent = block.label ? displayWidth(block.label) : 0;
		const spans: LineSpan[] = wrap(block.text, Math.max(1, width - indent));
		spans.forEach((span, line) => {
			lines.push({
				block: index,
				start: span.start,
				end: span.end,
				blank: false,
				attribution: false,
				first: line === 0,
			});
		});
		if (block.attribution) {
			const end = block.text.length;
			lines.push({ block: index, start: end, end, blank: false, attribution: true, first: false });
		}
		if (blankAfter(blocks, index)) {
			// One past the end, so that no text line (not even of an empty block) shares its anchor.
			const past = block.text.length + 1;
			lines.push({
				block: index,
				start: past,
				end: past,
				blank: true,
				attribution: false,
				first: false,
			});
		}
	});
	const layout = { width, blocks, lines };
	if (byWidth.size >= WIDTHS_KEPT) {
		const oldest = byWidth.keys().next().value;
		if (oldest !== undefined) byWidth.delete(oldest);
	}
	byWidth.set(width, layout);
	return layout;
}

function compare(line: DocLine, anchor: Anchor): number {
	return line.block !== anchor.block ? line.block - anchor.block : line.start - anchor.offset;
}

/** Index of the line that holds the anchor: the last line starting at or before it. */
export function lineOfAnchor(layout: DocumentLayout, anchor: Anchor): number {
	let low = 0;
	let high = layout.lines.length - 1;
	let found = 0;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if (compare(layout.lines[middle] as DocLine, anchor) <= 0) {
			found = middle;
			low = middle + 1;
		} else {
			high = middle - 1;
		}
	}
	return found;
}

export function anchorOfLine(layout: DocumentLayout, index: number): Anchor {
	const line = layout.lines[Math.max(0, Math.min(index, layout.lines.length - 1))];
	return line ? { block: line.block, offset: line.start } : TOP;
}

export function maxTop(layout: DocumentLayout, height: number): number {
	return Math.max(0, layout.lines.length - height);
}

/** The first visible line for an anchor: its line, unless that would leave the screen part empty. */
export function topLine(layout: DocumentLayout, anchor: Anchor, height: number): number {
	return Math.min(lineOfAnchor(layout, anchor), maxTop(layout, height));
}

/** How far through the document the bottom of the screen is, as a whole percentage. */
export function percentRead(layout: DocumentLayout, top: number, height: number): number {
	const total = layout.lines.length;
	if (total === 0) return 100;
	return Math.min(100, Math.round((100 * Math.min(total, top + height)) / total));
}
