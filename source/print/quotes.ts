import type { Corpus } from "../corpus/corpus.js";
import { quotesOf } from "../quotes/match.js";
import { sanitize, toTerminalSafeJson } from "../text/sanitize.js";

export function quotesJson(corpus: Corpus): string {
	const articles = corpus.order.map((index) => {
		const article = corpus.articles[index];
		return {
			path: article?.path,
			title: article?.title,
			source: article?.source ?? null,
			story: article?.story ?? corpus.stories[corpus.storyOf[index] ?? -1]?.id ?? null,
			quotes: quotesOf(corpus, index).map((quote) => ({
				text: quote.text,
				speaker: quote.speaker,
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
			const article = corpus.articles[index];
			return quotesOf(corpus, index).map((quote) =>
				[article?.path ?? "", String(quote.paragraph), quote.kind, quote.speaker ?? "-", quote.text]
					.map((field) => sanitize(field).replace(/[\t\n]/g, " "))
					.join("\t"),
			);
		})
		.map((line) => `${line}\n`)
		.join("");
}
