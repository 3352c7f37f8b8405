import { EventEmitter } from "node:events";

const ESC = "\u001b";
const PASTE_START = "\u001b[200~";
const PASTE_END = "\u001b[201~";

/**
 * Splits terminal input into single key events: an escape sequence, a
 * bracketed paste, a control byte (Enter, Tab, Backspace, Ctrl-…), or a run
 * of printable text (typed faster than it was read, or pasted).
 */
export function splitKeys(chunk: string): string[] {
	const keys: string[] = [];
	let index = 0;
	let text = "";
	const flushText = () => {
		if (text) keys.push(text);
		text = "";
	};
	while (index < chunk.length) {
		const char = chunk[index] as string;
		if (chunk.startsWith(PASTE_START, index)) {
			flushText();
			const end = chunk.indexOf(PASTE_END, index + PASTE_START.length);
			const stop = end < 0 ? chunk.length : end + PASTE_END.length;
			keys.push(chunk.slice(index, stop));
			index = stop;
		} else if (char === ESC) {
			flushText();
			const length = escapeLength(chunk, index);
			keys.push(chunk.slice(index, index + length));
			index += length;
		} else if (char < " " || char === "\u007f") {
			flushText();
			keys.push(char);
			index++;
		} else {
			text += char;
			index++;
		}
	}
	flushText();
	return keys;
}

/** The length of the escape sequence at `start`: CSI, SS3, or ESC and one character. */
function escapeLength(chunk: string, start: number): number {
	const next = chunk[start + 1];
	if (next === undefined) return 1;
	if (next === "[") {
		let end = start + 2;
		// An old-style function key: ESC [ [ A.
		if (chunk[end] === "[") end++;
		while (end < chunk.length && /[0-9;:<=>?$ -/]/.test(chunk[end] as string)) end++;
		return Math.min(chunk.length, end + 1) - start;
	}
	if (next === "O") {
		let end = start + 2;
		while (end < chunk.length && /[0-9;]/.test(chunk[end] as string)) end++;
		return Math.min(chunk.length, end + 1) - start;
	}
	if (next === ESC) return 1 + escapeLength(chunk, start + 1);
	return 1 + ((next.codePointAt(0) as number) > 0xffff ? 2 : 1);
}

/**
 * Stands in front of the terminal's stdin and hands Ink one key per read,
 * with a turn of the event loop between keys.
 *
 * Ink reads whatever has arrived at once, and keys that arrive together (a
 * held Backspace, fast typing over a slow link, a key and an arrow) reach
 * the components in one go, before React has re-rendered: a controlled text
 * field then works from its old value and loses keys. One key per turn lets
 * every key see the state the previous one left.
 */
export class PacedInput extends EventEmitter {
	readonly isTTY: boolean;
	private readonly source: NodeJS.ReadStream;
	private readonly queue: string[] = [];
	private ready: string | null = null;
	private scheduled = false;

	constructor(source: NodeJS.ReadStream) {
		super();
		this.source = source;
		this.isTTY = Boolean(source.isTTY);
		source.setEncoding("utf8");
		source.on("data", (chunk: string) => {
			this.queue.push(...splitKeys(chunk));
			this.offer();
		});
	}

	private offer() {
		if (this.ready !== null || this.scheduled || this.queue.length === 0) return;
		this.scheduled = true;
		setImmediate(() => {
			this.scheduled = false;
			this.ready = this.queue.shift() ?? null;
			if (this.ready !== null) this.emit("readable");
		});
	}

	read(): string | null {
		const key = this.ready;
		this.ready = null;
		if (key !== null) this.offer();
		return key;
	}

	setEncoding(): this {
		return this;
	}

	setRawMode(mode: boolean): this {
		if (this.source.isTTY) this.source.setRawMode(mode);
		return this;
	}

	get isRaw(): boolean {
		return Boolean(this.source.isRaw);
	}

	ref(): this {
		this.source.ref();
		return this;
	}

	unref(): this {
		this.source.unref();
		return this;
	}

	pause(): this {
		this.source.pause();
		return this;
	}

	resume(): this {
		this.source.resume();
		return this;
	}
}
