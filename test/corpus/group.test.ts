import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../source/corpus/corpus.js";
import { parseArticle } from "../../source/corpus/load.js";
import { COVERAGE, coverageFiles } from "../fixtures/coverage.js";
import { article } from "../fixtures.js";

describe("grouping articles into stories by content", () => {
	it("finds five stories of three in fifteen articles on five events from three outlets", () => {
		const articles = coverageFiles().map((file) => {
			const parsed = parseArticle(file.text, file.name).article;
			if (!parsed) throw new Error(`could not parse ${file.name}`);
			return parsed;
		});
		const corpus = buildCorpus(articles);
		expect(corpus.stories).toHaveLength(5);
		const eventOf = (index: number) =>
			COVERAGE.find((item) => item.title === articles[index]?.title)?.event;
		for (const story of corpus.stories) {
			expect(story.articles).toHaveLength(3);
			expect(new Set(story.articles.map(eventOf)).size).toBe(1);
			expect(new Set(story.articles.map((index) => articles[index]?.source)).size).toBe(3);
			expect(story.inferred).toBe(true);
		}
	});

	it("leaves an article like no other as a story of its own", () => {
		const corpus = buildCorpus([
			article({
				title: "Wildfire near Lake Elsinore",
				source: "A",
				paragraphs: ["The Cedar Ridge fire burned 4,200 acres near Lake Elsinore."],
			}),
			article({
				title: "Kiptoo wins in Berlin",
				source: "B",
				paragraphs: ["Daniel Kiptoo won the Berlin Marathon in record time."],
			}),
		]);
		expect(corpus.stories.map((story) => [story.id, story.articles])).toEqual([
			[null, [0]],
			[null, [1]],
		]);
	});

	it("never puts two articles from one source in a story", () => {
		const same = "The Cedar Ridge fire burned 4,200 acres near Lake Elsinore in Riverside County.";
		const corpus = buildCorpus([
			article({ title: "Fire", source: "A", paragraphs: [same] }),
			article({ title: "Fire again", source: "A", paragraphs: [same] }),
			article({ title: "Fire too", source: "B", paragraphs: [same] }),
		]);
		for (const story of corpus.stories) {
			const sources = story.articles.map((index) => corpus.articles[index]?.source);
			expect(new Set(sources).size).toBe(sources.length);
		}
	});

	it("keeps front-matter stories as they are", () => {
		const corpus = buildCorpus([
			article({ title: "One", story: "s", paragraphs: ["Alpha beta gamma."] }),
			article({ title: "Two", paragraphs: ["Delta epsilon."] }),
			article({ title: "Three", story: "s", paragraphs: ["Zeta eta theta."] }),
		]);
		expect(corpus.stories.map((story) => story.articles)).toEqual([[0, 2], [1]]);
		expect(corpus.order).toEqual([0, 2, 1]);
		expect(corpus.positions).toEqual([0, 2, 1]);
		expect(corpus.storyOf).toEqual([0, 1, 0]);
	});
});

describe("grouping by date", () => {
	// Other stories around them, so that words are weighed by how rare they are.
	const background = () =>
		coverageFiles().map((file) => {
			const parsed = parseArticle(file.text, file.name).article;
			if (!parsed) throw new Error(`could not parse ${file.name}`);
			return { ...parsed, source: `${parsed.source} (background)` };
		});
	const report = (source: string, published: string | null, words: string) =>
		article({ title: `${source} report`, source, published, paragraphs: [words] });
	const storiesOf = (...reports: ReturnType<typeof report>[]) => {
		const others = background();
		const corpus = buildCorpus([...reports, ...others]);
		return corpus.stories
			.map((story) => story.articles.filter((index) => index < reports.length))
			.filter((articles) => articles.length > 0)
			.sort();
	};
	// Two accounts of one event: a few telling words in common, the rest each outlet's own.
	const first =
		"Mayor Ilse Varga closed the Dunmore bridge after inspectors found cracks. Commuters queued for hours at the ferry terminal, and schools opened late while crews measured every joint of the span.";
	const second =
		"The Dunmore bridge is shut. Officials promised an engineering review by spring; freight companies rerouted lorries through Harlow and complained about fuel costs, and Varga asked for patience.";

	it("joins two outlets' accounts published days apart on less evidence than undated ones", () => {
		expect(storiesOf(report("A", null, first), report("B", null, second))).toEqual([[0], [1]]);
		expect(
			storiesOf(report("A", "2024-03-04", first), report("B", "2024-03-05T08:00:00Z", second)),
		).toEqual([[0, 1]]);
	});

	it("never joins articles published weeks apart, however alike", () => {
		expect(storiesOf(report("A", "2024-03-04", first), report("B", "2024-05-20", first))).toEqual([
			[0],
			[1],
		]);
	});
});
