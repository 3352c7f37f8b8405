/**
 * A large, reproducible corpus made from the seed vocabulary: stories told
 * by several sources each, sharing facts and quotations with small
 * differences, as real coverage does. For benchmarks, never for tests of
 * behaviour.
 */

export interface GeneratedArticle {
	readonly path: string;
	readonly text: string;
}

export interface GenerateOptions {
	readonly articles: number;
	readonly sourcesPerStory?: number;
	readonly seed?: number;
	/** No `story:` in the front matter: the articles are grouped by what they say. */
	readonly withoutStories?: boolean;
}

const OUTLETS = [
	"theGrio",
	"Business Insider Australia",
	"The Intercept",
	"The Huffington Post",
	"Bloomberg News",
	"Reuters",
	"Associated Press",
	"The Oklahoman",
];

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A word-pair (bigram) model of the seed text, to make sentences that read like it. */
function model(seedTexts: readonly string[]) {
	const next = new Map<string, string[]>();
	const starts: string[] = [];
	for (const text of seedTexts) {
		for (const sentence of text.split(/(?<=[.!?][”"]?)\s+/)) {
			const words = sentence
				.replace(/[“”"‘’]/g, "")
				.split(/\s+/)
				.filter(Boolean);
			if (words.length < 4) continue;
			starts.push(words[0] as string);
			for (let i = 0; i < words.length - 1; i++) {
				const key = (words[i] as string).toLowerCase();
				const list = next.get(key) ?? [];
				list.push(words[i + 1] as string);
				next.set(key, list);
			}
		}
	}
	return { next, starts };
}

export function generateCorpus(
	seedTexts: readonly string[],
	options: GenerateOptions,
): GeneratedArticle[] {
	const rand = random(options.seed ?? 20_191_126);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
	const { next, starts } = model(seedTexts);
	const names = [
		"Julie Wood",
		"David Fathi",
		"John Washington",
		"Michael Bloomberg",
		"Cory Booker",
	];
	const sentence = (min = 8, max = 24): string => {
		const length = min + Math.floor(rand() * (max - min));
		const words = [pick(starts)];
		while (words.length < length) {
			const options = next.get((words.at(-1) as string).toLowerCase());
			if (!options) break;
			words.push(pick(options));
		}
		const text = words.join(" ").replace(/[.,;:]+$/, "");
		return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
	};
	// A source's retelling: the same sentence with a word dropped or swapped now and then.
	const retell = (text: string): string => {
		if (rand() < 0.5) return text;
		const words = text.split(" ");
		const at = 1 + Math.floor(rand() * Math.max(1, words.length - 2));
		if (rand() < 0.5) words.splice(at, 1);
		else words[at] = pick(words);
		return words.join(" ");
	};
	const sourcesPerStory = options.sourcesPerStory ?? 4;
	const articles: GeneratedArticle[] = [];
	for (let story = 0; articles.length < options.articles; story++) {
		const facts = Array.from({ length: 14 }, () => sentence());
		const quotes = Array.from({ length: 3 }, () => ({
			words: sentence(10, 28).replace(/\.$/, ""),
			speaker: pick(names),
		}));
		const outlets = [...OUTLETS].sort(() => rand() - 0.5).slice(0, sourcesPerStory);
		for (const outlet of outlets) {
			if (articles.length >= options.articles) break;
			const paragraphs: string[] = [];
			for (const fact of facts) {
				if (rand() < 0.7)
					paragraphs.push(`${retell(fact)} ${rand() < 0.5 ? retell(pick(facts)) : ""}`.trim());
			}
			for (const quote of quotes) {
				if (rand() < 0.7) {
					const at = Math.floor(rand() * (paragraphs.length + 1));
					paragraphs.splice(at, 0, `“${retell(quote.words)},” ${quote.speaker} said.`);
				}
			}
			paragraphs.push(`Follow ${outlet} on Facebook, Twitter, LinkedIn, and Instagram.`);
			const title = sentence(6, 14).replace(/\.$/, "");
			const slug = `story-${String(story).padStart(5, "0")}`;
			const storyLine = options.withoutStories ? "" : `story: ${slug}\n`;
			const text = `---\ntitle: ${JSON.stringify(title)}\nsource: ${JSON.stringify(outlet)}\n${storyLine}---\n\n${paragraphs.join("\n\n")}\n`;
			articles.push({ path: `${slug}/${outlet.toLowerCase().replace(/[^a-z]+/g, "-")}.md`, text });
		}
	}
	return articles;
}
