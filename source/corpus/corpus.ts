import type { Article, LoadWarning } from "./article.js";

/** Articles that report the same story, in the order the list shows them. */
export interface Story {
	/** The front-matter story id, or null for an article that stands alone. */
	readonly id: string | null;
	readonly label: string;
	/** Indices into Corpus.articles. */
	readonly articles: readonly number[];
}

export interface Corpus {
	readonly articles: readonly Article[];
	readonly stories: readonly Story[];
	/** Article indices in list order (story by story). */
	readonly order: readonly number[];
	/** For each article index, its position in the list: the inverse of `order`. */
	readonly positions: readonly number[];
	readonly warnings: readonly LoadWarning[];
}

/**
 * Groups articles into stories by their front-matter `story`, keeping the
 * order in which each story first appears; an article without one is a story
 * of its own.
 */
export function buildCorpus(
	articles: readonly Article[],
	warnings: readonly LoadWarning[] = [],
): Corpus {
	const stories: { id: string | null; label: string; articles: number[] }[] = [];
	const byId = new Map<string, (typeof stories)[number]>();
	articles.forEach((article, index) => {
		if (article.story === null) {
			stories.push({ id: null, label: article.title, articles: [index] });
			return;
		}
		let story = byId.get(article.story);
		if (!story) {
			story = { id: article.story, label: storyLabel(article.story), articles: [] };
			byId.set(article.story, story);
			stories.push(story);
		}
		story.articles.push(index);
	});
	const order = stories.flatMap((story) => story.articles);
	const positions: number[] = new Array(articles.length).fill(-1);
	order.forEach((article, position) => {
		positions[article] = position;
	});
	return { articles, stories, order, positions, warnings };
}

/** A story id for people: "bloomberg-prison-calls" reads as "Bloomberg prison calls". */
export function storyLabel(id: string): string {
	if (/\s/.test(id) || !/[-_]/.test(id)) return id;
	const words = id.replace(/[-_]+/g, " ").trim();
	return words.charAt(0).toUpperCase() + words.slice(1);
}
