import { descendingOrder } from "../sorted.js";
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
	// Only articles sharing a telling word are compared: the work grows with the overlap, not the
	// square. Each word's articles are kept in order with their weights, and each article knows
	// where it stands in them, so only later articles are visited, their weights at hand; the
	// sums go into one array reused for every article.
	const postings = new Map<string, { positions: number[]; weights: number[] }>();
	const entries = vectors.map((vector, position) =>
		[...vector].map(([term, weight]) => {
			let posting = postings.get(term);
			if (!posting) {
				posting = { positions: [], weights: [] };
				postings.set(term, posting);
			}
			posting.positions.push(position);
			posting.weights.push(weight);
			return { posting, at: posting.positions.length - 1, weight };
		}),
	);
	// The pairs alike enough, as three columns (a homogeneous corpus has millions of them).
	const pairA: number[] = [];
	const pairB: number[] = [];
	const pairScore: number[] = [];
	const dots = new Float64Array(vectors.length);
	const touched = new Int32Array(vectors.length);
	entries.forEach((terms, a) => {
		let count = 0;
		for (const { posting, at, weight } of terms) {
			const { positions, weights } = posting;
			for (let k = at + 1; k < positions.length; k++) {
				const b = positions[k] as number;
				if (dots[b] === 0) touched[count++] = b;
				dots[b] = (dots[b] as number) + weight * (weights[k] as number);
			}
		}
		const take = (b: number) => {
			const score = dots[b] as number;
			if (score >= thresholdOf(a, b)) {
				pairA.push(a);
				pairB.push(b);
				pairScore.push(score);
			}
			dots[b] = 0;
		};
		// In order of b: with a in order too, a stable sort by score alone breaks ties by a, then b.
		// (Those met sorted, or, when they are many of the articles after a, all of these looked at.)
		if (count * 16 < vectors.length - a) for (const b of touched.subarray(0, count).sort()) take(b);
		else for (let b = a + 1; b < vectors.length; b++) if (dots[b] !== 0) take(b);
	});
	const byScore = descendingOrder(pairScore);

	const parent = indices.map((_, position) => position);
	const find = (position: number): number => {
		let root = position;
		while (parent[root] !== root) root = parent[root] as number;
		parent[position] = root;
		return root;
	};
	const sources = new SourceSets(indices.map((index) => articles[index]?.source ?? null));
	for (const pair of byScore) {
		const rootA = find(pairA[pair] as number);
		const rootB = find(pairB[pair] as number);
		if (rootA === rootB || sources.clash(rootA, rootB)) continue;
		parent[rootB] = rootA;
		sources.join(rootA, rootB);
	}
	const groups = new Map<number, number[]>();
	indices.forEach((index, position) => {
		const root = find(position);
		const group = groups.get(root);
		if (group) group.push(index);
		else groups.set(root, [index]);
	});
	return [...groups.values()];
}

/**
 * The sources of each story being made, as bits (a story takes one article
 * of each source): the stories of millions of candidate pairs are tested.
 * An article of no known source clashes with none.
 */
class SourceSets {
	private readonly words: number;
	private readonly bits: Uint32Array;

	constructor(sources: readonly (string | null)[]) {
		const ids = new Map<string, number>();
		for (const source of sources)
			if (source !== null && !ids.has(source)) ids.set(source, ids.size);
		this.words = Math.max(1, Math.ceil(ids.size / 32));
		this.bits = new Uint32Array(sources.length * this.words);
		sources.forEach((source, story) => {
			const id = source === null ? undefined : ids.get(source);
			if (id !== undefined) this.bits[story * this.words + (id >>> 5)] = 1 << (id & 31);
		});
	}

	/** Whether stories a and b have a source in common. */
	clash(a: number, b: number): boolean {
		const { words, bits } = this;
		for (let word = 0; word < words; word++)
			if (((bits[a * words + word] as number) & (bits[b * words + word] as number)) !== 0)
				return true;
		return false;
	}

	/** Story b's sources are now a's too. */
	join(a: number, b: number): void {
		const { words, bits } = this;
		for (let word = 0; word < words; word++)
			bits[a * words + word] =
				(bits[a * words + word] as number) | (bits[b * words + word] as number);
	}
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
