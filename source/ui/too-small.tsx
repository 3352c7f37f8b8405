import { Box, Text } from "ink";
import { MIN_COLUMNS, MIN_ROWS } from "../layout/geometry.js";

/** Shown instead of the panes when the terminal cannot hold them; it goes away on resize. */
export function TooSmall({ columns, rows }: { readonly columns: number; readonly rows: number }) {
	const lines = [
		"Terminal too small",
		`${columns}x${rows}, need ${MIN_COLUMNS}x${MIN_ROWS}`,
		"Enlarge it, or q to quit",
	];
	return (
		<Box flexDirection="column" width={columns} height={rows} overflow="hidden">
			{lines.slice(0, Math.max(1, rows)).map((line) => (
				<Text key={line} wrap="truncate-end">
					{line}
				</Text>
			))}
		</Box>
	);
}
