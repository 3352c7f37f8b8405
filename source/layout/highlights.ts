import type { Article } from "../corpus/article.js";
import type { Range, SearchResult } from "../search/index.js";
import { blockOfParagraph } from "./blocks.js";

/** A highlighted range of a block's text. */
export interface Highlight {
	readonly start: number;
	readonly end: number;
	/** The match n/N stands on, drawn differently from the others. */
	readonly current: boolean;
}

export type BlockHighlights = ReadonlyMap<number, readonly Highlight[]>;

export const NO_HIGHLIGHTS: BlockHighlights = new Map();

/**
 * The search highlights for one article, by block: every match in it, the
 * current one flagged. Matches are in reading order, so an article's are
 * found by a binary search and a short walk.
 */
export function searchHighlights(
	result: SearchResult | null,
	articleIndex: number,
	article: Article,
	currentId: number | null,
): BlockHighlights {
	if (!result || result.matches.length === 0) return NO_HIGHLIGHTS;
	const highlights = new Map<number, Highlight[]>();
	for (const id of result.matchesIn(articleIndex)) {
		const ref = result.passage(id);
		const block = blockOfParagraph(article, ref.paragraph);
		const list = highlights.get(block) ?? [];
		const ranges: readonly Range[] = result.ranges(id);
		for (const [start, end] of ranges) list.push({ start, end, current: id === currentId });
		highlights.set(block, list);
	}
	for (const list of highlights.values()) list.sort((a, b) => a.start - b.start);
	return highlights;
}
