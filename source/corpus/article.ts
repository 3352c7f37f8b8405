import { displayWidth } from "../text/graphemes.js";

/** What a paragraph is, so the reader can set apart what is not the story. */
export type ParagraphKind = "text" | "caption" | "boilerplate";

export interface Paragraph {
	readonly text: string;
	readonly kind: ParagraphKind;
}

export interface Article {
	/** Stable across runs: front-matter `id`, else a hash of path and content. */
	readonly id: string;
	/** The path as the user named it (relative to the working folder when inside it). */
	readonly path: string;
	readonly title: string;
	/** The publication, or null when the file does not say. */
	readonly source: string | null;
	/** Articles that share a story id report the same story. */
	readonly story: string | null;
	readonly url: string | null;
	readonly published: string | null;
	readonly paragraphs: readonly Paragraph[];
	/** How many paragraphs, where that is known without reading them (an article from the library). */
	readonly paragraphCount?: number;
	/** The title's width (see measureTitle), where that is known without reading it (likewise). */
	readonly titleWidth?: number;
}

/** How many paragraphs an article has, read only where no one kept the count. */
export function paragraphCount(article: Article): number {
	return article.paragraphCount ?? article.paragraphs.length;
}

/** The columns a title takes on one line, as the list lays it out: spaces at either end never reach a line. */
export function measureTitle(title: string): number {
	return displayWidth(title.replace(/^ +| +$/g, ""));
}

/** How wide an article's title is, measured only where no one kept the width. */
export function titleWidthOf(article: Article): number {
	return article.titleWidth ?? measureTitle(article.title);
}

/** A problem with one input, reported without stopping the others. */
export interface LoadWarning {
	readonly path: string;
	readonly message: string;
}

/**
 * A stretch of an article's text: in paragraph `paragraph`, or in the title
 * when `paragraph` is -1, the characters [start, end).
 */
export interface TextSpan {
	readonly article: number;
	readonly paragraph: number;
	readonly start: number;
	readonly end: number;
}

/** The text a span's offsets point into: its paragraph, or the title. */
export function spanSource(article: Article | undefined, paragraph: number): string {
	if (!article) return "";
	return paragraph < 0 ? article.title : (article.paragraphs[paragraph]?.text ?? "");
}

/** The words of a span. */
export function spanText(articles: readonly Article[], span: TextSpan): string {
	return spanSource(articles[span.article], span.paragraph).slice(span.start, span.end);
}
