import { render } from "ink-testing-library";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../source/corpus/corpus.js";
import { quotePassages } from "../../source/quotes/match.js";
import { buildSearchIndex } from "../../source/search/builder.js";
import { startIndexing } from "../../source/search/indexing.js";
import { noSearch } from "../../source/state/state.js";
import { App } from "../../source/ui/app.js";
import { SearchBar } from "../../source/ui/search-bar.js";
import { SearchResults } from "../../source/ui/search-results.js";
import { createTheme, ThemeContext } from "../../source/ui/theme.js";
import { bundledCorpus } from "../fixtures.js";
import { plain, renderAtSize } from "./render-at-size.js";

let corpus: Corpus;
beforeAll(async () => {
	corpus = await bundledCorpus();
});

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const theme = createTheme({ color: true, unicode: true, hyperlinks: false });

function start(size = { columns: 100, rows: 30 }) {
	const app = renderAtSize(
		<ThemeContext value={theme}>
			<App corpus={corpus} indexing={startIndexing(corpus, quotePassages(corpus))} />
		</ThemeContext>,
		size,
	);
	cleanup = app.unmount;
	return app;
}

const ESC = "\u001b";

describe("the search bar in the app", () => {
	it("shows live results with source, title and the matched words", async () => {
		const app = start();
		await app.press("/");
		await app.press("eddie warior corectional");
		const frame = await app.waitFor(/Search results\s+2 matches/);
		expect(frame).toContain("/eddie warior corectional");
		expect(frame).toMatch(/Search results\s+2 matches/);
		expect(frame).toContain("▸ theGrio · Michael Bloomberg severs");
		expect(frame).toContain("Business Insider Australia · Michael Bloomberg used");
		expect(frame).toContain("Dr. Eddie Warrior Correctional Center");
		expect(frame).toContain("Dr. Eddie Warrior Correctional Centre");
		// The matched words are set apart by more than colour.
		expect(app.lastFrame()).toMatch(/\u001b\[1m(?:\u001b\[[0-9;]*m)*Eddie/);
	});

	it("keeps every keystroke, in order, when they arrive together", async () => {
		const app = start();
		await app.press("/");
		await app.press("eddie wa\u007fax\u007frrior");
		await app.waitFor("/eddie warrior ");
		// A held Backspace: three in one read delete three characters.
		await app.press("\u007f\u007f\u007f");
		await app.waitFor(/\/eddie warr\s/);
	});

	it("treats letters as the query, not as commands", async () => {
		const app = start();
		await app.press("/", "q", "j", "?", "n");
		const frame = await app.waitFor("/qj?n");
		expect(frame).toContain("/qj?n");
		expect(frame).not.toContain("Keys");
	});

	it("chooses a result with the arrows and goes there with Enter", async () => {
		const app = start();
		await app.press("/", "eddie warior corectional");
		await app.waitFor(/Search results\s+2 matches/);
		await app.press("\u001b[B");
		await app.waitFor("▸ Business Insider Australia ·");
		await app.press("\r");
		const frame = await app.waitFor("match 2/2 · Business Insider Australia");
		expect(frame).toMatch(/Articles\s+2\/2/);
		expect(frame).toContain("match 2/2 · Business Insider Australia");
		expect(frame).toContain("▸People incarcerated at the Dr. Eddie Warrior Correctional");
	});

	it("toggles the quotes-only scope with Tab, says so, and searches only quotations", async () => {
		const app = start();
		await app.press("/");
		expect(plain(app.lastFrame())).toContain("all text");
		// "The Intercept" is named in the text, never inside a quotation.
		await app.press("intercept");
		await app.waitFor(/Search results\s+[1-9]\d* match/);
		await app.press("\t");
		const quotesOnly = await app.waitFor("quotes only");
		expect(quotesOnly).toMatch(/Search results\s+0 matches/);
		await app.press(..."intercept".split("").map(() => "\u007f"), "subcontractor");
		const found = await app.waitFor(/Search results\s+[1-9]\d* match/);
		expect(found).toContain("relationship with the subcontractor in question.");
	});

	it("Esc closes the bar and restores the view", async () => {
		const app = start();
		const before = plain(app.lastFrame());
		await app.press("/", "julie");
		await app.waitFor("/julie");
		await app.press(ESC);
		await app.waitFor((frame) => frame === before);
	});
});

describe("SearchResults", () => {
	it("says what to do before anything is typed, and when nothing matches", () => {
		const empty = render(
			<SearchResults
				corpus={corpus}
				result={null}
				query=""
				chosen={0}
				top={0}
				width={80}
				height={4}
				indexing={false}
			/>,
		);
		expect(empty.lastFrame()).toContain("Type to search titles, text and quotations");
		const none = buildSearchIndex(corpus).search("zzzz");
		const nothing = render(
			<SearchResults
				corpus={corpus}
				result={none}
				query="zzzz"
				chosen={0}
				top={0}
				width={80}
				height={4}
				indexing={false}
			/>,
		);
		expect(nothing.lastFrame()).toContain("No matches.");
		const waiting = render(
			<SearchResults
				corpus={corpus}
				result={null}
				query="bloom"
				chosen={0}
				top={0}
				width={80}
				height={4}
				indexing
			/>,
		);
		expect(waiting.lastFrame()).toContain("Indexing…");
	});

	it("draws the results from the first one the state shows, the chosen one marked", () => {
		const result = buildSearchIndex(corpus).search("bloomberg");
		const { lastFrame } = render(
			<SearchResults
				corpus={corpus}
				result={result}
				query="bloomberg"
				chosen={10}
				top={9}
				width={80}
				height={4}
				indexing={false}
			/>,
		);
		const lines = plain(lastFrame() ?? "").split("\n");
		expect(lines.length).toBe(7);
		// Two hits of two lines each, inside the border and header: the second is the chosen one.
		expect(lines.findIndex((line) => line.includes("▸"))).toBe(4);
	});
});

describe("SearchBar", () => {
	it("shows indexing progress and the scope", () => {
		const { lastFrame } = render(
			<SearchBar
				search={{ ...noSearch, editing: true, query: "abc" }}
				width={60}
				indexing={{ index: undefined, progress: 0.4, subscribe: () => () => {} }}
				onChange={() => {}}
			/>,
		);
		expect(plain(lastFrame() ?? "")).toMatch(/^\/abc\s+indexing 40% · all text $/);
	});
});
