import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { spanSource } from "../source/corpus/article.js";
import { buildCorpus } from "../source/corpus/corpus.js";
import { parseArticle } from "../source/corpus/load.js";
import { NO_QUOTES } from "../source/corpus/quote-source.js";
import { extractQuotes } from "../source/quotes/extract.js";
import { buildSearchIndex } from "../source/search/builder.js";
import { startIndexing } from "../source/search/indexing.js";
import { App } from "../source/ui/app.js";
import { createTheme, ThemeContext } from "../source/ui/theme.js";
import { renderAtSize } from "./ui/render-at-size.js";

/** Text with everything hostile or odd mixed into ordinary words. */
const wildText = fc
	.array(
		fc.oneof(
			fc.string({ unit: "binary", maxLength: 12 }),
			fc.constantFrom(
				"Ann Lee said",
				"“",
				"”",
				"‘",
				"’",
				'"',
				"\u001b[2J",
				"\u001b]0;t\u0007",
				"\u009b",
				"\u202e",
				"日本語",
				"👩‍👩‍👧",
				"e\u0301",
				"\t",
				"\n\n",
				"  ",
				"&#27;",
			),
			fc.lorem({ maxCount: 3 }),
		),
		{ maxLength: 30 },
	)
	.map((parts) => parts.join(" "));

// What parallax itself writes: SGR styles (and OSC 8 around a front-matter url, not used here).
const OWN_SEQUENCES = /\u001b\[[0-9;]*m/g;
const FORBIDDEN =
	/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe("whatever the article says", () => {
	it("loading, quotes and search never throw, and every range points into the text", () => {
		fc.assert(
			fc.property(
				wildText,
				wildText,
				fc.string({ unit: "grapheme", maxLength: 40 }),
				(a, b, query) => {
					const articles = [a, b].flatMap(
						(text, i) => parseArticle(`Title ${i}\n\n${text}`, `${i}.md`).article ?? [],
					);
					const corpus = buildCorpus(articles);
					for (const article of corpus.articles) {
						for (const quote of extractQuotes(article)) {
							expect(article.paragraphs[quote.paragraph]?.text.slice(quote.start, quote.end)).toBe(
								quote.text,
							);
						}
					}
					const result = buildSearchIndex(corpus).search(query);
					for (const id of result.matches) {
						const ref = result.passage(id);
						const text = spanSource(corpus.articles[ref.article], ref.paragraph);
						for (const [start, end] of result.ranges(id)) {
							expect(start).toBeGreaterThanOrEqual(0);
							expect(end).toBeLessThanOrEqual(text.length);
						}
					}
				},
			),
			{ numRuns: 150 },
		);
	});

	it("the screen holds no control character but parallax's own styles, and no line is too wide", () => {
		fc.assert(
			fc.property(
				wildText,
				fc.integer({ min: 40, max: 130 }),
				fc.integer({ min: 10, max: 40 }),
				(text, columns, rows) => {
					const article = parseArticle(
						`---\ntitle: ${JSON.stringify(text.slice(0, 40))}\n---\n\n${text || "x"}`,
						"x.md",
					).article;
					if (!article) return;
					const corpus = buildCorpus([article]);
					// At the size the property chose: every line within its width, no more lines than rows.
					const app = renderAtSize(
						<ThemeContext value={createTheme({ color: true, unicode: true, hyperlinks: false })}>
							<App corpus={corpus} indexing={startIndexing(corpus, NO_QUOTES, () => {})} />
						</ThemeContext>,
						{ columns, rows },
					);
					const frame = app.lastFrame();
					app.unmount();
					const plain = frame.replace(OWN_SEQUENCES, "");
					expect(plain).not.toMatch(FORBIDDEN);
					const lines = plain.split("\n");
					expect(lines.length).toBeGreaterThan(1);
					expect(lines.length).toBeLessThanOrEqual(rows);
					for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(columns);
				},
			),
			{ numRuns: 60 },
		);
	});
});
