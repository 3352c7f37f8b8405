import { Box, Text } from "ink";
import type { Corpus } from "../corpus/corpus.js";
import {
	columnCounts,
	coverageSorts,
	detailLines,
	legend,
	rowMarks,
	rowText,
	sortLabel,
	speakerSummary,
	totalsLine,
} from "../layout/coverage.js";
import type { Geometry } from "../layout/geometry.js";
import { coverageView, coverageWidth } from "../state/coverage.js";
import type { CoverageState } from "../state/state.js";
import { displayWidth } from "../text/graphemes.js";
import { sanitize } from "../text/sanitize.js";
import { truncate } from "../text/truncate.js";
import { Pane } from "./pane.js";
import { useTheme } from "./theme.js";

interface CoverageProps {
	readonly corpus: Corpus;
	readonly coverage: CoverageState;
	readonly geometry: Geometry;
}

/**
 * A story's coverage at a glance: whose words each source carries (a bar
 * per source for every speaker), then every statement with a symbol per
 * source: quoted in these words, in other words, or left out.
 */
export function CoverageView({ corpus, coverage: state, geometry }: CoverageProps) {
	const theme = useTheme();
	const { unicode } = theme.capabilities;
	const view = coverageView(corpus, state, geometry);
	const story = corpus.stories[state.story];
	if (!view || !story) return null;
	const { coverage, table, columns } = view;
	const width = coverageWidth(geometry);
	const toWidth = (text: string) => truncate(sanitize(text), width, theme.ellipsis);
	const sort = coverageSorts(coverage.articles.length)[state.sort] ?? { by: "speaker" };
	const grouped = sort.by === "speaker";
	const rows = table.order.length;
	const status = `${rows === 0 ? "no statements" : `row ${state.position + 1}/${rows}`}${theme.separator}${sortLabel(sort, coverage.sources)}`;
	const counts = columnCounts(coverage, columns);
	const summary = speakerSummary(coverage, columns, width, view.speakers, unicode);
	const chosenRow = table.order[state.position];
	const line = (key: string, text: string, props: Parameters<typeof Text>[0] = {}) => (
		<Text key={key} wrap="truncate-end" {...props}>
			{" "}
			{toWidth(text)}
		</Text>
	);
	return (
		<Pane
			width={geometry.columns}
			height={geometry.rows - 1}
			focused
			title={`Coverage${theme.separator}${story.label}`}
			status={status}
			gutter
		>
			{view.speakers > 0 ? (
				<>
					{line("speakers", summary.heading, { bold: true })}
					{summary.lines.map((text, index) => line(`speaker${index}`, text))}
					<Text> </Text>
				</>
			) : null}
			<Text wrap="truncate-end">
				{" "}
				{columns.shown.map((column) => {
					const label = columns.labels[column] ?? "";
					return (
						<Text key={column}>
							<Text bold inverse={column === state.column}>
								{sanitize(label)}
							</Text>
							{" ".repeat(Math.max(0, (columns.widths[column] ?? 3) - displayWidth(label)))}
						</Text>
					);
				})}
				<Text dimColor>{columns.single ? "Tab: next source" : ""}</Text>
			</Text>
			{line("counts", `${counts}${legend(unicode)}`, { dimColor: true })}
			{columns.single
				? line("totals", totalsLine(coverage, columns.labels), { dimColor: true })
				: null}
			<Box flexDirection="column" height={view.height}>
				{rows === 0 ? (
					<Text dimColor> No source of this story quotes anyone.</Text>
				) : (
					table.lines.slice(state.top, state.top + view.height).map((entry, offset) => {
						const key = `line${state.top + offset}`;
						if (entry.kind === "group")
							return line(key, entry.text, { bold: true, underline: true });
						const row = coverage.rows[entry.row];
						if (!row) return null;
						const chosen = entry.row === chosenRow;
						const marks = rowMarks(row, columns, unicode);
						const text = rowText(row, columns.labels, {
							grouped,
							single: columns.single,
							total: coverage.articles.length,
							unicode,
						});
						return (
							<Text key={key} wrap="truncate-end">
								<Text bold>{chosen ? theme.marker : " "}</Text>
								<Text bold={chosen}>{marks}</Text>
								<Text bold={chosen} dimColor={!chosen && row.carriers === 1}>
									{truncate(
										sanitize(text),
										Math.max(1, width - displayWidth(marks)),
										theme.ellipsis,
									)}
								</Text>
							</Text>
						);
					})
				)}
			</Box>
			{view.detail > 0 && chosenRow !== undefined && coverage.rows[chosenRow]
				? // Set off by the reader's bar for quoted words: the chosen statement, not another row.
					detailLines(coverage.rows[chosenRow], width - 2, view.detail, unicode).map(
						(text, index) => line(`detail${index}`, `${theme.quoteBar} ${text}`, { italic: true }),
					)
				: null}
		</Pane>
	);
}
