import type { TextSpan } from "../corpus/article.js";
import { spanText } from "../corpus/article.js";
import type { Corpus, Story } from "../corpus/corpus.js";
import {
	type Counterpart,
	comparedYet,
	foundQuotesOf,
	type QuoteRef,
	type Relation,
	type StoryComparison,
} from "../quotes/match.js";
import { wrap } from "../text/wrap.js";
import { keptPerOwner } from "./kept.js";

/** One side of a row of the compare view: a quotation, or a sentence that carries one unquoted. */
export interface Cell extends TextSpan {
	/** Index in the article's quotations, or null for an unquoted sentence. */
	readonly quote: number | null;
	readonly text: string;
	readonly speaker: string | null;
}

/** Statements that match sit on one row; a statement only one source carries has a row to itself. */
export interface CompareRow {
	readonly left: Cell | null;
	readonly right: Cell | null;
	readonly relation: Relation | null;
	readonly score: number;
}

/** A quotation as a compare cell. */
export function quoteCell(corpus: Corpus, ref: QuoteRef): Cell | null {
	const quote = foundQuotesOf(corpus, ref.article)[ref.quote];
	if (!quote) return null;
	return { article: ref.article, quote: ref.quote, ...quote };
}

/** A statement's counterpart (a quotation, or a sentence without quotation marks) as a compare cell. */
export function counterpartCell(corpus: Corpus, counterpart: Counterpart): Cell | null {
	if (counterpart.kind === "quote") return quoteCell(corpus, counterpart.ref);
	const { ref } = counterpart;
	return { ...ref, quote: null, text: spanText(corpus.articles, ref), speaker: null };
}

/** The width of each of two columns side by side, with a gutter of three between them. */
export function columnWidth(width: number, least = 10): number {
	return Math.max(least, Math.floor((width - 3) / 2));
}

/**
 * The rows comparing two articles of a story: the left one's statements in
 * order, each beside its counterpart on the right (if any); the right one's
 * unmatched statements go after the row of the statement before them.
 */
export function compareRows(
	corpus: Corpus,
	story: Story,
	left: number,
	right: number,
): readonly CompareRow[] {
	// Every key in the compare view asks again: a long story's rows are made once per pair.
	// The view opens once the story is compared (state/waiting.ts); before that there are none.
	const comparison = comparedYet(story);
	if (!comparison) return [];
	return rowsKept(comparison, `${left}:${right}`, () => makeRows(corpus, comparison, left, right));
}

const rowsKept = keptPerOwner<StoryComparison, readonly CompareRow[]>();

function makeRows(
	corpus: Corpus,
	comparison: StoryComparison,
	left: number,
	right: number,
): CompareRow[] {
	// A statement may have more than one counterpart: the other source quoting its sentences apart.
	const byLeft = new Map<number, { cell: Cell | null; relation: Relation; score: number }[]>();
	const add = (quote: number, match: { cell: Cell | null; relation: Relation; score: number }) =>
		byLeft.set(quote, [...(byLeft.get(quote) ?? []), match]);
	const pairedRight = new Set<number>();
	for (const pair of comparison.pairs) {
		if (pair.a.article === left && pair.b.ref.article === right) {
			add(pair.a.quote, {
				cell: counterpartCell(corpus, pair.b),
				relation: pair.relation,
				score: pair.score,
			});
			if (pair.b.kind === "quote") pairedRight.add(pair.b.ref.quote);
		} else if (pair.a.article === right && pair.b.ref.article === left && pair.b.kind === "quote") {
			add(pair.b.ref.quote, {
				cell: quoteCell(corpus, pair.a),
				relation: pair.relation,
				score: pair.score,
			});
			pairedRight.add(pair.a.quote);
		}
	}
	const rows: CompareRow[] = [];
	foundQuotesOf(corpus, left).forEach((quote, index) => {
		if (quote.kind !== "statement") return;
		const cell = quoteCell(corpus, { article: left, quote: index });
		const matches = (byLeft.get(index) ?? []).sort(
			(x, y) => (x.cell?.quote ?? -1) - (y.cell?.quote ?? -1),
		);
		if (matches.length === 0) rows.push({ left: cell, right: null, relation: null, score: 0 });
		for (const match of matches)
			rows.push({ left: cell, right: match.cell, relation: match.relation, score: match.score });
	});
	const unpaired: CompareRow[] = [];
	foundQuotesOf(corpus, right).forEach((quote, index) => {
		if (quote.kind !== "statement" || pairedRight.has(index)) return;
		const cell = quoteCell(corpus, { article: right, quote: index });
		unpaired.push({ left: null, right: cell, relation: null, score: 0 });
	});
	return withUnpaired(rows, unpaired);
}

/** Where a row's right-hand cell comes in its source: a sentence before every quotation, no cell after all. */
function rightOrder(row: CompareRow): number {
	if (!row.right) return Number.POSITIVE_INFINITY;
	return row.right.quote ?? -1;
}

/**
 * The rows of the left-hand source's statements with the right-hand one's
 * unpaired statements (in their order) among them: each after the last row
 * whose right-hand quotation comes before it, so that both sources read in
 * order. In one pass: a long article has thousands.
 */
export function withUnpaired(
	paired: readonly CompareRow[],
	unpaired: readonly CompareRow[],
): CompareRow[] {
	const byOrder = paired
		.map((row, index) => ({ index, order: rightOrder(row) }))
		.sort((a, b) => a.order - b.order);
	// The rows that go after each row of `paired` (-1: before them all).
	const after = new Map<number, CompareRow[]>();
	let taken = 0;
	let last = -1;
	for (const row of unpaired) {
		const order = rightOrder(row);
		// The further a quotation comes in its source, the more rows come before it.
		for (; taken < byOrder.length && (byOrder[taken]?.order ?? 0) < order; taken++)
			last = Math.max(last, byOrder[taken]?.index ?? -1);
		const group = after.get(last) ?? [];
		group.push(row);
		after.set(last, group);
	}
	const rows = [...(after.get(-1) ?? [])];
	paired.forEach((row, index) => {
		rows.push(row, ...(after.get(index) ?? []));
	});
	return rows;
}

export type CompareLineKind = "heading" | "text" | "speaker" | "blank";

/** A screen line of the compare view; in stacked mode only `left` is used. */
export interface CompareLine {
	readonly row: number;
	readonly kind: CompareLineKind;
	readonly left: string;
	readonly right: string;
	/** Which side a stacked line belongs to. */
	readonly side: "left" | "right" | "both";
}

function said(cell: Cell | null, onlyIn: string): { text: string; speaker: string } {
	if (!cell) return { text: onlyIn, speaker: "" };
	return {
		text: cell.quote === null ? cell.text : `“${cell.text}”`,
		speaker: cell.speaker ? `— ${cell.speaker}` : "",
	};
}

/**
 * The compare view's lines at a width: two columns side by side, or, when
 * narrow, each row's left cell above its right one. Laid out a row at a
 * time as far as they are asked for (a long story has thousands), and kept
 * for the rows (made once, see compareRows): each key in the view asks again.
 */
export function layoutCompare(
	rows: readonly CompareRow[],
	width: number,
	stacked: boolean,
	sources: { left: string; right: string },
): CompareLayout {
	const key = JSON.stringify([width, stacked, sources.left, sources.right]);
	return layoutsKept(rows, key, () => new CompareLayout(rows, width, stacked, sources));
}

// A few widths: a burst of resizes passes through many.
const layoutsKept = keptPerOwner<readonly CompareRow[], CompareLayout>(4);

export class CompareLayout {
	private readonly lines: CompareLine[] = [];
	/** The first line of each row laid out so far. */
	private readonly starts: number[] = [];
	private readonly column: number;

	constructor(
		private readonly rows: readonly CompareRow[],
		width: number,
		private readonly stacked: boolean,
		private readonly sources: { left: string; right: string },
	) {
		this.column = stacked ? width : columnWidth(width);
	}

	/** The first line of a row, and one past its last. */
	rowSpan(row: number): { first: number; end: number } {
		while (this.starts.length <= row + 1 && this.layNext());
		const first = this.starts[row] ?? this.lines.length;
		return { first, end: this.starts[row + 1] ?? this.lines.length };
	}

	/** Up to `count` lines from `from`. */
	slice(from: number, count: number): readonly CompareLine[] {
		this.countUpTo(from + count);
		return this.lines.slice(from, from + count);
	}

	/** The lines laid out once there are at least `count`: `count` or more, or all of them if fewer. */
	countUpTo(count: number): number {
		while (this.lines.length < count && this.layNext());
		return this.lines.length;
	}

	/** Lays out the next row; false when every row is. */
	private layNext(): boolean {
		const index = this.starts.length;
		const row = this.rows[index];
		if (!row) return false;
		this.starts.push(this.lines.length);
		const { lines, sources } = this;
		const left = said(row.left, `only in ${sources.right}`);
		const right = said(row.right, `only in ${sources.left}`);
		const how = row.relation
			? `${row.relation} ${row.score.toFixed(2)}${row.right?.quote === null ? ", unquoted" : ""}`
			: "";
		if (this.stacked) {
			// One cell under the other: a heading naming the source, the words, who said them.
			const cell = (
				side: "left" | "right",
				heading: string,
				words: { text: string; speaker: string },
				present: boolean,
			) => {
				lines.push({ row: index, kind: "heading", left: heading, right: "", side });
				for (const text of this.wrapped(words.text)) {
					lines.push({
						row: index,
						kind: present ? "text" : "speaker",
						left: text,
						right: "",
						side,
					});
				}
				if (words.speaker)
					lines.push({ row: index, kind: "speaker", left: words.speaker, right: "", side });
			};
			cell("left", sources.left, left, row.left !== null);
			cell("right", `${sources.right}${how ? ` (${how})` : ""}`, right, row.right !== null);
		} else {
			const leftLines = this.wrapped(left.text);
			const rightLines = this.wrapped(right.text);
			for (let i = 0; i < Math.max(leftLines.length, rightLines.length); i++) {
				lines.push({
					row: index,
					kind: "text",
					left: leftLines[i] ?? "",
					right: rightLines[i] ?? "",
					side: "both",
				});
			}
			lines.push({
				row: index,
				kind: "speaker",
				left: left.speaker,
				right: [right.speaker, how].filter(Boolean).join("  "),
				side: "both",
			});
		}
		lines.push({ row: index, kind: "blank", left: "", right: "", side: "both" });
		return true;
	}

	private wrapped(text: string): string[] {
		return text ? wrap(text, this.column).map((span) => text.slice(span.start, span.end)) : [];
	}
}
