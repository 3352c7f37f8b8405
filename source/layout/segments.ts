import type { BlockStyle, DocumentLayout } from "./document.js";
import type { BlockMarks, Mark } from "./marks.js";

export type SegmentStyle = BlockStyle | "label";

/** A run of one line drawn in one style. Text is raw: the view sanitises it. */
export interface Segment {
	readonly text: string;
	readonly style: SegmentStyle;
	/** For a link, the whole address (a long one is wrapped over several lines). */
	readonly href?: string;
	/** A search match ("current" for the one n/N stands on). */
	readonly mark?: "match" | "current";
}

/**
 * The pieces of one document line: the block's label (or the indent under
 * it, on later lines), then the line's text.
 */
export function lineSegments(layout: DocumentLayout, index: number, marks?: BlockMarks): Segment[] {
	const line = layout.lines[index];
	if (!line || line.blank) return [];
	const block = layout.blocks[line.block];
	if (!block) return [];
	const segments: Segment[] = [];
	if (block.label) {
		segments.push({
			text: line.first ? block.label : " ".repeat(block.label.length),
			style: "label",
		});
	}
	if (block.style === "link") {
		segments.push({
			text: block.text.slice(line.start, line.end),
			style: block.style,
			href: block.text,
		});
		return segments;
	}
	segments.push(
		...markedPieces(block.text, line.start, line.end, block.style, marks?.get(line.block) ?? []),
	);
	return segments;
}

/** Cuts [start, end) of a block's text at the edges of the marks that cross it. */
function markedPieces(
	text: string,
	start: number,
	end: number,
	style: BlockStyle,
	marks: readonly Mark[],
): Segment[] {
	const pieces: Segment[] = [];
	let at = start;
	for (const mark of marks) {
		if (mark.end <= at || mark.start >= end) continue;
		const from = Math.max(at, mark.start);
		const to = Math.min(end, mark.end);
		if (from > at) pieces.push({ text: text.slice(at, from), style });
		pieces.push({ text: text.slice(from, to), style, mark: mark.current ? "current" : "match" });
		at = to;
	}
	if (at < end || pieces.length === 0) pieces.push({ text: text.slice(at, end), style });
	return pieces;
}

/** Whether a line shows part of the current match (the reader marks it in the gutter). */
export function holdsCurrentMark(
	layout: DocumentLayout,
	index: number,
	marks: BlockMarks,
): boolean {
	const line = layout.lines[index];
	if (!line || line.blank) return false;
	return (marks.get(line.block) ?? []).some(
		(mark) => mark.current && mark.start < line.end && mark.end > line.start,
	);
}
