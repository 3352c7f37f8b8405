import { truncate } from "../text/truncate.js";
import type { Paragraph, ParagraphKind } from "./article.js";
import { isBoilerplate, isCaption } from "./boilerplate.js";
import { decodeEntities } from "./entities.js";

export type BodyFormat = "markdown" | "plain";

export interface ParsedBody {
	/** The headline when the body starts with one (taken out of the paragraphs). */
	readonly heading: string | null;
	readonly paragraphs: Paragraph[];
}

const ATX_HEADING = /^#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;
const MAX_HEADLINE_LENGTH = 200;
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Splits an article body into paragraphs and says what each one is.
 *
 * Paragraphs are separated by blank lines; a body without any blank line has
 * one paragraph per line. Within a paragraph, line breaks and runs of spaces
 * become single spaces. A first paragraph that is a Markdown `# heading`, or a
 * single short line that does not end a sentence, is the headline, when
 * text follows it: alone, it is the article's text. In Markdown a
 * paragraph set wholly in emphasis (`_…_` or `*…*`) is a caption.
 */
export function parseBody(body: string, format: BodyFormat): ParsedBody {
	const blocks = splitBlocks(body);
	const first = blocks[0];
	const heading = first === undefined || blocks.length < 2 ? null : headline(first, format);
	if (heading !== null) blocks.shift();
	const paragraphs = blocks.map((block) => toParagraph(block, format)).filter((p) => p.text !== "");
	return { heading, paragraphs };
}

function headline(block: string, format: BodyFormat): string | null {
	if (block.includes("\n")) return null;
	const atx = format === "markdown" ? ATX_HEADING.exec(block) : null;
	if (atx?.[1]) return collapse(decodeEntities(atx[1]));
	const text = collapse(decodeEntities(block));
	const paragraph = toParagraph(block, format);
	if (paragraph.kind !== "text" || text.length > MAX_HEADLINE_LENGTH) return null;
	if (/[.!?:;,"”’]$/.test(text) || !HAS_WORD.test(text)) return null;
	return text;
}

function splitBlocks(body: string): string[] {
	const trimmed = body.trim();
	if (trimmed === "") return [];
	const separator = /\n[ \t]*\n/.test(trimmed) ? /\n(?:[ \t]*\n)+/ : /\n/;
	return trimmed.split(separator).filter((block) => block.trim() !== "");
}

function toParagraph(block: string, format: BodyFormat): Paragraph {
	let text = collapse(decodeEntities(block));
	let kind: ParagraphKind = "text";
	// The patterns only where the first character allows them: a long article has thousands of paragraphs.
	if (format === "markdown" && (text[0] === "#" || text[0] === "_" || text[0] === "*")) {
		const heading = ATX_HEADING.exec(text);
		if (heading?.[1]) text = heading[1];
		const emphasis = /^([_*])((?:(?!\1).)+)\1$/.exec(text);
		if (emphasis?.[2]?.trim()) {
			text = emphasis[2].trim();
			kind = "caption";
		}
	}
	if (kind === "text" && isCaption(text)) kind = "caption";
	else if (kind === "text" && isBoilerplate(text)) kind = "boilerplate";
	return { text, kind };
}

const COLLAPSIBLE = /[\t\n\v\f\r]| {2}/;

/** Whitespace runs (tabs and line breaks included) become single spaces. */
export function collapse(text: string): string {
	// Most paragraphs are one line with single spaces already: nothing to replace.
	if (!COLLAPSIBLE.test(text)) return text.trim();
	return text.replace(/[ \t\n\v\f\r]+/g, " ").trim();
}

/**
 * A title for an article that names none: the first sentence of its first
 * story paragraph (the lede), without the closing full stop.
 */
export function titleFromLede(paragraphs: readonly Paragraph[]): string | null {
	const lede = paragraphs.find(
		(paragraph) => paragraph.kind === "text" && HAS_WORD.test(paragraph.text),
	);
	if (!lede) return null;
	const sentence = /^.+?[.!?](?=\s+["“‘']?\p{Lu}|$)/u.exec(lede.text)?.[0] ?? lede.text;
	const title = sentence.replace(/\.$/, "");
	return truncate(title, MAX_HEADLINE_LENGTH);
}
