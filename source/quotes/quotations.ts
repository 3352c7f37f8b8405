import type { Article } from "../corpus/article.js";
import { problems } from "../corpus/problems.js";
import { extractQuotes, type Quote } from "./extract.js";

const extracted = new WeakMap<Article, Quote[]>();

/**
 * The quotations of an article, extracted once and kept. Should extraction
 * fail on some text, the article is shown without its quotations and the
 * problem is reported, instead of the reader failing.
 */
export function quotationsOf(article: Article): Quote[] {
	let quotes = extracted.get(article);
	if (!quotes) {
		try {
			quotes = extractQuotes(article);
		} catch (error) {
			problems.report(article.path, "finding quotations", error);
			quotes = [];
		}
		extracted.set(article, quotes);
	}
	return quotes;
}
