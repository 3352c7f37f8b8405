import type { Corpus, Story } from "../corpus/corpus.js";
import { type Cell, columnWidth, counterpartCell, quoteCell } from "../layout/compare.js";
import { type Counterpart, compareStory, type QuoteRef } from "../quotes/match.js";
import { displayWidth } from "../text/graphemes.js";
import { sanitize, toTerminalSafeJson } from "../text/sanitize.js";
import { wrap } from "../text/wrap.js";
import { articleFields } from "./article.js";

interface Side {
	readonly path: string;
	readonly source: string | null;
	readonly text: string;
	readonly speaker: string | null;
	readonly kind: "quote" | "sentence";
}

/** A compare cell (see layout/compare.ts) as printed: with its article's path and source. */
function sideOf(corpus: Corpus, article: number, cell: Cell | null, kind: Side["kind"]): Side {
	const item = corpus.articles[article];
	return {
		path: item?.path ?? "",
		source: item?.source ?? null,
		text: cell?.text ?? "",
		speaker: cell?.speaker ?? null,
		kind,
	};
}

function quoteSide(corpus: Corpus, ref: QuoteRef): Side {
	return sideOf(corpus, ref.article, quoteCell(corpus, ref), "quote");
}

function counterpartSide(corpus: Corpus, counterpart: Counterpart): Side {
	const article = counterpart.ref.article;
	const kind = counterpart.kind === "quote" ? "quote" : "sentence";
	return sideOf(corpus, article, counterpartCell(corpus, counterpart), kind);
}

/** The stories with more than one source: the only ones there is anything to compare in. */
function comparable(corpus: Corpus): Story[] {
	return corpus.stories.filter((story) => story.articles.length > 1);
}

export function compareJson(corpus: Corpus): string {
	const stories = comparable(corpus).map((story) => {
		const comparison = compareStory(corpus, story);
		return {
			story: story.id,
			label: story.label,
			articles: story.articles.map((index) => {
				const { path, source, title } = articleFields(corpus, index);
				return { path, source, title };
			}),
			pairs: comparison.pairs.map((pair) => ({
				score: pair.score,
				relation: pair.relation,
				a: quoteSide(corpus, pair.a),
				b: counterpartSide(corpus, pair.b),
			})),
			unmatched: comparison.unmatched.map((ref) => quoteSide(corpus, ref)),
		};
	});
	return `${toTerminalSafeJson({ stories }, 2)}\n`;
}

const GUTTER = " │ ";

/** Two columns of wrapped text, side by side. */
function columns(left: string, right: string, width: number): string[] {
	const leftLines = wrap(left, width).map((span) => left.slice(span.start, span.end));
	const rightLines = wrap(right, width).map((span) => right.slice(span.start, span.end));
	const lines: string[] = [];
	for (let i = 0; i < Math.max(leftLines.length, rightLines.length); i++) {
		const l = leftLines[i] ?? "";
		lines.push(
			`${l}${" ".repeat(Math.max(0, width - displayWidth(l)))}${GUTTER}${rightLines[i] ?? ""}`.trimEnd(),
		);
	}
	return lines;
}

function said(side: Side): string {
	const words = side.kind === "sentence" ? side.text : `“${side.text}”`;
	return side.speaker ? `${words} — ${side.speaker}` : words;
}

/**
 * A side-by-side summary of each story: the statements the sources share,
 * pair by pair with how alike they are, then what only one source carries.
 */
export function compareText(corpus: Corpus, width = 100): string {
	const column = columnWidth(width, 20);
	const out: string[] = [];
	for (const story of comparable(corpus)) {
		const comparison = compareStory(corpus, story);
		const sources = story.articles.map(
			(index) => corpus.articles[index]?.source ?? "unknown source",
		);
		out.push(`Story: ${story.label} (${sources.join(", ")})`, "");
		for (const pair of comparison.pairs) {
			const a = quoteSide(corpus, pair.a);
			const b = counterpartSide(corpus, pair.b);
			const how = `${pair.relation} ${pair.score.toFixed(2)}${b.kind === "sentence" ? ", without quotation marks" : ""}`;
			out.push(
				...columns(
					a.source ?? "unknown source",
					`${b.source ?? "unknown source"} (${how})`,
					column,
				),
			);
			out.push(...columns(said(a), said(b), column), "");
		}
		for (const index of story.articles) {
			const only = comparison.unmatched.filter((ref) => ref.article === index);
			if (only.length === 0) continue;
			out.push(`Only in ${corpus.articles[index]?.source ?? "unknown source"}:`);
			for (const ref of only) {
				const text = said(quoteSide(corpus, ref));
				out.push(
					...wrap(text, width - 4).map(
						(span, line) => `${line === 0 ? "  - " : "    "}${text.slice(span.start, span.end)}`,
					),
				);
			}
			out.push("");
		}
	}
	return out.map((line) => sanitize(line)).join("\n");
}
