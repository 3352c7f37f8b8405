import { addLocalSource, webArticlesFolder } from "../library/content.js";
import { type OpenedLibrary, openLibrary } from "../library/database.js";
import { sanitize, toTerminalSafeJson } from "../text/sanitize.js";
import { addSource } from "./add.js";
import { writeOpml } from "./feeds.js";
import type { WebCommand } from "./names.js";
import { subscribe, subscriptions, unsubscribe } from "./subscriptions.js";
import { type FeedUpdate, updateFeeds } from "./update.js";

export interface WebCommandOptions {
	readonly library: string;
	readonly json: boolean;
	readonly opml: boolean;
	readonly timeoutMs?: number;
	readonly stdout: NodeJS.WritableStream;
	readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** Exit codes: 0 all went well, 1 some source or feed failed (each said), 2 a usage error. */
export async function runWebCommand(
	command: WebCommand,
	args: readonly string[],
	options: WebCommandOptions,
): Promise<number> {
	const say = (line: string) => options.stdout.write(`${sanitize(line)}\n`);
	const warn = (line: string) => options.stderr.write(`parallax: ${sanitize(line)}\n`);
	const usage = (line: string) => {
		warn(line);
		return 2;
	};
	if (command === "add" && args.length === 0)
		return usage(
			"add needs something to add: a page's or feed's address, an .html or OPML file, a folder",
		);
	if (command === "remove" && args.length === 0) return usage("remove needs the address of a feed");
	if (command === "export" && !options.opml)
		return usage("export writes --opml (parallax export --opml)");
	if ((command === "feeds" || command === "update" || command === "export") && args.length > 0)
		return usage(`${command} takes no paths (see parallax --help)`);
	const opened = await openLibrary(options.library);
	if (!opened.db) {
		warn(`${command} needs the library: ${opened.notice}`);
		return 1;
	}
	if (opened.notice) warn(opened.notice);
	const library = opened;
	try {
		switch (command) {
			case "add":
				return await add(library, args, options, say, warn);
			case "update":
				return await update(library, options, say, warn);
			case "feeds":
				return listFeeds(library, options, say);
			case "remove": {
				let failed = 0;
				for (const url of args) {
					if (unsubscribe(library, url)) say(`removed: ${url} (its articles stay)`);
					else {
						failed++;
						warn(`not subscribed to ${url} (see parallax feeds)`);
					}
				}
				return failed > 0 ? 1 : 0;
			}
			case "export":
				options.stdout.write(writeOpml(subscriptions(library)));
				return 0;
		}
	} finally {
		library.db.close();
	}
}

async function add(
	library: OpenedLibrary,
	sources: readonly string[],
	options: WebCommandOptions,
	say: (line: string) => void,
	warn: (line: string) => void,
): Promise<number> {
	const articles = webArticlesFolder(library.file);
	let failed = 0;
	const feeds: string[] = [];
	for (const source of sources) {
		const added = await addSource(source, articles, { timeoutMs: options.timeoutMs });
		if (added.kind === "failed") {
			failed++;
			warn(`cannot add ${source}: ${added.problem}`);
		} else if (added.kind === "article") {
			say(`added: ${added.title} (${added.outlet}) in ${added.file}`);
		} else if (added.kind === "feeds") {
			for (const feed of added.feeds) {
				const fresh = subscribe(library, feed.url, feed.title);
				say(
					`${fresh ? "subscribed" : "already subscribed"}: ${feed.title ?? feed.url}${feed.title ? ` (${feed.url})` : ""}`,
				);
				feeds.push(feed.url);
			}
		} else {
			addLocalSource(library, added.path);
			say(`added: ${added.path}, read with the library's articles`);
		}
	}
	// A feed just added is fetched at once: its articles are there to read.
	if (feeds.length > 0 && (await update(library, options, say, warn, feeds)) !== 0) failed++;
	return failed > 0 ? 1 : 0;
}

async function update(
	library: OpenedLibrary,
	options: WebCommandOptions,
	say: (line: string) => void,
	warn: (line: string) => void,
	only?: readonly string[],
): Promise<number> {
	const showProgress = Boolean(options.stderr.isTTY) && !options.json;
	const results = await updateFeeds(library, webArticlesFolder(library.file), {
		timeoutMs: options.timeoutMs,
		only,
		progress: showProgress
			? (done, all) => options.stderr.write(`\rparallax: updating feeds ${done}/${all}\u001b[K`)
			: undefined,
	});
	if (showProgress) options.stderr.write("\r\u001b[K");
	if (results.length === 0 && !options.json)
		warn("no feeds to update (parallax add FEED subscribes to one)");
	if (options.json && !only) {
		options.stdout.write(`${toTerminalSafeJson({ feeds: results }, 2)}\n`);
	} else {
		for (const result of results) reportUpdate(result, say, warn);
	}
	return results.some((result) => result.state === "failed") ? 1 : 0;
}

function reportUpdate(
	result: FeedUpdate,
	say: (line: string) => void,
	warn: (line: string) => void,
) {
	const name = result.title ?? result.url;
	const moved = result.movedTo ? ` (moved to ${result.movedTo})` : "";
	if (result.state === "failed") warn(`${name}: ${result.problem}${moved}`);
	else if (result.state === "waiting") say(`${name}: not asked: ${result.problem}`);
	else if (result.state === "fresh") say(`${name}: nothing new${moved}`);
	else say(`${name}: ${result.added} new article${result.added === 1 ? "" : "s"}${moved}`);
	for (const problem of result.itemProblems) warn(`${name}: ${problem}`);
}

function listFeeds(
	library: OpenedLibrary,
	options: WebCommandOptions,
	say: (line: string) => void,
): number {
	const feeds = subscriptions(library).map((feed) => ({
		url: feed.url,
		title: feed.title,
		site: feed.site,
		fetched: feed.fetchedMs === null ? null : new Date(feed.fetchedMs).toISOString(),
		items: feed.items,
		error: feed.error,
		retryAt: feed.retryAtMs === null ? null : new Date(feed.retryAtMs).toISOString(),
	}));
	if (options.json) {
		options.stdout.write(`${toTerminalSafeJson({ feeds }, 2)}\n`);
		return 0;
	}
	if (feeds.length === 0 && options.stderr.isTTY)
		options.stderr.write("parallax: no subscriptions yet (parallax add FEED subscribes to one)\n");
	for (const feed of feeds)
		say(
			[feed.url, feed.title ?? "-", feed.fetched ?? "never", String(feed.items), feed.error ?? "-"]
				.map((field) => field.replace(/[\t\n]/g, " "))
				.join("\t"),
		);
	return 0;
}
