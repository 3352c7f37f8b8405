import { spanText } from "../corpus/article.js";
import type { Corpus } from "../corpus/corpus.js";
import type { SearchResult } from "../search/index.js";
import { sanitize, toTerminalSafeJson } from "../text/sanitize.js";

interface PrintedHit {
	readonly path: string;
	readonly source: string | null;
	readonly title: string;
	/** Index of the paragraph in the article, or null for the title. */
	readonly paragraph: number | null;
	readonly kind: string;
	/** The passage (a sentence, the title or a quotation). */
	readonly snippet: string;
	/** [start, end) ranges of `snippet` that matched. */
	readonly ranges: readonly (readonly [number, number])[];
	/** Relevance from 0 to 1, higher is better. */
	readonly score: number;
}

function printedHits(corpus: Corpus, result: SearchResult): PrintedHit[] {
	return result.hits.map((hit) => {
		const article = corpus.articles[hit.ref.article];
		return {
			path: article?.path ?? "",
			source: article?.source ?? null,
			title: article?.title ?? "",
			paragraph: hit.ref.paragraph < 0 ? null : hit.ref.paragraph,
			kind: hit.ref.kind,
			snippet: spanText(corpus.articles, hit.ref),
			ranges: result
				.ranges(hit.id)
				.map(([start, end]) => [start - hit.ref.start, end - hit.ref.start] as const),
			score: hit.score,
		};
	});
}

export function searchJson(corpus: Corpus, result: SearchResult): string {
	const document = {
		query: result.query,
		scope: result.scope,
		total: result.total,
		hits: printedHits(corpus, result),
	};
	return `${toTerminalSafeJson(document, 2)}\n`;
}

/**
 * One hit a line, best first, tab-separated: path, source, title, paragraph
 * ("title" for a title), score, and the passage with each match in **bold**.
 */
export function searchText(corpus: Corpus, result: SearchResult): string {
	return printedHits(corpus, result)
		.map((hit) => {
			let marked = "";
			let at = 0;
			for (const [start, end] of hit.ranges) {
				marked += `${hit.snippet.slice(at, start)}**${hit.snippet.slice(start, end)}**`;
				at = end;
			}
			marked += hit.snippet.slice(at);
			const fields = [
				hit.path,
				hit.source ?? "-",
				hit.title,
				hit.paragraph === null ? "title" : String(hit.paragraph),
				hit.score.toFixed(3),
				marked,
			];
			return `${fields.map((field) => sanitize(field).replace(/[\t\n]/g, " ")).join("\t")}\n`;
		})
		.join("");
}
