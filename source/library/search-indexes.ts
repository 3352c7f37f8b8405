import { createHash } from "node:crypto";
import type { Article } from "../corpus/article.js";
import type { Corpus } from "../corpus/corpus.js";
import { errorMessage } from "../corpus/fs-errors.js";
import type { IndexStore } from "../search/indexing.js";
import { indexFromSnapshot, snapshotOf } from "../search/snapshot.js";
import { keepNewestSets, type OpenedLibrary, transaction } from "./database.js";
import { ENGINE } from "./engine.js";

/**
 * The search index of exactly these articles, in this order, kept in the
 * library: read back on the next run instead of built again, made again
 * when any article changes. Null when some article is not in the library.
 */
export function searchIndexStore(
	library: OpenedLibrary,
	corpus: Corpus,
	hashOf: (article: Article) => string | undefined,
): IndexStore | null {
	const hash = createHash("sha1").update(`${ENGINE}\n`);
	for (const article of corpus.articles) {
		const content = hashOf(article);
		if (content === undefined) return null;
		hash.update(`${content}\n`);
	}
	const signature = hash.update(corpus.order.join(",")).digest("hex");
	return {
		load: () => {
			try {
				const row = library.db
					.prepare("SELECT vocabulary, data FROM search_indexes WHERE signature = ?")
					.get(signature) as { vocabulary: string; data: Uint8Array } | undefined;
				if (!row) return null;
				const vocabulary = JSON.parse(row.vocabulary) as string[];
				return indexFromSnapshot(corpus, { vocabulary, data: row.data });
			} catch {
				// Built again instead: the library is a cache.
				return null;
			}
		},
		save: (index) => {
			try {
				const snapshot = snapshotOf(index);
				transaction(library.db, () => {
					library.db
						.prepare(
							"INSERT OR REPLACE INTO search_indexes (signature, vocabulary, data, made_ms) VALUES (?, ?, ?, ?)",
						)
						.run(signature, JSON.stringify(snapshot.vocabulary), snapshot.data, Date.now());
					keepNewestSets(library.db, "search_indexes");
				});
				return null;
			} catch (error) {
				return `search index not kept in the library (${errorMessage(error)})`;
			}
		},
	};
}
