import { titleWidthOf } from "../corpus/article.js";
import type { Corpus } from "../corpus/corpus.js";
import { graphemes } from "../text/graphemes.js";
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

/**
 * The article list at one width. Only where each article's lines begin is
 * worked out for the whole list (from the width of its title); the lines
 * themselves are laid out when they are shown, a screenful at a time, so
 * that a list of 100,000 articles costs what its visible rows do.
 */
export interface ListLayout {
	/** How many lines the whole list has. */
	readonly length: number;
	/** How many articles (list positions) it has. */
	readonly positions: number;
	/** The lines [from, to), laid out now. */
	lines(from: number, to: number, ellipsis?: string): ListLine[];
	/** The lines a list position occupies, its story's header included for a story's first article. */
	range(position: number): { readonly first: number; readonly last: number } | undefined;
}

/** Columns before each article's text: the selection marker, the unread mark and a space. */
export const LIST_INDENT = 3;
const TITLE_LINES = 2;

// A few widths: a burst of resizes passes through many.
const kept = keptPerOwner<Corpus, ListLayout>(4);
// Titles' widths do not depend on the list's: measured once per corpus.
const titleWidths = new WeakMap<Corpus, Int32Array>();

/**
 * The list pane's lines at `width` columns: each story with an id gets a
 * header, then each of its articles its title (on up to two lines) and its
 * source; stories are set apart by a blank line.
 */
export function layoutList(corpus: Corpus, width: number): ListLayout {
	return kept(corpus, String(width), () => new LazyList(corpus, Math.max(1, width - LIST_INDENT)));
}

class LazyList implements ListLayout {
	readonly length: number;
	readonly positions: number;
	/** For each position, its first line (a blank line before its story, if any); then the end. */
	private readonly starts: Int32Array;

	constructor(
		private readonly corpus: Corpus,
		private readonly textWidth: number,
	) {
		const widths = widthsOf(corpus);
		this.positions = corpus.order.length;
		this.starts = new Int32Array(this.positions + 1);
		let line = 0;
		for (let position = 0; position < this.positions; position++) {
			this.starts[position] = line;
			const article = corpus.order[position] as number;
			const { blank, header } = this.opening(position);
			line += Number(blank) + Number(header) + titleLines(widths, article, textWidth, corpus) + 1;
		}
		this.starts[this.positions] = line;
		this.length = line;
	}

	range(position: number): { first: number; last: number } | undefined {
		if (position < 0 || position >= this.positions) return undefined;
		const first = (this.starts[position] as number) + Number(this.opening(position).blank);
		return { first, last: (this.starts[position + 1] as number) - 1 };
	}

	lines(from: number, to: number, ellipsis = "\u2026"): ListLine[] {
		const start = Math.max(0, from);
		const end = Math.min(to, this.length);
		const lines: ListLine[] = [];
		for (let position = this.positionAt(start); position < this.positions; position++) {
			const block = this.block(position, ellipsis);
			const first = this.starts[position] as number;
			for (let index = Math.max(start - first, 0); index < block.length; index++) {
				if (first + index >= end) return lines;
				lines.push(block[index] as ListLine);
			}
		}
		return lines;
	}

	/** Whether the article at `position` opens its story, after a blank line, under a header. */
	private opening(position: number): { blank: boolean; header: boolean } {
		const article = this.corpus.order[position] as number;
		const storyIndex = this.corpus.storyOf[article] as number;
		const story = this.corpus.stories[storyIndex];
		if (!story || story.articles[0] !== article) return { blank: false, header: false };
		return { blank: storyIndex > 0, header: story.id !== null };
	}

	/** The position whose lines hold `line`. */
	private positionAt(line: number): number {
		let low = 0;
		let high = this.positions - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if ((this.starts[middle] as number) <= line) low = middle;
			else high = middle - 1;
		}
		return low;
	}

	/** All the lines of one position, as the list shows them. */
	private block(position: number, ellipsis: string): ListLine[] {
		const { corpus, textWidth } = this;
		const article = corpus.order[position] as number;
		const lines: ListLine[] = [];
		const { blank, header } = this.opening(position);
		if (blank) lines.push({ kind: "blank" });
		if (header) lines.push({ kind: "story", story: corpus.storyOf[article] as number });
		const item = corpus.articles[article];
		const title = item?.title ?? "";
		const spans = wrap(title, textWidth);
		spans.slice(0, TITLE_LINES).forEach((span, line) => {
			const last = line === TITLE_LINES - 1 && spans.length > TITLE_LINES;
			const text = last
				? truncate(title.slice(span.start), textWidth, ellipsis)
				: title.slice(span.start, span.end);
			lines.push({ kind: "title", position, article, text, first: line === 0 });
		});
		lines.push({
			kind: "source",
			position,
			article,
			text: truncate(item?.source ?? "unknown source", textWidth, ellipsis),
			first: false,
		});
		return lines;
	}
}

function widthsOf(corpus: Corpus): Int32Array {
	let widths = titleWidths.get(corpus);
	if (!widths) {
		widths = new Int32Array(corpus.articles.length);
		corpus.articles.forEach((article, index) => {
			(widths as Int32Array)[index] = titleWidthOf(article);
		});
		titleWidths.set(corpus, widths);
	}
	return widths;
}

/** How many lines an article's title takes (as wrap() breaks it, at most two), from its width alone. */
function titleLines(
	widths: Int32Array,
	article: number,
	textWidth: number,
	corpus: Corpus,
): number {
	const width = widths[article] as number;
	// (An empty title is one empty line.)
	if (width <= textWidth) return 1;
	// One character wider than the column still goes on one line of its own. (A character is at
	// most two columns wide: a wider title is more than one, found without reading the title.)
	if (width > 2) return TITLE_LINES;
	const title = corpus.articles[article]?.title.trim() ?? "";
	if (title.length <= 4 && [...graphemes(title)].length === 1) return 1;
	return TITLE_LINES;
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
	const range = layout.range(position);
	if (!range) return 0;
	return scrollToKeep(current, range.first, range.last, height, () => layout.length);
}

/** Articles per page of the list, for paging the selection. */
export function articlesPerPage(layout: ListLayout, height: number): number {
	if (layout.positions === 0) return 1;
	const average = layout.length / layout.positions;
	return Math.max(1, Math.floor(height / average));
}
