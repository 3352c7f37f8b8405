import { mkdirSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import { hash64 } from "../corpus/hash.js";
import type { WebArticle } from "./extract.js";
import { hostName } from "./fetch.js";

/**
 * A web article kept as a Markdown file with front matter, in the
 * library's folder of web articles, one folder per outlet: parallax reads
 * it like any article file, and so can grep, an editor or another reader.
 */
export function articleMarkdown(article: WebArticle): string {
	const front = stringify(
		{
			title: article.title,
			source: article.source,
			url: article.url,
			...(article.published ? { published: article.published } : {}),
			...(article.byline ? { byline: article.byline } : {}),
		},
		{ lineWidth: 0 },
	);
	// A caption as Markdown emphasis, which the reader sets apart as one.
	const body = article.paragraphs.map((paragraph) =>
		paragraph.kind === "caption" ? `_${paragraph.text.replace(/_/g, " ")}_` : paragraph.text,
	);
	// The headline as a heading first: then no short first paragraph is taken for one.
	const heading = `# ${article.title.replace(/\s+/g, " ")}`;
	return `---\n${front}---\n\n${heading}\n\n${body.join("\n\n")}\n`;
}

function slug(text: string, most = 60): string {
	const words = text
		.normalize("NFKD")
		.replace(/[\u0300-\u036f]/g, "")
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, "-")
		.replace(/^-|-$/g, "");
	if (words.length <= most) return words || "article";
	// Cut at a word's end.
	return words.slice(0, most).replace(/-[^-]*$/, "") || words.slice(0, most);
}

/**
 * Writes the article under `folder` (atomically: a temporary file, then a
 * rename) and says where; the same address again replaces its file.
 */
export function saveWebArticle(folder: string, article: WebArticle): string {
	const outlet = path.join(folder, slug(hostName(article.url, "web"), 80) || "web");
	mkdirSync(outlet, { recursive: true });
	const tag = hash64(article.url).slice(0, 8);
	const existing = readdirSync(outlet).find((name) => name.endsWith(`-${tag}.md`));
	const day = /^\d{4}-\d{2}-\d{2}/.exec(article.published ?? "")?.[0];
	const name = existing ?? `${day ? `${day}-` : ""}${slug(article.title)}-${tag}.md`;
	const file = path.join(outlet, name);
	const temporary = `${file}.${process.pid}.tmp`;
	writeFileSync(temporary, articleMarkdown(article));
	renameSync(temporary, file);
	return file;
}
