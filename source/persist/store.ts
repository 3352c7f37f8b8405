import { accessSync, constants, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describeFsError } from "../corpus/fs-errors.js";
import { EMPTY, formatState, parseState, type SavedArticle, type SavedState } from "./format.js";

export const STATE_FILE = "state.json";
/** Changes are written at most this often: a few times a second while reading. */
const WRITE_DELAY_MS = 300;

/** Where the reading state is kept: state.json, or the library. */
export interface StateStore {
	/** Saves soon: several changes in a burst make one write. */
	save(state: SavedState): void;
	/** Writes what is pending now (at exit, and when the delay is up). */
	flush(): void;
	/** Why saving stopped, if it did. */
	readonly problem: string | null;
}

export interface Opened {
	readonly store: StateStore;
	readonly saved: SavedState;
	/** Said once in the status bar: why the reader starts fresh, or cannot save. */
	readonly notice: string | null;
}

/**
 * Saves a burst of changes as one write a moment after the first, and what
 * is still pending when flushed (at exit). Once a write fails it stops, and
 * says why: the reader goes on unsaved rather than failing.
 */
export abstract class DelayedStore implements StateStore {
	private pending: SavedState | null = null;
	private timer: NodeJS.Timeout | null = null;
	protected failed: string | null = null;

	/** Whether this store writes at all. */
	protected abstract readonly writes: boolean;
	/** Writes a state; throws if it cannot. */
	protected abstract write(state: SavedState): void;
	/** Why a write failed, in a few words. */
	protected abstract describe(error: unknown): string;

	save(state: SavedState): void {
		if (!this.writes || this.failed) return;
		this.pending = state;
		if (this.timer) return;
		this.timer = setTimeout(() => this.flush(), WRITE_DELAY_MS);
		// A pending write must not keep the process alive; flush() runs at exit.
		this.timer.unref();
	}

	flush(): void {
		if (this.timer) clearTimeout(this.timer);
		this.timer = null;
		const state = this.pending;
		this.pending = null;
		if (!state || !this.writes || this.failed) return;
		try {
			this.write(state);
		} catch (error) {
			this.failed = this.describe(error);
		}
	}

	get problem(): string | null {
		return this.failed;
	}
}

/**
 * The reading state in one small file in the user's state folder. Writes
 * are atomic (a temporary file, then a rename), so two readers at once can
 * only replace each other's file whole, never tear it; before writing, what
 * the other wrote is merged in (the later change to each article wins).
 * Nothing here ever stops the reader: a file that cannot be read means a
 * fresh start, a folder that cannot be written means a session not saved.
 */
export class ReadingStore extends DelayedStore {
	private readonly file: string | null;
	protected readonly writes: boolean;

	private constructor(file: string | null) {
		super();
		this.file = file;
		this.writes = file !== null;
	}

	/** A store that neither reads nor writes (--no-state). */
	static disabled(): Opened {
		return { store: new ReadingStore(null), saved: EMPTY, notice: null };
	}

	static open(folder: string): Opened {
		const file = path.join(folder, STATE_FILE);
		let text: string | null = null;
		let notice: string | null = null;
		try {
			text = readFileSync(file, "utf8");
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
				notice = `reading state not read (${describeFsError(error)}); starting fresh`;
			}
		}
		let saved = EMPTY;
		let writable = true;
		if (text !== null) {
			const parsed = parseState(text);
			if (parsed.ok) {
				saved = parsed.state;
			} else if (parsed.reason === "newer") {
				notice =
					"reading state is from a newer parallax: left as it is, and this session is not saved";
				writable = false;
			} else {
				notice = "reading state was damaged; starting fresh";
				backUp(file, text);
			}
		}
		if (writable) {
			try {
				mkdirSync(folder, { recursive: true });
				accessSync(folder, constants.W_OK);
			} catch (error) {
				notice = `reading state cannot be saved in ${folder} (${describeFsError(error)})`;
				writable = false;
			}
		}
		return { store: new ReadingStore(writable ? file : null), saved, notice };
	}

	protected write(state: SavedState): void {
		const file = this.file as string;
		writeAtomically(file, formatState(mergeWithDisk(file, state)));
	}

	protected describe(error: unknown): string {
		return describeFsError(error);
	}
}

function writeAtomically(file: string, text: string) {
	const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	writeFileSync(temporary, text);
	renameSync(temporary, file);
}

/** Another reader may have written since we read: keep its newer entries. */
function mergeWithDisk(file: string, ours: SavedState): SavedState {
	let theirs: SavedState | null = null;
	try {
		const parsed = parseState(readFileSync(file, "utf8"));
		if (parsed.ok) theirs = parsed.state;
	} catch {}
	if (!theirs) return ours;
	const articles: Record<string, SavedArticle> = { ...theirs.articles };
	for (const [id, entry] of Object.entries(ours.articles)) {
		const other = articles[id];
		if (!other || entry.seen >= other.seen) articles[id] = entry;
	}
	return { ...ours, articles };
}

/** A damaged file is kept beside the new one, in case it matters to someone. */
function backUp(file: string, text: string) {
	try {
		writeFileSync(`${file}.damaged`, text);
	} catch {}
}
