import { errorMessage } from "../corpus/fs-errors.js";
import type { OpenedLibrary } from "../library/database.js";
import { articleFromFeedItem, extractArticle, textLengthOf, type WebArticle } from "./extract.js";
import { type FeedItem, readFeed } from "./feeds.js";
import { type FetchOptions, fetchPage, hostName, webUrl } from "./fetch.js";
import { saveWebArticle } from "./save.js";
import {
	keepItem,
	keptItems,
	moveFeed,
	recordAnswer,
	type Subscription,
	subscriptions,
} from "./subscriptions.js";

/** How one feed's update went. */
export interface FeedUpdate {
	readonly url: string;
	readonly title: string | null;
	/** updated: fetched, new items kept; fresh: unchanged since the last fetch (304); waiting: the server asked to wait; failed. */
	readonly state: "updated" | "fresh" | "waiting" | "failed";
	/** Articles kept from it this time. */
	readonly added: number;
	readonly problem: string | null;
	/** Items whose page could not be had (they are tried again next time). */
	readonly itemProblems: readonly string[];
	/** Where the feed has moved for good, if it has (the subscription follows). */
	readonly movedTo: string | null;
}

export interface UpdateOptions extends FetchOptions {
	/** At most this many requests to one host at once. */
	readonly perHost?: number;
	/** At most this many requests at once in all. */
	readonly total?: number;
	/** Only these feeds (all when absent). */
	readonly only?: readonly string[];
	/** Told as each feed is done. */
	readonly progress?: (done: number, all: number) => void;
}

// An item carrying this much text is taken as the whole article; less is a summary, and its page is fetched.
const WHOLE_ARTICLE_CHARS = 1200;
// …or this much in this many paragraphs: a short article, whole.
const SHORT_ARTICLE_CHARS = 600;
const SHORT_ARTICLE_PARAGRAPHS = 3;

function carriesWholeArticle(html: string): boolean {
	const length = textLengthOf(html);
	const paragraphs = html.match(/<p[\s>]/gi)?.length ?? 0;
	return (
		length >= WHOLE_ARTICLE_CHARS ||
		(length >= SHORT_ARTICLE_CHARS && paragraphs >= SHORT_ARTICLE_PARAGRAPHS)
	);
}

/**
 * A limit on requests at once, in all and per host: a feed and the pages
 * of its items share their host's turns, so no site gets more than two
 * requests at a time from parallax however many items it has.
 */
class Limiter {
	private running = 0;
	private readonly perHost = new Map<string, number>();
	private readonly waiting: { host: string; start: () => void }[] = [];

	constructor(
		private readonly hostLimit: number,
		private readonly totalLimit: number,
	) {}

	async run<T>(url: string, work: () => Promise<T>): Promise<T> {
		const host = new URL(url).host;
		await new Promise<void>((start) => {
			this.waiting.push({ host, start });
			this.next();
		});
		try {
			return await work();
		} finally {
			this.running--;
			this.perHost.set(host, (this.perHost.get(host) ?? 1) - 1);
			this.next();
		}
	}

	private next(): void {
		for (let index = 0; index < this.waiting.length && this.running < this.totalLimit; ) {
			const entry = this.waiting[index] as { host: string; start: () => void };
			if ((this.perHost.get(entry.host) ?? 0) >= this.hostLimit) {
				index++;
				continue;
			}
			this.waiting.splice(index, 1);
			this.running++;
			this.perHost.set(entry.host, (this.perHost.get(entry.host) ?? 0) + 1);
			entry.start();
		}
	}
}

/** Fetches every subscription (or `only` those), politely, and keeps their new items as article files. */
export async function updateFeeds(
	library: OpenedLibrary,
	articles: string,
	options: UpdateOptions = {},
): Promise<FeedUpdate[]> {
	const limiter = new Limiter(options.perHost ?? 2, options.total ?? 6);
	const feeds = subscriptions(library).filter(
		(feed) => !options.only || options.only.includes(feed.url),
	);
	let done = 0;
	return Promise.all(
		feeds.map(async (feed) => {
			const result = await updateFeed(library, feed, articles, limiter, options);
			options.progress?.(++done, feeds.length);
			return result;
		}),
	);
}

async function updateFeed(
	library: OpenedLibrary,
	feed: Subscription,
	articles: string,
	limiter: Limiter,
	options: UpdateOptions,
): Promise<FeedUpdate> {
	const base = { url: feed.url, title: feed.title, added: 0, itemProblems: [], movedTo: null };
	if (feed.retryAtMs !== null && feed.retryAtMs > Date.now()) {
		const until = new Date(feed.retryAtMs).toISOString().slice(11, 16);
		return { ...base, state: "waiting", problem: `the server asked to wait until ${until} UTC` };
	}
	const url = webUrl(feed.url);
	if (!url) return { ...base, state: "failed", problem: "not an http or https address" };
	const answer = await limiter.run(feed.url, () =>
		fetchPage(url, { ...options, etag: feed.etag, lastModified: feed.lastModified }),
	);
	let address = feed.url;
	if (!("problem" in answer) && answer.movedTo) {
		moveFeed(library, feed.url, answer.movedTo);
		address = answer.movedTo;
	}
	const movedTo = address === feed.url ? null : address;
	if ("problem" in answer) {
		recordAnswer(library, address, { error: answer.problem, retryAtMs: answer.retryAt ?? null });
		return { ...base, state: "failed", problem: answer.problem };
	}
	if ("notModified" in answer) {
		recordAnswer(library, address, {});
		return { ...base, url: address, movedTo, state: "fresh", problem: null };
	}
	const parsed = readFeed(answer.text, answer.url);
	if (!parsed) {
		const problem = "not a feed (RSS, Atom, RDF or JSON Feed) any more";
		recordAnswer(library, address, { error: problem });
		return { ...base, url: address, movedTo, state: "failed", problem };
	}
	recordAnswer(library, address, {
		title: parsed.title,
		site: parsed.site,
		etag: answer.etag,
		lastModified: answer.lastModified,
	});
	const kept = keptItems(library, address);
	const fresh = parsed.items.filter((item) => !kept.has(item.id));
	const itemProblems: string[] = [];
	let added = 0;
	await Promise.all(
		fresh.map(async (item) => {
			const article = await itemArticle(item, parsed.title, limiter, options);
			if ("problem" in article) {
				itemProblems.push(`${item.link ?? item.id}: ${article.problem}`);
				return;
			}
			try {
				keepItem(library, address, item.id, saveWebArticle(articles, article));
				added++;
			} catch (error) {
				itemProblems.push(`${item.link ?? item.id}: cannot be kept (${errorMessage(error)})`);
			}
		}),
	);
	return {
		url: address,
		title: parsed.title ?? feed.title,
		state: "updated",
		added,
		problem: null,
		itemProblems,
		movedTo,
	};
}

/** An item's article: from the feed when it carries the whole of it, else from its page. */
async function itemArticle(
	item: FeedItem,
	feedTitle: string | null,
	limiter: Limiter,
	options: FetchOptions,
): Promise<WebArticle | { problem: string }> {
	const fields = {
		title: item.title ?? "Untitled",
		source: feedTitle ?? hostName(item.link, "a feed"),
		byline: item.author,
		published: item.published ? isoDate(item.published) : null,
		url: item.link ?? item.id,
	};
	if (item.html && carriesWholeArticle(item.html)) return articleFromFeedItem(item.html, fields);
	const link = item.link ? webUrl(item.link) : null;
	if (!link) {
		if (item.html) return articleFromFeedItem(item.html, fields);
		return { problem: "no text and no page to fetch" };
	}
	const page = await limiter.run(link.href, () => fetchPage(link, options));
	if ("problem" in page) return { problem: page.problem };
	if ("notModified" in page) return { problem: "the server sent nothing" };
	const article = extractArticle(page.text, page.url);
	if ("problem" in article) return article;
	// The feed's own date and title where the page gives none.
	return {
		...article,
		title: article.title || fields.title,
		published: article.published ?? fields.published,
		byline: article.byline ?? fields.byline,
	};
}

/** An RSS date ("Mon, 04 Mar 2024 09:00:00 GMT") as ISO 8601, which front matter and grouping read. */
function isoDate(text: string): string {
	if (/^\d{4}-\d{2}-\d{2}/.test(text)) return text;
	const time = Date.parse(text);
	return Number.isNaN(time) ? text : new Date(time).toISOString();
}
