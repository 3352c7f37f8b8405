import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { Paragraph } from "../corpus/article.js";
import { isBoilerplate, isCaption } from "../corpus/boilerplate.js";
import { errorMessage } from "../corpus/fs-errors.js";
import { hostName } from "./fetch.js";

/**
 * An article's main text from a web page: Readability (Mozilla's, as in
 * Firefox's reader view) over linkedom (a DOM without a browser: no script
 * runs), and the page's own metadata where it has it — JSON-LD
 * NewsArticle, Open Graph, <link rel=canonical> — for its title, outlet,
 * byline, date and address. Paragraphs, headings, block quotes and
 * captions are kept apart, with their quotation marks exactly as written.
 */

export interface WebArticle {
	readonly title: string;
	/** The outlet's name (not its host, when the page names it). */
	readonly source: string;
	readonly byline: string | null;
	/** As the page gives it (ISO 8601 where it says so), or null. */
	readonly published: string | null;
	/** The page's canonical address, else where it was fetched from. */
	readonly url: string;
	readonly paragraphs: readonly Paragraph[];
}

/** Readability wants a DOM Document; linkedom's is one in all it uses. */
type AnyDocument = ConstructorParameters<typeof Readability>[0];

interface PageMeta {
	title?: string;
	source?: string;
	byline?: string;
	published?: string;
	canonical?: string;
}

/** The article in a page, or in one line why there is none. */
export function extractArticle(html: string, pageUrl: string): WebArticle | { problem: string } {
	let document: ReturnType<typeof parseHTML>["document"];
	try {
		({ document } = parseHTML(html));
	} catch (error) {
		return { problem: `the page could not be read as HTML (${errorMessage(error)})` };
	}
	// Before Readability, which takes the document apart as it works.
	const meta = pageMeta(document, pageUrl);
	let parsed: ReturnType<Readability<Node>["parse"]>;
	try {
		parsed = new Readability<Node>(document as unknown as AnyDocument, {
			serializer: (node) => node,
		}).parse();
	} catch (error) {
		return { problem: `no article text found (${errorMessage(error)})` };
	}
	const byline = clean(meta.byline ?? parsed?.byline ?? "") || null;
	const paragraphs = (parsed?.content ? blocksOf(parsed.content) : []).filter(
		(paragraph) => !isBylineLine(paragraph.text, byline),
	);
	const words = paragraphs.filter((p) => p.kind === "text").reduce((n, p) => n + p.text.length, 0);
	// A page of links and a line or two is not an article.
	if (words < MIN_ARTICLE_CHARS) return { problem: "no article text found on the page" };
	const title = clean(meta.title ?? parsed?.title ?? "") || firstWords(paragraphs);
	return {
		title,
		source:
			clean(meta.source ?? parsed?.siteName ?? "") ||
			hostName(meta.canonical ?? pageUrl, "the web"),
		byline,
		published: clean(meta.published ?? parsed?.publishedTime ?? "") || null,
		url: meta.canonical ?? pageUrl,
		paragraphs,
	};
}

// Fewer characters of text than this is a page of links, not an article.
const MIN_ARTICLE_CHARS = 200;

/** "By Ana Lind", or the byline alone: the page's credit line, kept as the byline, not as text. */
function isBylineLine(text: string, byline: string | null): boolean {
	if (text.length > 120) return false;
	const credit = text
		.replace(/^by\s+/i, "")
		.replace(/[,|·].*$/, "")
		.trim();
	return (
		(byline !== null && credit === byline) ||
		/^By \p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3}$/u.test(text)
	);
}

/** An article from a feed item that carries the whole of it: its HTML as paragraphs, the item's own fields. */
export function articleFromFeedItem(
	html: string,
	fields: Omit<WebArticle, "paragraphs">,
): WebArticle | { problem: string } {
	let document: ReturnType<typeof parseHTML>["document"];
	try {
		({ document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`));
	} catch (error) {
		return { problem: `the item could not be read as HTML (${errorMessage(error)})` };
	}
	const paragraphs = blocksOf(document.body as unknown as Node);
	if (paragraphs.every((p) => p.kind !== "text")) return { problem: "the item has no text" };
	return { ...fields, paragraphs };
}

/** Characters of text in some HTML (tags left out): whether a feed item carries a whole article. */
export function textLengthOf(html: string): number {
	return html
		.replace(/<[^>]*>/g, " ")
		.replace(/&[#\w]+;/g, "x")
		.replace(/\s+/g, " ")
		.trim().length;
}

function clean(text: string): string {
	return text.replace(/\s+/g, " ").trim();
}

function firstWords(paragraphs: readonly Paragraph[]): string {
	const text = paragraphs.find((p) => p.kind === "text")?.text ?? "Untitled";
	return text.length > 80 ? `${text.slice(0, 79).replace(/\s+\S*$/, "")}…` : text;
}

type Doc = ReturnType<typeof parseHTML>["document"];

/** What the page says of itself: JSON-LD first (the most exact), then Open Graph and the like. */
function pageMeta(document: Doc, pageUrl: string): PageMeta {
	const meta: PageMeta = {};
	for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
		for (const item of jsonLdItems(script.textContent ?? "")) {
			const type = ([] as unknown[]).concat(item["@type"] ?? []).map(String);
			if (!type.some((name) => /(News)?Article$|Report|BlogPosting/.test(name))) continue;
			meta.title ??= stringOf(item.headline);
			meta.published ??= stringOf(item.datePublished);
			meta.byline ??= namesOf(item.author);
			meta.source ??= namesOf(item.publisher);
		}
	}
	const property = (name: string) =>
		document
			.querySelector(`meta[property="${name}"], meta[name="${name}"]`)
			?.getAttribute("content") ?? undefined;
	meta.source ??= property("og:site_name");
	meta.title ??= property("og:title");
	meta.published ??= property("article:published_time");
	meta.byline ??= property("author");
	const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href");
	if (canonical) {
		try {
			const url = new URL(canonical, pageUrl);
			if (url.protocol === "http:" || url.protocol === "https:") meta.canonical = url.href;
		} catch {
			// A canonical link that is no address: the page's own is kept.
		}
	}
	return meta;
}

function jsonLdItems(text: string): Record<string, unknown>[] {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return [];
	}
	const items: Record<string, unknown>[] = [];
	const visit = (value: unknown) => {
		if (Array.isArray(value)) value.forEach(visit);
		else if (value && typeof value === "object") {
			const record = value as Record<string, unknown>;
			items.push(record);
			if (record["@graph"]) visit(record["@graph"]);
		}
	};
	visit(data);
	return items;
}

function stringOf(value: unknown): string | undefined {
	return typeof value === "string" && value.trim() ? value.trim() : undefined;
}

/** A name, or several ("Ana Lind and Tom Reyes"), from a string, a {name} or a list of them. */
function namesOf(value: unknown): string | undefined {
	const names = ([] as unknown[])
		.concat(value ?? [])
		.map((item) =>
			typeof item === "string" ? item : stringOf((item as { name?: unknown } | null)?.name),
		)
		.filter((name): name is string => Boolean(name?.trim()));
	if (names.length === 0) return undefined;
	return names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

const LEAVES = new Set([
	"P",
	"H1",
	"H2",
	"H3",
	"H4",
	"H5",
	"H6",
	"LI",
	"FIGCAPTION",
	"PRE",
	"DT",
	"DD",
]);
const SKIPPED = new Set([
	"SCRIPT",
	"STYLE",
	"NOSCRIPT",
	"TEMPLATE",
	"IFRAME",
	"SVG",
	"BUTTON",
	"FORM",
]);

/** The content's blocks in order, each a paragraph: text, a caption (figure captions) or boilerplate. */
function blocksOf(root: Node): Paragraph[] {
	const paragraphs: Paragraph[] = [];
	const add = (text: string, caption: boolean) => {
		const words = clean(text);
		if (!words) return;
		const kind =
			caption || isCaption(words) ? "caption" : isBoilerplate(words) ? "boilerplate" : "text";
		paragraphs.push({ text: words, kind });
	};
	const visit = (node: Node) => {
		for (const child of Array.from(node.childNodes)) {
			if (child.nodeType !== 1) continue;
			const element = child as Element;
			const name = element.tagName.toUpperCase();
			if (SKIPPED.has(name)) continue;
			if (LEAVES.has(name)) add(element.textContent ?? "", name === "FIGCAPTION");
			else if (hasBlocks(element)) visit(element);
			else add(element.textContent ?? "", false);
		}
	};
	visit(root);
	return paragraphs;
}

const CONTAINERS = new Set([
	"DIV",
	"SECTION",
	"ARTICLE",
	"BLOCKQUOTE",
	"UL",
	"OL",
	"DL",
	"FIGURE",
	"TABLE",
	"TBODY",
	"TR",
	"TD",
	"MAIN",
	"ASIDE",
	"HEADER",
	"FOOTER",
]);

/** Whether an element holds blocks of its own (else its text, links and emphasis included, is one paragraph). */
function hasBlocks(element: Element): boolean {
	for (const child of Array.from(element.children)) {
		const name = child.tagName.toUpperCase();
		if (LEAVES.has(name) || CONTAINERS.has(name)) return true;
	}
	return false;
}
