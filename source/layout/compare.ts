import type { Corpus, Story } from "../corpus/corpus.js";
import {
	type Counterpart,
	compareStory,
	type QuoteRef,
	quotesOf,
	type Relation,
} from "../quotes/match.js";
import { wrap } from "../text/wrap.js";

/** One side of a row of the compare view: a quotation, or a sentence that carries one unquoted. */
export interface Cell {
	readonly article: number;
	/** Index in quotesOf(article), or null for an unquoted sentence. */
	readonly quote: number | null;
	readonly paragraph: number;
	readonly start: number;
	readonly end: number;
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

function quoteCell(corpus: Corpus, ref: QuoteRef): Cell | null {
	const quote = quotesOf(corpus, ref.article)[ref.quote];
	if (!quote) return null;
	return { article: ref.article, quote: ref.quote, ...quote };
}

function counterpartCell(corpus: Corpus, counterpart: Counterpart): Cell | null {
	if (counterpart.kind === "quote") return quoteCell(corpus, counterpart.ref);
	const { ref } = counterpart;
	const text =
		corpus.articles[ref.article]?.paragraphs[ref.paragraph]?.text.slice(ref.start, ref.end) ?? "";
	return {
		article: ref.article,
		quote: null,
		paragraph: ref.paragraph,
		start: ref.start,
		end: ref.end,
		text,
		speaker: null,
	};
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
): CompareRow[] {
	const comparison = compareStory(corpus, story);
	const byLeft = new Map<number, { cell: Cell | null; relation: Relation; score: number }>();
	const pairedRight = new Set<number>();
	for (const pair of comparison.pairs) {
		if (pair.a.article === left && pair.b.ref.article === right) {
			byLeft.set(pair.a.quote, {
				cell: counterpartCell(corpus, pair.b),
				relation: pair.relation,
				score: pair.score,
			});
			if (pair.b.kind === "quote") pairedRight.add(pair.b.ref.quote);
		} else if (pair.a.article === right && pair.b.ref.article === left && pair.b.kind === "quote") {
			byLeft.set(pair.b.ref.quote, {
				cell: quoteCell(corpus, pair.a),
				relation: pair.relation,
				score: pair.score,
			});
			pairedRight.add(pair.a.quote);
		}
	}
	const rows: CompareRow[] = [];
	quotesOf(corpus, left).forEach((quote, index) => {
		if (quote.kind !== "statement") return;
		const match = byLeft.get(index);
		rows.push({
			left: quoteCell(corpus, { article: left, quote: index }),
			right: match?.cell ?? null,
			relation: match?.relation ?? null,
			score: match?.score ?? 0,
		});
	});
	quotesOf(corpus, right).forEach((quote, index) => {
		if (quote.kind !== "statement" || pairedRight.has(index)) return;
		const row: CompareRow = {
			left: null,
			right: quoteCell(corpus, { article: right, quote: index }),
			relation: null,
			score: 0,
		};
		// After the last row whose right-hand quotation comes before this one.
		const after = rows.findLastIndex(
			(other) => other.right?.article === right && (other.right.quote ?? -1) < index,
		);
		rows.splice(after + 1, 0, row);
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
 * narrow, each row's left cell above its right one.
 */
export function layoutCompare(
	rows: readonly CompareRow[],
	width: number,
	stacked: boolean,
	sources: { left: string; right: string },
): { lines: CompareLine[]; rowStarts: number[] } {
	const lines: CompareLine[] = [];
	const rowStarts: number[] = [];
	const column = stacked ? width : Math.max(10, Math.floor((width - 3) / 2));
	const wrapped = (text: string) =>
		text ? wrap(text, column).map((span) => text.slice(span.start, span.end)) : [];
	rows.forEach((row, index) => {
		rowStarts.push(lines.length);
		const left = said(row.left, `only in ${sources.right}`);
		const right = said(row.right, `only in ${sources.left}`);
		const how = row.relation
			? `${row.relation} ${row.score.toFixed(2)}${row.right?.quote === null ? ", unquoted" : ""}`
			: "";
		if (stacked) {
			// One cell under the other: a heading naming the source, the words, who said them.
			const cell = (
				side: "left" | "right",
				heading: string,
				words: { text: string; speaker: string },
				present: boolean,
			) => {
				lines.push({ row: index, kind: "heading", left: heading, right: "", side });
				for (const text of wrapped(words.text)) {
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
			const leftLines = wrapped(left.text);
			const rightLines = wrapped(right.text);
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
	});
	return { lines, rowStarts };
}
