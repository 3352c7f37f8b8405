import type { Anchor } from "../layout/document.js";

export type Focus = "list" | "reader";

export interface State {
	readonly focus: Focus;
	/** The selected article, as a position in the list (Corpus.order). */
	readonly selected: number;
	/** First visible line of the list. */
	readonly listTop: number;
	/** Reading position per article (by index into Corpus.articles); absent means the top. */
	readonly anchors: Readonly<Record<number, Anchor>>;
	readonly help: boolean;
	/** First visible line of the help screen. */
	readonly helpTop: number;
	readonly exiting: boolean;
}

export const initialState: State = {
	focus: "list",
	selected: 0,
	listTop: 0,
	anchors: {},
	help: false,
	helpTop: 0,
	exiting: false,
};
