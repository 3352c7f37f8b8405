import { words } from "../text/tokens.js";

/** Longest query considered: past this, typing more cannot change the results. */
export const MAX_QUERY_LENGTH = 256;
/** Most distinct words used from a query. */
export const MAX_TERMS = 16;
/** Shorter words are too ambiguous to match fuzzily. */
export const MIN_TERM_LENGTH = 2;

export interface ParsedQuery {
	/** The query as searched (trimmed, capped). */
	readonly text: string;
	/** Distinct normalised words of at least MIN_TERM_LENGTH characters. */
	readonly terms: readonly string[];
	/** Uses fuse.js extended search operators ('exact, =exact, ^prefix, suffix$, !not, a | b). */
	readonly extended: boolean;
	/** For an extended query: the words that must be present (from its non-negated parts). */
	readonly required: readonly string[];
}

const EXTENDED_PART = /^(?:!?['=^]|!)|\$$/;

export function parseQuery(raw: string): ParsedQuery {
	const text = raw.trim().slice(0, MAX_QUERY_LENGTH);
	const parts = text.split(/\s+/).filter(Boolean);
	const extended = parts.some((part) => EXTENDED_PART.test(part)) || parts.includes("|");
	const terms = distinct(words(text).filter((word) => word.length >= MIN_TERM_LENGTH)).slice(
		0,
		MAX_TERMS,
	);
	const orGroups = text.split(/\s\|\s/).length > 1;
	const required =
		extended && !orGroups
			? distinct(
					parts
						.filter((part) => !part.startsWith("!"))
						.flatMap((part) => words(part))
						.filter((word) => word.length >= MIN_TERM_LENGTH),
				).slice(0, MAX_TERMS)
			: [];
	return { text, terms, extended, required };
}

function distinct(list: string[]): string[] {
	return [...new Set(list)];
}
