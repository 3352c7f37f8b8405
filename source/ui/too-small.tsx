import { Box, Text } from "ink";
import { MIN_COLUMNS, MIN_ROWS } from "../layout/geometry.js";

/** Shown instead of the panes when the terminal cannot hold them; it goes away on resize. */
export function TooSmall({ columns, rows }: { readonly columns: number; readonly rows: number }) {
	// The long wording where it fits, else one that does.
	const lines =
		columns >= 24
			? [
					"Terminal too small",
					`${columns}x${rows}, need ${MIN_COLUMNS}x${MIN_ROWS}`,
					"Enlarge it, or q to quit",
				]
			: ["Too small", `need ${MIN_COLUMNS}x${MIN_ROWS}`, "q quits"];
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
