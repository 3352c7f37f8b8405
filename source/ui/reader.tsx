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
import { type Focus, gutterMark, lineSegments, type Segment } from "../layout/segments.js";
import { sanitize } from "../text/sanitize.js";
import { truncate } from "../text/truncate.js";
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
	/** The quotation (or sentence) gone to with ] [ or m. */
	readonly focus: Focus | null;
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
	focus,
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
				{rows.map((index) => (
					<ReaderLine
						// Keyed by screen row, so that scrolling re-renders rows in place.
						key={index - top}
						layout={layout}
						index={index}
						marks={marks}
						focus={focus}
						width={textWidth}
					/>
				))}
			</Box>
		</Pane>
	);
});

const ReaderLine = memo(function ReaderLine({
	layout,
	index,
	marks,
	focus,
	width,
}: {
	readonly layout: DocumentLayout;
	readonly index: number;
	readonly marks: BlockMarks;
	readonly focus: Focus | null;
	readonly width: number;
}) {
	const theme = useTheme();
	const segments = lineSegments(layout, index, marks, focus);
	const mark = gutterMark(layout, index, marks, focus);
	const gutter = mark === "current" ? theme.marker : mark === "quote" ? theme.quoteBar : " ";
	if (segments.length === 0) return <Text>{gutter}</Text>;
	return (
		<Text wrap="truncate-end">
			<Text bold={mark === "current"} dimColor={mark === "quote"}>
				{gutter}
			</Text>
			{segments.map((segment, position) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: a line's segments have no identity beyond their order
				<StyledSegment key={position} segment={segment} theme={theme} width={width} />
			))}
		</Text>
	);
});

function StyledSegment({
	segment,
	theme,
	width,
}: {
	readonly segment: Segment;
	readonly theme: Theme;
	readonly width: number;
}) {
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
	if (segment.focus) {
		return (
			<Text bold underline italic={segment.quote !== undefined}>
				{text}
			</Text>
		);
	}
	if (segment.quote === "statement") {
		return (
			<Text italic color={theme.quoteColor}>
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
		case "attribution":
			return (
				<Text dimColor italic>
					{truncate(text, width, theme.ellipsis)}
				</Text>
			);
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
			return <Text italic={segment.quote === "term"}>{text}</Text>;
	}
}

// The address was checked to be http(s) without controls when loaded, and is
// sanitised again above; the OSC 8 framing is the only escape written here.
function hyperlink(url: string, text: string): string {
	return `\u001b]8;;${url}\u001b\\${text}\u001b]8;;\u001b\\`;
}
