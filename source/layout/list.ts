import type { Corpus } from "../corpus/corpus.js";
import { truncate } from "../text/truncate.js";
import { wrap } from "../text/wrap.js";
import { keptPerOwner } from "./kept.js";
import { scrollToKeep } from "./scroll.js";

/** One line of the article list. Text is raw: the view sanitises it. */
export type ListLine =
	| { readonly kind: "story"; readonly story: number }
	| {
			readonly kind: "title" | "source";
			readonly position: number;
			readonly article: number;
			readonly text: string;
			/** The article's first line, where the selection marker goes. */
			readonly first: boolean;
	  }
	| { readonly kind: "blank" };

export interface ListLayout {
	readonly lines: readonly ListLine[];
	/** For each list position (index into Corpus.order): the lines it occupies, story header included. */
	readonly ranges: readonly { readonly first: number; readonly last: number }[];
}

/** Columns before each article's text: the selection marker, the unread mark and a space. */
export const LIST_INDENT = 3;
const TITLE_LINES = 2;

// A few widths: a burst of resizes passes through many.
const kept = keptPerOwner<Corpus, ListLayout>(4);

/**
 * The list pane's lines at `width` columns: each story with an id gets a
 * header, then each of its articles its title (on up to two lines) and its
 * source; stories are set apart by a blank line.
 */
export function layoutList(corpus: Corpus, width: number, ellipsis = "\u2026"): ListLayout {
	return kept(corpus, `${width}:${ellipsis}`, () => makeList(corpus, width, ellipsis));
}

function makeList(corpus: Corpus, width: number, ellipsis: string): ListLayout {
	const textWidth = Math.max(1, width - LIST_INDENT);
	const lines: ListLine[] = [];
	const ranges: { first: number; last: number }[] = [];
	let position = 0;
	corpus.stories.forEach((story, storyIndex) => {
		if (storyIndex > 0) lines.push({ kind: "blank" });
		const header = lines.length;
		if (story.id !== null) lines.push({ kind: "story", story: storyIndex });
		story.articles.forEach((article, indexInStory) => {
			const first = indexInStory === 0 ? header : lines.length;
			const title = corpus.articles[article]?.title ?? "";
			const spans = wrap(title, textWidth);
			spans.slice(0, TITLE_LINES).forEach((span, line) => {
				const last = line === TITLE_LINES - 1 && spans.length > TITLE_LINES;
				const text = last
					? truncate(title.slice(span.start), textWidth, ellipsis)
					: title.slice(span.start, span.end);
				lines.push({ kind: "title", position, article, text, first: line === 0 });
			});
			const source = corpus.articles[article]?.source ?? "unknown source";
			lines.push({
				kind: "source",
				position,
				article,
				text: truncate(source, textWidth, ellipsis),
				first: false,
			});
			ranges.push({ first, last: lines.length - 1 });
			position++;
		});
	});
	return { lines, ranges };
}

/**
 * The first visible list line that keeps the selected article's lines on
 * screen, moving as little as possible from the current one.
 */
export function scrollListTo(
	layout: ListLayout,
	current: number,
	position: number,
	height: number,
): number {
	const range = layout.ranges[position];
	if (!range) return 0;
	return scrollToKeep(current, range.first, range.last, height, () => layout.lines.length);
}

/** Articles per page of the list, for paging the selection. */
export function articlesPerPage(layout: ListLayout, height: number): number {
	const count = layout.ranges.length;
	if (count === 0) return 1;
	const average = layout.lines.length / count;
	return Math.max(1, Math.floor(height / average));
}
