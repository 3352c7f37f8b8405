import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import path from "node:path";
import type { Article, LoadWarning } from "./article.js";
import { type BodyFormat, parseBody, titleFromLede } from "./body.js";
import { decode } from "./decode.js";
import { splitFrontMatter } from "./front-matter.js";
import { describeFsError } from "./fs-errors.js";
import { walk } from "./walk.js";

/** Larger files are skipped: no news article is this long, and the cap bounds memory. */
export const MAX_ARTICLE_BYTES = 16 * 1024 * 1024;

const READ_CONCURRENCY = 32;

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
	const walked = await walk(paths);
	const warnings: LoadWarning[] = [...walked.warnings];
	const results: FileResult[] = new Array(walked.files.length);
	let next = 0;
	const worker = async () => {
		while (next < walked.files.length) {
			const index = next++;
			const file = walked.files[index] as string;
			results[index] = await loadFile(file, displayPath(file, cwd));
		}
	};
	await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
	const articles: Article[] = [];
	for (const { article, warning } of results) {
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
export async function loadFile(file: string, shownPath = file): Promise<FileResult> {
	const problem = (message: string): FileResult => ({ warning: { path: shownPath, message } });
	let bytes: Buffer;
	try {
		bytes = await readCapped(file);
	} catch (error) {
		if (error instanceof TooLarge) {
			return problem(`larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MiB; skipped`);
		}
		return problem(`cannot read (${describeFsError(error)}); skipped`);
	}
	if (bytes.length === 0) return problem("empty file; skipped");
	const decoded = decode(bytes);
	if (!decoded.ok) return problem(`${decoded.reason}; skipped`);
	const article = parseArticle(decoded.text, shownPath, path.resolve(file));
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
	const id =
		frontMatter.id ??
		createHash("sha256").update(identityPath).update("\0").update(text).digest("hex").slice(0, 16);
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

// Reads at most the cap (plus one byte, to know it was exceeded), so that a
// huge or endless file (a FIFO, /dev/zero behind a link) cannot exhaust memory.
async function readCapped(file: string): Promise<Buffer> {
	const handle = await open(file, "r");
	try {
		const info = await handle.stat();
		if (!info.isFile()) throw Object.assign(new Error("not a regular file"), { code: "ENOTREG" });
		if (info.size > MAX_ARTICLE_BYTES) throw new TooLarge();
		const chunks: Buffer[] = [];
		let total = 0;
		for (;;) {
			const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, MAX_ARTICLE_BYTES + 1 - total));
			const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
			if (bytesRead === 0) break;
			chunks.push(chunk.subarray(0, bytesRead));
			total += bytesRead;
			if (total > MAX_ARTICLE_BYTES) throw new TooLarge();
		}
		return Buffer.concat(chunks, total);
	} finally {
		await handle.close();
	}
}

function displayPath(file: string, cwd: string): string {
	const relative = path.relative(cwd, path.resolve(file));
	return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}
