import { describe, expect, it } from "vitest";
import { discoverFeed, readFeed, readOpml, writeOpml } from "../../source/web/feeds.js";

const base = "https://outlet.example/news/";

describe("feeds in every format", () => {
	it("reads RSS 0.91 and 2.0, RDF (RSS 1.0), Atom and JSON Feed to one shape, links made absolute", () => {
		const rss091 = `<?xml version="1.0"?><rss version="0.91"><channel><title>Old Wire</title><link>https://outlet.example/</link>
<item><title>Bridge closed</title><link>/bridge</link><description>The bridge closed.</description></item></channel></rss>`;
		const rss2 = `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Wire</title>
<item><title>Bridge closed</title><link>bridge.html</link><guid isPermaLink="false">w-1</guid><dc:creator>Ana Lind</dc:creator>
<pubDate>Mon, 04 Mar 2024 09:00:00 GMT</pubDate><description><![CDATA[<p>The bridge closed.</p>]]></description></item></channel></rss>`;
		const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://outlet.example/"><title>RDF Wire</title><link>https://outlet.example/</link></channel>
<item rdf:about="https://outlet.example/bridge"><title>Bridge closed</title><link>https://outlet.example/bridge</link><dc:date>2024-03-04T09:00:00Z</dc:date><description>The bridge closed.</description></item></rdf:RDF>`;
		const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><link rel="alternate" href="https://outlet.example/"/>
<entry><id>tag:outlet,2024:1</id><title>Bridge closed</title><link rel="alternate" href="/bridge"/><published>2024-03-04T09:00:00Z</published><author><name>Ana Lind</name></author><summary>The bridge closed.</summary></entry></feed>`;
		const json = JSON.stringify({
			version: "https://jsonfeed.org/version/1",
			title: "JSON Wire",
			items: [
				{ id: "j-1", url: "/bridge", title: "Bridge closed", content_text: "The bridge closed." },
			],
		});
		const items = [rss091, rss2, rdf, atom, json].map((body) => readFeed(body, base));
		expect(items.map((feed) => feed?.title)).toEqual([
			"Old Wire",
			"Wire",
			"RDF Wire",
			"Atom Wire",
			"JSON Wire",
		]);
		expect(items.map((feed) => feed?.items[0]?.link)).toEqual([
			"https://outlet.example/bridge",
			"https://outlet.example/news/bridge.html",
			"https://outlet.example/bridge",
			"https://outlet.example/bridge",
			"https://outlet.example/bridge",
		]);
		expect(items[1]?.items[0]).toMatchObject({
			id: "w-1",
			author: "Ana Lind",
			published: "Mon, 04 Mar 2024 09:00:00 GMT",
		});
		expect(items[3]?.items[0]).toMatchObject({ id: "tag:outlet,2024:1", author: "Ana Lind" });
		expect(items.every((feed) => feed?.items[0]?.html?.includes("The bridge closed."))).toBe(true);
	});

	it("is no feed when it is a web page, broken XML or another JSON", () => {
		expect(readFeed("<html><body><p>Hello</p></body></html>", base)).toBeNull();
		expect(readFeed('<?xml version="1.0"?><rss><channel><title>Cut', base)).toBeNull();
		expect(readFeed('{"hello": "world"}', base)).toBeNull();
	});

	it("lists every feed of an OPML file at any depth, and writes one another reader takes", () => {
		const opml = `<?xml version="1.0"?><opml version="2.0"><head/><body>
<outline text="News"><outline text="Wire" type="rss" xmlUrl="https://wire.example/rss"/>
<outline text="Local"><outline title="Gazette" type="rss" xmlUrl="https://gazette.example/atom"/></outline></outline>
<outline text="A site, no feed" htmlUrl="https://site.example/"/></body></opml>`;
		const feeds = readOpml(opml);
		expect(feeds).toEqual([
			{ url: "https://wire.example/rss", title: "Wire" },
			{ url: "https://gazette.example/atom", title: "Gazette" },
		]);
		const written = writeOpml([
			{ url: "https://wire.example/rss?a=1&b=2", title: "Wire & Co <1>", site: null },
		]);
		expect(readOpml(written)).toEqual([
			{ url: "https://wire.example/rss?a=1&b=2", title: "Wire & Co <1>" },
		]);
		expect(readOpml("<html></html>")).toBeNull();
	});

	it("finds a home page's feed in its <link rel=alternate>", () => {
		const page = `<html><head><link rel="stylesheet" href="/a.css"><link rel="alternate" type="application/atom+xml" href="/feed.atom"></head></html>`;
		expect(discoverFeed(page, "https://outlet.example/")).toBe("https://outlet.example/feed.atom");
		expect(discoverFeed("<html><head></head></html>", "https://outlet.example/")).toBeNull();
	});
});
