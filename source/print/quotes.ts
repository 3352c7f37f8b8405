import type { Corpus } from "../corpus/corpus.js";
import { quotesOf } from "../quotes/match.js";
import { sanitize, toTerminalSafeJson } from "../text/sanitize.js";
import { articleFields } from "./article.js";

export function quotesJson(corpus: Corpus): string {
	const articles = corpus.order.map((index) => {
		return {
			...articleFields(corpus, index),
			quotes: quotesOf(corpus, index).map((quote) => ({
				text: quote.text,
				speaker: quote.speaker,
				onBehalfOf: quote.onBehalfOf,
				kind: quote.kind,
				paragraph: quote.paragraph,
				start: quote.start,
				end: quote.end,
			})),
		};
	});
	return `${toTerminalSafeJson({ articles }, 2)}\n`;
}

/** One quotation a line, tab-separated: path, paragraph, kind, speaker ("-" when unknown), text. */
export function quotesText(corpus: Corpus): string {
	return corpus.order
		.flatMap((index) => {
			const { path } = articleFields(corpus, index);
			return quotesOf(corpus, index).map((quote) =>
				[path, String(quote.paragraph), quote.kind, quote.speaker ?? "-", quote.text]
					.map((field) => sanitize(field).replace(/[\t\n]/g, " "))
					.join("\t"),
			);
		})
		.map((line) => `${line}\n`)
		.join("");
}
