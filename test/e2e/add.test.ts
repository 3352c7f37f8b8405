import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NEWS_PAGE } from "../web/pages.js";
import { localWeb, parallaxIn } from "./local-web.js";

let web: Awaited<ReturnType<typeof localWeb>>;
let base: string;
let folder: string;

beforeAll(async () => {
	folder = mkdtempSync(path.join(tmpdir(), "parallax-add-"));
	// A local server in the shapes the web has: a page, a redirect, not a page, too big, never done, gone.
	web = await localWeb((request, response) => {
		switch (request.url) {
			case "/news/dunmore":
				response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
				return response.end(NEWS_PAGE);
			case "/old-address":
				response.writeHead(301, { location: "/news/dunmore" });
				return response.end();
			case "/photo.png":
				response.writeHead(200, { "content-type": "image/png" });
				return response.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
			case "/endless-page": {
				response.writeHead(200, { "content-type": "text/html" });
				const chunk = `<p>${"more ".repeat(20_000)}</p>`;
				const write = () => {
					if (!response.destroyed && response.write(chunk)) setImmediate(write);
				};
				response.on("drain", write);
				return write();
			}
			case "/never-answers":
				response.writeHead(200, { "content-type": "text/html" });
				return response.write("<html><body><p>Waiting");
			default:
				response.writeHead(404, { "content-type": "text/html" });
				return response.end("<h1>Not found</h1>");
		}
	});
	base = web.base;
});
afterAll(async () => {
	await web.close();
	rmSync(folder, { recursive: true, force: true });
});

const parallax = (args: string[], dataHome: string) => parallaxIn(dataHome, args);

describe("parallax add", () => {
	it("keeps a web page's article in the library, says in a line why each other source was not, and stores nothing for them", async () => {
		const dataHome = path.join(folder, "data-1");
		const added = await parallax(
			[
				"add",
				`${base}/news/dunmore`,
				`${base}/old-address`,
				`${base}/photo.png`,
				`${base}/endless-page`,
				`${base}/gone`,
				"file:///etc/passwd",
			],
			dataHome,
		);
		expect(added.code).toBe(1);
		expect(added.stdout).toMatch(
			/^added: Dunmore bridge closed after inspectors find cracks \(The Harbor Courier\) in .*\.md$/m,
		);
		expect(added.stderr.trim().split("\n")).toEqual([
			`parallax: cannot add ${base}/photo.png: not a web page or a feed (image/png)`,
			`parallax: cannot add ${base}/endless-page: larger than 8 MiB`,
			`parallax: cannot add ${base}/gone: the server answered 404 Not Found`,
			"parallax: cannot add file:///etc/passwd: only http and https addresses can be added",
		]);
		// A page that never ends its answer is given up on, at the time asked for.
		const waited = await parallax(["add", "--timeout", "0.5", `${base}/never-answers`], dataHome);
		expect(waited.code).toBe(1);
		expect(waited.stderr).toBe(
			`parallax: cannot add ${base}/never-answers: no answer within 0.5 s\n`,
		);
		// The redirect led to the same article (its canonical address): one file, not two.
		const outlets = readdirSync(path.join(dataHome, "parallax", "articles"));
		expect(outlets).toEqual(["courier-example"]);
		expect(
			readdirSync(path.join(dataHome, "parallax", "articles", outlets[0] as string)),
		).toHaveLength(1);

		// Given no path, parallax opens the bundled articles and what was added.
		const list = await parallax(["--list", "--json"], dataHome);
		const articles = JSON.parse(list.stdout).articles as {
			title: string;
			source: string;
			url: string;
		}[];
		expect(articles.map((a) => a.source)).toContain("The Harbor Courier");
		expect(articles.find((a) => a.source === "The Harbor Courier")?.url).toBe(
			"https://courier.example/news/2024/03/04/dunmore-bridge-closed",
		);
		expect(articles.length).toBe(3);
		const quotes = await parallax(["--quotes"], dataHome);
		expect(quotes.stdout).toMatch(/statement\tIlse Varga\tWe will not reopen the bridge/);
	});

	it("adds a saved .html file, and remembers a folder to read with the library", async () => {
		const dataHome = path.join(folder, "data-2");
		const saved = path.join(folder, "saved-page.html");
		writeFileSync(saved, NEWS_PAGE);
		const desk = path.join(folder, "desk");
		rmSync(desk, { recursive: true, force: true });
		const { mkdirSync } = await import("node:fs");
		mkdirSync(desk);
		writeFileSync(
			path.join(desk, "note.md"),
			"---\ntitle: A note from the desk\nsource: Desk\n---\n\nThe desk wrote this.\n",
		);
		const added = await parallax(["add", saved, desk, path.join(folder, "nothing-here")], dataHome);
		expect(added.code).toBe(1);
		expect(added.stdout).toContain(
			"added: Dunmore bridge closed after inspectors find cracks (The Harbor Courier)",
		);
		expect(added.stdout).toContain(`added: ${desk}, read with the library's articles`);
		expect(added.stderr).toContain("cannot add");
		expect(added.stderr).toContain("nothing-here: no such file or folder");
		const list = await parallax(["--list"], dataHome);
		expect(list.stdout).toContain("A note from the desk");
		expect(list.stdout).toContain("Dunmore bridge closed after inspectors find cracks");
		expect((await parallax(["add"], dataHome)).code).toBe(2);
		expect((await parallax(["add", "--in-memory", saved], dataHome)).code).toBe(2);
	});
});
