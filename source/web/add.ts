import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { errorMessage } from "../corpus/fs-errors.js";
import { extractArticle } from "./extract.js";
import { discoverFeed, readFeed, readOpml } from "./feeds.js";
import { type FetchOptions, fetchPage, webUrl } from "./fetch.js";
import { saveWebArticle } from "./save.js";

/** What adding one source did: an article kept (where, and what it is), feeds found, a folder or file to read, or why not. */
export type Added =
	| { readonly source: string; readonly kind: "feeds"; readonly feeds: readonly FoundFeed[] }
	| {
			readonly source: string;
			readonly kind: "article";
			readonly file: string;
			readonly title: string;
			readonly outlet: string;
	  }
	| { readonly source: string; readonly kind: "files"; readonly path: string }
	| { readonly source: string; readonly kind: "failed"; readonly problem: string };

/** A feed found at a source: its address, and its title if known. */
export interface FoundFeed {
	readonly url: string;
	readonly title: string | null;
}

const HTML_FILE = /\.x?html?$/i;
const OPML_FILE = /\.(opml|xml)$/i;
const HTML_TYPE = /^(text\/html|application\/xhtml\+xml)\b/i;
const FEED_TYPE = /^(application\/(rss|atom|rdf|feed)\+(xml|json)|(text|application)\/xml)\b/i;

/**
 * Adds one source to the library: a web page (its address, or a saved
 * .html file) becomes an article file in `articles`; a feed's address, a
 * site's home page (its <link rel="alternate">) or an OPML list (an address
 * or a file) gives feeds to subscribe to; a folder or article file is
 * remembered, to be read with the library's other articles.
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
		if ("notModified" in page)
			return { source, kind: "failed", problem: "the server sent nothing" };
		const listed = readOpml(page.text);
		if (listed) return feedsOrNone(source, listed);
		const feed = readFeed(page.text, page.url);
		if (feed) return { source, kind: "feeds", feeds: [{ url: page.url, title: feed.title }] };
		if (FEED_TYPE.test(page.contentType) || /^\s*(<\?xml|<rss|<feed|\{)/.test(page.text))
			return { source, kind: "failed", problem: "a feed that cannot be read (not well-formed)" };
		if (page.contentType && !HTML_TYPE.test(page.contentType))
			return {
				source,
				kind: "failed",
				problem: `not a web page or a feed (${page.contentType.split(";")[0]})`,
			};
		// A site's home page stands for its feed; another page, for its article (or, if it has none, its feed).
		const alternate = discoverFeed(page.text, page.url);
		const home = new URL(page.url).pathname.replace(/\/(index\.\w+)?$/, "") === "";
		if (alternate && home)
			return { source, kind: "feeds", feeds: [{ url: alternate, title: null }] };
		const article = extractArticle(page.text, page.url);
		if ("problem" in article && alternate)
			return { source, kind: "feeds", feeds: [{ url: alternate, title: null }] };
		return kept(source, article, articles);
	}
	if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source))
		return { source, kind: "failed", problem: "only http and https addresses can be added" };
	let info: ReturnType<typeof statSync>;
	try {
		info = statSync(source);
	} catch {
		return { source, kind: "failed", problem: "no such file or folder" };
	}
	if (info.isFile() && OPML_FILE.test(source)) {
		let listed: FoundFeed[] | null = null;
		try {
			listed = readOpml(readFileSync(source, "utf8"));
		} catch (error) {
			return { source, kind: "failed", problem: `cannot read it (${errorMessage(error)})` };
		}
		if (listed) return feedsOrNone(source, listed);
	}
	if (info.isFile() && HTML_FILE.test(source)) {
		let html: string;
		try {
			html = readFileSync(source, "utf8");
		} catch (error) {
			return { source, kind: "failed", problem: `cannot read it (${errorMessage(error)})` };
		}
		return kept(source, extractArticle(html, pathToFileURL(path.resolve(source)).href), articles);
	}
	return { source, kind: "files", path: path.resolve(source) };
}

function feedsOrNone(source: string, feeds: readonly FoundFeed[]): Added {
	return feeds.length > 0
		? { source, kind: "feeds", feeds }
		: { source, kind: "failed", problem: "an OPML list with no feed in it" };
}

function kept(source: string, article: ReturnType<typeof extractArticle>, articles: string): Added {
	if ("problem" in article) return { source, kind: "failed", problem: article.problem };
	try {
		const file = saveWebArticle(articles, article);
		return { source, kind: "article", file, title: article.title, outlet: article.source };
	} catch (error) {
		return { source, kind: "failed", problem: `cannot be kept (${errorMessage(error)})` };
	}
}
