import { Box, Text } from "ink";
import type { Corpus } from "../corpus/corpus.js";
import { compareRows, layoutCompare } from "../layout/compare.js";
import type { Geometry } from "../layout/geometry.js";
import { compareHeight, compareSources, compareWidth } from "../state/compare.js";
import type { CompareState } from "../state/state.js";
import { sanitize } from "../text/sanitize.js";
import { padToWidth, truncate } from "../text/truncate.js";
import { Pane } from "./pane.js";
import { useTheme } from "./theme.js";

interface CompareProps {
	readonly corpus: Corpus;
	readonly compare: CompareState;
	readonly geometry: Geometry;
}

const SEPARATOR = " │ ";
const ASCII_SEPARATOR = " | ";

/**
 * Two sources of a story, statement by statement: what both carry on one
 * row, what only one carries on a row of its own, marked "only in …".
 * Side by side when the terminal is wide enough, one above the other when not.
 */
export function CompareView({ corpus, compare, geometry }: CompareProps) {
	const theme = useTheme();
	const story = corpus.stories[compare.story];
	if (!story) return null;
	const rows = compareRows(corpus, story, compare.left, compare.right);
	const stacked = geometry.mode !== "split";
	const width = compareWidth(geometry);
	const sources = compareSources(corpus, compare);
	const layout = layoutCompare(rows, width, stacked, sources);
	const height = compareHeight(geometry);
	const column = Math.max(10, Math.floor((width - 3) / 2));
	const separator = theme.capabilities.unicode ? SEPARATOR : ASCII_SEPARATOR;
	const others = story.articles.length - 1;
	const title = `Compare${theme.separator}${story.label}`;
	const status = rows.length === 0 ? "no statements" : `row ${compare.row + 1}/${rows.length}`;
	return (
		<Pane
			width={geometry.columns}
			height={geometry.rows - 1}
			focused
			title={title}
			status={status}
			gutter
		>
			<Text bold wrap="truncate-end">
				{" "}
				{stacked
					? truncate(
							`${sanitize(sources.left)} and ${sanitize(sources.right)}${others > 1 ? ` (Tab: ${others - 1} more)` : ""}`,
							width,
						)
					: `${padToWidth(sanitize(sources.left), column, theme.ellipsis)}${separator}${truncate(
							`${sanitize(sources.right)}${others > 1 ? ` (Tab: ${others - 1} more)` : ""}`,
							column,
							theme.ellipsis,
						)}`}
			</Text>
			<Box flexDirection="column" height={height}>
				{rows.length === 0 ? (
					<Text dimColor> Neither source quotes anyone in this story.</Text>
				) : (
					layout.slice(compare.top, height).map((line, offset) => {
						const row = rows[line.row];
						const chosen = line.row === compare.row;
						const gutter = chosen && line.kind !== "blank" ? theme.marker : " ";
						const leftMissing = stacked
							? line.side === "left"
								? !row?.left
								: !row?.right
							: !row?.left;
						const cell = (text: string, missing: boolean, kind: string) => (
							<Text
								bold={chosen && kind === "text" && !missing}
								dimColor={missing || kind === "speaker"}
								italic={missing || kind === "speaker"}
								underline={kind === "heading"}
							>
								{sanitize(text)}
							</Text>
						);
						return (
							// biome-ignore lint/suspicious/noArrayIndexKey: lines are screen positions
							<Text key={offset} wrap="truncate-end">
								<Text bold>{gutter}</Text>
								{stacked ? (
									cell(line.left, leftMissing && line.kind === "text", line.kind)
								) : (
									<>
										{cell(
											padToWidth(line.left, column),
											!row?.left && line.kind === "text",
											line.kind,
										)}
										{line.kind === "blank" ? "" : <Text dimColor>{separator}</Text>}
										{cell(line.right, !row?.right && line.kind === "text", line.kind)}
									</>
								)}
							</Text>
						);
					})
				)}
			</Box>
		</Pane>
	);
}
