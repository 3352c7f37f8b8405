import type { OpenedLibrary } from "../library/database.js";
import { transaction } from "../library/database.js";

/** A feed subscribed to, and what its last answer said. */
export interface Subscription {
	readonly url: string;
	readonly title: string | null;
	readonly site: string | null;
	readonly etag: string | null;
	readonly lastModified: string | null;
	readonly fetchedMs: number | null;
	readonly error: string | null;
	readonly retryAtMs: number | null;
	/** Items kept from it. */
	readonly items: number;
}

interface Row {
	url: string;
	title: string | null;
	site: string | null;
	etag: string | null;
	last_modified: string | null;
	fetched_ms: number | null;
	error: string | null;
	retry_at_ms: number | null;
	items: number;
}

/** Every subscription, in the order they were added. */
export function subscriptions(library: OpenedLibrary): Subscription[] {
	const rows = library.db
		.prepare(
			`SELECT f.*, (SELECT count(*) FROM feed_items i WHERE i.feed = f.url) AS items
			 FROM feeds f ORDER BY f.added_ms, f.rowid`,
		)
		.all() as unknown as Row[];
	return rows.map((row) => ({
		url: row.url,
		title: row.title,
		site: row.site,
		etag: row.etag,
		lastModified: row.last_modified,
		fetchedMs: row.fetched_ms,
		error: row.error,
		retryAtMs: row.retry_at_ms,
		items: Number(row.items),
	}));
}

/** Subscribes to a feed (again: nothing changes); whether it is new. */
export function subscribe(library: OpenedLibrary, url: string, title: string | null): boolean {
	const result = library.db
		.prepare("INSERT OR IGNORE INTO feeds (url, title, added_ms) VALUES (?, ?, ?)")
		.run(url, title, Date.now());
	return Number(result.changes) > 0;
}

/** Ends a subscription; its articles stay. Whether there was one. */
export function unsubscribe(library: OpenedLibrary, url: string): boolean {
	return transaction(library.db, () => {
		library.db.prepare("DELETE FROM feed_items WHERE feed = ?").run(url);
		return Number(library.db.prepare("DELETE FROM feeds WHERE url = ?").run(url).changes) > 0;
	});
}

/** What a fetch of a feed said: its validators, its title, a problem or a time to wait until. */
export function recordAnswer(
	library: OpenedLibrary,
	url: string,
	answer: {
		readonly title?: string | null;
		readonly site?: string | null;
		readonly etag?: string | null;
		readonly lastModified?: string | null;
		readonly error?: string | null;
		readonly retryAtMs?: number | null;
	},
): void {
	library.db
		.prepare(
			`UPDATE feeds SET title = coalesce(?, title), site = coalesce(?, site),
			 etag = CASE WHEN ? THEN ? ELSE etag END,
			 last_modified = CASE WHEN ? THEN ? ELSE last_modified END,
			 fetched_ms = ?, error = ?, retry_at_ms = ? WHERE url = ?`,
		)
		.run(
			answer.title ?? null,
			answer.site ?? null,
			answer.etag !== undefined ? 1 : 0,
			answer.etag ?? null,
			answer.lastModified !== undefined ? 1 : 0,
			answer.lastModified ?? null,
			Date.now(),
			answer.error ?? null,
			answer.retryAtMs ?? null,
			url,
		);
}

/** A feed that has moved for good (301): its new address, its items with it. */
export function moveFeed(library: OpenedLibrary, from: string, to: string): void {
	transaction(library.db, () => {
		if (library.db.prepare("SELECT 1 FROM feeds WHERE url = ?").get(to)) {
			// Already subscribed at the new address: the old one goes.
			library.db.prepare("DELETE FROM feed_items WHERE feed = ?").run(from);
			library.db.prepare("DELETE FROM feeds WHERE url = ?").run(from);
			return;
		}
		library.db.prepare("UPDATE feeds SET url = ? WHERE url = ?").run(to, from);
		library.db.prepare("UPDATE feed_items SET feed = ? WHERE feed = ?").run(to, from);
	});
}

/** The ids of a feed's items already kept. */
export function keptItems(library: OpenedLibrary, feed: string): Set<string> {
	const rows = library.db.prepare("SELECT id FROM feed_items WHERE feed = ?").all(feed) as {
		id: string;
	}[];
	return new Set(rows.map((row) => row.id));
}

export function keepItem(library: OpenedLibrary, feed: string, id: string, file: string): void {
	library.db
		.prepare("INSERT OR REPLACE INTO feed_items (feed, id, file, kept_ms) VALUES (?, ?, ?, ?)")
		.run(feed, id, file, Date.now());
}
