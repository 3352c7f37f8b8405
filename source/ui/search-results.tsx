import { Box, Text } from "ink";
import { spanText } from "../corpus/article.js";
import type { Corpus } from "../corpus/corpus.js";
import { snippet } from "../layout/snippet.js";
import type { Range, SearchResult } from "../search/index.js";
import { LINES_PER_HIT } from "../state/panes.js";
import { sanitize } from "../text/sanitize.js";
import { padToWidth, truncate } from "../text/truncate.js";
import { Pane } from "./pane.js";
import { useTheme } from "./theme.js";

interface SearchResultsProps {
	readonly corpus: Corpus;
	readonly result: SearchResult | null;
	readonly query: string;
	readonly chosen: number;
	/** The first result shown (the state keeps the chosen one in view). */
	readonly top: number;
	readonly width: number;
	/** Rows inside the pane. */
	readonly height: number;
	readonly indexing: boolean;
}

/** The live result list under the panes while the query is typed. */
export function SearchResults({
	corpus,
	result,
	query,
	chosen,
	top,
	width,
	height,
	indexing,
}: SearchResultsProps) {
	const theme = useTheme();
	const inner = Math.max(1, width - 4);
	const hits = result?.hits ?? [];
	const status = result ? `${result.total} match${result.total === 1 ? "" : "es"}` : "";
	const message =
		query.trim() === ""
			? "Type to search titles, text and quotations; Tab: quotes only."
			: indexing && !result
				? "Indexing… the results come as soon as it is done."
				: hits.length === 0
					? "No matches."
					: null;
	const perPage = Math.max(1, Math.floor(height / LINES_PER_HIT));
	return (
		<Pane width={width} height={height + 3} focused title="Search results" status={status}>
			<Box flexDirection="column" height={height}>
				{message ? (
					<Text dimColor>{truncate(message, inner, theme.ellipsis)}</Text>
				) : (
					hits.slice(top, top + perPage).map((hit, offset) => {
						const position = top + offset;
						const selected = position === chosen;
						const article = corpus.articles[hit.ref.article];
						const where = `${article?.source ?? "unknown source"}${theme.separator}${article?.title ?? ""}${
							hit.ref.kind === "quote" ? `${theme.separator}quote` : ""
						}`;
						const text = spanText(corpus.articles, hit.ref);
						const ranges = (result?.ranges(hit.id) ?? []).map(
							([start, end]) => [start - hit.ref.start, end - hit.ref.start] as const,
						);
						const cut = snippet(text, ranges, inner - 2, theme.ellipsis);
						return (
							<Box key={hit.id} flexDirection="column">
								<Text wrap="truncate-end" bold={selected}>
									{selected ? theme.marker : " "}{" "}
									<Text dimColor={!selected}>
										{padToWidth(sanitize(where), inner - 2, theme.ellipsis)}
									</Text>
								</Text>
								<Text wrap="truncate-end">
									{"  "}
									<Highlighted text={cut.text} ranges={cut.ranges} selected={selected} />
								</Text>
							</Box>
						);
					})
				)}
			</Box>
		</Pane>
	);
}

/** Text with ranges in bold and underlined (and inverse on the chosen line). */
function Highlighted({
	text,
	ranges,
	selected,
}: {
	text: string;
	ranges: readonly Range[];
	selected: boolean;
}) {
	const theme = useTheme();
	const pieces: { text: string; marked: boolean }[] = [];
	let at = 0;
	for (const [start, end] of ranges) {
		if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
		if (end > start) pieces.push({ text: text.slice(Math.max(start, at), end), marked: true });
		at = Math.max(at, end);
	}
	if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
	return (
		<>
			{pieces.map((piece, index) =>
				piece.marked ? (
					// biome-ignore lint/suspicious/noArrayIndexKey: pieces of one line, in order
					<Text key={index} bold underline inverse={selected} color={theme.accent}>
						{sanitize(piece.text)}
					</Text>
				) : (
					// biome-ignore lint/suspicious/noArrayIndexKey: pieces of one line, in order
					<Text key={index}>{sanitize(piece.text)}</Text>
				),
			)}
		</>
	);
}
