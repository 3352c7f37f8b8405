import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pty from "@lydell/node-pty";
import unicode11 from "@xterm/addon-unicode11";
import xterm from "@xterm/headless";
import { type ScreenTest, screenCheck } from "../screen-test.js";

const { Unicode11Addon } = unicode11;

/**
 * Ink wraps each frame in these (synchronized output, DEC mode 2026). A
 * frame larger than the pty's buffer arrives in pieces, so the screen is
 * only read between them: a half-drawn frame is not what a person sees.
 */
const BEGIN_FRAME = "\u001b[?2026h";
const END_FRAME = "\u001b[?2026l";

export const CLI = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Variables the spawned reader must not inherit from the test run: CI
 * markers (Ink and chalk turn styling and live rendering off for them) and
 * colour switches. A test that wants one sets it in `env`.
 */
const INHERITED_NOT = [
	"CI",
	"CONTINUOUS_INTEGRATION",
	"BUILD_NUMBER",
	"RUN_ID",
	"GITHUB_ACTIONS",
	"FORCE_COLOR",
	"NO_COLOR",
];

/** The environment for a spawned reader: this one without CI and colour switches, plus `overrides`. */
export function childEnvironment(
	overrides: Record<string, string | undefined> = {},
): Record<string, string> {
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (value !== undefined && !INHERITED_NOT.includes(key)) env[key] = value;
	}
	for (const [key, value] of Object.entries(overrides)) {
		if (value === undefined) delete env[key];
		else env[key] = value;
	}
	env.TERM ??= "xterm-256color";
	env.LANG ??= "C.UTF-8";
	return env;
}

export interface SpawnOptions {
	readonly cols?: number;
	readonly rows?: number;
	readonly env?: Record<string, string | undefined>;
	readonly cwd?: string;
	/** A script to run instead of the built CLI (the benchmark's bare Ink app). */
	readonly script?: string;
	/** Arguments for node before the script (e.g. --cpu-prof). */
	readonly nodeArgs?: readonly string[];
}

export interface Exit {
	readonly exitCode: number;
	readonly signal: number | undefined;
}

/**
 * The built CLI in a real pseudo-terminal, read back through a headless
 * xterm: keys in, screen text out, the way a person sees it.
 */
export class PtySession {
	readonly terminal: InstanceType<typeof xterm.Terminal>;
	readonly process: pty.IPty;
	/** Everything the program wrote, for checks on the raw stream. */
	output = "";
	/** When each piece of output arrived (performance.now()) and its size in bytes. */
	readonly chunks: { at: number; bytes: number }[] = [];
	/** When the program was started (performance.now()). */
	readonly started = performance.now();
	/** The XDG_STATE_HOME the program was given (a fresh folder unless the options name one). */
	readonly stateHome: string;
	/** The XDG_DATA_HOME the program was given, where its library is (fresh unless the options name one). */
	readonly dataHome: string;
	readonly exited: Promise<Exit>;
	private pending = Promise.resolve();
	/** Whether the output received so far stops inside a frame. */
	private receivedMidFrame = false;
	/** Whether the output written into the terminal so far stops inside a frame. */
	private shownMidFrame = false;

	constructor(args: readonly string[], options: SpawnOptions = {}) {
		const cols = options.cols ?? 100;
		const rows = options.rows ?? 30;
		// Each session remembers its reading state in a folder of its own, unless told otherwise.
		this.stateHome = mkdtempSync(path.join(tmpdir(), "parallax-state-"));
		// …and a library of its own: a fresh one, as on a first run, unless told otherwise.
		this.dataHome = mkdtempSync(path.join(tmpdir(), "parallax-data-"));
		const env = childEnvironment({
			XDG_STATE_HOME: this.stateHome,
			XDG_DATA_HOME: this.dataHome,
			...options.env,
		});
		this.terminal = new xterm.Terminal({ cols, rows, allowProposedApi: true });
		// Widths as a current terminal has them (emoji are two columns), not Unicode 6's.
		this.terminal.loadAddon(new Unicode11Addon());
		this.terminal.unicode.activeVersion = "11";
		this.process = pty.spawn(
			process.execPath,
			[...(options.nodeArgs ?? []), options.script ?? CLI, ...args],
			{
				name: env.TERM,
				cols,
				rows,
				cwd: options.cwd ?? ROOT,
				env,
			},
		);
		this.process.onData((data) => {
			this.chunks.push({ at: performance.now(), bytes: Buffer.byteLength(data) });
			this.output += data;
			// A mark may straddle two pieces; only the tail needs looking at.
			const tail = this.output.slice(-(data.length + BEGIN_FRAME.length - 1));
			const begin = tail.lastIndexOf(BEGIN_FRAME);
			const end = tail.lastIndexOf(END_FRAME);
			if (begin !== end) this.receivedMidFrame = begin > end;
			const midFrame = this.receivedMidFrame;
			this.pending = this.pending.then(
				() =>
					new Promise<void>((resolve) =>
						this.terminal.write(data, () => {
							this.shownMidFrame = midFrame;
							resolve();
						}),
					),
			);
		});
		this.exited = new Promise((resolve) => {
			this.process.onExit(({ exitCode, signal }) => resolve({ exitCode, signal }));
		});
	}

	/** The screen as lines of text (trailing spaces trimmed). */
	screen(): string[] {
		const buffer = this.terminal.buffer.active;
		const lines: string[] = [];
		for (let row = 0; row < this.terminal.rows; row++) {
			lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? "");
		}
		return lines;
	}

	text(): string {
		return this.screen().join("\n");
	}

	/** Whether the terminal is showing its alternate screen. */
	onAlternateScreen(): boolean {
		return this.terminal.buffer.active.type === "alternate";
	}

	write(keys: string): void {
		this.process.write(keys);
	}

	resize(cols: number, rows: number): void {
		this.process.resize(cols, rows);
		this.terminal.resize(cols, rows);
	}

	/** Waits until the screen satisfies `test` (a string it contains, or a predicate). */
	async waitFor(test: ScreenTest, timeout = 5000): Promise<string> {
		const check = screenCheck(test);
		const deadline = Date.now() + timeout;
		for (;;) {
			await this.pending;
			const text = this.text();
			if (!this.shownMidFrame && check(text)) return text;
			if (Date.now() > deadline) {
				const state = this.shownMidFrame ? " (in the middle of a frame)" : "";
				throw new Error(
					`timed out waiting for ${String(test)}; the screen shows${state}:\n${text}`,
				);
			}
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
	}

	/** Waits until the screen has not changed for `quiet` ms (the program is idle). */
	async settle(quiet = 150, timeout = 5000): Promise<string> {
		const deadline = Date.now() + timeout;
		let last = this.output.length;
		let since = Date.now();
		for (;;) {
			await new Promise((resolve) => setTimeout(resolve, 20));
			if (this.output.length !== last) {
				last = this.output.length;
				since = Date.now();
			} else if (Date.now() - since >= quiet) {
				await this.pending;
				if (!this.shownMidFrame) return this.text();
			}
			if (Date.now() > deadline) return this.text();
		}
	}

	kill(signal?: string): void {
		this.process.kill(signal);
	}

	async close(): Promise<void> {
		try {
			this.process.kill("SIGKILL");
		} catch {}
		this.terminal.dispose();
		rmSync(this.stateHome, { recursive: true, force: true });
		rmSync(this.dataHome, { recursive: true, force: true });
	}
}

export const KEYS = {
	enter: "\r",
	escape: "\u001b",
	tab: "\t",
	up: "\u001b[A",
	down: "\u001b[B",
	pageDown: "\u001b[6~",
	pageUp: "\u001b[5~",
	home: "\u001b[H",
	end: "\u001b[F",
	ctrlC: "\u0003",
} as const;
