import { Box, useApp, useInput, useWindowSize } from "ink";
import { useEffect, useMemo, useReducer } from "react";
import type { Corpus } from "../corpus/corpus.js";
import { TOP } from "../layout/document.js";
import { computeGeometry } from "../layout/geometry.js";
import { commandsFor } from "../state/keymap.js";
import { type Action, anchorOf, reduce, shownArticle } from "../state/reducer.js";
import { initialState, type State } from "../state/state.js";
import { ArticleList } from "./article-list.js";
import { Help } from "./help.js";
import { Pane } from "./pane.js";
import { Reader } from "./reader.js";
import { StatusBar } from "./status-bar.js";
import { TooSmall } from "./too-small.js";

interface AppProps {
	readonly corpus: Corpus;
	readonly initial?: State;
}

export function App({ corpus, initial = initialState }: AppProps) {
	const { columns, rows } = useWindowSize();
	const geometry = useMemo(() => computeGeometry(columns, rows), [columns, rows]);
	const [state, dispatch] = useReducer(
		(current: State, action: Action) => reduce(current, action, corpus),
		initial,
	);
	const { exit } = useApp();

	useInput((input, key) => {
		for (const command of commandsFor(input, key)) dispatch({ type: "command", command, geometry });
	});

	useEffect(() => {
		if (state.exiting) exit();
	}, [state.exiting, exit]);

	if (geometry.mode === "too-small") return <TooSmall columns={columns} rows={rows} />;

	const articleIndex = shownArticle(state, corpus);
	const article = articleIndex === undefined ? undefined : corpus.articles[articleIndex];
	const paneHeight = rows - 1;
	const showList = geometry.mode === "split" || state.focus === "list";
	const showReader = geometry.mode === "split" || state.focus === "reader";
	const warnings = corpus.warnings.length;
	const notice = warnings === 0 ? "" : `${warnings} warning${warnings === 1 ? "" : "s"}`;

	return (
		<Box flexDirection="column" width={columns} height={rows}>
			<Box flexDirection="row" height={paneHeight}>
				{state.help ? (
					<Help width={columns} height={geometry.bodyRows} top={state.helpTop} />
				) : (
					<>
						{showList ? (
							<Pane
								width={geometry.listWidth}
								height={paneHeight}
								focused={state.focus === "list"}
								title="Articles"
								status={`${state.selected + 1}/${corpus.order.length}`}
							>
								<ArticleList
									corpus={corpus}
									selected={state.selected}
									top={state.listTop}
									height={geometry.bodyRows}
									width={geometry.listTextWidth}
									focused={state.focus === "list"}
								/>
							</Pane>
						) : null}
						{showReader ? (
							<Reader
								article={article}
								anchor={articleIndex === undefined ? TOP : anchorOf(state, articleIndex)}
								paneWidth={geometry.readerWidth}
								textWidth={geometry.textWidth}
								height={geometry.bodyRows}
								focused={state.focus === "reader"}
							/>
						) : null}
					</>
				)}
			</Box>
			<StatusBar scope={state.help ? "help" : state.focus} width={columns} notice={notice} />
		</Box>
	);
}
