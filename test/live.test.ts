import { describe, expect, it } from "vitest";
import { buildCorpus } from "../source/corpus/corpus.js";
import type { Loaded } from "../source/library/load.js";
import { LiveSession } from "../source/live.js";
import { ReadingStore } from "../source/persist/store.js";
import { startIndexing } from "../source/search/indexing.js";
import { initialState } from "../source/state/state.js";
import { article } from "./fixtures.js";

function loaded(titles: string[]): Loaded {
	let finished = 0;
	return {
		articles: titles.map((title) => article({ id: title, title, path: `${title}.md` })),
		warnings: [],
		missing: [],
		library: null,
		counts: null,
		notices: [],
		finish: () => {
			finished++;
			return [`finished ${finished}`];
		},
		searchIndexes: () => null,
		readingState: () => null,
	};
}

function session(update: () => Promise<{ added: number; said: string }>, next: Loaded) {
	const first = loaded(["a", "b"]);
	const build = (shown: Loaded) => {
		const corpus = buildCorpus(shown.articles);
		return { corpus, indexing: startIndexing(corpus, undefined, () => {}) };
	};
	const live = new LiveSession(
		{ build, reload: async () => next, update: async () => update() },
		first,
		build(first),
		initialState,
		{ version: 1, articles: {}, last: null },
		ReadingStore.disabled().store,
	);
	return live;
}

/** Until the session has told its listeners `times` times. */
function heard(live: LiveSession, times: number): Promise<void> {
	return new Promise((resolve) => {
		let count = 0;
		const stop = live.subscribe(() => {
			if (++count === times) {
				stop();
				resolve();
			}
		});
	});
}

describe("the reader's live session", () => {
	it("says what a refresh brought, and keeps the corpus when nothing is new", async () => {
		const live = session(async () => ({ added: 0, said: "0 new articles" }), loaded(["x"]));
		const told = heard(live, 2);
		live.refresh();
		await told;
		expect(live.snapshot().status).toBe("0 new articles");
		expect(live.snapshot().generation).toBe(0);
	});

	it("starts the reader again on the new articles where it was: the same article open, by id", async () => {
		const live = session(
			async () => ({ added: 1, said: "1 new article" }),
			loaded(["new", "a", "b"]),
		);
		const corpus = live.snapshot().corpus;
		// The reader had the second article ("b") open in the reader pane.
		live.remember({
			anchors: {},
			read: { 1: true },
			selected: corpus.positions[1] ?? 1,
			focus: "reader",
		});
		const told = heard(live, 2);
		live.refresh();
		await told;
		const view = live.snapshot();
		expect(view.generation).toBe(1);
		expect(view.corpus.articles.map((a) => a.title)).toEqual(["new", "a", "b"]);
		const open = view.corpus.articles[view.corpus.order[view.initial.selected] ?? -1];
		expect(open?.title).toBe("b");
		expect(view.initial.focus).toBe("reader");
		expect(view.initial.read).toEqual({ 2: true });
		expect(view.initial.notice).toBe("1 new article");
	});

	it("asks R to wait while the library is still being read", async () => {
		let asked = 0;
		const live = session(async () => {
			asked++;
			return { added: 0, said: "" };
		}, loaded([]));
		let finish: () => void = () => {};
		live.busyWith(
			new Promise<void>((resolve) => {
				finish = resolve;
			}),
		);
		live.refresh();
		expect(live.snapshot().status).toMatch(/^busy: the library is still being read/);
		finish();
		await Promise.resolve();
		await Promise.resolve();
		const told = heard(live, 2);
		live.refresh();
		await told;
		expect(asked).toBe(1);
	});
});
