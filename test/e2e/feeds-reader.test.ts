import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BRIDGE_STORY, storyPage } from "../web/pages.js";
import { localWeb, parallaxIn } from "./local-web.js";
import { KEYS } from "./pty.js";
import { closedAfterEachTest } from "./sessions.js";

const start = closedAfterEachTest();

let web: Awaited<ReturnType<typeof localWeb>>;
let base: string;
let folder: string;
/** Whether the wire has published its second story yet. */
let published = false;

beforeAll(async () => {
	folder = mkdtempSync(path.join(tmpdir(), "parallax-feeds-reader-"));
	web = await localWeb((request, response) => {
		const send = (type: string, body: string) => {
			response.writeHead(200, { "content-type": type });
			response.end(body);
		};
		const item = (id: string, title: string) =>
			`<item><title>${title}</title><link>/wire/${id}.html</link><guid>${id}</guid><pubDate>Mon, 04 Mar 2024 09:00:00 GMT</pubDate></item>`;
		switch (request.url) {
			case "/wire/rss.xml":
				return send(
					"application/rss+xml",
					`<?xml version="1.0"?><rss version="2.0"><channel><title>Harbor Wire</title>${item("closed", "Cracked pylons close Dunmore bridge")}${published ? item("ferry", "Ferry operators add crossings") : ""}</channel></rss>`,
				);
			case "/wire/closed.html":
				return send(
					"text/html",
					storyPage("Harbor Wire", "Cracked pylons close Dunmore bridge", BRIDGE_STORY),
				);
			case "/wire/ferry.html":
				return send(
					"text/html",
					storyPage("Harbor Wire", "Ferry operators add crossings", [
						"Ferry operators on the Dunmore crossing added twelve sailings a day on Tuesday to carry the commuters who used the bridge, and said more would follow if queues grew.",
						"“We have never run this many boats,” said Mara Quist, who leads the ferry workers’ union. Crews have been told to expect long shifts through the spring.",
						"The council said a temporary crossing was being studied, with a decision due at its next meeting.",
					]),
				);
			case "/gazette/feed.json":
				return send(
					"application/feed+json",
					JSON.stringify({
						version: "https://jsonfeed.org/version/1.1",
						title: "The Gazette",
						items: [
							{
								id: "g1",
								url: `${base}/gazette/1.html`,
								title: "Mayor shuts Dunmore bridge for months",
								date_published: "2024-03-04T10:00:00Z",
								content_html: BRIDGE_STORY.map((text) => `<p>${text}</p>`).join(""),
							},
						],
					}),
				);
			default:
				response.writeHead(404);
				return response.end();
		}
	});
	base = web.base;
});
afterAll(async () => {
	await web.close();
	rmSync(folder, { recursive: true, force: true });
});

describe("feeds in the reader", () => {
	it("shows the story from both outlets, compares them with c, and R brings the next item in", async () => {
		const dataHome = path.join(folder, "data");
		const added = await parallaxIn(dataHome, [
			"add",
			`${base}/wire/rss.xml`,
			`${base}/gazette/feed.json`,
		]);
		expect(added.stdout).toContain("Harbor Wire: 1 new article");
		expect(added.stdout).toContain("The Gazette: 1 new article");

		const reader = start([], { cols: 100, rows: 30, env: { XDG_DATA_HOME: dataHome } });
		const list = await reader.waitFor(/Articles\s+1\/4/);
		expect(list).toContain("Harbor Wire");
		expect(list).toContain("The Gazette");
		// Found by search, the wire's story opens in the reader; c lines it up beside the Gazette's.
		reader.write("/");
		await reader.waitFor("Type to search");
		reader.write("Cracked pylons close");
		await reader.waitFor(/Cracked pylons close Dunmore bridge/);
		reader.write(KEYS.enter);
		await reader.waitFor("j/k scroll");
		reader.write("c");
		const compare = await reader.waitFor(/Compare · /);
		expect(compare).toMatch(/Harbor Wire\s+│ The Gazette|The Gazette\s+│ Harbor Wire/);
		expect(compare).toContain("We will not reopen the bridge");
		reader.write(KEYS.escape);
		await reader.waitFor((screen) => !screen.includes("Compare · "));

		// The wire publishes again: R fetches in the background, and the list takes it in.
		published = true;
		reader.write("R");
		const after = await reader.waitFor("1 new article", 15_000);
		expect(after).toMatch(/Articles\s+\d\/5/);
		// Where the reader was: the same article open, the reader focused.
		expect(after).toMatch(/║ Harbor Wire\s+\d+% ║/);
		expect(after).toContain("j/k scroll");
		reader.write(KEYS.escape);
		const listed = await reader.waitFor("j/k move");
		expect(listed).toContain("Ferry operators add");
	});
});
