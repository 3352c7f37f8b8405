import { createHash } from "node:crypto";
import type { Article } from "../corpus/article.js";
import type { Grouping } from "../corpus/corpus.js";
import { groupBySimilarity } from "../corpus/group.js";
import { keepNewestSets, type OpenedLibrary, transaction } from "./database.js";
import { ENGINE } from "./engine.js";

/**
 * Grouping by content (groupBySimilarity) kept in the library: it reads
 * every article's text and compares them, seconds for a few thousand
 * articles, and gives the same groups for the same articles in the same
 * order, so a later run reads the groups back. Articles the library does
 * not know (no content hash) are grouped afresh and nothing is kept.
 */
export function keptGrouping(
	library: OpenedLibrary,
	hashOf: (article: Article) => string | undefined,
): Grouping {
	return (articles, indices) => {
		if (indices.length < 2) return groupBySimilarity(articles, indices);
		const signature = signatureOf(articles, indices, hashOf);
		if (signature === null) return groupBySimilarity(articles, indices);
		const kept = read(library, signature, indices);
		if (kept) return kept;
		const groups = groupBySimilarity(articles, indices);
		keep(library, signature, groups, indices);
		return groups;
	};
}

/** What the groups depend on: each article's content and the source it is of, in order. */
function signatureOf(
	articles: readonly Article[],
	indices: readonly number[],
	hashOf: (article: Article) => string | undefined,
): string | null {
	const hash = createHash("sha1").update(`${ENGINE}\n`);
	for (const index of indices) {
		const article = articles[index] as Article;
		const content = hashOf(article);
		if (content === undefined) return null;
		hash.update(`${content}\t${article.source ?? ""}\n`);
	}
	return hash.digest("hex");
}

function read(
	library: OpenedLibrary,
	signature: string,
	indices: readonly number[],
): number[][] | null {
	try {
		const row = library.db
			.prepare("SELECT groups FROM story_groups WHERE signature = ?")
			.get(signature) as { groups: string } | undefined;
		if (!row) return null;
		const positions = JSON.parse(row.groups) as number[][];
		const groups = positions.map((group) => group.map((position) => indices[position] as number));
		// Every article once, or the row is not this set's: grouped again.
		const all = groups.flat();
		const whole =
			all.length === indices.length &&
			all.every(Number.isInteger) &&
			new Set(all).size === all.length;
		return whole ? groups : null;
	} catch {
		// Grouped again instead: the library is a cache.
		return null;
	}
}

function keep(
	library: OpenedLibrary,
	signature: string,
	groups: readonly number[][],
	indices: readonly number[],
): void {
	const position = new Map(indices.map((index, at) => [index, at]));
	const positions = groups.map((group) => group.map((index) => position.get(index) as number));
	try {
		transaction(library.db, () => {
			library.db
				.prepare(
					"INSERT OR REPLACE INTO story_groups (signature, groups, made_ms) VALUES (?, ?, ?)",
				)
				.run(signature, JSON.stringify(positions), Date.now());
			keepNewestSets(library.db, "story_groups");
		});
	} catch {
		// Not kept (read-only, disk full, closed): the next run groups them again.
	}
}
