import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { extractArticle } from "./extract.js";
import { type FetchOptions, fetchPage, webUrl } from "./fetch.js";
import { saveWebArticle } from "./save.js";

/** What adding one source did: an article kept (where, and what it is), a folder or file to read, or why not. */
export type Added =
	| {
			readonly source: string;
			readonly kind: "article";
			readonly file: string;
			readonly title: string;
			readonly outlet: string;
	  }
	| { readonly source: string; readonly kind: "files"; readonly path: string }
	| { readonly source: string; readonly kind: "failed"; readonly problem: string };

const HTML_FILE = /\.x?html?$/i;
const HTML_TYPE = /^(text\/html|application\/xhtml\+xml)\b/i;
const FEED_TYPE =
	/^(application\/(rss|atom|feed)\+xml|application\/feed\+json|text\/xml|application\/xml)\b/i;

/**
 * Adds one source to the library: a web page (its address, or a saved
 * .html file) becomes an article file in `articles`; a folder or article
 * file is remembered, to be read with the library's other articles.
 * Nothing is stored for a source that fails, and it says why in a line.
 */
export async function addSource(
	source: string,
	articles: string,
	options: FetchOptions = {},
): Promise<Added> {
	const url = webUrl(source);
	if (url) {
		const page = await fetchPage(url, options);
		if ("problem" in page) return { source, kind: "failed", problem: page.problem };
		if (
			FEED_TYPE.test(page.contentType) ||
			/^\s*(<\?xml[^>]*>\s*)?<(rss|feed|rdf:RDF)\b/i.test(page.text)
		)
			return { source, kind: "failed", problem: "a feed: feeds cannot be added yet, only pages" };
		if (page.contentType && !HTML_TYPE.test(page.contentType))
			return {
				source,
				kind: "failed",
				problem: `not a web page (${page.contentType.split(";")[0]})`,
			};
		return kept(source, extractArticle(page.text, page.url), articles);
	}
	if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source))
		return { source, kind: "failed", problem: "only http and https addresses can be added" };
	let info: ReturnType<typeof statSync>;
	try {
		info = statSync(source);
	} catch {
		return { source, kind: "failed", problem: "no such file or folder" };
	}
	if (info.isFile() && HTML_FILE.test(source)) {
		let html: string;
		try {
			html = readFileSync(source, "utf8");
		} catch (error) {
			return { source, kind: "failed", problem: `cannot read it (${String(error)})` };
		}
		return kept(source, extractArticle(html, pathToFileURL(path.resolve(source)).href), articles);
	}
	return { source, kind: "files", path: path.resolve(source) };
}

function kept(source: string, article: ReturnType<typeof extractArticle>, articles: string): Added {
	if ("problem" in article) return { source, kind: "failed", problem: article.problem };
	try {
		const file = saveWebArticle(articles, article);
		return { source, kind: "article", file, title: article.title, outlet: article.source };
	} catch (error) {
		return { source, kind: "failed", problem: `cannot be kept (${String(error)})` };
	}
}
