import { Box, Text } from "ink";
import { helpRows } from "../state/keymap.js";
import { displayWidth } from "../text/graphemes.js";
import { truncate } from "../text/truncate.js";
import { Pane } from "./pane.js";
import { useTheme } from "./theme.js";

interface HelpProps {
	readonly width: number;
	readonly height: number;
}

/** The help screen, generated from the keymap. */
export function Help({ width, height }: HelpProps) {
	const theme = useTheme();
	const rows = helpRows(theme.capabilities.unicode);
	const inner = Math.max(1, width - 4);
	const keysWidth = Math.min(
		Math.max(...rows.map((row) => displayWidth(row.keys))) + 2,
		inner >> 1,
	);
	const visible = rows.slice(0, Math.max(0, height));
	return (
		<Pane width={width} height={height + 3} focused title="Keys">
			<Box flexDirection="column" height={height}>
				{visible.map((row) => (
					<Text key={row.keys} wrap="truncate-end">
						<Text bold>{truncate(row.keys, keysWidth - 2).padEnd(keysWidth)}</Text>
						{truncate(row.help, inner - keysWidth, theme.ellipsis)}
					</Text>
				))}
			</Box>
		</Pane>
	);
}
