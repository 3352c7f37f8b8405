import { beforeAll, describe, expect, it } from "vitest";
import { buildCorpus, type Corpus } from "../../source/corpus/corpus.js";
import { computeGeometry, type Geometry } from "../../source/layout/geometry.js";
import { layoutDocument } from "../../source/layout/layouts.js";
import { lineAt, lineNumber, lineTotal, positionOf, topOf } from "../../source/layout/position.js";
import type { Command } from "../../source/state/keymap.js";
import { anchorOf, reduce } from "../../source/state/reducer.js";
import { initialState, type State } from "../../source/state/state.js";
import { article, bundledCorpus, longArticle } from "../fixtures.js";

const wide = computeGeometry(100, 30);
const narrow = computeGeometry(60, 20);

function run(
	corpus: Corpus,
	commands: Command[],
	geometry: Geometry = wide,
	from: State = initialState,
) {
	return commands.reduce(
		(state, command) => reduce(state, { type: "command", command, geometry }, corpus),
		from,
	);
}

let bundled: Corpus;
beforeAll(async () => {
	bundled = await bundledCorpus();
});

describe("the list", () => {
	it("moves the selection and stops at the ends", () => {
		expect(run(bundled, ["down"]).selected).toBe(1);
		expect(run(bundled, ["down", "down", "down"]).selected).toBe(1);
		expect(run(bundled, ["down", "up", "up"]).selected).toBe(0);
		expect(run(bundled, ["bottom"]).selected).toBe(1);
		expect(run(bundled, ["bottom", "top"]).selected).toBe(0);
	});

	it("scrolls to keep the selection in view", () => {
		const many = buildCorpus(
			Array.from({ length: 40 }, (_, i) => article({ id: `${i}`, title: `Story ${i}` })),
		);
		const state = run(many, Array(20).fill("down"));
		expect(state.selected).toBe(20);
		expect(state.listTop).toBeGreaterThan(0);
		const paged = run(many, ["pageDown"]);
		expect(paged.selected).toBeGreaterThan(5);
		expect(run(many, ["pageDown", "pageUp"]).selected).toBe(0);
	});
});

describe("focus", () => {
	it("Enter opens the reader, Esc goes back, Tab switches", () => {
		expect(run(bundled, ["open"]).focus).toBe("reader");
		expect(run(bundled, ["open", "back"]).focus).toBe("list");
		expect(run(bundled, ["toggleFocus"]).focus).toBe("reader");
		expect(run(bundled, ["toggleFocus", "toggleFocus"]).focus).toBe("list");
	});

	it("q quits from a split screen, but first goes back to the list when narrow", () => {
		expect(run(bundled, ["open", "quit"]).exiting).toBe(true);
		const back = run(bundled, ["open", "quit"], narrow);
		expect(back.exiting).toBe(false);
		expect(back.focus).toBe("list");
		expect(run(bundled, ["open", "quit", "quit"], narrow).exiting).toBe(true);
	});

	it("Ctrl-C quits from anywhere, help included", () => {
		expect(run(bundled, ["help", "forceQuit"]).exiting).toBe(true);
		expect(run(bundled, ["forceQuit"], computeGeometry(20, 6)).exiting).toBe(true);
	});

	it("help swallows other keys and closes with ?, Esc or q", () => {
		const help = run(bundled, ["help"]);
		expect(help.help).toBe(true);
		expect(run(bundled, ["down"], wide, help)).toBe(help);
		for (const close of ["help", "back", "quit"] as const) {
			const closed = run(bundled, [close], wide, help);
			expect(closed.help).toBe(false);
			expect(closed.exiting).toBe(false);
		}
	});

	it("scrolls help that does not fit, and opens it at the top again", () => {
		const short = computeGeometry(40, 10);
		const help = run(bundled, ["help", "down", "down"], short);
		expect(help.helpTop).toBe(2);
		const end = run(bundled, ["bottom"], short, help);
		expect(run(bundled, ["down"], short, end)).toBe(end);
		expect(run(bundled, ["help", "help"], short, end).helpTop).toBe(0);
	});

	it("ignores everything but quitting when the terminal is too small", () => {
		const tiny = computeGeometry(30, 8);
		expect(run(bundled, ["down", "open"], tiny)).toBe(initialState);
		expect(run(bundled, ["quit"], tiny).exiting).toBe(true);
	});
});

describe("the reader", () => {
	const long = buildCorpus([longArticle(40), longArticle(5, { id: "short" })]);

	it("scrolls by line and by page, and clamps at both ends", () => {
		const layout = layoutDocument(long.articles[0] as never, wide.textWidth);
		// The line at the top of the screen.
		const line = (state: State) =>
			lineNumber(layout, topOf(layout, anchorOf(state, 0), wide.bodyRows));
		expect(line(run(long, ["open", "down", "down"]))).toBe(2);
		expect(line(run(long, ["open", "down", "down", "up"]))).toBe(1);
		expect(line(run(long, ["open", "up"]))).toBe(0);
		expect(line(run(long, ["open", "pageDown"]))).toBe(wide.bodyRows - 1);
		expect(line(run(long, ["open", "pageDown", "pageUp"]))).toBe(0);
		const end = run(long, ["open", "bottom"]);
		expect(line(end)).toBe(lineTotal(layout) - wide.bodyRows);
		expect(run(long, ["down"], wide, end)).toBe(end);
		expect(line(run(long, ["top"], wide, end))).toBe(0);
	});

	it("keeps each article's position when the selection moves away and back", () => {
		const scrolled = run(long, ["open", "pageDown", "back", "down", "up"]);
		expect(scrolled.anchors[0]).toBeDefined();
		expect(run(long, ["open", "pageDown", "back", "down"]).anchors[1]).toBeUndefined();
	});

	it("keeps the paragraph at the top across a change of width", () => {
		const state = run(long, ["open", "pageDown", "pageDown", "down"], wide);
		const anchor = anchorOf(state, 0);
		const atWide = layoutDocument(long.articles[0] as never, wide.textWidth);
		const atNarrow = layoutDocument(long.articles[0] as never, narrow.textWidth);
		const wideBlock = lineAt(atWide, positionOf(atWide, anchor))?.block;
		expect(lineAt(atNarrow, positionOf(atNarrow, anchor))?.block).toBe(wideBlock);
	});
});

describe("read and unread", () => {
	// Each its own story, so that the list keeps this order.
	const long = buildCorpus([
		longArticle(40, { id: "long", story: "a" }),
		article({ id: "short", story: "b" }),
		longArticle(40, { id: "other", story: "c" }),
	]);

	it("marks an article read once its end has been on screen", () => {
		const opened = run(long, ["open"]);
		expect(opened.read[0]).toBeUndefined();
		expect(run(long, ["open", "bottom"]).read[0]).toBe(true);
		// A short article is at its end as soon as it is opened.
		expect(run(long, ["down", "open"]).read[1]).toBe(true);
	});

	it("r toggles, u goes to the next unread article round the list", () => {
		const marked = run(long, ["toggleRead"]);
		expect(marked.read[0]).toBe(true);
		expect(marked.notice).toBe("marked read");
		expect(run(long, ["toggleRead"], wide, marked).read[0]).toBeUndefined();
		const next = run(long, ["toggleRead", "down", "toggleRead", "up", "nextUnread"]);
		expect(next.selected).toBe(2);
		const all = run(long, ["toggleRead", "down", "toggleRead", "down", "toggleRead", "nextUnread"]);
		expect(all.notice).toBe("every article is read");
	});
});
