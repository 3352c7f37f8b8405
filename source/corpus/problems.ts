import type { Article, LoadWarning } from "./article.js";
import { errorMessage } from "./fs-errors.js";

/**
 * Problems found after loading, while an article is analysed (its
 * quotations, its search passages): the article stays readable, the
 * analysis is left out for it, and the problem is counted in the status bar
 * and printed on stderr at exit. Each loaded corpus has its own list.
 */
export class Problems {
	private readonly found: LoadWarning[] = [];
	private readonly seen = new Set<string>();
	private readonly listeners = new Set<() => void>();

	report(path: string, what: string, error: unknown): void {
		const message = `${what} failed (${errorMessage(error)}); left out`;
		const key = `${path}\u0000${message}`;
		if (this.seen.has(key)) return;
		this.seen.add(key);
		this.found.push({ path, message });
		for (const listener of this.listeners) listener();
	}

	get all(): readonly LoadWarning[] {
		return this.found;
	}

	get count(): number {
		return this.found.length;
	}

	readonly subscribe = (listener: () => void): (() => void) => {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	};
}

const owners = new WeakMap<Article, Problems>();
// Where the problems of an article no corpus was built from go: such an article is a test's.
const unowned = new Problems();

/** Makes `problems` the list the analysis of these articles reports to (see buildCorpus). */
export function ownProblems(articles: readonly Article[], problems: Problems): void {
	for (const article of articles) owners.set(article, problems);
}

/** The problems list of the corpus an article was loaded into. */
export function problemsOf(article: Article): Problems {
	return owners.get(article) ?? unowned;
}
