import { Box, Text } from "ink";
import { helpLayout } from "../state/keymap.js";
import { padToWidth } from "../text/truncate.js";
import { Pane } from "./pane.js";
import { useTheme } from "./theme.js";

interface HelpProps {
	readonly width: number;
	readonly height: number;
	readonly top: number;
}

/** The help screen, generated from the keymap; it scrolls when the terminal is short. */
export function Help({ width, height, top }: HelpProps) {
	const theme = useTheme();
	const { keysWidth, lines } = helpLayout(width - 4, theme.capabilities.unicode);
	// The reducer keeps `top` within the lines at this size.
	const more =
		lines.length > height
			? `${top + 1}-${Math.min(lines.length, top + height)}/${lines.length}`
			: "";
	return (
		<Pane width={width} height={height + 3} focused title="Keys" status={more}>
			<Box flexDirection="column" height={height}>
				{lines.slice(top, top + height).map((line, index) => (
					// biome-ignore lint/suspicious/noArrayIndexKey: help lines are screen positions
					<Text key={index} wrap="truncate-end">
						<Text bold>{padToWidth(line.keys, keysWidth, theme.ellipsis)}</Text>
						{line.text}
					</Text>
				))}
			</Box>
		</Pane>
	);
}
