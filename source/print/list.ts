import { paragraphCount } from "../corpus/article.js";
import type { Corpus } from "../corpus/corpus.js";
import { sanitize, toTerminalSafeJson } from "../text/sanitize.js";
import { articleFields } from "./article.js";

/** The article list for scripts: one JSON document. */
export function listJson(corpus: Corpus): string {
	const articles = corpus.order.map((index) => {
		const article = corpus.articles[index];
		return {
			...articleFields(corpus, index),
			id: article?.id,
			url: article?.url ?? null,
			published: article?.published ?? null,
			paragraphs: article ? paragraphCount(article) : 0,
		};
	});
	return `${toTerminalSafeJson({ articles, warnings: corpus.warnings }, 2)}\n`;
}

/**
 * The article list as text: one article a line, tab-separated path, title,
 * source and story ("-" where unknown), so that `cut` and `awk` can use it.
 */
export function listText(corpus: Corpus): string {
	return corpus.order
		.map((index) => {
			const { path, title, source, story } = articleFields(corpus, index);
			return [path, title, source ?? "-", story ?? "-"]
				.map((field) => sanitize(field).replace(/[\t\n]/g, " "))
				.join("\t");
		})
		.map((line) => `${line}\n`)
		.join("");
}
