import type { TextSpan } from "../corpus/article.js";
import type { Corpus } from "../corpus/corpus.js";
import type { Quote } from "./extract.js";
import { type Counterpart, foundQuotesOf, type QuoteRef, type StoryComparison } from "./match.js";

/**
 * A story's coverage: every statement any of its sources carries, one row
 * each, and for every source whether it quotes the statement in the row's
 * words, carries it in other words, or leaves it out. Drawn from the pairs
 * the comparison found (see match.ts): nothing is matched anew here.
 */

/** How a source carries a row's statement: in the row's words, or in other words (a paraphrase, or without quotation marks). */
export type Carried = "same" | "other words";

export interface CoverageCell {
	readonly carried: Carried;
	/** Where the source carries it: a quotation (its index in quotesOf), or a sentence without quotation marks (quote null). */
	readonly at: TextSpan & { readonly quote: number | null };
}

export interface CoverageRow {
	/** Who is quoted, as the row's sources name them (the fullest form), or null. */
	readonly speaker: string | null;
	/** The speaker as compared across sources: the same person however each source names them. */
	readonly speakerKey: string;
	/** The statement in the words of the source that best stands for the row. */
	readonly text: string;
	/** One per source, in the story's order of articles. */
	readonly cells: readonly (CoverageCell | null)[];
	/** How many sources carry it. */
	readonly carriers: number;
}

export interface SpeakerCoverage {
	readonly name: string;
	readonly key: string;
	/** Statements of theirs each source carries, in the story's order of articles. */
	readonly counts: readonly number[];
	readonly total: number;
}

export interface StoryCoverage {
	/** The story's articles, one column each. */
	readonly articles: readonly number[];
	/** Each column's source, told apart if two articles name the same one. */
	readonly sources: readonly string[];
	/** In reading order of the first source that carries each. */
	readonly rows: readonly CoverageRow[];
	/** The people and organisations quoted, most statements first; those nobody named are left out. */
	readonly speakers: readonly SpeakerCoverage[];
	/** Statements each source carries. */
	readonly totals: readonly number[];
}

/** The coverage of a compared story (made once per comparison). */
export function coverageOf(corpus: Corpus, comparison: StoryComparison): StoryCoverage {
	let coverage = kept.get(comparison);
	if (!coverage) {
		const { articles } = comparison.story;
		coverage = buildCoverage({
			articles,
			quotes: articles.map((article) => foundQuotesOf(corpus, article)),
			sources: articles.map((article) => corpus.articles[article]?.source ?? null),
			pairs: comparison.pairs,
		});
		kept.set(comparison, coverage);
	}
	return coverage;
}

/** What coverage is drawn from: a story's articles, their quotations and sources, the pairs found between them. */
export interface CoverageInput {
	readonly articles: readonly number[];
	/** Each article's quotations (quotesOf), in the order of `articles`. */
	readonly quotes: readonly (readonly Quote[])[];
	readonly sources: readonly (string | null)[];
	readonly pairs: StoryComparison["pairs"];
}

const kept = new WeakMap<StoryComparison, StoryCoverage>();

interface Member {
	readonly ref: QuoteRef;
	readonly quote: Quote;
	readonly column: number;
}

interface Edge {
	readonly a: number;
	readonly b: number;
	readonly same: boolean;
	readonly score: number;
}

/** The coverage matrix from pairs: statements joined into rows, a cell per source. */
export function buildCoverage(input: CoverageInput): StoryCoverage {
	const { articles, pairs } = input;
	const quotesIn = (article: number) => input.quotes[articles.indexOf(article)] ?? [];
	const columnOf = new Map(articles.map((article, column) => [article, column]));
	const members: Member[] = [];
	// Each article's quotations → their statement's member number (-1 for a term).
	const memberNumbers = new Map<number, Int32Array>();
	for (const [column, article] of articles.entries()) {
		const quotes = quotesIn(article);
		const numbers = new Int32Array(quotes.length).fill(-1);
		quotes.forEach((quote, index) => {
			if (quote.kind !== "statement") return;
			numbers[index] = members.length;
			members.push({ ref: { article, quote: index }, quote, column });
		});
		memberNumbers.set(article, numbers);
	}
	const memberOf = (ref: QuoteRef): number | undefined => {
		const number = memberNumbers.get(ref.article)?.[ref.quote] ?? -1;
		return number < 0 ? undefined : number;
	};

	// A sentence counterpart inside a quotation of its article is that quotation.
	const inParagraph = new Map<string, number[]>();
	for (const [index, member] of members.entries()) {
		const where = `${member.ref.article}:${member.quote.paragraph}`;
		const list = inParagraph.get(where) ?? [];
		list.push(index);
		inParagraph.set(where, list);
	}
	const quoteAt = (counterpart: Counterpart): number | undefined => {
		if (counterpart.kind === "quote") return memberOf(counterpart.ref);
		const { ref } = counterpart;
		return inParagraph.get(`${ref.article}:${ref.paragraph}`)?.find((index) => {
			const { quote } = members[index] as Member;
			return quote.start < ref.end && ref.start < quote.end;
		});
	};
	const edges: Edge[] = [];
	const unquoted: { member: number; at: TextSpan; column: number }[] = [];
	for (const pair of pairs) {
		const a = memberOf(pair.a);
		if (a === undefined) continue;
		const b = quoteAt(pair.b);
		if (b !== undefined) edges.push({ a, b, same: pair.relation === "same", score: pair.score });
		else if (pair.b.kind === "sentence") {
			const column = columnOf.get(pair.b.ref.article);
			if (column !== undefined) unquoted.push({ member: a, at: pair.b.ref, column });
		}
	}

	// Statements joined best pair first, never two of one source in a row.
	const group = members.map((_, index) => index);
	const find = (index: number): number => {
		let root = index;
		while (group[root] !== root) root = group[root] as number;
		group[index] = root;
		return root;
	};
	// The sources of each joined row; a statement alone has just its own (most do, and a long story has thousands).
	const joined = new Map<number, Set<number>>();
	const columnsOf = (root: number) =>
		joined.get(root) ?? new Set([(members[root] as Member).column]);
	const blocked: Edge[] = [];
	for (const edge of [...edges].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b)) {
		const a = find(edge.a);
		const b = find(edge.b);
		if (a === b) continue;
		const aColumns = columnsOf(a);
		const bColumns = columnsOf(b);
		if ([...bColumns].some((column) => aColumns.has(column))) {
			blocked.push(edge);
			continue;
		}
		group[b] = a;
		for (const column of bColumns) aColumns.add(column);
		joined.set(a, aColumns);
		joined.delete(b);
	}

	const rowsByRoot = new Map<number, number[]>();
	members.forEach((_, index) => {
		const root = find(index);
		const list = rowsByRoot.get(root) ?? [];
		list.push(index);
		rowsByRoot.set(root, list);
	});
	const speakers = speakerKeys(members.map((member) => member.quote.speaker));
	// Each row's pairs in the same words, found once: a long story has thousands of rows.
	const sameEdges = new Map<number, Edge[]>();
	for (const edge of edges) {
		const root = find(edge.a);
		if (!edge.same || root !== find(edge.b)) continue;
		const list = sameEdges.get(root) ?? [];
		list.push(edge);
		sameEdges.set(root, list);
	}
	const rows = [...rowsByRoot.entries()].map(([root, indices]) =>
		makeRow(indices, members, sameEdges.get(root) ?? [], speakers, articles.length),
	);
	// A pair that would have put two statements of one source in a row still tells that the source carries it.
	const rowOf = new Map<number, number>();
	[...rowsByRoot.values()].forEach((indices, row) => {
		for (const index of indices) rowOf.set(index, row);
	});
	const addCell = (row: number, column: number, cell: CoverageCell) => {
		const target = rows[row] as MutableRow;
		if (target.cells[column]) return;
		target.cells[column] = cell;
		target.carriers++;
	};
	for (const edge of blocked) {
		const [from, to] = [edge.a, edge.b];
		const carried: Carried = edge.same ? "same" : "other words";
		for (const [here, there] of [
			[from, to],
			[to, from],
		] as const) {
			const member = members[there] as Member;
			addCell(rowOf.get(here) as number, member.column, {
				carried,
				at: atQuote(member),
			});
		}
	}
	for (const { member, at, column } of unquoted) {
		addCell(rowOf.get(member) as number, column, {
			carried: "other words",
			at: { ...at, quote: null },
		});
	}

	const order = (row: MutableRow) => row.first;
	rows.sort((x, y) => order(x) - order(y));
	const totals = articles.map((_, column) => rows.filter((row) => row.cells[column]).length);
	return {
		articles,
		sources: distinctSources(input.sources),
		// Each row keeps where it came in reading order (`first`): unseen by the type, and not worth a copy of thousands of rows.
		rows,
		speakers: speakerTotals(rows, articles.length),
		totals,
	};
}

interface MutableRow {
	speaker: string | null;
	speakerKey: string;
	text: string;
	cells: (CoverageCell | null)[];
	carriers: number;
	/** Where the row comes in reading order: its first statement in the first source that has it. */
	first: number;
}

function atQuote(member: Member) {
	const { paragraph, start, end } = member.quote;
	return { article: member.ref.article, quote: member.ref.quote, paragraph, start, end };
}

/**
 * A row of statements: worded as the one joined to most others in the same
 * words (of equals, the first source's), which is carried "same"; so is
 * every statement joined to it through the same words, the rest in other words.
 */
function makeRow(
	indices: readonly number[],
	members: readonly Member[],
	sameEdges: readonly Edge[],
	speakers: SpeakerKeys,
	columns: number,
): MutableRow {
	if (indices.length === 1) return singleRow(indices[0] as number, members, speakers, columns);
	const sameLinks = new Map<number, number[]>();
	const link = (from: number, to: number) => {
		const list = sameLinks.get(from) ?? [];
		list.push(to);
		sameLinks.set(from, list);
	};
	for (const edge of sameEdges) {
		link(edge.a, edge.b);
		link(edge.b, edge.a);
	}
	const byColumn = [...indices].sort(
		(x, y) => (members[x] as Member).column - (members[y] as Member).column || x - y,
	);
	const canonical = byColumn.reduce((best, index) =>
		(sameLinks.get(index)?.length ?? 0) > (sameLinks.get(best)?.length ?? 0) ? index : best,
	);
	const sameAsCanonical = new Set([canonical]);
	const queue = [canonical];
	for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
		for (const other of sameLinks.get(next) ?? []) {
			if (sameAsCanonical.has(other)) continue;
			sameAsCanonical.add(other);
			queue.push(other);
		}
	}
	const cells: (CoverageCell | null)[] = Array.from({ length: columns }, () => null);
	for (const index of indices) {
		const member = members[index] as Member;
		cells[member.column] = {
			carried: sameAsCanonical.has(index) ? "same" : "other words",
			at: atQuote(member),
		};
	}
	const speaker = rowSpeaker(
		byColumn.map((index) => (members[index] as Member).quote.speaker),
		speakers,
	);
	return {
		speaker: speaker?.name ?? null,
		speakerKey: speaker?.key ?? "",
		text: (members[canonical] as Member).quote.text,
		cells,
		carriers: indices.length,
		// Members are numbered source by source, each in reading order.
		first: Math.min(...indices),
	};
}

/** A statement no other source's is joined to: its row, made without the work of joining. */
function singleRow(
	index: number,
	members: readonly Member[],
	speakers: SpeakerKeys,
	columns: number,
): MutableRow {
	const member = members[index] as Member;
	const cells: (CoverageCell | null)[] = new Array(columns).fill(null);
	cells[member.column] = { carried: "same", at: atQuote(member) };
	const { speaker } = member.quote;
	const key = speaker ? (speakers.keyOf.get(speaker) as string) : "";
	return {
		speaker: speaker ? (speakers.nameOf.get(key) ?? speaker) : null,
		speakerKey: key,
		text: member.quote.text,
		cells,
		carriers: 1,
		first: index,
	};
}

interface SpeakerKeys {
	/** A speaker as written → the key of the person or organisation. */
	readonly keyOf: ReadonlyMap<string, string>;
	/** The key → the fullest name written for it. */
	readonly nameOf: ReadonlyMap<string, string>;
}

function plainKey(name: string): string {
	return name
		.toLocaleLowerCase("en")
		.replace(/^the\s+/, "")
		.replace(/[’']/g, "'")
		.trim();
}

/**
 * One key per person however the sources name them: a name alone
 * ("Trump") joins the one full name of the story that ends in it ("Donald
 * Trump"); with two such names ("Donald Trump", "Melania Trump") it stays apart.
 */
function speakerKeys(names: readonly (string | null)[]): SpeakerKeys {
	const written = [...new Set(names.filter((name): name is string => Boolean(name)))];
	const full = new Map<string, string>();
	for (const name of written) {
		const key = plainKey(name);
		const known = full.get(key);
		if (!known || name.length > known.length) full.set(key, name);
	}
	const keyOf = new Map<string, string>();
	const nameOf = new Map<string, string>();
	const people = [...new Set(written.filter(isPersonName).map(plainKey))];
	for (const name of written) {
		let key = plainKey(name);
		if (/^\p{Lu}/u.test(name) && !key.includes(" ")) {
			const longer = people.filter((other) => other.endsWith(` ${key}`));
			if (longer.length === 1) key = longer[0] as string;
		}
		keyOf.set(name, key);
		nameOf.set(key, full.get(key) ?? name);
	}
	return { keyOf, nameOf };
}

/** A person's name as speakers are written: two to four capitalised words ("Ilse Varga", "Martin Luther King Jr."). */
function isPersonName(name: string): boolean {
	return /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(name);
}

/** The speaker most of a row's statements name; a person or organisation named over a description. */
function rowSpeaker(
	names: readonly (string | null)[],
	speakers: SpeakerKeys,
): { name: string; key: string } | null {
	const votes = new Map<string, number>();
	for (const name of names) {
		if (!name) continue;
		const key = speakers.keyOf.get(name) as string;
		const named = /^\p{Lu}/u.test(name) ? 2 : 1;
		votes.set(key, (votes.get(key) ?? 0) + named);
	}
	let best: string | null = null;
	for (const [key, count] of votes) if (best === null || count > (votes.get(best) ?? 0)) best = key;
	return best === null ? null : { key: best, name: speakers.nameOf.get(best) ?? best };
}

function speakerTotals(rows: readonly MutableRow[], columns: number): SpeakerCoverage[] {
	const byKey = new Map<string, { name: string; counts: number[]; total: number }>();
	for (const row of rows) {
		if (!row.speaker) continue;
		const entry = byKey.get(row.speakerKey) ?? {
			name: row.speaker,
			counts: Array.from({ length: columns }, () => 0),
			total: 0,
		};
		entry.total++;
		row.cells.forEach((cell, column) => {
			if (cell) entry.counts[column] = (entry.counts[column] ?? 0) + 1;
		});
		byKey.set(row.speakerKey, entry);
	}
	return [...byKey.entries()]
		.map(([key, { name, counts, total }]) => ({ key, name, counts, total }))
		.sort((x, y) => y.total - x.total || x.name.localeCompare(y.name, "en"));
}

/** Source names, with a number after any that two columns share, so that each names one column. */
function distinctSources(sources: readonly (string | null)[]): string[] {
	const seen = new Map<string, number>();
	return sources.map((source) => {
		const name = source ?? "unknown source";
		const count = (seen.get(name) ?? 0) + 1;
		seen.set(name, count);
		return count === 1 ? name : `${name} (${count})`;
	});
}
