import { describe, expect, it } from "vitest";
import { parseArticle } from "../../source/corpus/load.js";
import { extractQuotes } from "../../source/quotes/extract.js";
import { extractArticle } from "../../source/web/extract.js";
import { decodeText, webUrl } from "../../source/web/fetch.js";
import { articleMarkdown } from "../../source/web/save.js";
import { latin1Page, NEWS_PAGE } from "./pages.js";

describe("a news page's article", () => {
	const page = "https://courier.example/news/dunmore?utm_source=feed";

	it("is its story's paragraphs, without navigation, related links or promos, its caption apart", () => {
		const article = extractArticle(NEWS_PAGE, page);
		if ("problem" in article) throw new Error(article.problem);
		const text = article.paragraphs.filter((p) => p.kind === "text").map((p) => p.text);
		expect(text.some((t) => t.startsWith("The city closed the Dunmore bridge"))).toBe(true);
		expect(text.some((t) => t.startsWith("The council will meet on Thursday"))).toBe(true);
		expect(text.join(" ")).not.toMatch(
			/Ferry timetable|Sign up for our newsletter|Home News Sport|tracking/,
		);
		expect(article.paragraphs.find((p) => p.kind === "caption")?.text).toBe(
			"The Dunmore bridge on Monday morning, after it was closed to traffic.",
		);
		// Quotation marks exactly as the page has them.
		expect(text.join(" ")).toContain(
			"“We will not reopen the bridge until the pylons are replaced,” Mayor Ilse Varga said",
		);
	});

	it("takes title, outlet, byline, date and address from the page's own metadata", () => {
		const article = extractArticle(NEWS_PAGE, page);
		expect(article).toMatchObject({
			title: "Dunmore bridge closed after inspectors find cracks",
			source: "The Harbor Courier",
			byline: "Ana Lind",
			published: "2024-03-04T09:30:00Z",
			url: "https://courier.example/news/2024/03/04/dunmore-bridge-closed",
		});
	});

	it("reads back as an article file whose quotations and speakers are found", () => {
		const article = extractArticle(NEWS_PAGE, page);
		if ("problem" in article) throw new Error(article.problem);
		const parsed = parseArticle(articleMarkdown(article), "dunmore.md").article;
		expect(parsed).toMatchObject({
			title: article.title,
			source: "The Harbor Courier",
			url: article.url,
		});
		expect(parsed?.published).toBe("2024-03-04T09:30:00Z");
		expect(parsed?.paragraphs.map((p) => [p.kind, p.text])).toEqual(
			article.paragraphs.map((p) => [p.kind, p.text]),
		);
		const quotes = extractQuotes(parsed as never).filter((q) => q.kind === "statement");
		expect(quotes.map((q) => q.speaker)).toEqual(["Ilse Varga", "Tom Reyes"]);
	});

	it("decodes the page as it declares itself, and names the outlet from Open Graph", () => {
		const html = decodeText(latin1Page(), "text/html");
		const article = extractArticle(html, "http://journal.example/cafes");
		expect(article).toMatchObject({
			source: "Le Petit Journal",
			title: "Café owners protest the new rules",
		});
		if ("problem" in article) throw new Error(article.problem);
		expect(article.paragraphs.map((p) => p.text).join(" ")).toContain(
			"«Nous ne fermerons pas à huit heures», said José Martín",
		);
		expect(article.paragraphs.map((p) => p.text).join(" ")).toContain("mayor’s office");
	});

	it("says so when a page has no article, and fetches nothing but http and https", () => {
		expect(extractArticle("<html><body><nav>Home</nav></body></html>", page)).toEqual({
			problem: "no article text found on the page",
		});
		for (const bad of [
			"file:///etc/passwd",
			"javascript:alert(1)",
			"data:text/html,hi",
			"ftp://x.example/a",
		])
			expect(webUrl(bad)).toBeNull();
		expect(webUrl("https://x.example/a")?.href).toBe("https://x.example/a");
	});
});
