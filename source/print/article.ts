import type { Corpus } from "../corpus/corpus.js";

/**
 * The fields every print mode gives for an article: its path, title,
 * source and story (the front-matter story, or the one grouping by
 * content made; null for an article that stands alone).
 */
export function articleFields(corpus: Corpus, index: number) {
	const article = corpus.articles[index];
	return {
		path: article?.path ?? "",
		title: article?.title ?? "",
		source: article?.source ?? null,
		story: corpus.stories[corpus.storyOf[index] ?? -1]?.id ?? null,
	};
}
