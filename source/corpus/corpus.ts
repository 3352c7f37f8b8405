import type { Article, LoadWarning } from "./article.js";
import { groupBySimilarity } from "./group.js";
import { ownProblems, Problems } from "./problems.js";

/** Articles that report the same story, in the order the list shows them. */
export interface Story {
	/** The front-matter story id, an id made up for articles grouped by content ("similar-1"), or null for one that stands alone. */
	readonly id: string | null;
	/** Grouped by what the articles say, not by a story in their front matter. */
	readonly inferred: boolean;
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
	/** For each article index, the index of its story. */
	readonly storyOf: readonly number[];
	readonly warnings: readonly LoadWarning[];
	/** What went wrong analysing its articles after they were loaded. */
	readonly problems: Problems;
}

/**
 * How articles that name no story are grouped: groups of the indices given,
 * each in their order (groupBySimilarity, or the library's kept result of it).
 */
export type Grouping = (articles: readonly Article[], indices: readonly number[]) => number[][];

/**
 * Groups articles into stories by their front-matter `story`; articles that
 * name none are grouped by what they say (see groupBySimilarity). Stories
 * keep the order in which their first article appears; an article like no
 * other is a story of its own.
 */
export function buildCorpus(
	articles: readonly Article[],
	warnings: readonly LoadWarning[] = [],
	grouping: Grouping = groupBySimilarity,
): Corpus {
	type Draft = {
		id: string | null;
		label: string;
		inferred: boolean;
		articles: number[];
		first: number;
	};
	const drafts: Draft[] = [];
	const byId = new Map<string, Draft>();
	const unnamed: number[] = [];
	articles.forEach((article, index) => {
		if (article.story === null) {
			unnamed.push(index);
			return;
		}
		let story = byId.get(article.story);
		if (!story) {
			story = {
				id: article.story,
				label: storyLabel(article.story),
				inferred: false,
				articles: [],
				first: index,
			};
			byId.set(article.story, story);
			drafts.push(story);
		}
		story.articles.push(index);
	});
	let inferred = 0;
	for (const group of grouping(articles, unnamed)) {
		const first = group[0] as number;
		const lone = group.length === 1;
		drafts.push({
			id: lone ? null : `similar-${++inferred}`,
			label: articles[first]?.title ?? "",
			inferred: !lone,
			articles: group,
			first,
		});
	}
	drafts.sort((a, b) => a.first - b.first);
	const stories: Story[] = drafts.map(({ first: _first, ...story }) => story);
	const order = stories.flatMap((story) => story.articles);
	const positions: number[] = new Array(articles.length).fill(-1);
	order.forEach((article, position) => {
		positions[article] = position;
	});
	const storyOf: number[] = new Array(articles.length).fill(-1);
	stories.forEach((story, index) => {
		for (const article of story.articles) storyOf[article] = index;
	});
	const problems = new Problems();
	ownProblems(articles, problems);
	return { articles, stories, order, positions, storyOf, warnings, problems };
}

/** A story id for people: "bloomberg-prison-calls" reads as "Bloomberg prison calls". */
export function storyLabel(id: string): string {
	if (/\s/.test(id) || !/[-_]/.test(id)) return id;
	const words = id.replace(/[-_]+/g, " ").trim();
	return words.charAt(0).toUpperCase() + words.slice(1);
}
