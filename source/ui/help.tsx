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
	const first = Math.max(0, Math.min(top, lines.length - height));
	const more =
		lines.length > height
			? `${first + 1}-${Math.min(lines.length, first + height)}/${lines.length}`
			: "";
	return (
		<Pane width={width} height={height + 3} focused title="Keys" status={more}>
			<Box flexDirection="column" height={height}>
				{lines.slice(first, first + height).map((line, index) => (
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
