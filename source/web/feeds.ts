import { parseFeed, parseOpml } from "feedsmith";
import { parseHTML } from "linkedom";

/**
 * Feeds in every format outlets publish (RSS 0.9x/2.0, Atom, RDF, JSON
 * Feed), read by feedsmith and brought to one shape; OPML subscription
 * lists; and a site's home page's <link rel="alternate"> to its feed.
 */

export interface FeedItem {
	/** Its guid or id, else its link: what tells one item from the next across fetches. */
	readonly id: string;
	readonly link: string | null;
	readonly title: string | null;
	readonly published: string | null;
	readonly author: string | null;
	/** The item's HTML as the feed carries it: the whole article, or only a summary. */
	readonly html: string | null;
}

export interface Feed {
	readonly title: string | null;
	/** The site the feed is of. */
	readonly site: string | null;
	readonly items: readonly FeedItem[];
}

type Parsed = ReturnType<typeof parseFeed>;

function text(value: unknown): string | null {
	if (typeof value === "string") return value.trim() || null;
	if (value && typeof value === "object" && "value" in value)
		return text((value as { value: unknown }).value);
	return null;
}

function absolute(link: string | null, base: string): string | null {
	if (!link) return null;
	try {
		const url = new URL(link, base);
		return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
	} catch {
		return null;
	}
}

/** The feed in `body`, whatever its format; null if it is none. */
export function readFeed(body: string, url: string): Feed | null {
	let parsed: Parsed;
	try {
		parsed = parseFeed(body);
	} catch {
		return null;
	}
	if (parsed.format === "json") {
		const feed = parsed.feed;
		return {
			title: text(feed.title),
			site: absolute(text(feed.home_page_url), url),
			items: (feed.items ?? []).flatMap((item) => {
				const link = absolute(text(item.url) ?? text(item.external_url), url);
				const id = text(item.id) ?? link;
				if (!id) return [];
				return [
					{
						id,
						link,
						title: text(item.title),
						published: text(item.date_published),
						author: text(item.authors?.[0]?.name),
						html: text(item.content_html) ?? text(item.content_text) ?? text(item.summary),
					},
				];
			}),
		};
	}
	if (parsed.format === "atom") {
		const feed = parsed.feed;
		const linkOf = (links: readonly { href?: string; rel?: string }[] | undefined) =>
			text(links?.find((link) => !link.rel || link.rel === "alternate")?.href ?? links?.[0]?.href);
		return {
			title: text(feed.title),
			site: absolute(linkOf(feed.links), url),
			items: (feed.entries ?? []).flatMap((entry) => {
				const link = absolute(linkOf(entry.links), url);
				const id = text(entry.id) ?? link;
				if (!id) return [];
				return [
					{
						id,
						link,
						title: text(entry.title),
						published: text(entry.published) ?? text(entry.updated),
						author: text(entry.authors?.[0]?.name),
						html: text(entry.content) ?? text(entry.summary),
					},
				];
			}),
		};
	}
	// RSS and RDF: channel, items.
	const feed = parsed.feed as {
		title?: unknown;
		link?: unknown;
		items?: readonly {
			title?: unknown;
			link?: unknown;
			guid?: unknown;
			description?: unknown;
			pubDate?: unknown;
			author?: unknown;
			content?: { encoded?: unknown };
			dc?: { date?: unknown; creator?: unknown; creators?: unknown[] };
		}[];
	};
	return {
		title: text(feed.title),
		site: absolute(text(feed.link), url),
		items: (feed.items ?? []).flatMap((item) => {
			const link = absolute(text(item.link), url);
			const id = text(item.guid) ?? link;
			if (!id) return [];
			return [
				{
					id,
					link,
					title: text(item.title),
					published: text(item.pubDate) ?? text(item.dc?.date),
					author: text(item.author) ?? text(item.dc?.creator) ?? text(item.dc?.creators?.[0]),
					html: text(item.content?.encoded) ?? text(item.description),
				},
			];
		}),
	};
}

/** The feed addresses of an OPML subscription list (every outline with an xmlUrl, at any depth); null if it is none. */
export function readOpml(body: string): { url: string; title: string | null }[] | null {
	if (!/<opml[\s>]/i.test(body)) return null;
	let opml: ReturnType<typeof parseOpml>;
	try {
		opml = parseOpml(body);
	} catch {
		return null;
	}
	const feeds: { url: string; title: string | null }[] = [];
	type Outline = { xmlUrl?: string; text?: string; title?: string; outlines?: Outline[] };
	const visit = (outlines: readonly Outline[] | undefined) => {
		for (const outline of outlines ?? []) {
			const url = absolute(text(outline.xmlUrl), "http://invalid/");
			if (url && !url.startsWith("http://invalid/"))
				feeds.push({ url, title: text(outline.title) ?? text(outline.text) });
			visit(outline.outlines);
		}
	};
	visit((opml.body as { outlines?: Outline[] } | undefined)?.outlines);
	return feeds;
}

/** A home page's own feed, as its <link rel="alternate"> names it; null if it names none. */
export function discoverFeed(html: string, pageUrl: string): string | null {
	let document: ReturnType<typeof parseHTML>["document"];
	try {
		({ document } = parseHTML(html));
	} catch {
		return null;
	}
	for (const link of document.querySelectorAll('link[rel~="alternate"][href]')) {
		const type = (link.getAttribute("type") ?? "").toLowerCase();
		if (/(rss|atom|feed)\+(xml|json)|application\/(rdf\+)?xml/.test(type))
			return absolute(link.getAttribute("href"), pageUrl);
	}
	return null;
}

/** OPML listing feeds, for another reader. */
export function writeOpml(
	feeds: readonly { url: string; title: string | null; site: string | null }[],
): string {
	const xml = (value: string) =>
		value
			.replace(/&/g, "&amp;")
			.replace(/</g, "&lt;")
			.replace(/>/g, "&gt;")
			.replace(/"/g, "&quot;");
	const outlines = feeds.map((feed) => {
		const title = xml(feed.title ?? feed.url);
		const site = feed.site ? ` htmlUrl="${xml(feed.site)}"` : "";
		return `    <outline type="rss" text="${title}" title="${title}" xmlUrl="${xml(feed.url)}"${site}/>`;
	});
	return `<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">\n  <head>\n    <title>parallax subscriptions</title>\n  </head>\n  <body>\n${outlines.join("\n")}\n  </body>\n</opml>\n`;
}
