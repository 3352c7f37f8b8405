import type { Anchor, DocLine } from "./blocks.js";
import type { DocumentLayout } from "./document.js";

/**
 * A line of a laid-out document: its piece, and the line within it. Lines
 * are found by walking from piece to piece, so that only the pieces walked
 * over are wrapped, never the whole of a long article.
 */
export interface Position {
	readonly piece: number;
	readonly line: number;
}

export const START: Position = { piece: 0, line: 0 };

export function comparePositions(a: Position, b: Position): number {
	return a.piece !== b.piece ? a.piece - b.piece : a.line - b.line;
}

export function lineAt(layout: DocumentLayout, position: Position): DocLine | undefined {
	return layout.lines(position.piece)[position.line];
}

export function lastPosition(layout: DocumentLayout): Position {
	const piece = layout.pieceCount - 1;
	if (piece < 0) return START;
	return { piece, line: Math.max(0, layout.lines(piece).length - 1) };
}

/** The line that holds the anchor: the last line of its block starting at or before it. */
export function positionOf(layout: DocumentLayout, anchor: Anchor): Position {
	if (anchor.block < 0) return START;
	if (anchor.block >= layout.blockCount) return lastPosition(layout);
	const end = layout.firstPiece(anchor.block + 1);
	let piece = layout.firstPiece(anchor.block);
	while (piece + 1 < end && layout.piece(piece + 1).start <= anchor.offset) piece++;
	const lines = layout.lines(piece);
	let low = 0;
	let high = lines.length - 1;
	let found = 0;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if ((lines[middle] as DocLine).start <= anchor.offset) {
			found = middle;
			low = middle + 1;
		} else {
			high = middle - 1;
		}
	}
	return { piece, line: found };
}

export function anchorAt(layout: DocumentLayout, position: Position): Anchor {
	const line = lineAt(layout, position);
	return line ? { block: line.block, offset: line.start } : { block: 0, offset: 0 };
}

/** `count` lines down (up, when negative), stopping at the first or last line. */
export function move(layout: DocumentLayout, from: Position, count: number): Position {
	let { piece, line } = from;
	let left = count;
	if (left > 0) {
		const lastPiece = layout.pieceCount - 1;
		while (left > 0) {
			const room = layout.lines(piece).length - 1 - line;
			if (left <= room || piece >= lastPiece) return { piece, line: line + Math.min(left, room) };
			left -= room + 1;
			piece++;
			line = 0;
		}
	} else {
		while (left < 0) {
			if (-left <= line || piece === 0) return { piece, line: Math.max(0, line + left) };
			left += line + 1;
			piece--;
			line = layout.lines(piece).length - 1;
		}
	}
	return { piece, line };
}

/** The top line that puts the document's last line at the bottom of the screen. */
export function maxTop(layout: DocumentLayout, height: number): Position {
	return move(layout, lastPosition(layout), -(Math.max(1, height) - 1));
}

/** The first visible line for an anchor: its line, unless that would leave the screen part empty. */
export function topOf(layout: DocumentLayout, anchor: Anchor, height: number): Position {
	const position = positionOf(layout, anchor);
	const last = maxTop(layout, height);
	return comparePositions(position, last) > 0 ? last : position;
}

/** Up to `count` lines from a position on. */
export function linesFrom(layout: DocumentLayout, from: Position, count: number): DocLine[] {
	const result: DocLine[] = [];
	let { piece, line } = from;
	while (result.length < count && piece < layout.pieceCount) {
		const lines = layout.lines(piece);
		while (result.length < count && line < lines.length) result.push(lines[line++] as DocLine);
		piece++;
		line = 0;
	}
	return result;
}

/** Whether `position` is one of the `height` lines from `top` on. */
export function onScreen(
	layout: DocumentLayout,
	top: Position,
	height: number,
	position: Position,
): boolean {
	if (comparePositions(position, top) < 0) return false;
	return comparePositions(position, move(layout, top, height - 1)) <= 0;
}

/** The line's number from the top of the document: exact once every piece before it is wrapped. */
export function lineNumber(layout: DocumentLayout, position: Position): number {
	let number = position.line;
	for (let piece = 0; piece < position.piece; piece++) number += layout.lineCount(piece);
	return number;
}

/** Lines in the document: exact once it is wholly wrapped, estimated before. */
export function lineTotal(layout: DocumentLayout): number {
	return layout.lineTotal();
}

/** The document's end is on a screen that starts at `top`. */
export function endInView(layout: DocumentLayout, top: Position, height: number): boolean {
	return comparePositions(top, maxTop(layout, height)) >= 0;
}

/** How far through the document the bottom of the screen is, as a whole percentage. */
export function percentRead(layout: DocumentLayout, top: Position, height: number): number {
	if (endInView(layout, top, height)) return 100;
	const total = lineTotal(layout);
	const percent = Math.round((100 * Math.min(total, lineNumber(layout, top) + height)) / total);
	// Estimated line counts must not claim the end before it is on screen.
	return Math.min(99, percent);
}
