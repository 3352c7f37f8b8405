import { type HelpLayout, type HelpRow, layoutHelp } from "../layout/help.js";
import type { Focus } from "./state.js";

export type Command =
	| "down"
	| "up"
	| "pageDown"
	| "pageUp"
	| "top"
	| "bottom"
	| "toggleFocus"
	| "open"
	| "back"
	| "help"
	| "search"
	| "nextMatch"
	| "previousMatch"
	| "nextQuote"
	| "previousQuote"
	| "matchQuote"
	| "compare"
	| "coverage"
	| "sort"
	| "refresh"
	| "copyQuote"
	| "toggleRead"
	| "nextUnread"
	| "quit"
	| "forceQuit";

/** The special keys Ink reports as flags. */
export type SpecialKey =
	| "upArrow"
	| "downArrow"
	| "pageUp"
	| "pageDown"
	| "home"
	| "end"
	| "return"
	| "escape"
	| "tab";

export interface KeySpec {
	readonly input?: string;
	readonly key?: SpecialKey;
	readonly ctrl?: boolean;
}

/**
 * Where a key is read: the focused pane, the help screen, the search bar
 * (where only special keys are commands: the rest is the query), or "found",
 * a finished search whose matches n/N step through.
 */
export type KeyContext = Focus | "help" | "search" | "found" | "quote" | "compare" | "coverage";

export interface Binding {
	readonly command: Command;
	readonly keys: readonly KeySpec[];
	/** What the help screen says the keys do. */
	readonly help: string;
	/** A word or two for the status bar, per context; adjacent equal hints share one entry. */
	readonly hint?: Partial<Record<KeyContext, string>>;
	/** Kept in the status bar when space is short (the way out, and the way to all other keys). */
	readonly essential?: boolean;
}

/** The one table of keys: it drives input handling, the status-bar hints and the help screen. */
export const KEYMAP: readonly Binding[] = [
	{
		command: "down",
		keys: [{ input: "j" }, { key: "downArrow" }],
		help: "next article (list) · scroll down a line (reader) · next result or row",
		hint: {
			list: "move",
			reader: "scroll",
			help: "scroll",
			search: "choose",
			compare: "row",
			coverage: "row",
		},
	},
	{
		command: "up",
		keys: [{ input: "k" }, { key: "upArrow" }],
		help: "previous article · scroll up a line · previous result or row",
		hint: {
			list: "move",
			reader: "scroll",
			help: "scroll",
			search: "choose",
			compare: "row",
			coverage: "row",
		},
	},
	{
		command: "pageDown",
		keys: [{ input: " " }, { key: "pageDown" }],
		help: "page down",
		hint: { reader: "page" },
	},
	{
		command: "pageUp",
		keys: [{ input: "b" }, { key: "pageUp" }],
		help: "page up",
		hint: { reader: "page" },
	},
	{
		command: "top",
		keys: [{ input: "g" }, { key: "home" }],
		help: "go to the top",
		hint: { reader: "top/end" },
	},
	{
		command: "bottom",
		keys: [{ input: "G" }, { key: "end" }],
		help: "go to the end",
		hint: { reader: "top/end" },
	},
	{
		command: "open",
		keys: [{ key: "return" }],
		help: "read the article · go to the chosen result, row, or statement in the chosen source",
		hint: { list: "read", search: "go", compare: "read", coverage: "read" },
	},
	{
		command: "toggleFocus",
		keys: [{ key: "tab" }],
		help: "list or reader · all text or quotes only (search) · the next source (compare, coverage)",
		hint: {
			list: "focus",
			reader: "focus",
			search: "all/quotes",
			compare: "other source",
			coverage: "source",
		},
	},
	{
		command: "back",
		essential: true,
		keys: [{ key: "escape" }],
		help: "back: to the list, from a search, m or a view, to where you were · close help",
		hint: {
			reader: "list",
			help: "close",
			search: "cancel",
			found: "end search",
			compare: "close",
			coverage: "close",
		},
	},
	{
		command: "search",
		keys: [{ input: "/" }],
		help: "search titles, text and quotations (fuzzy; Enter goes, Esc cancels)",
		hint: { list: "search", reader: "search" },
	},
	{
		command: "nextMatch",
		keys: [{ input: "n" }],
		help: "next match, in reading order across articles and sources",
		hint: { found: "match" },
	},
	{
		command: "previousMatch",
		keys: [{ input: "N" }],
		help: "previous match",
		hint: { found: "match" },
	},
	{
		command: "nextQuote",
		keys: [{ input: "]" }],
		help: "next quotation in the article (compare: next row)",
		hint: { reader: "quote", quote: "quote", compare: "row" },
	},
	{
		command: "previousQuote",
		keys: [{ input: "[" }],
		help: "previous quotation",
		hint: { reader: "quote", quote: "quote", compare: "row" },
	},
	{
		command: "matchQuote",
		keys: [{ input: "m" }],
		help: "the same quotation in another source (again: the next one; Esc: back)",
		hint: { quote: "match" },
	},
	{
		command: "compare",
		keys: [{ input: "c" }],
		help: "compare the story's sources side by side, quotation by quotation",
		hint: { reader: "compare", list: "compare", compare: "close", coverage: "compare" },
	},
	{
		command: "coverage",
		keys: [{ input: "C" }],
		help: "the story's coverage: which sources carry each statement, whose words each quotes",
		hint: { reader: "coverage", list: "coverage", compare: "coverage" },
	},
	{
		command: "sort",
		keys: [{ input: "s" }],
		help: "coverage by speaker, by how many sources carry each, or in one source's order",
		hint: { coverage: "sort" },
	},
	{
		command: "copyQuote",
		keys: [{ input: "y" }],
		help: "copy the quotation with its speaker and source (OSC 52, works over SSH)",
		hint: { quote: "copy" },
	},
	{
		command: "refresh",
		keys: [{ input: "R" }],
		help: "fetch the feeds again in the background; new articles join the list",
	},
	{
		command: "nextUnread",
		keys: [{ input: "u" }],
		help: "next unread article",
		hint: { list: "unread" },
	},
	{
		command: "toggleRead",
		keys: [{ input: "r" }],
		help: "mark the article read or unread",
	},
	{
		command: "help",
		essential: true,
		keys: [{ input: "?" }],
		help: "show or hide this help",
		hint: { list: "help", reader: "help" },
	},
	{
		command: "quit",
		essential: true,
		keys: [{ input: "q" }],
		help: "quit (in a narrow terminal: back to the list first)",
		hint: { list: "quit", reader: "quit" },
	},
	{
		command: "forceQuit",
		keys: [{ input: "c", ctrl: true }],
		help: "quit at once, from anywhere",
	},
];

/** What Ink tells about a key press (the subset the keymap reads). */
export type KeyFlags = Partial<Record<SpecialKey | "ctrl" | "meta", boolean>>;

/** In the search bar only special keys and Ctrl- combinations are commands; letters are the query. */
function readIn(spec: KeySpec, context: KeyContext | undefined): boolean {
	return context !== "search" || spec.key !== undefined || Boolean(spec.ctrl);
}

function matches(spec: KeySpec, input: string, key: KeyFlags): boolean {
	if (spec.key) return Boolean(key[spec.key]);
	if (Boolean(spec.ctrl) !== Boolean(key.ctrl) || key.meta) return false;
	return input === spec.input;
}

/** The command a key press means, if any. */
export function commandFor(
	input: string,
	key: KeyFlags,
	context?: KeyContext,
): Command | undefined {
	return KEYMAP.find((binding) =>
		binding.keys.some((spec) => readIn(spec, context) && matches(spec, input, key)),
	)?.command;
}

const TYPED_KEYS: Record<string, KeyFlags> = { "\r": { return: true }, "\t": { tab: true } };

/**
 * The commands for one input event. Ink delivers keys typed faster than it
 * reads them (auto-repeat, a slow SSH link) as one string, "jjj"; each of
 * those characters is a key press of its own.
 */
export function commandsFor(input: string, key: KeyFlags, context?: KeyContext): Command[] {
	const characters = Array.from(input);
	if (characters.length <= 1) {
		const command = commandFor(input, key, context);
		return command ? [command] : [];
	}
	const commands: Command[] = [];
	for (const character of characters) {
		const command = commandFor(
			TYPED_KEYS[character] ? "" : character,
			TYPED_KEYS[character] ?? {},
			context,
		);
		if (command) commands.push(command);
	}
	return commands;
}

const NAMES: Record<SpecialKey, { unicode: string; ascii: string }> = {
	upArrow: { unicode: "↑", ascii: "Up" },
	downArrow: { unicode: "↓", ascii: "Down" },
	pageUp: { unicode: "PgUp", ascii: "PgUp" },
	pageDown: { unicode: "PgDn", ascii: "PgDn" },
	home: { unicode: "Home", ascii: "Home" },
	end: { unicode: "End", ascii: "End" },
	return: { unicode: "Enter", ascii: "Enter" },
	escape: { unicode: "Esc", ascii: "Esc" },
	tab: { unicode: "Tab", ascii: "Tab" },
};

export function keyName(spec: KeySpec, unicode: boolean): string {
	if (spec.key) return NAMES[spec.key][unicode ? "unicode" : "ascii"];
	if (spec.input === " ") return "Space";
	const name = spec.input ?? "";
	return spec.ctrl ? `Ctrl-${name.toUpperCase()}` : name;
}

export interface Hint {
	readonly keys: string;
	readonly text: string;
	readonly essential: boolean;
}

/** Status-bar hints for a context, in keymap order; adjacent bindings with one hint share it ("j/k scroll"). */
export function hintsFor(context: KeyContext, unicode: boolean): Hint[] {
	const hints: Hint[] = [];
	for (const binding of KEYMAP) {
		const text = binding.hint?.[context];
		const first = binding.keys.find((spec) => readIn(spec, context));
		if (!text || !first) continue;
		const name = keyName(first, unicode);
		const essential = Boolean(binding.essential);
		const last = hints.at(-1);
		if (last && last.text === text) {
			hints[hints.length - 1] = {
				keys: `${last.keys}/${name}`,
				text,
				essential: last.essential || essential,
			};
		} else {
			hints.push({ keys: name, text, essential });
		}
	}
	return hints;
}

/** Rows of the help screen: every binding with all its keys. */
export function helpRows(unicode: boolean): HelpRow[] {
	return KEYMAP.map((binding) => ({
		keys: binding.keys.map((spec) => keyName(spec, unicode)).join(" "),
		help: binding.help,
	}));
}

/** The help screen at `width` columns, from the keymap: the same key column in both character sets. */
export function helpLayout(width: number, unicode: boolean): HelpLayout {
	return layoutHelp(width, helpRows(unicode), [helpRows(true), helpRows(false)]);
}
