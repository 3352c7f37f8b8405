import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../source/corpus/corpus.js";
import { buildCorpus } from "../../source/corpus/corpus.js";
import { startIndexing } from "../../source/search/indexing.js";
import { App } from "../../source/ui/app.js";
import { createTheme, ThemeContext } from "../../source/ui/theme.js";
import { article, bundledCorpus } from "../fixtures.js";
import { plain, renderAtSize } from "./render-at-size.js";

let corpus: Corpus;
beforeAll(async () => {
	corpus = await bundledCorpus();
});

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function start(
	size: { columns: number; rows: number },
	theme = createTheme({ color: true, unicode: true, hyperlinks: true }),
	data = corpus,
) {
	const app = renderAtSize(
		<ThemeContext value={theme}>
			<App corpus={data} indexing={startIndexing(data)} />
		</ThemeContext>,
		size,
	);
	cleanup = app.unmount;
	return app;
}

const ESC = "\u001b";

describe("App", () => {
	it("shows the list grouped by story beside the first article", () => {
		const app = start({ columns: 100, rows: 30 });
		const frame = plain(app.lastFrame());
		expect(frame).toContain("Bloomberg prison call centre");
		expect(frame).toContain("▸• Michael Bloomberg severs");
		expect(frame).toContain("Business Insider Australia");
		expect(frame).toContain("The Democratic presidential candidate said he was unaware");
		expect(frame).toContain("[caption] Democratic presidential candidate");
		expect(frame.split("\n")).toHaveLength(30);
	});

	it("shows the selected article in the reader as the selection moves", async () => {
		const app = start({ columns: 100, rows: 30 });
		await app.press("j");
		const frame = plain(app.lastFrame());
		expect(frame).toContain("▸• Michael Bloomberg used");
		expect(frame).toContain("[caption] Reuters FILE PHOTO:");
		expect(frame).toMatch(/Articles\s+2\/2/);
	});

	it("scrolls the reader after Enter and shows the position", async () => {
		const app = start({ columns: 100, rows: 30 });
		const percent = (frame: string) => Number(/theGrio\s+(\d+)%/.exec(frame)?.[1]);
		const before = plain(app.lastFrame());
		expect(percent(before)).toBeGreaterThan(10);
		expect(percent(before)).toBeLessThan(60);
		await app.press("\r", " ");
		const after = plain(app.lastFrame());
		expect(after).not.toContain("The Democratic presidential candidate said he was unaware");
		expect(percent(after)).toBeGreaterThan(percent(before));
		expect(percent(after)).toBeLessThan(100);
		await app.press("G");
		expect(plain(app.lastFrame())).toMatch(/theGrio\s+100%/);
		expect(plain(app.lastFrame())).toContain("He apologized to those wrongly stopped");
	});

	it("shows one pane at a time below 80 columns", async () => {
		const app = start({ columns: 60, rows: 20 });
		let frame = plain(app.lastFrame());
		expect(frame).toContain("Articles");
		expect(frame).not.toContain("The Democratic presidential");
		await app.press("\r");
		frame = plain(app.lastFrame());
		expect(frame).not.toContain("Articles");
		expect(frame).toContain("The Democratic presidential");
		await app.press("q");
		expect(plain(app.lastFrame())).toContain("Articles");
	});

	it("says the terminal is too small, and recovers when it grows", async () => {
		const app = start({ columns: 30, rows: 8 });
		expect(plain(app.lastFrame())).toContain("Terminal too small");
		await app.resize(100, 30);
		expect(plain(app.lastFrame())).toContain("Articles");
	});

	it("keeps the paragraph at the top through a resize", async () => {
		const app = start({ columns: 100, rows: 30 });
		const topText = (frame: string) => frame.split("\n")[2]?.split(/[│║]/).at(-2)?.trim() ?? "";
		const paragraphs = corpus.articles[0]?.paragraphs.map((p) => p.text) ?? [];
		const paragraphOf = (line: string) =>
			paragraphs.findIndex((text) => line !== "" && text.includes(line));
		await app.press("\r", " ");
		// Down to a line of text (not the blank between paragraphs).
		for (let i = 0; i < 3 && paragraphOf(topText(plain(app.lastFrame()))) < 0; i++)
			await app.press("j");
		const before = paragraphOf(topText(plain(app.lastFrame())));
		expect(before).toBeGreaterThan(0);
		await app.resize(120, 30);
		expect(paragraphOf(topText(plain(app.lastFrame())))).toBe(before);
		await app.resize(70, 20);
		expect(
			paragraphOf(plain(app.lastFrame()).split("\n")[2]?.replace(/[│║]/g, "").trim() ?? ""),
		).toBe(before);
	});

	it("shows help generated from the keymap and closes it with Esc", async () => {
		const app = start({ columns: 100, rows: 30 });
		await app.press("?");
		const frame = plain(app.lastFrame());
		expect(frame).toContain("Keys");
		expect(frame).toContain("Space PgDn");
		expect(frame).toContain("quit at once, from anywhere");
		await app.press(ESC);
		await app.waitFor("Articles");
	});

	it("draws ASCII borders and markers without a UTF-8 locale, and no colour with NO_COLOR", () => {
		const app = start(
			{ columns: 100, rows: 30 },
			createTheme({ color: false, unicode: false, hyperlinks: false }),
		);
		const frame = app.lastFrame();
		expect(frame).not.toMatch(/[─│┌┐└┘═║╔╗╚╝▸]/);
		expect(plain(frame)).toContain(">* Michael Bloomberg");
		expect(frame).not.toMatch(/\u001b\[3[0-9]m/);
		// Selection is still shown by more than colour: the marker, and bold.
		expect(frame).toMatch(/\u001b\[1m/);
	});

	it("R asks the session to fetch the feeds, and what it says stays until the next key", async () => {
		let asked = 0;
		const refresh = () => {
			asked++;
		};
		const tree = (status: string | null) => (
			<ThemeContext value={createTheme({ color: false, unicode: true, hyperlinks: false })}>
				<App corpus={corpus} indexing={startIndexing(corpus)} refresh={refresh} status={status} />
			</ThemeContext>
		);
		const app = renderAtSize(tree(null), { columns: 100, rows: 30 });
		cleanup = app.unmount;
		await app.press("R");
		expect(asked).toBe(1);
		app.instance.rerender(tree("updating feeds 1/2…"));
		await app.waitFor("updating feeds 1/2…");
		await app.press("j");
		expect(plain(app.lastFrame())).not.toContain("updating feeds");
	});

	it("shows the warning count in the status bar", () => {
		const warned = buildCorpus(
			[article({})],
			[{ path: "bad.md", message: "binary file; skipped" }],
		);
		const app = start({ columns: 100, rows: 30 }, undefined, warned);
		expect(plain(app.lastFrame()).split("\n").at(-1)).toMatch(/1 warning$/);
	});

	it("shows no raw escape sequence from article text", () => {
		const hostile = buildCorpus([
			article({
				title: "Evil \u001b]0;pwned\u0007 title",
				source: "\u001b[31mRed\u001b[0m",
				paragraphs: [
					"Clear \u001b[2J screen \u009b31m and \u202Eevil\u202C and \u001b]52;c;aGk=\u0007 clip",
				],
			}),
		]);
		const app = start({ columns: 100, rows: 30 }, undefined, hostile);
		const frame = app.lastFrame();
		expect(frame).not.toMatch(/\u001b\]0;|\u001b\]52|\u001b\[2J|\u009b|\u202e/);
		expect(plain(frame)).toContain("␛]0;pwned␇");
		expect(plain(frame)).toContain("␛[2J");
	});
});

describe("a very long article", () => {
	it("is drawn at once, without its quotations, and with them once they are found", async () => {
		const filler = "The hearing went on through the afternoon without a break. ".repeat(40);
		const long = buildCorpus([
			article({
				title: "Long",
				source: "Wire",
				paragraphs: [
					"“We take this seriously,” Julie Wood said on Monday.",
					...Array.from({ length: 300 }, () => filler),
				],
			}),
		]);
		const app = start({ columns: 100, rows: 30 }, undefined, long);
		const first = plain(app.lastFrame());
		expect(first).toContain("We take this seriously");
		expect(first).toMatch(/Wire\s+finding quotations · 0%/);
		expect(first).not.toContain("— Julie Wood");
		const quoteLine = (frame: string) =>
			frame.split("\n").find((line) => line.includes("We take this seriously")) ?? "";
		// No gutter bar beside the statement yet.
		expect(quoteLine(first)).toMatch(/[│║] “We take/);
		const later = await app.waitFor((frame) => !frame.includes("finding quotations"), 10_000);
		expect(later).toMatch(/Wire\s+0%/);
		expect(later).toContain("— Julie Wood");
		expect(quoteLine(later)).toMatch(/[│║]│“We take/);
	});
});
