import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildCorpus, type Corpus } from "../../source/corpus/corpus.js";
import {
	articlesPerPage,
	LIST_INDENT,
	type ListLine,
	layoutList,
	scrollListTo,
} from "../../source/layout/list.js";
import { truncate } from "../../source/text/truncate.js";
import { wrap } from "../../source/text/wrap.js";
import { article } from "../fixtures.js";

/** The whole list laid out line by line, every title wrapped: what the list must show. */
function everyLine(corpus: Corpus, width: number, ellipsis = "\u2026"): ListLine[] {
	const textWidth = Math.max(1, width - LIST_INDENT);
	const lines: ListLine[] = [];
	let position = 0;
	corpus.stories.forEach((story, storyIndex) => {
		if (storyIndex > 0) lines.push({ kind: "blank" });
		if (story.id !== null) lines.push({ kind: "story", story: storyIndex });
		for (const index of story.articles) {
			const title = corpus.articles[index]?.title ?? "";
			const spans = wrap(title, textWidth);
			spans.slice(0, 2).forEach((span, line) => {
				const text =
					line === 1 && spans.length > 2
						? truncate(title.slice(span.start), textWidth, ellipsis)
						: title.slice(span.start, span.end);
				lines.push({ kind: "title", position, article: index, text, first: line === 0 });
			});
			const source = truncate(
				corpus.articles[index]?.source ?? "unknown source",
				textWidth,
				ellipsis,
			);
			lines.push({ kind: "source", position, article: index, text: source, first: false });
			position++;
		}
	});
	return lines;
}

const word = fc.oneof(
	fc.constantFrom(
		"news",
		"Bloomberg",
		"prison",
		"a",
		"calls",
		"Überraschung",
		"東京",
		"🇺🇦",
		"x",
		"well-known",
		"re-election—",
		"e\u0301",
	),
	fc.string({ minLength: 1, maxLength: 30 }).map((text) => text.replace(/\s/g, "")),
);
const title = fc.oneof(
	fc.array(word, { maxLength: 14 }).map((words) => words.join(" ")),
	fc.constantFrom("", "   ", " padded title ", "東"),
);
const item = fc.record({
	title,
	source: fc.option(fc.constantFrom("Reuters", "The Grio", "A very long name of a source indeed")),
	story: fc.option(fc.constantFrom("one", "two", "three")),
});

describe("the article list, laid out a screenful at a time", () => {
	it("shows the lines laying out every title would, in any window, at any width", () => {
		fc.assert(
			fc.property(
				fc.array(item, { minLength: 1, maxLength: 12 }),
				fc.integer({ min: 1, max: 50 }),
				fc.nat(),
				fc.nat(),
				(items, width, a, b) => {
					const corpus = buildCorpus(
						items.map((fields, index) =>
							article({ ...fields, id: `a${index}`, path: `${index}.md` }),
						),
					);
					const expected = everyLine(corpus, width);
					const layout = layoutList(corpus, width);
					expect(layout.length).toBe(expected.length);
					expect(layout.lines(0, layout.length)).toEqual(expected);
					const from = a % (expected.length + 1);
					const to = from + (b % 40);
					expect(layout.lines(from, to)).toEqual(expected.slice(from, to));
					for (let position = 0; position < layout.positions; position++) {
						const range = layout.range(position);
						const own = expected.flatMap((line, index) =>
							"position" in line && line.position === position ? [index] : [],
						);
						const header = expected[(own[0] as number) - 1];
						const first = header?.kind === "story" ? (own[0] as number) - 1 : own[0];
						expect(range).toEqual({ first, last: own.at(-1) });
					}
				},
			),
			{ numRuns: 300 },
		);
	});

	it("keeps the selected article in view and pages by the lines an article takes", () => {
		const corpus = buildCorpus(
			Array.from({ length: 40 }, (_, index) =>
				article({
					id: `a${index}`,
					path: `${index}.md`,
					title: `Title number ${index}`,
					story: `s${index % 4}`,
				}),
			),
		);
		const layout = layoutList(corpus, 40);
		const top = scrollListTo(layout, 0, 30, 10);
		const range = layout.range(30);
		expect(range && range.first >= top && range.last < top + 10).toBe(true);
		expect(articlesPerPage(layout, 10)).toBe(Math.floor(10 / (layout.length / 40)));
	});
});
