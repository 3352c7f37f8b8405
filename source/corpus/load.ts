import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Article, LoadWarning } from "./article.js";
import { type BodyFormat, parseBody, titleFromLede } from "./body.js";
import { decode } from "./decode.js";
import { splitFrontMatter } from "./front-matter.js";
import { describeFsError } from "./fs-errors.js";
import { hash64 } from "./hash.js";
import { walk } from "./walk.js";

/** Larger files are skipped: no news article is this long, and the cap bounds memory. */
export const MAX_ARTICLE_BYTES = 16 * 1024 * 1024;

export interface LoadResult {
	readonly articles: Article[];
	readonly warnings: LoadWarning[];
	/** Paths given that do not exist. */
	readonly missing: string[];
}

export interface LoadOptions {
	/** Paths are shown relative to this folder when they lie inside it. */
	readonly cwd?: string;
}

/** Loads every article under `paths`; one bad file never stops the others. */
export async function loadArticles(
	paths: readonly string[],
	options: LoadOptions = {},
): Promise<LoadResult> {
	const cwd = options.cwd ?? process.cwd();
	const walked = walk(paths);
	const warnings: LoadWarning[] = [...walked.warnings];
	const articles: Article[] = [];
	for (const file of walked.files) {
		const { article, warning } = loadFile(file, displayPath(file, cwd));
		if (article) articles.push(article);
		if (warning) warnings.push(warning);
	}
	return { articles, warnings, missing: walked.missing };
}

/** An article, a warning about it, or both (loaded, but with something amiss). */
export interface FileResult {
	readonly article?: Article;
	readonly warning?: LoadWarning;
}

/** Reads one file into an article, or says in one line why it could not. */
export function loadFile(file: string, shownPath = file): FileResult {
	const read = readArticleBytes(file);
	if ("problem" in read) return { warning: { path: shownPath, message: read.problem } };
	return articleFromBytes(read.bytes, shownPath, path.resolve(file));
}

/** A file's bytes (with its size and modification time as read), or in one line why they cannot be had. */
export function readArticleBytes(
	file: string,
): { bytes: Buffer; size: number; mtimeMs: number } | { problem: string } {
	try {
		return readCapped(file);
	} catch (error) {
		if (error instanceof TooLarge)
			return { problem: `larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MiB; skipped` };
		return { problem: `cannot read (${describeFsError(error)}); skipped` };
	}
}

/** A file's bytes to an article, or in one line why they are none (empty, binary, no text). */
export function articleFromBytes(
	bytes: Buffer,
	shownPath: string,
	identityPath: string,
): FileResult {
	const problem = (message: string): FileResult => ({ warning: { path: shownPath, message } });
	if (bytes.length === 0) return problem("empty file; skipped");
	const decoded = decode(bytes);
	if (!decoded.ok) return problem(`${decoded.reason}; skipped`);
	const article = parseArticle(decoded.text, shownPath, identityPath);
	if (!article.article) return problem(article.problems[0] ?? "no article text; skipped");
	const problems = decoded.replaced
		? ["invalid UTF-8 replaced with \uFFFD", ...article.problems]
		: article.problems;
	if (problems.length === 0) return { article: article.article };
	return { article: article.article, warning: { path: shownPath, message: problems.join("; ") } };
}

/** Text of a file (already decoded and normalised) to an article. */
export function parseArticle(
	text: string,
	shownPath: string,
	identityPath = shownPath,
): { article: Article | null; problems: readonly string[] } {
	const { frontMatter, body, problems } = splitFrontMatter(text);
	const format: BodyFormat = /\.(?:md|markdown)$/i.test(shownPath) ? "markdown" : "plain";
	const { heading, paragraphs } = parseBody(body, format);
	const title = frontMatter.title ?? heading ?? titleFromLede(paragraphs);
	if (paragraphs.length === 0 || title === null) {
		return { article: null, problems: [...problems, "no article text; skipped"] };
	}
	const id = frontMatter.id ?? hash64(identityPath, "\0", text);
	return {
		article: {
			id,
			path: shownPath,
			title,
			source: frontMatter.source ?? null,
			story: frontMatter.story ?? null,
			url: frontMatter.url ?? null,
			published: frontMatter.published ?? null,
			paragraphs,
		},
		problems,
	};
}

class TooLarge extends Error {}

// Synchronous on purpose: thousands of small files are read fastest one after
// another (no thread-pool round trips, one exact-size buffer each), and
// nothing is on screen yet to keep responsive.
function readCapped(file: string): { bytes: Buffer; size: number; mtimeMs: number } {
	const info = statSync(file);
	if (!info.isFile()) throw Object.assign(new Error("not a regular file"), { code: "ENOTREG" });
	if (info.size > MAX_ARTICLE_BYTES) throw new TooLarge();
	const bytes = readFileSync(file);
	// It grew between the look and the read.
	if (bytes.length > MAX_ARTICLE_BYTES) throw new TooLarge();
	return { bytes, size: info.size, mtimeMs: info.mtimeMs };
}

/** A path as shown: relative to `cwd` when it lies inside it. */
export function displayPath(file: string, cwd: string): string {
	const relative = path.relative(cwd, path.resolve(file));
	return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}
