import { afterEach, describe, expect, it } from "vitest";
import { buildCorpus } from "../../source/corpus/corpus.js";
import { startIndexing } from "../../source/search/indexing.js";
import { App } from "../../source/ui/app.js";
import { createTheme, ThemeContext } from "../../source/ui/theme.js";
import { threeOutletsCorpus } from "../fixtures/three-outlets.js";
import { article } from "../fixtures.js";
import { plain, renderAtSize } from "./render-at-size.js";

const corpus = threeOutletsCorpus();

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function start(size: { columns: number; rows: number }, color = true) {
	const theme = createTheme({ color, unicode: true, hyperlinks: false });
	const app = renderAtSize(
		<ThemeContext value={theme}>
			<App corpus={corpus} indexing={startIndexing(corpus)} />
		</ThemeContext>,
		size,
	);
	cleanup = app.unmount;
	return app;
}

/** The screen line that holds `text`. */
function lineWith(frame: string, text: string): string {
	return frame.split("\n").find((line) => line.includes(text)) ?? "";
}

describe("the coverage view", () => {
	it("at 120 columns: full source names, a bar per source for each speaker, a symbol per source for each statement", async () => {
		const app = start({ columns: 120, rows: 30 });
		await app.press("C");
		const frame = plain(app.lastFrame());
		expect(frame).toContain("Coverage · ");
		expect(lineWith(frame, "Speakers")).toMatch(
			/Speakers\s+Harbor Wire\s+Evening Courier\s+Gazette/,
		);
		// Ilse Varga is quoted once by the wire and the Courier, twice by the Gazette.
		expect(lineWith(frame, "Ilse Varga █")).toMatch(/Ilse Varga █+ 1\s+█+ 1\s+█+ 2/);
		expect(lineWith(frame, "Harbor Wire  Evening")).toMatch(
			/Harbor Wire\s+Evening Courier\s+Gazette/,
		);
		expect(lineWith(frame, "We will not reopen")).toMatch(/●\s+●\s+●\s+“We will not reopen/);
		expect(lineWith(frame, "steel beneath")).toMatch(/●\s+◐\s+·\s+“The cracks run/);
		expect(lineWith(frame, "twenty years")).toMatch(
			/·\s+●\s+·\s+only Evening Courier · “I have crossed/,
		);
		expect(frame).toContain("● quoted  ◐ other words  · not carried");
		expect(frame).toMatch(/row 1\/5 · by speaker/);
		// The chosen statement in full under the rows, set off by a bar.
		expect(frame).toMatch(
			/│ Ilse Varga: “We will not reopen the bridge until the pylons are replaced”/,
		);
		expect(frame.split("\n")).toHaveLength(30);
	});

	it("at 80 columns: abbreviated source names, and s sorts by how many sources carry each", async () => {
		const app = start({ columns: 80, rows: 24 });
		await app.press("C");
		const frame = plain(app.lastFrame());
		expect(lineWith(frame, "HW ")).toMatch(/HW\s+EC\s+Gazette/);
		expect(frame).not.toContain("Harbor Wire  ");
		await app.press("s");
		const sorted = plain(app.lastFrame());
		expect(sorted).toContain("by sources carrying");
		const rows = sorted.split("\n").filter((line) => /[●◐·]\s+[●◐·]\s+[●◐·]\s+\S/.test(line));
		expect(rows[0]).toContain("We will not reopen");
		expect(rows[1]).toContain("The cracks run");
		// Sorted, there are no speaker headings: each row names its speaker.
		expect(sorted).toContain("Tom Reyes: “The cracks run");
		await app.press("s");
		expect(plain(app.lastFrame())).toContain("in Harbor Wire's order");
	});

	it("at 60 columns it still shows every source; at 44, one at a time with the totals, Tab the next", async () => {
		const app = start({ columns: 60, rows: 20 });
		await app.press("C");
		const frame = plain(app.lastFrame());
		expect(lineWith(frame, "We will not")).toMatch(/●\s+●\s+●\s+“We will not/);
		expect(frame.split("\n")).toHaveLength(20);
		for (const line of frame.split("\n")) expect(line.length).toBeLessThanOrEqual(60);
		// No room at 60×20 for the chosen statement in full: the rows keep the lines.
		expect(frame).not.toContain("│ Ilse Varga:");

		const narrow = start({ columns: 44, rows: 20 });
		await narrow.press("C");
		const one = plain(narrow.lastFrame());
		expect(one).toContain("Tab: next source");
		expect(one).toContain("HW 3  EC 3  Gazette 2");
		expect(lineWith(one, "I have crossed")).toMatch(/· +only EC/);
		await narrow.press("\t");
		const next = plain(narrow.lastFrame());
		expect(lineWith(next, "I have crossed")).toMatch(/● +only EC/);
	});

	it("shows every state by symbol with NO_COLOR, and the chosen row and source by more than colour", async () => {
		const app = start({ columns: 100, rows: 30 }, false);
		await app.press("C");
		const frame = app.lastFrame();
		expect(frame).not.toMatch(/\u001b\[3[0-9]m/);
		const text = plain(frame);
		for (const symbol of ["●", "◐", "·"]) expect(text).toContain(symbol);
		expect(text).toMatch(/▸●/);
		// The chosen source's heading is drawn inverse.
		expect(frame).toMatch(/\u001b\[7m/);
	});

	it("says so when no source of the story quotes anyone, and Enter there does nothing", async () => {
		const quiet = buildCorpus(
			["Harbor Wire", "Gazette"].map((source) =>
				article({
					path: `${source}.md`,
					source,
					story: "bridge",
					paragraphs: ["The Dunmore bridge closed on Monday after inspectors found cracks."],
				}),
			),
		);
		const theme = createTheme({ color: false, unicode: true, hyperlinks: false });
		const app = renderAtSize(
			<ThemeContext value={theme}>
				<App corpus={quiet} indexing={startIndexing(quiet)} />
			</ThemeContext>,
			{ columns: 80, rows: 24 },
		);
		cleanup = app.unmount;
		await app.press("C");
		const frame = plain(app.lastFrame());
		expect(frame).toContain("No source of this story quotes anyone.");
		expect(frame).toContain("no statements · by speaker");
		expect(frame).not.toContain("Speakers");
		await app.press("\r");
		expect(plain(app.lastFrame())).toContain("No source of this story quotes anyone.");
	});

	it("Enter opens the chosen statement in the chosen source, and Esc comes back from the view", async () => {
		const app = start({ columns: 100, rows: 30 });
		await app.press("C");
		// The engineer's words: the Courier carries them without quotation marks.
		await app.press("j");
		await app.press("j");
		await app.press("j");
		await app.press("j");
		expect(lineWith(plain(app.lastFrame()), "▸")).toContain("The cracks run");
		await app.press("\t");
		await app.press("\r");
		const reader = plain(app.lastFrame());
		expect(reader).not.toContain("Coverage · ");
		expect(reader).toMatch(/Dunmore bridge shut for months/);
		await app.press("C");
		await app.waitFor("Coverage · ");
		await app.press("\u001b");
		await app.waitFor((frame) => !frame.includes("Coverage · "));
	});
});
