import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../source/corpus/corpus.js";
import { END } from "../../source/layout/blocks.js";
import { layoutDocument } from "../../source/layout/layouts.js";
import {
	anchorAt,
	lineAt,
	maxTop,
	move,
	positionOf,
	START,
	topOf,
} from "../../source/layout/position.js";
import { EMPTY } from "../../source/persist/format.js";
import { capture, restore } from "../../source/persist/snapshot.js";
import { initialState } from "../../source/state/state.js";
import { longArticle } from "../fixtures.js";

describe("saving and restoring the reading state", () => {
	const corpus = buildCorpus([longArticle(10, { id: "first" }), longArticle(30, { id: "second" })]);
	const second = corpus.articles[1];
	if (!second) throw new Error("no article");

	it("keeps the paragraph at the top, whatever the width", () => {
		const wide = layoutDocument(second, 90);
		const at25 = move(wide, START, 25);
		const anchor = anchorAt(wide, at25);
		const state = {
			...initialState,
			selected: 1,
			focus: "reader" as const,
			anchors: { 1: anchor },
			read: { 0: true },
		};
		const saved = capture(corpus, state, EMPTY, 1000);
		expect(saved.last).toEqual({ article: "second", focus: "reader" });
		expect(saved.articles.first).toMatchObject({ read: true, paragraph: -1 });
		expect(saved.articles.second).toMatchObject({ read: false, seen: 1000 });

		const restored = restore(corpus, JSON.parse(JSON.stringify(saved)));
		expect(restored.selected).toBe(1);
		expect(restored.focus).toBe("reader");
		expect(restored.read).toEqual({ 0: true });
		const narrow = layoutDocument(second, 40);
		const restoredAnchor = restored.anchors[1];
		if (!restoredAnchor) throw new Error("no anchor");
		expect(lineAt(narrow, positionOf(narrow, restoredAnchor))?.block).toBe(
			lineAt(wide, at25)?.block,
		);
	});

	it("keeps an article read to its end at its end", () => {
		const state = { ...initialState, selected: 1, anchors: { 1: END } };
		const saved = capture(corpus, state, EMPTY, 1000);
		expect(saved.articles.second).toMatchObject({ paragraph: 29 });
		const anchor = restore(corpus, JSON.parse(JSON.stringify(saved))).anchors[1];
		if (!anchor) throw new Error("no anchor");
		const layout = layoutDocument(second, 60);
		expect(topOf(layout, anchor, 10)).toEqual(maxTop(layout, 10));
	});

	it("keeps articles it does not know (other folders) and does not restamp unchanged ones", () => {
		const previous = {
			...EMPTY,
			articles: { elsewhere: { paragraph: 1, offset: 0, read: true, seen: 5 } },
		};
		const state = { ...initialState, read: {}, anchors: {} };
		expect(capture(corpus, state, previous, 99).articles.elsewhere).toEqual({
			paragraph: 1,
			offset: 0,
			read: true,
			seen: 5,
		});
	});

	it("ignores positions past the end of an article that has since got shorter", () => {
		const restored = restore(corpus, {
			...EMPTY,
			articles: { first: { paragraph: 999, offset: 0, read: false, seen: 1 } },
		});
		expect(restored.anchors).toEqual({});
	});
});
