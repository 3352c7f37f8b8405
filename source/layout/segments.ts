import type { BlockStyle, DocumentLayout } from "./document.js";

export type SegmentStyle = BlockStyle | "label";

/** A run of one line drawn in one style. Text is raw: the view sanitises it. */
export interface Segment {
	readonly text: string;
	readonly style: SegmentStyle;
	/** For a link, the whole address (a long one is wrapped over several lines). */
	readonly href?: string;
}

/**
 * The pieces of one document line: the block's label (or the indent under
 * it, on later lines), then the line's text.
 */
export function lineSegments(layout: DocumentLayout, index: number): Segment[] {
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
	const text = block.text.slice(line.start, line.end);
	segments.push(
		block.style === "link"
			? { text, style: block.style, href: block.text }
			: { text, style: block.style },
	);
	return segments;
}
