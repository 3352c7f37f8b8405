/** The reading-state file, as written: small, versioned, keyed by article id. */

export const STATE_VERSION = 1;

/** Where an article was left: the paragraph at the top of the screen (-1: the title), and the place in it. */
export interface SavedArticle {
	readonly paragraph: number;
	readonly offset: number;
	readonly read: boolean;
	/** When it was last opened (ms since 1970), to forget the oldest first. */
	readonly seen: number;
}

export interface SavedState {
	readonly version: number;
	readonly articles: Readonly<Record<string, SavedArticle>>;
	/** The article open when parallax was left, and which pane had the focus. */
	readonly last: { readonly article: string; readonly focus: "list" | "reader" } | null;
}

export const EMPTY: SavedState = { version: STATE_VERSION, articles: {}, last: null };

/** Most articles remembered: the file stays small (about 100 bytes an article). */
export const MAX_REMEMBERED = 5000;

export type ParseResult =
	| { readonly ok: true; readonly state: SavedState }
	| { readonly ok: false; readonly reason: "corrupt" | "newer" };

function isSavedArticle(value: unknown): value is SavedArticle {
	if (!value || typeof value !== "object") return false;
	const item = value as Record<string, unknown>;
	return (
		Number.isInteger(item.paragraph) &&
		(item.paragraph as number) >= -1 &&
		Number.isInteger(item.offset) &&
		(item.offset as number) >= 0 &&
		typeof item.read === "boolean" &&
		typeof item.seen === "number"
	);
}

/**
 * Reads the file's text. Anything that is not a state this version wrote
 * (empty, cut short, edited by hand, another program's) is "corrupt";
 * a state from a later version is "newer" and is left alone.
 */
export function parseState(text: string): ParseResult {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, reason: "corrupt" };
	}
	if (!data || typeof data !== "object" || Array.isArray(data))
		return { ok: false, reason: "corrupt" };
	const record = data as Record<string, unknown>;
	if (typeof record.version !== "number") return { ok: false, reason: "corrupt" };
	if (record.version > STATE_VERSION) return { ok: false, reason: "newer" };
	if (record.version !== STATE_VERSION) return { ok: false, reason: "corrupt" };
	const articles: Record<string, SavedArticle> = {};
	if (record.articles && typeof record.articles === "object") {
		for (const [id, value] of Object.entries(record.articles as Record<string, unknown>)) {
			if (isSavedArticle(value)) {
				articles[id] = {
					paragraph: value.paragraph,
					offset: value.offset,
					read: value.read,
					seen: value.seen,
				};
			}
		}
	}
	const last = record.last as Record<string, unknown> | null | undefined;
	const validLast =
		last && typeof last.article === "string" && (last.focus === "list" || last.focus === "reader")
			? { article: last.article, focus: last.focus as "list" | "reader" }
			: null;
	return { ok: true, state: { version: STATE_VERSION, articles, last: validLast } };
}

/** The file's text: the most recently seen articles first, at most MAX_REMEMBERED. */
export function formatState(state: SavedState): string {
	const kept = Object.entries(state.articles)
		.sort((a, b) => b[1].seen - a[1].seen)
		.slice(0, MAX_REMEMBERED);
	return `${JSON.stringify({ version: STATE_VERSION, articles: Object.fromEntries(kept), last: state.last })}\n`;
}
