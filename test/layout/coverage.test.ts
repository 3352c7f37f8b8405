import { describe, expect, it } from "vitest";
import {
	abbreviate,
	coverageColumns,
	coverageHeights,
	coverageTable,
	detailLines,
	rowMarks,
	rowText,
	sortedRows,
	speakerSummary,
} from "../../source/layout/coverage.js";
import { buildCoverage } from "../../source/quotes/coverage.js";
import { quoteAt } from "../fixtures/quotes.js";

const same = (a: [number, number], b: [number, number]) => ({
	a: { article: a[0], quote: a[1] },
	b: { kind: "quote" as const, ref: { article: b[0], quote: b[1] } },
	relation: "same" as const,
	score: 0.9,
});

// Three sources: Ana Lind quoted by all, Tom Reyes by two, a statement nobody is named for by one.
const coverage = buildCoverage({
	articles: [0, 1, 2],
	sources: ["The New York Times", "Fox News", "HuffPost"],
	quotes: [
		[quoteAt(0, "first of the Times", null), quoteAt(1, "all three carry it", "Ana Lind")],
		[quoteAt(0, "two carry it", "Tom Reyes"), quoteAt(5, "all three carry it", "Ana Lind")],
		[quoteAt(2, "all three carry it", "Lind"), quoteAt(3, "two carry it", "Tom Reyes")],
	],
	pairs: [same([0, 1], [1, 1]), same([1, 1], [2, 0]), same([1, 0], [2, 1])],
});

describe("source names in narrow columns", () => {
	it.each([
		["The New York Times", "NYT"],
		["Fox News", "Fox"],
		["HuffPost", "Huff"],
		["The Wall Street Journal", "WSJ"],
		["BBC", "BBC"],
		["Washington Post", "WP"],
		["Breitbart", "Breit"],
		["Reuters", "Reuters"],
		["theGrio", "theGrio"],
	])("%s is %s", (source, short) => {
		expect(abbreviate(source)).toBe(short);
	});
});

describe("coverage columns", () => {
	const sources = coverage.sources;
	it("heads each column with the source's name from 100 columns, abbreviated below", () => {
		expect(coverageColumns(sources, 116, 120, 0).labels).toEqual([
			"New York Times",
			"Fox News",
			"HuffPost",
		]);
		expect(coverageColumns(sources, 76, 80, 0).labels).toEqual(["NYT", "Fox", "Huff"]);
		expect(coverageColumns(sources, 56, 60, 0).single).toBe(false);
	});

	it("shows one source's column at a time when all would leave the words no room", () => {
		const narrow = coverageColumns(sources, 38, 42, 2);
		expect(narrow.single).toBe(true);
		expect(narrow.shown).toEqual([2]);
		const many = ["Wire", "Courier", "Gazette", "Herald", "Tribune", "Ledger", "Post", "Sentinel"];
		expect(coverageColumns(many, 56, 60, 5).shown).toEqual([5]);
	});
});

describe("coverage order", () => {
	const texts = (order: readonly number[]) => order.map((index) => coverage.rows[index]?.text);

	it("groups rows by speaker, the most quoted first and the unnamed last, each under a heading", () => {
		const table = coverageTable(coverage, { by: "speaker" });
		expect(
			table.lines.map((line) =>
				line.kind === "group" ? line.text : coverage.rows[line.row]?.text,
			),
		).toEqual([
			"Ana Lind (1)",
			"all three carry it",
			"Tom Reyes (1)",
			"two carry it",
			"no speaker named (1)",
			"first of the Times",
		]);
		expect(table.lineOf).toEqual([1, 3, 5]);
	});

	it("orders by how many sources carry each, or as one source tells them", () => {
		expect(texts(sortedRows(coverage, { by: "carriers" }))).toEqual([
			"all three carry it",
			"two carry it",
			"first of the Times",
		]);
		// HuffPost has "all three" before "two"; it leaves out the last.
		expect(texts(sortedRows(coverage, { by: "source", column: 2 }))).toEqual([
			"all three carry it",
			"two carry it",
			"first of the Times",
		]);
		expect(texts(sortedRows(coverage, { by: "source", column: 1 }))).toEqual([
			"two carry it",
			"all three carry it",
			"first of the Times",
		]);
	});
});

describe("coverage lines", () => {
	const columns = coverageColumns(coverage.sources, 76, 80, 0);
	const row = (text: string) =>
		coverage.rows.find((r) => r.text === text) as (typeof coverage.rows)[number];

	it("marks each source by a symbol, in Unicode or ASCII", () => {
		expect(rowMarks(row("two carry it"), columns, true)).toBe("·    ●    ●     ");
		expect(rowMarks(row("two carry it"), columns, false)).toBe(".    #    #     ");
	});

	it("says when one source alone carries a statement, and how many do when one column shows", () => {
		const flags = { grouped: false, single: false, total: 3 };
		expect(rowText(row("first of the Times"), columns.labels, flags)).toBe(
			"only NYT · “first of the Times”",
		);
		expect(rowText(row("two carry it"), columns.labels, flags)).toBe("Tom Reyes: “two carry it”");
		expect(
			rowText(row("two carry it"), columns.labels, { ...flags, grouped: true, single: true }),
		).toBe("2/3 · “two carry it”");
		expect(rowText(row("two carry it"), columns.labels, { ...flags, unicode: false })).toBe(
			'Tom Reyes: "two carry it"',
		);
	});

	it("gives the chosen statement in full on two lines, the second cut short, and the space for it only when the rows keep ten", () => {
		const long = { ...row("two carry it"), text: "word ".repeat(30).trim() };
		const lines = detailLines(long, 40, 2, true);
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(/^Tom Reyes: “word word/);
		expect(lines[1]?.endsWith("…")).toBe(true);
		expect(detailLines(row("two carry it"), 40, 2, false)).toEqual(['Tom Reyes: "two carry it"']);
		expect(coverageHeights(coverage, 26, false)).toEqual({ speakers: 2, table: 18, detail: 2 });
		expect(coverageHeights(coverage, 16, false)).toEqual({ speakers: 2, table: 10, detail: 0 });
	});

	it("draws a bar per source for each speaker, the longest for the most", () => {
		const summary = speakerSummary(coverage, columns, 76, 5, true);
		expect(summary.heading).toMatch(/^Speakers\s+NYT\s+Fox\s+Huff/);
		expect(summary.lines).toHaveLength(2);
		expect(summary.lines[1]).toMatch(/^Tom Reyes\s+· 0\s+█+ 1\s+█+ 1/);
		const ascii = speakerSummary(coverage, columns, 76, 1, false);
		expect(ascii.lines).toHaveLength(1);
		expect(ascii.lines[0]).toMatch(/^Ana Lind\s+=+ 1\s+=+ 1\s+=+ 1/);
	});
});
