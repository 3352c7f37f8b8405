import { Box, Text } from "ink";
import type { ReactNode } from "react";
import { displayWidth } from "../text/graphemes.js";
import { sanitize } from "../text/sanitize.js";
import { truncate } from "../text/truncate.js";
import { styled } from "./style.js";
import { useTheme } from "./theme.js";

interface PaneProps {
	readonly width: number;
	readonly height: number;
	readonly focused: boolean;
	/** Left part of the header line (untrusted text allowed: it is sanitised here). */
	readonly title: string;
	/** Right part of the header line, e.g. a position. */
	readonly status?: string;
	/** The children draw their own first column (a gutter for marks) instead of a padding space. */
	readonly gutter?: boolean;
	readonly children: ReactNode;
}

/** A bordered pane with a one-line header; the focused one has a heavier border. */
export function Pane({
	width,
	height,
	focused,
	title,
	status = "",
	gutter = false,
	children,
}: PaneProps) {
	const theme = useTheme();
	const inner = Math.max(1, width - 4);
	const right = truncate(status, inner);
	const room = Math.max(0, inner - displayWidth(right) - (right ? 1 : 0));
	const left = truncate(sanitize(title), room, theme.ellipsis);
	const gap = Math.max(0, inner - displayWidth(left) - displayWidth(right));
	return (
		<Box
			flexDirection="column"
			width={width}
			height={height}
			borderStyle={focused ? theme.border.focused : theme.border.blurred}
			borderColor={focused ? theme.accent : undefined}
			paddingLeft={gutter ? 0 : 1}
			paddingRight={1}
			flexShrink={0}
		>
			<Text wrap="truncate-end">
				{(gutter ? " " : "") +
					styled(left, { bold: focused, underline: focused }) +
					" ".repeat(gap) +
					styled(right, { bold: true })}
			</Text>
			{children}
		</Box>
	);
}
