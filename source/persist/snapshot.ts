import type { Corpus } from "../corpus/corpus.js";
import { type Anchor, blockOfParagraph, paragraphOfBlock } from "../layout/blocks.js";
import type { Remembered, State } from "../state/state.js";
import type { SavedArticle, SavedState } from "./format.js";

/**
 * What the saved state means for this corpus: positions (a paragraph and
 * a place in it, so they hold at any width), read marks, and the article
 * that was open, with its pane focused.
 */
export function restore(
	corpus: Corpus,
	saved: SavedState,
): Pick<State, "anchors" | "read" | "selected" | "focus"> {
	const anchors: Record<number, Anchor> = {};
	const read: Record<number, boolean> = {};
	let selected = 0;
	let focus: State["focus"] = "list";
	corpus.articles.forEach((article, index) => {
		// The article left open is opened again, scrolled or not.
		if (saved.last?.article === article.id) {
			selected = corpus.positions[index] ?? 0;
			focus = saved.last.focus;
		}
		const entry = saved.articles[article.id];
		if (!entry) return;
		if (entry.read) read[index] = true;
		if (entry.paragraph >= 0 && entry.paragraph < article.paragraphs.length) {
			const length = article.paragraphs[entry.paragraph]?.text.length ?? 0;
			anchors[index] = {
				block: blockOfParagraph(article, entry.paragraph),
				offset: Math.min(entry.offset, length + 1),
			};
		}
	});
	return { anchors, read, selected, focus };
}

/**
 * The saved state after this session: every article read or moved in now,
 * stamped when it changed; the others as they were (they may be in other
 * folders).
 */
export function capture(
	corpus: Corpus,
	state: Remembered,
	previous: SavedState,
	now: number,
): SavedState {
	const articles: Record<string, SavedArticle> = { ...previous.articles };
	const touched = new Set([...Object.keys(state.anchors), ...Object.keys(state.read)].map(Number));
	for (const index of touched) {
		const article = corpus.articles[index];
		if (!article) continue;
		const anchor = state.anchors[index];
		const last = article.paragraphs.length - 1;
		// At the end: past the last paragraph's text, which is the end again when restored.
		const atEnd = anchor !== undefined && anchor.block >= blockOfParagraph(article, last + 1);
		const paragraph = atEnd ? last : anchor ? paragraphOfBlock(article, anchor.block) : -1;
		const entry: SavedArticle = {
			paragraph,
			offset: atEnd
				? (article.paragraphs[last]?.text.length ?? 0) + 1
				: paragraph >= 0 && anchor
					? anchor.offset
					: 0,
			read: Boolean(state.read[index]),
			seen: now,
		};
		const before = previous.articles[article.id];
		const same =
			before &&
			before.paragraph === entry.paragraph &&
			before.offset === entry.offset &&
			before.read === entry.read;
		articles[article.id] = same ? before : entry;
	}
	const open = corpus.articles[corpus.order[state.selected] ?? -1];
	return {
		version: previous.version,
		articles,
		last: open ? { article: open.id, focus: state.focus } : previous.last,
	};
}
