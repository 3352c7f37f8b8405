import { comparableWords, FUNCTION_WORDS } from "../text/words.js";
import type { Article } from "./article.js";

/** Two articles this alike (cosine of their word weights) may report the same story. */
export const SAME_STORY = 0.2;
/**
 * Published within NEAR_DAYS of each other, articles need be only this
 * alike: the date is evidence of its own, and a story still takes one
 * article of each source, best matches first (BASIL dev: 34/50 events
 * recovered at 0.2, 50/50 at this, pairwise precision 1.0 either way, and
 * still 1.0 with every date made the same).
 */
export const SAME_STORY_NEAR = 0.06;
const NEAR_DAYS = 3;
/** A story spans days, not months: articles published further apart are never one story. */
const STORY_DAYS = 14;
const TERMS_PER_ARTICLE = 40;
// A word in more than this share of the articles says nothing about which story they tell.
const COMMON_SHARE = 0.2;

/**
 * Groups articles that name no story by what they say: each article is
 * reduced to its most telling words (TF-IDF), the most alike pairs are
 * joined first, and a story never takes two articles from the same source.
 * Returns groups of article indices (in their original order); an article
 * like no other is a group of one.
 */
export function groupBySimilarity(
	articles: readonly Article[],
	indices: readonly number[],
): number[][] {
	if (indices.length < 2) return indices.map((index) => [index]);
	const counts = indices.map((index) => termCounts(articles[index] as Article));
	const documentFrequency = new Map<string, number>();
	for (const terms of counts)
		for (const term of terms.keys())
			documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
	const total = indices.length;
	const tooCommon = Math.max(2, Math.ceil(total * COMMON_SHARE));
	const vectors = counts.map((terms) => {
		const weighted = [...terms]
			.filter(([term]) => (documentFrequency.get(term) ?? 0) <= tooCommon || total < 10)
			.map(
				([term, count]) =>
					[
						term,
						(1 + Math.log(count)) * Math.log(1 + total / (documentFrequency.get(term) ?? 1)),
					] as const,
			)
			.sort((a, b) => b[1] - a[1])
			.slice(0, TERMS_PER_ARTICLE);
		const norm = Math.hypot(...weighted.map(([, weight]) => weight)) || 1;
		return new Map(weighted.map(([term, weight]) => [term, weight / norm]));
	});
	const days = indices.map((index) => dayOf(articles[index]?.published ?? null));
	/** How alike two articles must be to be one story: less when published days apart at most, never when weeks apart. */
	const thresholdOf = (a: number, b: number) => {
		const apart = daysApart(days[a] ?? null, days[b] ?? null);
		if (apart === null) return SAME_STORY;
		if (apart > STORY_DAYS) return Number.POSITIVE_INFINITY;
		return apart <= NEAR_DAYS ? SAME_STORY_NEAR : SAME_STORY;
	};
	// Only articles sharing a telling word are compared: the work grows with the overlap, not the square.
	const postings = new Map<string, number[]>();
	vectors.forEach((vector, position) => {
		for (const term of vector.keys()) postings.set(term, [...(postings.get(term) ?? []), position]);
	});
	const pairs: { a: number; b: number; score: number }[] = [];
	vectors.forEach((vector, a) => {
		const dots = new Map<number, number>();
		for (const [term, weight] of vector) {
			for (const b of postings.get(term) ?? []) {
				if (b > a) dots.set(b, (dots.get(b) ?? 0) + weight * (vectors[b]?.get(term) ?? 0));
			}
		}
		for (const [b, score] of dots) if (score >= thresholdOf(a, b)) pairs.push({ a, b, score });
	});
	pairs.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);

	const parent = indices.map((_, position) => position);
	const find = (position: number): number => {
		let root = position;
		while (parent[root] !== root) root = parent[root] as number;
		parent[position] = root;
		return root;
	};
	const sources = indices.map((index) => new Set([articles[index]?.source ?? null]));
	for (const { a, b } of pairs) {
		const rootA = find(a);
		const rootB = find(b);
		if (rootA === rootB) continue;
		const setA = sources[rootA] as Set<string | null>;
		const setB = sources[rootB] as Set<string | null>;
		const clash = [...setA].some((source) => source !== null && setB.has(source));
		if (clash) continue;
		parent[rootB] = rootA;
		for (const source of setB) setA.add(source);
	}
	const groups = new Map<number, number[]>();
	indices.forEach((index, position) => {
		const root = find(position);
		groups.set(root, [...(groups.get(root) ?? []), index]);
	});
	return [...groups.values()];
}

// What a story is about is in its title and first paragraphs; reading a
// 5 MB article to the end would cost the first screen a quarter second.
const CHARACTERS_READ = 20_000;

function termCounts(article: Article): Map<string, number> {
	const counts = new Map<string, number>();
	const texts = [article.title];
	let characters = article.title.length;
	for (const paragraph of article.paragraphs) {
		if (characters >= CHARACTERS_READ) break;
		if (paragraph.kind !== "text") continue;
		texts.push(paragraph.text);
		characters += paragraph.text.length;
	}
	for (const text of texts) {
		for (const word of comparableWords(text)) {
			if (word.length < 3 || FUNCTION_WORDS.has(word)) continue;
			counts.set(word, (counts.get(word) ?? 0) + 1);
		}
	}
	return counts;
}

const DAY_MS = 86_400_000;

/** The day a date ("2016-03-01", "2016-03-01T10:00:00Z", "1 Mar 2016") falls on, as a day number; null when it is no date. */
export function dayOf(published: string | null): number | null {
	if (!published) return null;
	const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim());
	if (match)
		return Math.floor(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS);
	const parsed = Date.parse(published);
	return Number.isNaN(parsed) ? null : Math.floor(parsed / DAY_MS);
}

/** Days between two days, or null when either is unknown. */
function daysApart(a: number | null, b: number | null): number | null {
	return a === null || b === null ? null : Math.abs(a - b);
}
