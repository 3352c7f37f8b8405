import type { Carried, CoverageRow, StoryCoverage } from "../quotes/coverage.js";
import { displayWidth } from "../text/graphemes.js";
import { padToWidth, truncate } from "../text/truncate.js";
import { wrap } from "../text/wrap.js";
import { keptPerOwner } from "./kept.js";

/** How the coverage rows are ordered: by speaker (grouped), by how many sources carry each, or as one source tells them. */
export type CoverageSort =
	| { readonly by: "speaker" }
	| { readonly by: "carriers" }
	| { readonly by: "source"; readonly column: number };

/** The orders `s` cycles through: by speaker, by sources carrying, then as each source tells it. */
export function coverageSorts(columns: number): CoverageSort[] {
	return [
		{ by: "speaker" },
		{ by: "carriers" },
		...Array.from({ length: columns }, (_, column) => ({ by: "source" as const, column })),
	];
}

export function sortLabel(sort: CoverageSort, sources: readonly string[]): string {
	if (sort.by === "speaker") return "by speaker";
	if (sort.by === "carriers") return "by sources carrying";
	return `in ${sources[sort.column] ?? "its source"}'s order`;
}

/** A cell as a symbol, not colour alone: ● the row's words, ◐ other words, · not carried. */
export function carriedSymbol(carried: Carried | null, unicode: boolean): string {
	if (carried === "same") return unicode ? "●" : "#";
	if (carried === "other words") return unicode ? "◐" : "~";
	return unicode ? "·" : ".";
}

export function legend(unicode: boolean): string {
	return `${carriedSymbol("same", unicode)} quoted  ${carriedSymbol("other words", unicode)} other words  ${carriedSymbol(null, unicode)} not carried`;
}

const UNATTRIBUTED = "no speaker named";

/** The rows in an order, as indices into coverage.rows (made once per order). */
export function sortedRows(coverage: StoryCoverage, sort: CoverageSort): readonly number[] {
	return sortedKept(coverage, JSON.stringify(sort), () => makeOrder(coverage, sort));
}

const sortedKept = keptPerOwner<StoryCoverage, readonly number[]>();

function makeOrder(coverage: StoryCoverage, sort: CoverageSort): number[] {
	const indices = coverage.rows.map((_, index) => index);
	const row = (index: number) => coverage.rows[index] as CoverageRow;
	if (sort.by === "carriers")
		return indices.sort((a, b) => row(b).carriers - row(a).carriers || a - b);
	if (sort.by === "source") {
		// The source's own statements in its order; the ones it leaves out after, as they were.
		const position = (index: number) => {
			const at = row(index).cells[sort.column]?.at;
			return at ? at.paragraph * 1e6 + at.start : Number.POSITIVE_INFINITY;
		};
		return indices.sort((a, b) => position(a) - position(b) || a - b);
	}
	// Grouped by speaker, the most quoted first, those nobody named last.
	const rank = new Map(coverage.speakers.map((speaker, place) => [speaker.key, place]));
	const place = (index: number) => {
		const { speaker, speakerKey } = row(index);
		return speaker
			? (rank.get(speakerKey) ?? coverage.speakers.length)
			: coverage.speakers.length + 1;
	};
	return indices.sort((a, b) => place(a) - place(b) || a - b);
}

/** A line of the statements table: a speaker's heading (when sorted by speaker) or a statement. */
export type CoverageLine =
	| { readonly kind: "group"; readonly text: string }
	| { readonly kind: "row"; readonly row: number };

export interface CoverageTable {
	/** The rows in the chosen order, as indices into coverage.rows. */
	readonly order: readonly number[];
	readonly lines: readonly CoverageLine[];
	/** The line of each position in `order`. */
	readonly lineOf: readonly number[];
}

/** The table's lines in an order (made once per order). */
export function coverageTable(coverage: StoryCoverage, sort: CoverageSort): CoverageTable {
	return tableKept(coverage, JSON.stringify(sort), () => {
		const order = sortedRows(coverage, sort);
		const lines: CoverageLine[] = [];
		const lineOf: number[] = [];
		const keyOf = (row: CoverageRow) => (row.speaker ? row.speakerKey : "");
		const counts = new Map<string, number>();
		for (const row of coverage.rows) counts.set(keyOf(row), (counts.get(keyOf(row)) ?? 0) + 1);
		let group: string | null = null;
		for (const index of order) {
			const row = coverage.rows[index] as CoverageRow;
			if (sort.by === "speaker" && keyOf(row) !== group) {
				group = keyOf(row);
				lines.push({
					kind: "group",
					text: `${row.speaker ?? UNATTRIBUTED} (${counts.get(group)})`,
				});
			}
			lineOf.push(lines.length);
			lines.push({ kind: "row", row: index });
		}
		return { order, lines, lineOf };
	});
}

const tableKept = keptPerOwner<StoryCoverage, CoverageTable>();

/**
 * A short name for a source, for narrow columns: "The New York Times" →
 * "NYT", "Fox News" → "Fox", "HuffPost" → "Huff".
 */
export function abbreviate(source: string): string {
	const words = source
		.replace(/^the\s+/i, "")
		.split(/\s+/)
		.filter(Boolean);
	const first = words[0] ?? source;
	const capitals = words.filter((word) => /^\p{Lu}/u.test(word));
	if (capitals.length >= 3) return capitals.map((word) => Array.from(word)[0]).join("");
	if (displayWidth(first) <= 5) return first;
	if (words.length === 2 && capitals.length === 2)
		return capitals.map((word) => Array.from(word)[0]).join("");
	// A short name of one word is clearer whole ("Reuters", "theGrio") than cut.
	if (words.length === 1 && displayWidth(first) <= 7) return first;
	// One long word: up to its second capital ("HuffPost"), or its first five letters.
	const camel = /^\p{Lu}\p{Ll}{1,4}(?=\p{Lu})/u.exec(first);
	return camel ? camel[0] : Array.from(first).slice(0, 5).join("");
}

/** Below this many columns, source names are abbreviated. */
export const FULL_NAMES_FROM = 100;
/** The statement's words keep at least this many columns, or one source's column is shown at a time. */
const TEXT_LEAST = 30;
/** Full names are kept only while the statements keep this share of the width. */
const TEXT_SHARE_WITH_FULL_NAMES = 0.55;
// The chosen-row marker and the space after the columns.
const MARKER = 2;

/** Which sources' columns fit, and how each is headed. */
export interface CoverageColumns {
	/** Columns of the sources shown, in the story's order: all, or the chosen one. */
	readonly shown: readonly number[];
	/** Each source's heading (full or abbreviated), for every column. */
	readonly labels: readonly string[];
	/** Each column's width, the space after it included, for every column. */
	readonly widths: readonly number[];
	/** One column at a time: the terminal is too narrow for all. */
	readonly single: boolean;
}

/** Columns as wide as their headings (and the counts under them), two spaces apart. */
export function columnsFor(labels: readonly string[], shown: readonly number[], single = false) {
	const widths = labels.map((label) => Math.max(3, displayWidth(label)) + 2);
	return { shown, labels, widths, single };
}

function shownWidth(columns: CoverageColumns): number {
	return columns.shown.reduce((sum, column) => sum + (columns.widths[column] ?? 0), 0);
}

export function coverageColumns(
	sources: readonly string[],
	width: number,
	terminalColumns: number,
	chosen: number,
): CoverageColumns {
	const every = sources.map((_, column) => column);
	const full = columnsFor(
		sources.map((source) => source.replace(/^the\s+/i, "")),
		every,
	);
	if (
		terminalColumns >= FULL_NAMES_FROM &&
		width - MARKER - shownWidth(full) >= Math.max(TEXT_LEAST, width * TEXT_SHARE_WITH_FULL_NAMES)
	)
		return full;
	const short = columnsFor(distinct(sources.map(abbreviate)), every);
	if (width - MARKER - shownWidth(short) >= TEXT_LEAST) return short;
	return columnsFor(short.labels, [chosen], true);
}

function distinct(labels: readonly string[]): string[] {
	return labels.map((label, index) =>
		labels.indexOf(label) === index ? label : `${label}${index + 1}`,
	);
}

/** The symbols of a row in the shown columns, each padded to its column. */
export function rowMarks(row: CoverageRow, columns: CoverageColumns, unicode: boolean): string {
	return columns.shown
		.map((column) =>
			padToWidth(
				carriedSymbol(row.cells[column]?.carried ?? null, unicode),
				columns.widths[column] ?? 3,
			),
		)
		.join("");
}

/** What a row says after its symbols: who (unless grouped by speaker), the words, and "only in" when one source carries it. */
export function rowText(
	row: CoverageRow,
	labels: readonly string[],
	{
		grouped,
		single,
		total,
		unicode = true,
	}: { grouped: boolean; single: boolean; total: number; unicode?: boolean },
): string {
	const dot = unicode ? " · " : " - ";
	const only =
		row.carriers === 1
			? `only ${labels[row.cells.findIndex((cell) => cell !== null)] ?? ""}${dot}`
			: single
				? `${row.carriers}/${total}${dot}`
				: "";
	const who = grouped || !row.speaker ? "" : `${row.speaker}: `;
	const [open, close] = unicode ? ["“", "”"] : ['"', '"'];
	return `${only}${who}${open}${row.text}${close}`;
}

/** Under each column's heading, how many statements its source carries. */
export function columnCounts(coverage: StoryCoverage, columns: CoverageColumns): string {
	return columns.shown
		.map((column) => padToWidth(String(coverage.totals[column] ?? 0), columns.widths[column] ?? 3))
		.join("");
}

/** The sources' totals on one line, for when one column is shown at a time. */
export function totalsLine(coverage: StoryCoverage, labels: readonly string[]): string {
	return labels.map((label, column) => `${label} ${coverage.totals[column] ?? 0}`).join("  ");
}

/**
 * The speakers summary: a heading with the sources' names, then a line per
 * speaker (the most quoted first, `count` of them) with a small bar per
 * source of how many of their statements it carries, the longest bar for
 * the most; the last line counts those left out.
 */
export function speakerSummary(
	coverage: StoryCoverage,
	columns: CoverageColumns,
	width: number,
	count: number,
	unicode: boolean,
): { heading: string; lines: string[] } {
	const speakers = coverage.speakers.slice(0, count);
	if (speakers.length === 0) return { heading: "", lines: [] };
	const most = Math.max(1, ...speakers.flatMap((speaker) => speaker.counts));
	const nameWidth = Math.min(24, Math.max(8, ...speakers.map((s) => displayWidth(s.name))));
	const shared = Math.floor((width - nameWidth - 1) / Math.max(1, columns.shown.length));
	const digits = String(most).length;
	const cellOf = (column: number) =>
		Math.max(digits + 4, Math.min(16, shared), (columns.widths[column] ?? 3) + 1);
	// Not "#" in ASCII: that is the symbol of a quoted statement.
	const block = unicode ? "█" : "=";
	const none = unicode ? "·" : ".";
	const lines = speakers.map((speaker) => {
		const bars = columns.shown.map((column) => {
			const cell = cellOf(column);
			const barWidth = Math.max(1, cell - digits - 2);
			const n = speaker.counts[column] ?? 0;
			const bar = n === 0 ? none : block.repeat(Math.max(1, Math.round((n / most) * barWidth)));
			return padToWidth(`${bar} ${n}`, cell);
		});
		return `${padToWidth(speaker.name, nameWidth, unicode ? "…" : "...")} ${bars.join("")}`;
	});
	const more = coverage.speakers.length - speakers.length;
	if (more > 0 && lines.length > 1)
		lines[lines.length - 1] = `+ ${more + 1} more (--coverage lists every speaker)`;
	const names = columns.shown.map((column) =>
		padToWidth(columns.labels[column] ?? "", cellOf(column)),
	);
	return { heading: `${padToWidth("Speakers", nameWidth)} ${names.join("")}`, lines };
}

/** How the view's lines are shared: the speakers summary above, the statements below. */
export interface CoverageHeights {
	/** Speaker lines shown (the heading not counted). */
	readonly speakers: number;
	/** Lines of statements shown. */
	readonly table: number;
	/** Lines under them for the chosen statement in full (none when space is short). */
	readonly detail: number;
}

/** The statements keep at least this many lines before the chosen one is shown in full below them. */
const TABLE_BEFORE_DETAIL = 10;
const DETAIL_LINES = 2;

// The speakers' heading, the blank after the summary, the two column headings.
const FIXED_LINES = 4;

export function coverageHeights(
	coverage: StoryCoverage,
	height: number,
	single: boolean,
): CoverageHeights {
	// One column at a time adds a line of every source's totals.
	const fixed = FIXED_LINES + (single ? 1 : 0);
	const speakers =
		coverage.speakers.length === 0
			? 0
			: Math.min(coverage.speakers.length, Math.max(1, Math.floor((height - fixed) / 3)));
	const table = Math.max(1, height - fixed - speakers + (speakers === 0 ? 2 : 0));
	const detail = table - DETAIL_LINES >= TABLE_BEFORE_DETAIL ? DETAIL_LINES : 0;
	return { speakers, table: table - detail, detail };
}

/** The chosen statement in full, who said it first, wrapped to `lines` lines (the last cut short if need be). */
export function detailLines(
	row: CoverageRow,
	width: number,
	lines: number,
	unicode: boolean,
): string[] {
	const [open, close] = unicode ? ["“", "”"] : ['"', '"'];
	const text = `${row.speaker ?? UNATTRIBUTED}: ${open}${row.text}${close}`;
	const spans = wrap(text, width);
	return spans.slice(0, lines).map((span, index) => {
		const line = text.slice(span.start, span.end);
		const more = index === lines - 1 && spans.length > lines;
		return more ? truncate(`${line} ${text.slice(span.end)}`, width, unicode ? "…" : "...") : line;
	});
}
