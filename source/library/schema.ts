/**
 * The library's schema, one migration per version (PRAGMA user_version is
 * how many have run). Never edit one that has shipped: add the next.
 */
export const MIGRATIONS: readonly string[] = [
	// 1: each article file as last read — what it was (size, time, content hash) and what it gave.
	`CREATE TABLE files (
		path TEXT PRIMARY KEY,
		size INTEGER NOT NULL,
		mtime_ms REAL NOT NULL,
		hash TEXT NOT NULL,
		-- The parsing code the row was made by: another parallax parses again.
		engine TEXT NOT NULL,
		-- The article as JSON but for its paragraphs and shown path (that depends on where parallax
		-- runs); null if the file gave none. Its paragraphs apart: they are read when first wanted.
		meta TEXT,
		paragraphs TEXT,
		-- Why the file gave no article, or what was amiss with it.
		warning TEXT
	) STRICT;
	CREATE INDEX files_by_hash ON files (hash);`,
	// 2: quotations found in an article's text, by content: a renamed or copied file keeps them.
	`CREATE TABLE quotations (
		hash TEXT PRIMARY KEY,
		engine TEXT NOT NULL,
		quotes TEXT NOT NULL
	) STRICT;`,
	// 3: the search index of a set of articles (see search/snapshot.ts), read back instead of built.
	`CREATE TABLE search_indexes (
		-- The articles' content hashes, in order, with the code that indexed them.
		signature TEXT PRIMARY KEY,
		vocabulary TEXT NOT NULL,
		data BLOB NOT NULL,
		made_ms REAL NOT NULL
	) STRICT;`,
	// 4: the reading state (was state.json): where each article was left, read marks, the open article.
	`CREATE TABLE reading (
		id TEXT PRIMARY KEY,
		paragraph INTEGER NOT NULL,
		offset INTEGER NOT NULL,
		read INTEGER NOT NULL,
		seen REAL NOT NULL
	) STRICT;
	CREATE TABLE settings (
		key TEXT PRIMARY KEY,
		value TEXT NOT NULL
	) STRICT;`,
	// 5: folders and files added to the library (parallax add), read with its other articles.
	`CREATE TABLE sources (
		path TEXT PRIMARY KEY,
		added_ms REAL NOT NULL
	) STRICT;`,
	// 6: feeds subscribed to (parallax add), what their last answer said, and the items already kept.
	`CREATE TABLE feeds (
		url TEXT PRIMARY KEY,
		title TEXT,
		site TEXT,
		etag TEXT,
		last_modified TEXT,
		fetched_ms REAL,
		error TEXT,
		-- Not to be asked again before this (the server's Retry-After).
		retry_at_ms REAL,
		added_ms REAL NOT NULL
	) STRICT;
	CREATE TABLE feed_items (
		feed TEXT NOT NULL,
		id TEXT NOT NULL,
		file TEXT NOT NULL,
		kept_ms REAL NOT NULL,
		PRIMARY KEY (feed, id)
	) STRICT;`,
	// 7: how a set of articles that name no story was grouped into stories, read back instead of made.
	`CREATE TABLE story_groups (
		-- The articles' content hashes and sources, in order, with the code that grouped them.
		signature TEXT PRIMARY KEY,
		-- The groups as positions among those articles, JSON.
		groups TEXT NOT NULL,
		made_ms REAL NOT NULL
	) STRICT;`,
	// 8: what the list needs of an article kept beside its JSON, so that the reader reads the rest
	// of a row only when it shows it: its id, its story, its title's width (made when next read).
	`ALTER TABLE files ADD COLUMN article_id TEXT;
	ALTER TABLE files ADD COLUMN story TEXT;
	ALTER TABLE files ADD COLUMN title_width INTEGER;
	UPDATE files SET article_id = json_extract(meta, '$.id'), story = json_extract(meta, '$.story')
		WHERE meta IS NOT NULL;`,
];
