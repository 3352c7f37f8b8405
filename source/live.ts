import type { Corpus } from "./corpus/corpus.js";
import { errorMessage } from "./corpus/fs-errors.js";
import type { Loaded } from "./library/load.js";
import type { SavedState } from "./persist/format.js";
import { capture, restore } from "./persist/snapshot.js";
import type { StateStore } from "./persist/store.js";
import type { Indexing } from "./search/indexing.js";
import { initialState, type Remembered, type State } from "./state/state.js";

/** What the reader shows: a corpus, its index, the state to start it in; a new generation after each refresh. */
export interface LiveView {
	readonly generation: number;
	readonly corpus: Corpus;
	readonly indexing: Indexing;
	readonly initial: State;
	readonly status: string | null;
}

export interface LiveParts {
	/** The corpus and its index for what was loaded. */
	build(loaded: Loaded): { corpus: Corpus; indexing: Indexing };
	/** Loads the articles again (from the library: only what is new is read). */
	reload(): Promise<Loaded>;
	/** Fetches every feed; what it brought, in a line, and how many articles are new. */
	update(progress: (status: string) => void): Promise<{ added: number; said: string }>;
}

/**
 * The reader's corpus, which R replaces: the feeds are fetched in the
 * background (the reader goes on answering keys, the status bar tells how
 * far it is), the articles loaded again, and the reader started again on
 * the new corpus where it was — the same article open, at the same place,
 * the same read marks (kept by article id, as between sessions).
 */
export class LiveSession {
	private view: LiveView;
	private loaded: Loaded;
	private saved: SavedState;
	private readonly listeners = new Set<() => void>();
	private busy = false;

	constructor(
		private readonly parts: LiveParts,
		loaded: Loaded,
		built: { corpus: Corpus; indexing: Indexing },
		initial: State,
		saved: SavedState,
		private readonly store: StateStore,
	) {
		this.loaded = loaded;
		this.saved = saved;
		this.view = { generation: 0, ...built, initial, status: null };
	}

	readonly subscribe = (listener: () => void) => {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	};

	readonly snapshot = (): LiveView => this.view;

	/** The loaded articles now shown (to finish when the session ends). */
	get current(): Loaded {
		return this.loaded;
	}

	/** Hears the reader's state: kept for the next session, and for the reader started again after a refresh. */
	readonly remember = (state: Remembered) => {
		this.saved = capture(this.view.corpus, state, this.saved, Date.now());
		this.store.save(this.saved);
	};

	/** While `work` goes on (the rest of a long first run), R waits: both would replace the corpus. */
	busyWith(work: Promise<unknown>): void {
		this.busy = true;
		const done = () => {
			this.busy = false;
		};
		work.then(done, done);
	}

	readonly refresh = () => {
		if (this.busy) {
			this.say("busy: the library is still being read or fetched; R again once it is done");
			return;
		}
		this.busy = true;
		this.run().finally(() => {
			this.busy = false;
		});
	};

	private async run(): Promise<void> {
		this.say("updating feeds…");
		try {
			const { added, said } = await this.parts.update((status) => this.say(status));
			if (added === 0) {
				this.say(said);
				return;
			}
			this.replace(await this.parts.reload(), said);
		} catch (error) {
			this.say(`refresh failed: ${errorMessage(error)}`);
		}
	}

	/** Shows `loaded` instead, the reader started again where it was, with `notice` in the status bar. */
	replace(loaded: Loaded, notice: string): void {
		const previous = this.loaded;
		this.loaded = loaded;
		const built = this.parts.build(loaded);
		this.view = {
			generation: this.view.generation + 1,
			...built,
			initial: { ...initialState, ...restore(built.corpus, this.saved), notice },
			status: null,
		};
		this.notify();
		// What the old corpus found (quotations) is kept; its library connection closed if it was its own.
		previous.finish();
	}

	say(status: string | null) {
		this.view = { ...this.view, status };
		this.notify();
	}

	private notify() {
		for (const listener of this.listeners) listener();
	}
}
