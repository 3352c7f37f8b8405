import type { Corpus, Story } from "../corpus/corpus.js";
import { columnsFor, coverageTable, legend, rowMarks, rowText } from "../layout/coverage.js";
import { coverageOf, type StoryCoverage } from "../quotes/coverage.js";
import { compareStory } from "../quotes/match.js";
import { displayWidth } from "../text/graphemes.js";
import { sanitize, toTerminalSafeJson } from "../text/sanitize.js";
import { padToWidth } from "../text/truncate.js";

/** The stories with more than one source: the only ones with coverage to compare. */
function covered(corpus: Corpus): { story: Story; coverage: StoryCoverage }[] {
	return corpus.stories
		.filter((story) => story.articles.length > 1)
		.map((story) => ({ story, coverage: coverageOf(corpus, compareStory(corpus, story)) }));
}

/** Every story's coverage for scripts: its statements with what each source carries, and its speakers' counts per source. */
export function coverageJson(corpus: Corpus): string {
	const stories = covered(corpus).map(({ story, coverage }) => {
		const bySource = <T>(values: readonly T[]) =>
			Object.fromEntries(coverage.sources.map((source, column) => [source, values[column]]));
		return {
			story: story.id,
			label: story.label,
			sources: coverage.sources,
			statements: coverage.rows.map((row) => ({
				speaker: row.speaker,
				text: row.text,
				carried: bySource(row.cells.map((cell) => cell?.carried ?? null)),
			})),
			speakers: coverage.speakers.map((speaker) => ({
				name: speaker.name,
				counts: bySource(speaker.counts),
			})),
		};
	});
	return `${toTerminalSafeJson({ stories }, 2)}\n`;
}

/**
 * Every story's coverage as text: the sources with their counts, the
 * speakers with their statements per source, then one line per statement,
 * grouped by speaker, a symbol per source before its words. Not cut to a
 * width: each statement is one line for grep.
 */
export function coverageText(corpus: Corpus, unicode: boolean): string {
	const out: string[] = [];
	for (const { story, coverage } of covered(corpus)) {
		const { sources, totals } = coverage;
		out.push(`Story: ${story.label}`);
		out.push(
			`Sources: ${sources.map((source, column) => `${source} (${totals[column] ?? 0})`).join(", ")}`,
		);
		out.push(legend(unicode), "");
		const labels = sources;
		const columns = columnsFor(
			labels,
			labels.map((_, column) => column),
		);
		if (coverage.speakers.length > 0) {
			const nameWidth = Math.max(8, ...coverage.speakers.map((s) => displayWidth(s.name)));
			const cell = (text: string, column: number) => padToWidth(text, columns.widths[column] ?? 3);
			out.push(`${padToWidth("Speakers", nameWidth)}  ${labels.map(cell).join("")}`);
			for (const speaker of coverage.speakers) {
				const counts = speaker.counts.map((count, column) => cell(String(count), column)).join("");
				out.push(`${padToWidth(speaker.name, nameWidth)}  ${counts}`);
			}
			out.push("");
		}
		out.push(
			labels.map((label, column) => padToWidth(label, columns.widths[column] ?? 3)).join(""),
		);
		const table = coverageTable(coverage, { by: "speaker" });
		for (const line of table.lines) {
			if (line.kind === "group") {
				out.push(line.text);
				continue;
			}
			const row = coverage.rows[line.row];
			if (!row) continue;
			const text = rowText(row, labels, {
				grouped: true,
				single: false,
				total: sources.length,
				unicode,
			});
			out.push(`${rowMarks(row, columns, unicode)}${text}`);
		}
		if (coverage.rows.length === 0) out.push("No source of this story quotes anyone.");
		out.push("");
	}
	if (out.length === 0) out.push("No story has more than one source: no coverage to compare.");
	return `${out.map((line) => sanitize(line).trimEnd()).join("\n")}\n`;
}
