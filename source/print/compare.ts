import type { Corpus, Story } from "../corpus/corpus.js";
import { type Counterpart, compareStory, type QuoteRef, quotesOf } from "../quotes/match.js";
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

function quoteSide(corpus: Corpus, ref: QuoteRef): Side {
	const article = corpus.articles[ref.article];
	const quote = quotesOf(corpus, ref.article)[ref.quote];
	return {
		path: article?.path ?? "",
		source: article?.source ?? null,
		text: quote?.text ?? "",
		speaker: quote?.speaker ?? null,
		kind: "quote",
	};
}

function counterpartSide(corpus: Corpus, counterpart: Counterpart): Side {
	if (counterpart.kind === "quote") return quoteSide(corpus, counterpart.ref);
	const { ref } = counterpart;
	const article = corpus.articles[ref.article];
	return {
		path: article?.path ?? "",
		source: article?.source ?? null,
		text: article?.paragraphs[ref.paragraph]?.text.slice(ref.start, ref.end) ?? "",
		speaker: null,
		kind: "sentence",
	};
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
	const column = Math.max(20, Math.floor((width - GUTTER.length) / 2));
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
