import { Box, Text } from "ink";
import { memo } from "react";
import type { Article } from "../corpus/article.js";
import type { Anchor, DocLine } from "../layout/blocks.js";
import type { DocumentLayout } from "../layout/document.js";
import type { BlockHighlights } from "../layout/highlights.js";
import { layoutDocument } from "../layout/layouts.js";
import { linesFrom, percentRead, topOf } from "../layout/position.js";
import { gutterMark, lineSegments, type QuotationSpan, type Segment } from "../layout/segments.js";
import { sanitize } from "../text/sanitize.js";
import { truncate } from "../text/truncate.js";
import { Pane } from "./pane.js";
import { styled } from "./style.js";
import { type Theme, useTheme } from "./theme.js";

interface ReaderProps {
	readonly article: Article | undefined;
	readonly anchor: Anchor;
	readonly paneWidth: number;
	readonly textWidth: number;
	readonly height: number;
	readonly focused: boolean;
	/** Search highlights in this article, by block. */
	readonly highlights: BlockHighlights;
	/** The quotation (or sentence) gone to with ] [ or m. */
	readonly quotation: QuotationSpan | null;
	/** The article's quotations are found (a long article's are found after it is first shown). */
	readonly quotesReady: boolean;
}

/** The reader pane: only the lines on screen are drawn, from a layout made once per width. */
export const Reader = memo(function Reader({
	article,
	anchor,
	paneWidth,
	textWidth,
	height,
	focused,
	highlights,
	quotation,
	quotesReady,
}: ReaderProps) {
	if (!article) {
		return (
			<Pane width={paneWidth} height={height + 3} focused={focused} title="No article">
				<Text dimColor>Nothing to read.</Text>
			</Pane>
		);
	}
	const layout = layoutDocument(article, textWidth);
	const top = topOf(layout, anchor, height);
	const percent = percentRead(layout, top, height);
	const rows = linesFrom(layout, top, height);
	return (
		<Pane
			width={paneWidth}
			height={height + 3}
			focused={focused}
			title={article.source ?? "unknown source"}
			status={`${quotesReady ? "" : "finding quotations · "}${percent}%`}
			gutter
		>
			<Box flexDirection="column" height={height}>
				{rows.map((line, row) => (
					<ReaderLine
						// biome-ignore lint/suspicious/noArrayIndexKey: keyed by screen row, so that scrolling re-renders rows in place.
						key={row}
						layout={layout}
						line={line}
						highlights={highlights}
						quotation={quotation}
						width={textWidth}
					/>
				))}
			</Box>
		</Pane>
	);
});

const ReaderLine = memo(function ReaderLine({
	layout,
	line,
	highlights,
	quotation,
	width,
}: {
	readonly layout: DocumentLayout;
	readonly line: DocLine;
	readonly highlights: BlockHighlights;
	readonly quotation: QuotationSpan | null;
	readonly width: number;
}) {
	const theme = useTheme();
	const mark = gutterMark(layout, line, highlights, quotation);
	const gutter =
		mark === "current"
			? styled(theme.marker, { bold: true })
			: mark === "quote"
				? styled(theme.quoteBar, { dim: true })
				: " ";
	const text = lineSegments(layout, line, highlights, quotation)
		.map((segment) => paint(segment, theme, width))
		.join("");
	return <Text wrap="truncate-end">{gutter + text}</Text>;
});

/** One segment of a reader line, sanitised and then styled. */
function paint(segment: Segment, theme: Theme, width: number): string {
	const text = sanitize(segment.text);
	if (segment.mark === "current")
		return styled(text, { inverse: true, bold: true, underline: true });
	if (segment.mark === "match")
		return styled(text, { underline: true, bold: true, color: theme.accent });
	if (segment.chosen)
		return styled(text, { bold: true, underline: true, italic: segment.quote !== undefined });
	if (segment.quote === "statement") return styled(text, { italic: true, color: theme.quoteColor });
	switch (segment.style) {
		case "title":
			return styled(text, { bold: true, color: theme.accent });
		case "meta":
		case "label":
		case "boilerplate":
			return styled(text, { dim: true });
		case "attribution":
			return styled(truncate(text, width, theme.ellipsis), { dim: true, italic: true });
		case "link":
			return styled(
				theme.capabilities.hyperlinks && segment.href
					? hyperlink(sanitize(segment.href), text)
					: text,
				{ underline: true },
			);
		case "caption":
			return styled(text, { dim: true, italic: true });
		default:
			return styled(text, { italic: segment.quote === "term" });
	}
}

// The address was checked to be http(s) without controls when loaded, and is
// sanitised again above; the OSC 8 framing is the only escape written here.
function hyperlink(url: string, text: string): string {
	return `\u001b]8;;${url}\u001b\\${text}\u001b]8;;\u001b\\`;
}
