/**
 * Web pages in the shapes outlets serve, written for these tests (no real
 * article): navigation, share buttons, related links and a newsletter
 * promo around the story; metadata as JSON-LD and Open Graph.
 */

export const NEWS_PAGE = `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Dunmore bridge closed after inspectors find cracks | The Harbor Courier</title>
<meta property="og:site_name" content="The Harbor Courier">
<meta property="og:title" content="Dunmore bridge closed after inspectors find cracks">
<meta property="article:published_time" content="2024-03-04T09:30:00Z">
<link rel="canonical" href="https://courier.example/news/2024/03/04/dunmore-bridge-closed">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
 "headline":"Dunmore bridge closed after inspectors find cracks","datePublished":"2024-03-04T09:30:00Z",
 "author":[{"@type":"Person","name":"Ana Lind"}],"publisher":{"@type":"Organization","name":"The Harbor Courier"}}</script>
<script>document.write("<p>tracking</p>")</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>Dunmore bridge closed after inspectors find cracks</h1>
<p class="byline">By Ana Lind</p>
<figure><img src="/bridge.jpg" alt=""><figcaption>The Dunmore bridge on Monday morning, after it was closed to traffic.</figcaption></figure>
<p>The city closed the Dunmore bridge to all traffic on Monday after inspectors found cracks in two of its pylons, officials said.</p>
<p>“We will not reopen the bridge until the pylons are replaced,” Mayor Ilse Varga said at a news conference, adding that the work could take months.</p>
<p>Tom Reyes, the engineer who led the inspection, said the cracks ran “through the concrete and into the steel beneath.”</p>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">Ferry timetable changes</a></li><li><a href="/b">Council budget vote</a></li></ul></aside>
<p>Commuters queued for the ferry, which added crossings through the evening. Some said they had crossed the bridge every day for years and had never seen it shut.</p>
<p>The council will meet on Thursday to discuss the cost of the repairs, which engineers put at several million dollars.</p>
</article></main>
<div class="newsletter">Sign up for our newsletter to get the news in your inbox every morning.</div>
<footer>© The Harbor Courier. All rights reserved.</footer>
</body></html>`;

/** A page in Windows-1252, as older sites still serve them, with no JSON-LD: Open Graph only. */
export function latin1Page(): Buffer {
	const html = `<html><head><meta charset="windows-1252"><meta property="og:site_name" content="Le Petit Journal">
<title>Caf\u00e9 owners protest the new rules</title></head><body><article>
<p>Caf\u00e9 owners gathered outside the town hall on Tuesday to protest the new opening hours, which they say will cost them their evening trade.</p>
<p>\u00abNous ne fermerons pas \u00e0 huit heures\u00bb, said Jos\u00e9 Mart\u00edn, who has run the Caf\u00e9 du Port for thirty years and spoke for the owners.</p>
<p>The mayor\u2019s office said the rules would be reviewed in the spring, after a season of trial.</p>
</article></body></html>`;
	// Windows-1252: the curly apostrophe is 0x92.
	return Buffer.from(Array.from(html, (char) => (char === "\u2019" ? 0x92 : char.charCodeAt(0))));
}

/** A story page as an outlet serves the page an RSS item links to. */
export function storyPage(outlet: string, title: string, paragraphs: readonly string[]): string {
	return `<!doctype html><html><head><meta charset="utf-8"><title>${title} - ${outlet}</title>
<meta property="og:site_name" content="${outlet}"><meta property="og:title" content="${title}">
<meta property="article:published_time" content="2024-03-04T08:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${title}</h1>
${paragraphs.map((text) => `<p>${text}</p>`).join("\n")}
</article><aside>Most read: <a href="/x">Other things</a></aside></body></html>`;
}

/** Paragraphs about the bridge, long enough to be an article (and, in a feed, the whole of one). */
export const BRIDGE_STORY = [
	"The Dunmore bridge will stay shut for months, the town’s mayor said on Monday, after inspectors found cracks running through two of its concrete pylons and into the steel beneath them.",
	"“We will not reopen the bridge until the pylons are replaced,” Mayor Ilse Varga told reporters at the depot, where engineers had set out the cracked sections for the press to see.",
	"Tom Reyes, the engineer who led the inspection, said the damage had most likely built up over years of heavy freight traffic, and that a closer look at the other pylons would follow this week.",
	"Commuters queued for the ferry through the evening. Operators added crossings, and the council said it would meet on Thursday to discuss the cost of the repairs and a temporary crossing.",
	"“I have crossed it every day for twenty years,” said Pat Ennis, a commuter waiting at the ferry landing. “I never thought I would see it closed.”",
];
