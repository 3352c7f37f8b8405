import { Box, Text } from "ink";
import TextInput from "ink-text-input";
import type { Indexing } from "../search/indexing.js";
import type { SearchState } from "../state/state.js";
import { useTheme } from "./theme.js";
import { useIndexingPercent } from "./use-search.js";

interface SearchBarProps {
	readonly search: SearchState;
	readonly width: number;
	readonly indexing: Indexing;
	readonly onChange: (query: string) => void;
}

/** The bottom line while searching: the query being typed and what it searches. */
export function SearchBar({ search, width, indexing, onChange }: SearchBarProps) {
	const theme = useTheme();
	const percent = useIndexingPercent(indexing);
	const scope = search.scope === "quotes" ? "quotes only" : "all text";
	const status = percent < 100 ? `indexing ${percent}%${theme.separator}${scope}` : scope;
	const room = Math.max(1, width - status.length - 3);
	return (
		<Box width={width} height={1}>
			<Box width={room + 1} overflow="hidden">
				<Text bold>/</Text>
				<TextInput
					value={search.query}
					onChange={onChange}
					focus={search.editing}
					placeholder="search"
				/>
			</Box>
			<Box flexGrow={1} justifyContent="flex-end">
				<Text inverse> {status} </Text>
			</Box>
		</Box>
	);
}
