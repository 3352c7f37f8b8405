import type { TextSpan } from "../corpus/article.js";
import type { Anchor } from "../layout/blocks.js";
import type { SearchResult, SearchScope } from "../search/index.js";
import type { Command } from "./keymap.js";
import type { Return } from "./returns.js";

export type Focus = "list" | "reader";

/** What the screen showed before a search, so that Esc can bring it back. */
export interface View {
	readonly focus: Focus;
	readonly selected: number;
	readonly listTop: number;
	readonly anchors: Readonly<Record<number, Anchor>>;
}

export interface SearchState {
	/** The search bar is open and takes the typing. */
	readonly editing: boolean;
	readonly query: string;
	readonly scope: SearchScope;
	/** The latest result for the query (it may lag a keystroke behind while typing). */
	readonly result: SearchResult | null;
	/** The chosen line of the result list. */
	readonly chosen: number;
	/** The first result shown in the list (kept by the reducer so that the chosen one is in view). */
	readonly top: number;
	/** The match n/N last went to, as an index into result.matches. */
	readonly current: number | null;
	/** Enter was pressed before the results for the query were in. */
	readonly submitted: boolean;
}

/** The quotation (or the sentence that carries one) the reader has gone to with ] [ or m. */
export interface QuotationAt extends TextSpan {
	/** Index in quotesOf(article), or null for a sentence without quotation marks. */
	readonly quote: number | null;
}

/** Where m has been: the quotation it started from, and its counterparts to cycle through. */
export interface Trail {
	readonly from: { readonly article: number; readonly quote: number };
	readonly targets: readonly {
		readonly focus: QuotationAt;
		readonly score: number;
		readonly relation: string;
	}[];
	readonly index: number;
}

/** The compare view: two sources of a story side by side. */
export interface CompareState {
	readonly story: number;
	readonly left: number;
	readonly right: number;
	/** The chosen row, and the first visible line. */
	readonly row: number;
	readonly top: number;
}

/** The coverage view: every statement of a story, one row each, a column per source. */
export interface CoverageState {
	readonly story: number;
	/** The order, as an index into coverageSorts (by speaker first). */
	readonly sort: number;
	/** The chosen row, as a position in that order. */
	readonly position: number;
	/** The first visible line of the statements. */
	readonly top: number;
	/** The chosen source: the one Enter opens, and the one shown when only one column fits. */
	readonly column: number;
}

/**
 * A key that needs work still under way in the background: a long
 * article's quotations, or the comparison of a long story's sources. It is
 * carried out when that work is done, unless another key came first.
 */
export interface Waiting {
	readonly command: Command;
	/** What it waits for: the quotations of an article, or the comparison of a story. */
	readonly for: { readonly article: number } | { readonly story: number };
}

export interface State extends View {
	readonly help: boolean;
	/** First visible line of the help screen. */
	readonly helpTop: number;
	readonly search: SearchState;
	/** A one-line message for the status bar, cleared by the next key. */
	readonly notice: string | null;
	readonly quotation: QuotationAt | null;
	readonly trail: Trail | null;
	readonly compare: CompareState | null;
	readonly coverage: CoverageState | null;
	/** The way back from a search, a trail, the compare and the coverage view (see returns.ts), newest last. */
	readonly returns: readonly Return[];
	/** Text to put on the clipboard (OSC 52); the serial tells one request from the next. */
	readonly clipboard: { readonly text: string; readonly serial: number } | null;
	/** Articles read (by index into Corpus.articles): opened and scrolled to the end, or marked. */
	readonly read: Readonly<Record<number, boolean>>;
	readonly waiting: Waiting | null;
	/** How many times R asked for the feeds again (the session does the fetching). */
	readonly refreshes: number;
	readonly exiting: boolean;
}

/** What is kept from one session to the next. */
export type Remembered = Pick<State, "anchors" | "read" | "selected" | "focus">;

export const noSearch: SearchState = {
	editing: false,
	query: "",
	scope: "all",
	result: null,
	chosen: 0,
	top: 0,
	current: null,
	submitted: false,
};

export const initialState: State = {
	focus: "list",
	selected: 0,
	listTop: 0,
	anchors: {},
	help: false,
	helpTop: 0,
	search: noSearch,
	notice: null,
	quotation: null,
	trail: null,
	compare: null,
	coverage: null,
	returns: [],
	clipboard: null,
	read: {},
	waiting: null,
	refreshes: 0,
	exiting: false,
};

/** A search whose matches n/N step through. */
export function searchActive(state: State): boolean {
	return !state.search.editing && state.search.result !== null;
}
