import { Box, useApp, useInput, useWindowSize } from "ink";
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { makeWayForKey } from "../background.js";
import type { Corpus } from "../corpus/corpus.js";
import { blockOfParagraph, TOP } from "../layout/blocks.js";
import { computeGeometry } from "../layout/geometry.js";
import { NO_HIGHLIGHTS, searchHighlights } from "../layout/highlights.js";
import type { Indexing } from "../search/indexing.js";
import { commandsFor } from "../state/keymap.js";
import { keyContext, modeOf } from "../state/mode.js";
import { paneRows } from "../state/panes.js";
import { anchorOf, shownArticle } from "../state/reducer.js";
import { initialState, type Remembered, type State, searchActive } from "../state/state.js";
import { matchStatus, quoteStatus, statusHints } from "../state/status.js";
import { ArticleList } from "./article-list.js";
import { CompareView } from "./compare.js";
import { CoverageView } from "./coverage.js";
import { Help } from "./help.js";
import { Pane } from "./pane.js";
import { Reader } from "./reader.js";
import { SearchBar } from "./search-bar.js";
import { SearchResults } from "./search-results.js";
import { StatusBar } from "./status-bar.js";
import { useTheme } from "./theme.js";
import { TooSmall } from "./too-small.js";
import { useAnalysis } from "./use-analysis.js";
import { useAppState } from "./use-app-state.js";
import { useIndex, useSearchResults } from "./use-search.js";
import { useWaiting } from "./use-waiting.js";

interface AppProps {
	readonly corpus: Corpus;
	readonly indexing: Indexing;
	readonly initial?: State;
	/** Puts text on the terminal's clipboard (OSC 52); the session writes it past Ink. */
	readonly copy?: (text: string) => void;
	/** Hears of every change to what is remembered between sessions (positions, read marks, the open article). */
	readonly remember?: (state: Remembered) => void;
	/** R: fetch the feeds again (in the background; the session gives a new corpus when done). */
	readonly refresh?: () => void;
	/** What the session has to say (a refresh under way, or what it brought). */
	readonly status?: string | null;
}

export function App({
	corpus,
	indexing,
	initial = initialState,
	copy,
	remember,
	refresh,
	status = null,
}: AppProps) {
	const theme = useTheme();
	const { columns, rows } = useWindowSize();
	const geometry = useMemo(() => computeGeometry(columns, rows), [columns, rows]);
	const [state, dispatch] = useAppState(corpus, initial);
	const { exit } = useApp();
	const index = useIndex(indexing);
	const problemCount = useSyncExternalStore(corpus.problems.subscribe, () => corpus.problems.count);
	useSearchResults(index, state.search, geometry, dispatch);

	const { search } = state;
	const context = keyContext(modeOf(state, geometry), state);
	useInput((input, key) => {
		makeWayForKey();
		for (const command of commandsFor(input, key, context))
			dispatch({ type: "command", command, geometry });
	});
	const onQuery = useCallback(
		(query: string) => dispatch({ type: "query", query, geometry }),
		[geometry, dispatch],
	);
	// A new size is told to the reducer in this render, not after it: the first frame at the size
	// already keeps the list and help in view (React renders again before anything is drawn).
	const [sizedFor, setSizedFor] = useState(geometry);
	if (sizedFor !== geometry) {
		setSizedFor(geometry);
		dispatch({ type: "resized", geometry });
	}
	const onAnalysed = useCallback(
		() => dispatch({ type: "analysed", geometry }),
		[geometry, dispatch],
	);
	useWaiting(corpus, state.waiting, onAnalysed);

	useEffect(() => {
		if (state.exiting) exit();
	}, [state.exiting, exit]);

	const { anchors, read, selected, focus: paneFocus } = state;
	useEffect(() => {
		remember?.({ anchors, read, selected, focus: paneFocus });
	}, [anchors, read, selected, paneFocus, remember]);

	const { refreshes } = state;
	useEffect(() => {
		if (refreshes > 0) refresh?.();
	}, [refreshes, refresh]);
	// What the session says is a notice like any other: there until the next key.
	useEffect(() => {
		if (status) dispatch({ type: "notice", text: status });
	}, [status, dispatch]);

	const clipboard = state.clipboard;
	useEffect(() => {
		if (clipboard && copy) copy(clipboard.text);
	}, [clipboard, copy]);

	const articleIndex = shownArticle(state, corpus);
	const article = articleIndex === undefined ? undefined : corpus.articles[articleIndex];
	const quotesReady = useAnalysis(useMemo(() => article && { article }, [article]));
	const result = search.result;
	const currentId =
		result && search.current !== null ? (result.matches[search.current] ?? null) : null;
	const highlights = useMemo(
		() =>
			article && articleIndex !== undefined
				? searchHighlights(result, articleIndex, article, currentId)
				: NO_HIGHLIGHTS,
		[result, articleIndex, article, currentId],
	);

	const quotation = state.quotation;
	const quotationSpan = useMemo(
		() =>
			quotation && article && quotation.article === articleIndex
				? {
						block: blockOfParagraph(article, quotation.paragraph),
						start: quotation.start,
						end: quotation.end,
					}
				: null,
		[quotation, article, articleIndex],
	);
	const quoting = quotationSpan !== null && !state.compare && !state.coverage;
	const quoteStory =
		quoting && quotation ? corpus.stories[corpus.storyOf[quotation.article] ?? -1] : undefined;
	const compared = useAnalysis(
		useMemo(() => quoteStory && { corpus, story: quoteStory }, [corpus, quoteStory]),
	);

	if (geometry.mode === "too-small") return <TooSmall columns={columns} rows={rows} />;

	const { resultRows, paneHeight, bodyRows } = paneRows(state, geometry);
	const showList = geometry.mode === "split" || state.focus === "list";
	const showReader = geometry.mode === "split" || state.focus === "reader";

	const active = searchActive(state);
	const hints = statusHints(context, { searching: active, quoting }, theme.capabilities.unicode);
	const warnings = corpus.warnings.length + problemCount;
	const notices = [
		state.notice,
		active && result
			? matchStatus(result.total, result.matches.length, search.current, corpus, result)
			: null,
		!state.notice && quoting && quotation ? quoteStatus(corpus, quotation, compared) : null,
		warnings === 0 ? null : `${warnings} warning${warnings === 1 ? "" : "s"}`,
	].filter((notice): notice is string => Boolean(notice));

	return (
		<Box flexDirection="column" width={columns} height={rows}>
			<Box flexDirection="row" height={paneHeight}>
				{state.help ? (
					<Help width={columns} height={bodyRows} top={state.helpTop} />
				) : state.coverage ? (
					<CoverageView corpus={corpus} coverage={state.coverage} geometry={geometry} />
				) : state.compare ? (
					<CompareView corpus={corpus} compare={state.compare} geometry={geometry} />
				) : (
					<>
						{showList ? (
							<Pane
								width={geometry.listWidth}
								height={paneHeight}
								focused={state.focus === "list" && !search.editing}
								title="Articles"
								status={`${corpus.order.length === 0 ? 0 : state.selected + 1}/${corpus.order.length}`}
							>
								<ArticleList
									corpus={corpus}
									selected={state.selected}
									top={state.listTop}
									height={bodyRows}
									width={geometry.listTextWidth}
									focused={state.focus === "list"}
									read={state.read}
								/>
							</Pane>
						) : null}
						{showReader ? (
							<Reader
								article={article}
								anchor={articleIndex === undefined ? TOP : anchorOf(state, articleIndex)}
								paneWidth={geometry.readerWidth}
								textWidth={geometry.textWidth}
								height={bodyRows}
								focused={state.focus === "reader" && !search.editing}
								highlights={highlights}
								quotation={quotationSpan}
								quotesReady={quotesReady}
							/>
						) : null}
					</>
				)}
			</Box>
			{search.editing ? (
				<>
					<SearchResults
						corpus={corpus}
						result={result}
						query={search.query}
						chosen={search.chosen}
						top={search.top}
						width={columns}
						height={resultRows}
						indexing={!index}
					/>
					<SearchBar search={search} width={columns} indexing={indexing} onChange={onQuery} />
				</>
			) : (
				<StatusBar hints={hints} width={columns} notice={notices.join(theme.separator)} />
			)}
		</Box>
	);
}
