import { Box, Text } from "ink";
import { memo } from "react";
import type { Corpus } from "../corpus/corpus.js";
import { LIST_INDENT, type ListLine, layoutList } from "../layout/list.js";
import { sanitize } from "../text/sanitize.js";
import { padToWidth } from "../text/truncate.js";
import { styled } from "./style.js";
import { type Theme, useTheme } from "./theme.js";

interface ArticleListProps {
	readonly corpus: Corpus;
	readonly selected: number;
	readonly top: number;
	readonly height: number;
	readonly width: number;
	readonly focused: boolean;
	/** Articles read, by index into Corpus.articles; the others are marked unread. */
	readonly read: Readonly<Record<number, boolean>>;
}

/** The visible slice of the article list, grouped by story. */
export const ArticleList = memo(function ArticleList({
	corpus,
	selected,
	top,
	height,
	width,
	focused,
	read,
}: ArticleListProps) {
	const theme = useTheme();
	// The reducer keeps `top` where the selection is in view, at this width and height; only the
	// lines on screen are laid out.
	const visible = layoutList(corpus, width).lines(top, top + height, theme.ellipsis);
	return (
		<Box flexDirection="column" height={height}>
			{visible.map((line, offset) => (
				<ListRow
					// biome-ignore lint/suspicious/noArrayIndexKey: rows are positions on screen, reused as the list scrolls
					key={offset}
					corpus={corpus}
					line={line}
					selected={"position" in line && line.position === selected}
					unread={line.kind === "title" && line.first && !read[line.article]}
					focused={focused}
					width={width}
				/>
			))}
		</Box>
	);
});

interface ListRowProps {
	readonly corpus: Corpus;
	readonly line: ListLine;
	readonly selected: boolean;
	readonly focused: boolean;
	readonly width: number;
	readonly unread: boolean;
}

const ListRow = memo(function ListRow({
	corpus,
	line,
	selected,
	unread,
	focused,
	width,
}: ListRowProps) {
	const theme = useTheme();
	return (
		<Text wrap="truncate-end">
			{listLine(corpus, line, selected, unread, focused, width, theme)}
		</Text>
	);
});

/** One row of the list as a styled string (one element per row: see styled()). */
function listLine(
	corpus: Corpus,
	line: ListLine,
	selected: boolean,
	unread: boolean,
	focused: boolean,
	width: number,
	theme: Theme,
): string {
	if (line.kind === "blank") return " ";
	if (line.kind === "story") {
		const label = sanitize(corpus.stories[line.story]?.label ?? "");
		return styled(padToWidth(label, width, theme.ellipsis), { dim: true, bold: true });
	}
	const text = padToWidth(sanitize(line.text), width - LIST_INDENT, theme.ellipsis);
	if (line.kind === "title") {
		const marker = selected && line.first ? theme.marker : " ";
		return (
			styled(marker, { bold: selected }) +
			styled(unread ? theme.unread : " ", { bold: true, color: theme.accent }) +
			" " +
			styled(text, {
				inverse: selected && focused,
				bold: selected,
				color: selected ? theme.accent : undefined,
			})
		);
	}
	return styled(" ".repeat(LIST_INDENT) + text, { dim: !selected });
}
