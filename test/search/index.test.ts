import fc from "fast-check";
import Fuse from "fuse.js";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCorpus, type Corpus } from "../../source/corpus/corpus.js";
import { buildSearchIndex, SearchIndexBuilder } from "../../source/search/builder.js";
import { MAX_MATCHES, type SearchIndex } from "../../source/search/index.js";
import { parseQuery } from "../../source/search/query.js";
import { Vocabulary, WORD_THRESHOLD } from "../../source/search/vocabulary.js";
import { article, bundledCorpus } from "../fixtures.js";

let corpus: Corpus;
let index: SearchIndex;
beforeAll(async () => {
	corpus = await bundledCorpus();
	index = buildSearchIndex(corpus);
});

const sourceOf = (id: number) => corpus.articles[index.passages.get(id).article]?.source;
describe("SearchIndex on the bundled articles", () => {
	it("finds the correctional center in both sources despite typos", () => {
		const result = index.search("eddie warior corectional");
		expect(result.matches.map(sourceOf)).toEqual(["theGrio", "Business Insider Australia"]);
		const texts = result.matches.map((id) => index.text(id));
		expect(texts[0]).toContain("Dr. Eddie Warrior Correctional Center");
		expect(texts[1]).toContain("Dr. Eddie Warrior Correctional Centre");
		const highlighted = result.matches.flatMap((id) => {
			const ref = index.passages.get(id);
			const text = corpus.articles[ref.article]?.paragraphs[ref.paragraph]?.text ?? "";
			return result.ranges(id).map(([start, end]) => text.slice(start, end));
		});
		expect(highlighted).toEqual([
			"Eddie",
			"Warrior",
			"Correctional",
			"Eddie",
			"Warrior",
			"Correctional",
		]);
	});

	it("does not care about word order", () => {
		const forward = index.search("correctional warrior eddie");
		expect(forward.matches).toEqual(index.search("eddie warior corectional").matches);
	});

	it("ranks passages holding more of the words first", () => {
		const result = index.search("julie wood intercept");
		expect(index.text(result.hits[0]?.id ?? -1)).toContain("Julie Wood");
		expect(index.text(result.hits[0]?.id ?? -1)).toContain("Intercept");
		// Only passages with every word count as matches for n/N.
		for (const id of result.matches) {
			const text = index.text(id).toLowerCase();
			expect(text).toContain("julie");
			expect(text).toContain("intercept");
		}
	});

	it("falls back to the passages with the most words when none has all", () => {
		const result = index.search("modern day slavery zzzzqx");
		expect(result.matches.map((id) => index.text(id))).toEqual([
			expect.stringContaining("“modern day slavery.”"),
		]);
	});

	it("keeps matches in reading order: list order, then paragraph, then offset", () => {
		const result = index.search("bloomberg");
		const order = result.matches.map((id) => {
			const ref = index.passages.get(id);
			return [corpus.order.indexOf(ref.article), ref.paragraph, ref.start];
		});
		const key = ([position = 0, paragraph = 0, start = 0]: number[]) =>
			position * 1e9 + (paragraph + 1) * 1e5 + start;
		const sorted = [...order].sort((a, b) => key(a) - key(b));
		expect(order).toEqual(sorted);
		expect(result.total).toBe(result.matches.length);
		expect(result.total).toBeGreaterThan(20);
	});

	it("gives hits best first with scores between 0 and 1", () => {
		const result = index.search("we do not support this practice");
		expect(index.text(result.hits[0]?.id ?? -1)).toMatch(/^“We do not support this practice/);
		const scores = result.hits.map((hit) => hit.score);
		expect(scores.every((score) => score >= 0 && score <= 1)).toBe(true);
	});

	it("finds titles", () => {
		const result = index.search("severs ties");
		expect(result.hits[0]?.ref.kind).toBe("title");
		expect(result.hits[0]?.ref.paragraph).toBe(-1);
	});

	it.each(["", "   ", "!!!", "?.,;:—–", "“”‘’", "x"])("finds nothing for %j", (query) => {
		const result = index.search(query);
		expect(result.hits).toEqual([]);
		expect(result.matches).toEqual([]);
	});

	it("finds nothing for words that are not there", () => {
		expect(index.search("zebra quantum xylophone").total).toBe(0);
	});

	it("copes with a 500-character query", () => {
		const started = performance.now();
		const result = index.search(
			`bloomberg ${"campaign prison inmates calls ".repeat(20)}`.slice(0, 500),
		);
		expect(performance.now() - started).toBeLessThan(1000);
		expect(result.total).toBeGreaterThan(0);
		expect(index.search("q".repeat(500)).total).toBe(0);
	});

	it("supports fuse.js extended operators", () => {
		const exact = index.search("'Centre");
		expect(exact.total).toBeGreaterThan(0);
		expect(exact.matches.every((id) => /centre/i.test(index.text(id)))).toBe(true);
		const negated = index.search("'prison !bloomberg");
		expect(negated.total).toBeGreaterThan(0);
		expect(
			negated.matches.every(
				(id) => /prison/i.test(index.text(id)) && !/bloomberg/i.test(index.text(id)),
			),
		).toBe(true);
		const prefix = index.search("^Civil");
		expect(prefix.matches.map((id) => index.text(id).slice(0, 5))).toEqual(["Civil", "Civil"]);
	});

	it("limits the hits but not the matches", () => {
		const result = index.search("the", { limit: 3 });
		expect(result.hits).toHaveLength(3);
		expect(result.matches.length).toBeGreaterThan(3);
	});

	it("marks whole words in a passage", () => {
		const result = index.search("procom");
		const id = result.matches[0] ?? -1;
		const ref = index.passages.get(id);
		const text = corpus.articles[ref.article]?.paragraphs[ref.paragraph]?.text ?? "";
		expect(result.ranges(id).map(([start, end]) => text.slice(start, end))).toEqual(["ProCom"]);
	});
});

describe("the quotes scope", () => {
	it("searches only the quotations it is given", () => {
		const text = "He said “the vendors were vetted” and left. The vendors were paid.";
		const small = buildCorpus([article({ paragraphs: [text] })]);
		const start = text.indexOf("“");
		const end = text.indexOf("”") + 1;
		const scoped = buildSearchIndex(small, {
			ready: () => true,
			passages: () => [{ article: 0, paragraph: 0, start, end }],
		});
		const all = scoped.search("vendors");
		const quotes = scoped.search("vendors", { scope: "quotes" });
		expect(all.total).toBeGreaterThan(1);
		expect(quotes.matches.map((id) => scoped.text(id))).toEqual(["“the vendors were vetted”"]);
	});
});

describe("a large corpus", () => {
	it("caps the matches n/N can visit", () => {
		const many = buildCorpus(
			Array.from({ length: 1200 }, (_, i) =>
				article({
					id: `${i}`,
					paragraphs: Array.from({ length: 10 }, () => "Common words here. Common again."),
				}),
			),
		);
		const result = buildSearchIndex(many).search("common");
		expect(result.total).toBeGreaterThan(MAX_MATCHES);
		expect(result.matches).toHaveLength(MAX_MATCHES);
	});
});

describe("parseQuery", () => {
	it("takes distinct words of two or more characters, lower-cased and without accents", () => {
		expect(parseQuery("  Café  cafe a Bloomberg’s ").terms).toEqual(["cafe", "bloomberg's"]);
	});

	it("recognises extended operators", () => {
		expect(parseQuery("'exact").extended).toBe(true);
		expect(parseQuery("^start end$ !not").extended).toBe(true);
		expect(parseQuery("a | b").extended).toBe(true);
		expect(parseQuery("don't stop").extended).toBe(false);
		expect(parseQuery("'exact !not other").required).toEqual(["exact", "other"]);
	});
});

describe("Vocabulary", () => {
	it("matches a short word only as itself or the start of a word", () => {
		const words = ["do", "does", "vendors", "undo", "dog"];
		const found = new Vocabulary(words).expand("do").map((e) => words[e.word]);
		expect(found).toEqual(["do", "does", "dog"]);
		expect(new Vocabulary(words).expand("d")).toEqual([]);
	});

	it("finds exactly the words fuse.js alone would find", () => {
		const word = fc.stringMatching(/^[a-e]{2,9}$/);
		const longer = fc.stringMatching(/^[a-e]{4,9}$/);
		fc.assert(
			fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 80 }), longer, (words, term) => {
				const mine = new Vocabulary(words).expand(term).map((e) => words[e.word]);
				const fuse = new Fuse(words, {
					threshold: WORD_THRESHOLD,
					ignoreDiacritics: true,
					includeScore: true,
				});
				const theirs = fuse.search(term).map((result) => result.item);
				expect(new Set(mine)).toEqual(new Set(theirs));
			}),
			{ numRuns: 300 },
		);
	});
});

describe("building the index a slice at a time", () => {
	it("works through a very long article in many short steps, waiting for its quotations, to the same index", () => {
		const long = buildCorpus([
			article({ id: "short", story: "a", paragraphs: ["A short one about vendors."] }),
			article({
				id: "long",
				story: "b",
				paragraphs: [
					"The vendors met again. ".repeat(3000),
					...Array.from({ length: 300 }, (_, i) => `Paragraph ${i} mentions vendors.`),
				],
			}),
		]);
		let waited = 0;
		const quotes = {
			// The quotations of the long article take a few slices to find.
			ready: (articleIndex: number) => articleIndex === 0 || ++waited > 3,
			passages: (articleIndex: number) =>
				articleIndex === 1 ? [{ article: 1, paragraph: 1, start: 0, end: 9 }] : [],
		};
		const builder = new SearchIndexBuilder(long, quotes);
		const progress: number[] = [];
		let steps = 0;
		// No time at all: each call takes one step.
		while (!builder.step(0)) {
			steps++;
			progress.push(builder.progress);
		}
		expect(steps).toBeGreaterThan(300);
		expect(waited).toBeGreaterThan(3);
		// Progress moves within the long article too, and never back.
		expect(progress.filter((p) => p > 0.5 && p < 1).length).toBeGreaterThan(100);
		expect(progress).toEqual([...progress].sort((a, b) => a - b));
		const stepwise = builder.finish();
		const atOnce = buildSearchIndex(long, { ready: () => true, passages: quotes.passages });
		for (const query of ["vendors", "paragraph 12", "met again"]) {
			expect(stepwise.search(query).total).toBe(atOnce.search(query).total);
		}
		expect(stepwise.search("paragraph", { scope: "quotes" }).total).toBe(1);
	});
});
