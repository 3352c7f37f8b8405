import { fileURLToPath } from "node:url";
import type { Article, Paragraph } from "../source/corpus/article.js";
import { buildCorpus, type Corpus } from "../source/corpus/corpus.js";
import { loadArticles } from "../source/corpus/load.js";

export const BUNDLED = fileURLToPath(new URL("../articles/", import.meta.url));

export async function bundledCorpus(): Promise<Corpus> {
	const { articles, warnings } = await loadArticles([BUNDLED]);
	return buildCorpus(articles, warnings);
}

/** A made-up article: `paragraphs` of plain text unless given as Paragraph objects. */
export function article(
	fields: Partial<Omit<Article, "paragraphs">> & {
		paragraphs?: (string | Paragraph)[];
	},
): Article {
	const paragraphs = (fields.paragraphs ?? ["Some text."]).map((p) =>
		typeof p === "string" ? { text: p, kind: "text" as const } : p,
	);
	return {
		id: fields.id ?? "id",
		path: fields.path ?? "x.md",
		title: fields.title ?? "A title",
		source: fields.source ?? null,
		story: fields.story ?? null,
		url: fields.url ?? null,
		published: fields.published ?? null,
		paragraphs,
	};
}

/** A long article: `count` paragraphs of numbered sentences. */
export function longArticle(count: number, fields: Partial<Article> = {}): Article {
	return article({
		...fields,
		paragraphs: Array.from(
			{ length: count },
			(_, i) =>
				`Paragraph ${i} says a few words about the story, enough to wrap onto a second line or a third.`,
		),
	});
}
