import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./pty.js";

/** Reading a screen the way the tests look at it. */

const PANE_BORDER = /[│║]/;
const GUTTER_MARK = /[│║]▸/;

/** The reader's first line of text: the third row, in the right-hand (or only) pane. */
export function readerTop(text: string): string {
	const cells = (text.split("\n")[2] ?? "").split(PANE_BORDER);
	return (cells.at(-2) ?? "").trim();
}

/** The text of the rows the reader's gutter marks (the current match or quotation), joined. */
export function markedText(text: string): string {
	return text
		.split("\n")
		.filter((line) => GUTTER_MARK.test(line))
		.map((line) => line.slice(line.search(GUTTER_MARK) + 2).replace(/\s*[│║]\s*$/, ""))
		.join(" ");
}

/** For a bundled article: which of its paragraphs holds a line seen on screen (-1: none). */
export function paragraphFinder(file: string): (line: string) => number {
	const paragraphs = readFileSync(path.join(ROOT, "articles", file), "utf8")
		.split(/\n\n/)
		.map((paragraph) => paragraph.replace(/\s+/g, " ").replace(/^_|_$/g, ""));
	return (line) => paragraphs.findIndex((paragraph) => line !== "" && paragraph.includes(line));
}
