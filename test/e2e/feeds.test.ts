import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readOpml } from "../../source/web/feeds.js";
import { BRIDGE_STORY, storyPage } from "../web/pages.js";
import { localWeb, parallaxIn } from "./local-web.js";

let web: Awaited<ReturnType<typeof localWeb>>;
let base: string;
let folder: string;
/** Requests the server had, by path. */
const asked = new Map<string, number>();
/** What some addresses answer now: the tests change it between runs. */
const mode = { sometimes: "ok", moving: "here", broken: false };
/** The conditional headers each request for the wire's feed carried. */
const wireHeaders: (string | undefined)[] = [];
/** Requests being answered at once, and the most there ever were. */
const load = { now: 0, most: 0 };

const rss = (title: string, items: string) =>
	`<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${title}</title><link>${base}/</link>${items}</channel></rss>`;

function route(request: IncomingMessage, response: ServerResponse) {
	const url = request.url ?? "/";
	asked.set(url, (asked.get(url) ?? 0) + 1);
	const send = (type: string, body: string, headers: Record<string, string> = {}) => {
		response.writeHead(200, { "content-type": type, ...headers });
		response.end(body);
	};
	if (url.startsWith("/many/") && url.endsWith(".html")) {
		load.now++;
		load.most = Math.max(load.most, load.now);
		setTimeout(() => {
			load.now--;
			send("text/html", storyPage("Many Pages", `Story ${url.slice(6, -5)}`, BRIDGE_STORY));
		}, 60);
		return;
	}
	switch (url) {
		case "/":
			// A site's home page: its feed named by <link rel="alternate">.
			return send(
				"text/html",
				`<html><head><link rel="alternate" type="application/rss+xml" title="Wire" href="/wire/rss.xml"></head><body><p>Latest news from the wire.</p></body></html>`,
			);
		case "/wire/rss.xml":
			// Summary-only RSS: each item's page has the article. Fresh while the ETag holds.
			wireHeaders.push(request.headers["if-none-match"] as string | undefined);
			if (request.headers["if-none-match"] === '"wire-1"') {
				response.writeHead(304);
				return response.end();
			}
			return send(
				"application/rss+xml; charset=utf-8",
				rss(
					"Harbor Wire",
					["a", "b"]
						.map(
							(id) =>
								`<item><title>Bridge story ${id}</title><link>/wire/${id}.html</link><guid>wire-${id}</guid><description>Short summary ${id}.</description><pubDate>Mon, 04 Mar 2024 09:00:00 GMT</pubDate></item>`,
						)
						.join(""),
				),
				{ etag: '"wire-1"' },
			);
		case "/wire/a.html":
		case "/wire/b.html":
			return send("text/html", storyPage("Harbor Wire", `Bridge story ${url[6]}`, BRIDGE_STORY));
		case "/gazette/atom.xml": {
			// Full-content Atom: the article is in the feed; its page must not be needed.
			const content = BRIDGE_STORY.map((text) => `<p>${text}</p>`).join("");
			return send(
				"application/atom+xml",
				`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>The Gazette</title><link href="${base}/gazette/"/><entry><id>tag:gazette,2024:1</id><title>Bridge shut for months</title><link href="/gazette/never-fetched.html"/><updated>2024-03-04T10:00:00Z</updated><author><name>Ana Lind</name></author><content type="html"><![CDATA[${content}]]></content></entry></feed>`,
			);
		}
		case "/desk/feed.json":
			return send(
				"application/feed+json",
				JSON.stringify({
					version: "https://jsonfeed.org/version/1.1",
					title: "City Desk",
					items: [
						{
							id: "desk-1",
							url: `${base}/desk/1.html`,
							title: "Ferry adds crossings",
							date_published: "2024-03-04T11:00:00Z",
							content_html: BRIDGE_STORY.map((text) => `<p>${text}</p>`).join(""),
						},
					],
				}),
			);
		case "/sometimes.xml":
			if (mode.sometimes === "busy") {
				response.writeHead(429, { "retry-after": "120", "content-type": "text/plain" });
				return response.end("Too many requests");
			}
			return send("application/rss+xml", rss("Sometimes", ""));
		case "/moving.xml":
			if (mode.moving === "moved") {
				response.writeHead(301, { location: "/new-home.xml" });
				return response.end();
			}
			return send("application/rss+xml", rss("Moving", ""));
		case "/new-home.xml":
			return send("application/rss+xml", rss("Moving", ""));
		case "/many/rss.xml":
			// Eight items whose pages are slow to come: parallax may ask for two at a time.
			return send(
				"application/rss+xml",
				rss(
					"Many Pages",
					Array.from(
						{ length: 8 },
						(_, i) =>
							`<item><title>Story ${i}</title><link>/many/${i}.html</link><guid>many-${i}</guid></item>`,
					).join(""),
				),
			);
		case "/flaky.xml":
			if (mode.broken) {
				response.writeHead(500, { "content-type": "text/plain" });
				return response.end("down");
			}
			return send("application/rss+xml", rss("Flaky", ""));
		case "/gzipped.xml": {
			// Compressed, as most servers send it to a client that says it takes gzip.
			const accepts = String(request.headers["accept-encoding"] ?? "");
			const body = rss(
				"Gzipped",
				"<item><title>Squeezed</title><link>/wire/a.html</link><guid>gz-1</guid></item>",
			);
			if (!accepts.includes("gzip")) return send("application/rss+xml", body);
			response.writeHead(200, {
				"content-type": "application/rss+xml",
				"content-encoding": "gzip",
			});
			return response.end(gzipSync(body));
		}
		case "/invalid.xml":
			return send("application/rss+xml", '<?xml version="1.0"?><rss><channel><title>Cut off');
		case "/loop":
			response.writeHead(302, { location: "/loop" });
			return response.end();
		case "/huge.xml":
			response.writeHead(200, {
				"content-type": "application/rss+xml",
				"content-length": String(50 * 1024 * 1024),
			});
			return response.end();
		default:
			response.writeHead(500, { "content-type": "text/plain" });
			return response.end("no");
	}
}

beforeAll(async () => {
	folder = mkdtempSync(path.join(tmpdir(), "parallax-feeds-"));
	web = await localWeb(route);
	base = web.base;
});
afterAll(async () => {
	await web.close();
	rmSync(folder, { recursive: true, force: true });
});

const dataHome = () => path.join(folder, "data");

const parallax = (...args: string[]) => parallaxIn(dataHome(), args);

describe("feeds", () => {
	it("says there is nothing to update before anything is subscribed to", async () => {
		const empty = await parallax("update");
		expect(empty.code).toBe(0);
		expect(empty.stderr).toBe(
			"parallax: no feeds to update (parallax add FEED subscribes to one)\n",
		);
		expect(JSON.parse((await parallax("feeds", "--json")).stdout)).toEqual({ feeds: [] });
	});

	it("subscribes to every feed of an OPML list, keeps their articles, and reads them with the bundled ones", async () => {
		// As another reader exports it: feeds in folders, with titles and site links.
		const opml = path.join(folder, "subscriptions.opml");
		writeFileSync(
			opml,
			`<?xml version="1.0" encoding="UTF-8"?><opml version="1.0"><head><title>Exported from another reader</title></head><body>
<outline text="Local"><outline text="Harbor Wire" type="rss" xmlUrl="${base}/wire/rss.xml" htmlUrl="${base}/"/>
<outline text="The Gazette" type="rss" xmlUrl="${base}/gazette/atom.xml"/></outline>
<outline text="City Desk" type="rss" xmlUrl="${base}/desk/feed.json"/></body></opml>`,
		);
		const added = await parallax("add", opml);
		expect(added.stderr).toBe("");
		expect(added.code).toBe(0);
		expect(added.stdout).toContain(`subscribed: Harbor Wire (${base}/wire/rss.xml)`);
		expect(added.stdout).toContain("Harbor Wire: 2 new articles");
		expect(added.stdout).toContain("The Gazette: 1 new article");
		expect(added.stdout).toContain("City Desk: 1 new article");
		// The full-content feed's article came from the feed, not from its page.
		expect(asked.get("/gazette/never-fetched.html")).toBeUndefined();
		expect(asked.get("/wire/a.html")).toBe(1);

		const feeds = JSON.parse((await parallax("feeds", "--json")).stdout).feeds;
		expect(
			feeds.map((feed: { title: string; items: number; error: null }) => [
				feed.title,
				feed.items,
				feed.error,
			]),
		).toEqual([
			["Harbor Wire", 2, null],
			["The Gazette", 1, null],
			["City Desk", 1, null],
		]);

		const list = JSON.parse((await parallax("--list", "--json")).stdout).articles as {
			source: string;
			title: string;
			published: string;
		}[];
		expect(list.map((article) => article.source).sort()).toEqual(
			[
				"Business Insider Australia",
				"City Desk",
				"Harbor Wire",
				"Harbor Wire",
				"The Gazette",
				"theGrio",
			].sort(),
		);
		expect(list.find((article) => article.source === "The Gazette")?.published).toBe(
			"2024-03-04T10:00:00Z",
		);
	});

	it("asks again politely: a 304 is fresh, nothing is kept twice, and a home page stands for its feed", async () => {
		const before = asked.get("/wire/rss.xml") ?? 0;
		const again = await parallax("update");
		expect(again.code).toBe(0);
		expect(again.stdout).toContain("Harbor Wire: nothing new");
		expect(again.stdout).toContain("City Desk: 0 new articles");
		expect(asked.get("/wire/rss.xml")).toBe(before + 1);
		expect(asked.get("/wire/a.html")).toBe(1);
		const json = JSON.parse((await parallax("update", "--json")).stdout).feeds as {
			title: string;
			state: string;
			added: number;
		}[];
		expect(json.map((feed) => [feed.title, feed.state, feed.added])).toEqual([
			["Harbor Wire", "fresh", 0],
			["The Gazette", "updated", 0],
			["City Desk", "updated", 0],
		]);
		const home = await parallax("add", `${base}/`);
		expect(home.stdout).toContain(`already subscribed: ${base}/wire/rss.xml`);
	});

	it("honours Retry-After, follows a feed that moved for good, and names each feed that failed", async () => {
		expect((await parallax("add", `${base}/sometimes.xml`, `${base}/moving.xml`)).code).toBe(0);
		mode.sometimes = "busy";
		mode.moving = "moved";
		const first = await parallax("update");
		expect(first.code).toBe(1);
		expect(first.stderr).toContain(
			"parallax: Sometimes: the server answered 429 Too Many Requests",
		);
		expect(first.stdout).toContain(`Moving: 0 new articles (moved to ${base}/new-home.xml)`);
		const feeds = JSON.parse((await parallax("feeds", "--json")).stdout).feeds as {
			url: string;
			error: string | null;
			retryAt: string | null;
		}[];
		expect(feeds.map((feed) => feed.url)).toContain(`${base}/new-home.xml`);
		expect(feeds.map((feed) => feed.url)).not.toContain(`${base}/moving.xml`);
		expect(feeds.find((feed) => feed.url.endsWith("/sometimes.xml"))?.retryAt).not.toBeNull();

		const busy = asked.get("/sometimes.xml");
		const second = await parallax("update");
		expect(second.stdout).toMatch(
			/Sometimes: not asked: the server asked to wait until \d\d:\d\d UTC/,
		);
		expect(asked.get("/sometimes.xml")).toBe(busy);
	});

	it("sends the conditional headers of the last answer, and asks a host for two pages at a time at most", async () => {
		// The first fetch of the wire's feed had none to send; the update after it, the ETag.
		expect(wireHeaders.slice(0, 2)).toEqual([undefined, '"wire-1"']);
		const many = await parallax("add", `${base}/many/rss.xml`);
		expect(many.stdout).toContain("Many Pages: 8 new articles");
		expect(load.most).toBe(2);
	});

	it("takes a feed compressed with gzip", async () => {
		const added = await parallax("add", `${base}/gzipped.xml`);
		expect(added.stdout).toContain("subscribed: Gzipped");
		expect(added.stdout).toContain("Gzipped: 1 new article");
	});

	it("says what went wrong with each feed or address: a 500, bad XML, a redirect loop, 50 MB", async () => {
		expect((await parallax("add", `${base}/flaky.xml`)).code).toBe(0);
		mode.broken = true;
		const update = await parallax("update");
		expect(update.code).toBe(1);
		expect(update.stderr).toContain(
			"parallax: Flaky: the server answered 500 Internal Server Error",
		);
		const feeds = JSON.parse((await parallax("feeds", "--json")).stdout).feeds as {
			title: string;
			error: string;
		}[];
		expect(feeds.find((feed) => feed.title === "Flaky")?.error).toBe(
			"the server answered 500 Internal Server Error",
		);
		const bad = await parallax("add", `${base}/invalid.xml`, `${base}/loop`, `${base}/huge.xml`);
		expect(bad.code).toBe(1);
		expect(bad.stderr.trim().split("\n")).toEqual([
			`parallax: cannot add ${base}/invalid.xml: a feed that cannot be read (not well-formed)`,
			`parallax: cannot add ${base}/loop: more than 5 redirects`,
			`parallax: cannot add ${base}/huge.xml: larger than 8 MiB`,
		]);
	});

	it("ends a subscription (its articles stay) and exports the rest as OPML another reader takes", async () => {
		const removed = await parallax("remove", `${base}/wire/rss.xml`, `${base}/not-a-feed.xml`);
		expect(removed.code).toBe(1);
		expect(removed.stdout).toContain(`removed: ${base}/wire/rss.xml (its articles stay)`);
		expect(removed.stderr).toContain(`not subscribed to ${base}/not-a-feed.xml`);
		const exported = await parallax("export", "--opml");
		const listed = readOpml(exported.stdout)?.map((feed) => feed.url);
		expect(listed).toContain(`${base}/gazette/atom.xml`);
		expect(listed).not.toContain(`${base}/wire/rss.xml`);
		const list = (await parallax("--list")).stdout;
		expect(list).toContain("Bridge story a");
		expect((await parallax("export")).code).toBe(2);
		expect((await parallax("update", "somewhere")).code).toBe(2);
	});
});
