import { Box, Text } from "ink";
import { memo } from "react";
import type { Article } from "../corpus/article.js";
import {
	type Anchor,
	type DocumentLayout,
	layoutDocument,
	percentRead,
	topLine,
} from "../layout/document.js";
import type { BlockMarks } from "../layout/marks.js";
import { holdsCurrentMark, lineSegments, type Segment } from "../layout/segments.js";
import { sanitize } from "../text/sanitize.js";
import { Pane } from "./pane.js";
import { type Theme, useTheme } from "./theme.js";

interface ReaderProps {
	readonly article: Article | undefined;
	readonly anchor: Anchor;
	readonly paneWidth: number;
	readonly textWidth: number;
	readonly height: number;
	readonly focused: boolean;
	/** Search highlights in this article, by block. */
	readonly marks: BlockMarks;
}

/** The reader pane: only the lines on screen are drawn, from a layout made once per width. */
export const Reader = memo(function Reader({
	article,
	anchor,
	paneWidth,
	textWidth,
	height,
	focused,
	marks,
}: ReaderProps) {
	if (!article) {
		return (
			<Pane width={paneWidth} height={height + 3} focused={focused} title="No article">
				<Text dimColor>Nothing to read.</Text>
			</Pane>
		);
	}
	const layout = layoutDocument(article, textWidth);
	const top = topLine(layout, anchor, height);
	const percent = percentRead(layout, top, height);
	const rows: number[] = [];
	for (let index = top; index < Math.min(layout.lines.length, top + height); index++)
		rows.push(index);
	return (
		<Pane
			width={paneWidth}
			height={height + 3}
			focused={focused}
			title={article.source ?? "unknown source"}
			status={`${percent}%`}
			gutter
		>
			<Box flexDirection="column" height={height}>
				{rows.map((index, offset) => (
					// biome-ignore lint/suspicious/noArrayIndexKey: rows are screen positions, reused as the text scrolls
					<ReaderLine key={offset} layout={layout} index={index} marks={marks} />
				))}
			</Box>
		</Pane>
	);
});

const ReaderLine = memo(function ReaderLine({
	layout,
	index,
	marks,
}: {
	readonly layout: DocumentLayout;
	readonly index: number;
	readonly marks: BlockMarks;
}) {
	const theme = useTheme();
	const segments = lineSegments(layout, index, marks);
	// The gutter marks the line of the current match, for terminals that show no highlight at all.
	const gutter = holdsCurrentMark(layout, index, marks) ? theme.marker : " ";
	if (segments.length === 0) return <Text>{gutter}</Text>;
	return (
		<Text wrap="truncate-end">
			<Text bold>{gutter}</Text>
			{segments.map((segment, position) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: a line's segments have no identity beyond their order
				<StyledSegment key={position} segment={segment} theme={theme} />
			))}
		</Text>
	);
});

function StyledSegment({ segment, theme }: { readonly segment: Segment; readonly theme: Theme }) {
	const text = sanitize(segment.text);
	if (segment.mark === "current") {
		return (
			<Text inverse bold underline>
				{text}
			</Text>
		);
	}
	if (segment.mark === "match") {
		return (
			<Text underline bold color={theme.accent}>
				{text}
			</Text>
		);
	}
	switch (segment.style) {
		case "title":
			return (
				<Text bold color={theme.accent}>
					{text}
				</Text>
			);
		case "meta":
		case "label":
			return <Text dimColor>{text}</Text>;
		case "link":
			return (
				<Text underline>
					{theme.capabilities.hyperlinks && segment.href
						? hyperlink(sanitize(segment.href), text)
						: text}
				</Text>
			);
		case "caption":
			return (
				<Text dimColor italic>
					{text}
				</Text>
			);
		case "boilerplate":
			return <Text dimColor>{text}</Text>;
		default:
			return <Text>{text}</Text>;
	}
}

// The address was checked to be http(s) without controls when loaded, and is
// sanitised again above; the OSC 8 framing is the only escape written here.
function hyperlink(url: string, text: string): string {
	return `\u001b]8;;${url}\u001b\\${text}\u001b]8;;\u001b\\`;
}
