import { displayWidth } from "../text/graphemes.js";
import { wrap } from "../text/wrap.js";
import type { ArticleBlocks, Block, DocLine, Piece } from "./blocks.js";

// Up to this much text, a layout is wrapped whole when made (a few
// milliseconds), so that its line count and position are exact.
const WRAP_WHOLE_CHARS = 65_536;

/**
 * An article laid out at `width` columns. Pieces are wrapped when first
 * needed and kept, so that a very long article costs no more to open than
 * the screen it shows; walking the lines is in ./position.ts.
 */
export class DocumentLayout {
	readonly width: number;
	private readonly blocks: ArticleBlocks;
	private readonly wrapped: (readonly DocLine[] | undefined)[];
	// What is known and what is not, for a line count that costs nothing to ask.
	private wrappedLines = 0;
	private wrappedTextLines = 0;
	private wrappedChars = 0;
	private unwrappedChars = 0;
	private unwrappedPieces: number;
	private unwrappedClosing = 0;

	constructor(blocks: ArticleBlocks, width: number) {
		this.width = width;
		this.blocks = blocks;
		const count = blocks.pieceCount;
		this.wrapped = new Array(count);
		this.unwrappedPieces = count;
		this.unwrappedChars = blocks.chars;
		this.unwrappedClosing = blocks.closingTotal;
		if (this.unwrappedChars <= WRAP_WHOLE_CHARS)
			for (let piece = 0; piece < count; piece++) this.lines(piece);
	}

	get blockCount(): number {
		return this.blocks.count;
	}

	block(index: number): Block {
		return this.blocks.block(index);
	}

	get pieceCount(): number {
		return this.blocks.pieceCount;
	}

	piece(index: number): Piece {
		return this.blocks.piece(index);
	}

	/** The index of a block's first piece. */
	firstPiece(block: number): number {
		return this.blocks.firstPiece(block);
	}

	/** Every piece is wrapped: line counts are exact. */
	get complete(): boolean {
		return this.unwrappedPieces === 0;
	}

	private isLast(piece: number): boolean {
		return this.blocks.isLast(piece);
	}

	/** The lines of one piece, wrapped now if they were not yet. */
	lines(index: number): readonly DocLine[] {
		const known = this.wrapped[index];
		if (known) return known;
		if (index < 0 || index >= this.pieceCount) return [];
		const { block: blockIndex, start, end } = this.piece(index);
		const block = this.blocks.block(blockIndex);
		const indent = block.label ? displayWidth(block.label) : 0;
		const spans = wrap(block.text.slice(start, end), Math.max(1, this.width - indent));
		const lines: DocLine[] = spans.map((span, line) => ({
			block: blockIndex,
			start: start + span.start,
			end: start + span.end,
			blank: false,
			attribution: false,
			first: line === 0 && start === 0,
		}));
		this.wrappedTextLines += lines.length;
		this.wrappedChars += end - start;
		this.unwrappedChars -= end - start;
		this.unwrappedPieces--;
		if (this.isLast(index)) {
			const closing = this.blocks.closingLines(blockIndex);
			lines.push(...closing);
			this.unwrappedClosing -= closing.length;
		}
		this.wrappedLines += lines.length;
		this.wrapped[index] = lines;
		return lines;
	}

	// Lines per character of the text wrapped so far, to estimate the rest.
	private linesPerChar(): number {
		return this.wrappedChars > 0 ? this.wrappedTextLines / this.wrappedChars : 1 / this.width;
	}

	/** How many lines a piece has: exact once wrapped, estimated from those wrapped so far before. */
	lineCount(index: number): number {
		const known = this.wrapped[index];
		if (known) return known.length;
		if (index < 0 || index >= this.pieceCount) return 0;
		const { block, start, end } = this.piece(index);
		const text = Math.max(1, Math.round((end - start) * this.linesPerChar()));
		return this.isLast(index) ? text + this.blocks.closingCount(block) : text;
	}

	/** Lines in the whole document: exact once it is wholly wrapped, estimated before. */
	lineTotal(): number {
		if (this.unwrappedPieces === 0) return this.wrappedLines;
		const text = Math.max(
			this.unwrappedPieces,
			Math.round(this.unwrappedChars * this.linesPerChar()),
		);
		return this.wrappedLines + text + this.unwrappedClosing;
	}
}
