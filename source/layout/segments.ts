import type { QuoteKind } from "../quotes/extract.js";
import { partitionPoint } from "../sorted.js";
import type { BlockStyle, DocLine } from "./blocks.js";
import type { DocumentLayout } from "./document.js";
import type { BlockHighlights } from "./highlights.js";

export type SegmentStyle = BlockStyle | "label" | "attribution";

/** A run of one line drawn in one style. Text is raw: the view sanitises it. */
export interface Segment {
	readonly text: string;
	readonly style: SegmentStyle;
	/** For a link, the whole address (a long one is wrapped over several lines). */
	readonly href?: string;
	/** A search match ("current" for the one n/N stands on). */
	readonly mark?: "match" | "current";
	/** Inside a quotation. */
	readonly quote?: QuoteKind;
	/** Inside the quotation (or sentence) the reader has gone to with ] [ or m. */
	readonly chosen?: boolean;
}

/** A span of a block the reader has gone to: a quotation, or the sentence that carries one. */
export interface QuotationSpan {
	readonly block: number;
	readonly start: number;
	readonly end: number;
}

interface Range {
	readonly start: number;
	readonly end: number;
	readonly apply: Partial<Segment>;
}

/**
 * The pieces of one document line: the block's label (or the indent under
 * it, on later lines), then the line's text cut wherever a search match,
 * a quotation or the chosen quotation begins or ends.
 */
export function lineSegments(
	layout: DocumentLayout,
	line: DocLine,
	highlights?: BlockHighlights,
	quotation?: QuotationSpan | null,
): Segment[] {
	if (line.blank) return [];
	const block = layout.block(line.block);
	if (line.attribution)
		return block.attribution ? [{ text: block.attribution, style: "attribution" }] : [];
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
	const ranges: Range[] = [
		...over(block.quotes, line).map((quote) => ({
			start: quote.start,
			end: quote.end,
			apply: { quote: quote.kind },
		})),
		...over(highlights?.get(line.block) ?? [], line).map((mark) => ({
			start: mark.start,
			end: mark.end,
			apply: { mark: mark.current ? ("current" as const) : ("match" as const) },
		})),
		...(quotation && quotation.block === line.block
			? [{ start: quotation.start, end: quotation.end, apply: { chosen: true } }]
			: []),
	];
	segments.push(...pieces(block.text, line, block.style, ranges));
	return segments;
}

/** Cuts a line's text at every edge of the ranges that cross it; each piece takes the ranges over it. */
function pieces(
	text: string,
	line: DocLine,
	style: BlockStyle,
	ranges: readonly Range[],
): Segment[] {
	const crossing = ranges.filter((range) => range.end > line.start && range.start < line.end);
	const edges = new Set([line.start, line.end]);
	for (const range of crossing) {
		if (range.start > line.start && range.start < line.end) edges.add(range.start);
		if (range.end > line.start && range.end < line.end) edges.add(range.end);
	}
	const cuts = [...edges].sort((a, b) => a - b);
	const result: Segment[] = [];
	for (let i = 0; i < cuts.length - 1; i++) {
		const from = cuts[i] as number;
		const to = cuts[i + 1] as number;
		let segment: Segment = { text: text.slice(from, to), style };
		for (const range of crossing)
			if (range.start <= from && range.end >= to) segment = { ...segment, ...range.apply };
		result.push(segment);
	}
	if (result.length === 0) result.push({ text: "", style });
	return result;
}

export type GutterMark = "current" | "quote" | null;

/**
 * What the reader's gutter shows beside a line: the current search match
 * or the focused quotation, else a bar beside a statement, else nothing.
 * The gutter says it even where the terminal shows no styles.
 */
export function gutterMark(
	layout: DocumentLayout,
	line: DocLine,
	highlights?: BlockHighlights,
	quotation?: QuotationSpan | null,
): GutterMark {
	if (line.blank || line.attribution) return null;
	const block = layout.block(line.block);
	if (over(highlights?.get(line.block) ?? [], line).some((mark) => mark.current)) return "current";
	if (
		quotation &&
		quotation.block === line.block &&
		quotation.start < line.end &&
		quotation.end > line.start
	)
		return "current";
	if (over(block.quotes, line).some((quote) => quote.kind === "statement")) return "quote";
	return null;
}

interface Span {
	readonly start: number;
	readonly end: number;
}

const reaches = new WeakMap<readonly Span[], number>();

/**
 * The spans of a list (sorted by start) that cross a line. A paragraph of
 * a book's length holds thousands of quotations: they are found by a
 * binary search, not by looking at each for every line drawn.
 */
function over<T extends Span>(list: readonly T[], line: Span): T[] {
	const crosses = (span: Span) => span.start < line.end && span.end > line.start;
	if (list.length <= 32) return list.filter(crosses);
	let reach = reaches.get(list);
	if (reach === undefined) {
		reach = 0;
		for (const span of list) reach = Math.max(reach, span.end - span.start);
		reaches.set(list, reach);
	}
	// The first span that starts at or after the line's end; those before it may cross it.
	const low = partitionPoint(list.length, (index) => (list[index] as T).start >= line.end);
	const found: T[] = [];
	for (let index = low - 1; index >= 0; index--) {
		const span = list[index] as T;
		if (span.start + reach <= line.start) break;
		if (crosses(span)) found.push(span);
	}
	return found.reverse();
}
