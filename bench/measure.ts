import { readFileSync } from "node:fs";
import { PtySession, type SpawnOptions } from "../test/e2e/pty.js";

/** Median, minimum and maximum of a set of figures. */
export interface Spread {
	readonly median: number;
	readonly min: number;
	readonly max: number;
}

export function spread(values: readonly number[]): Spread {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	const median =
		sorted.length % 2
			? (sorted[middle] ?? 0)
			: ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
	return { median, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0 };
}

export function percentile(values: readonly number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** How long a key took to show (to the last byte of the answer) and how many bytes it cost. */
export interface KeyCost {
	readonly ms: number;
	readonly bytes: number;
}

const QUIET_MS = 60;

/**
 * A program in a real pseudo-terminal, watched the way a user feels it:
 * time to the first complete screen, and for each key the time until the
 * screen stops changing and the bytes written meanwhile.
 */
export class Probe {
	readonly session: PtySession;

	private constructor(session: PtySession) {
		this.session = session;
	}

	/** Starts the program and waits for its first complete screen; returns the probe and that time. */
	static async start(
		args: string[],
		options: SpawnOptions,
		ready: (screen: string) => boolean,
	): Promise<{ probe: Probe; firstScreenMs: number }> {
		const session = new PtySession(args, options);
		const started = session.started;
		await session.waitFor(ready, 30_000);
		// The chunk that completed the screen: the last one before the screen was found ready.
		const firstScreenMs = (session.chunks.at(-1)?.at ?? performance.now()) - started;
		await settle(session);
		return { probe: new Probe(session), firstScreenMs };
	}

	/** Sends keys and measures until the output has been quiet for a while. */
	async key(keys: string, expect?: (screen: string) => boolean): Promise<KeyCost> {
		const { session } = this;
		await settle(session);
		const from = session.chunks.length;
		const sent = performance.now();
		session.write(keys);
		if (expect) await session.waitFor(expect, 10_000);
		await firstAnswer(session, from);
		await settle(session);
		const answer = session.chunks.slice(from);
		const last = answer.at(-1)?.at ?? sent;
		return {
			ms: Math.max(0, last - sent),
			bytes: answer.reduce((sum, chunk) => sum + chunk.bytes, 0),
		};
	}

	/** Resizes the terminal and measures the repaint. */
	async resize(cols: number, rows: number): Promise<KeyCost & { frames: number }> {
		const { session } = this;
		await settle(session);
		const from = session.chunks.length;
		const text = session.output.length;
		const sent = performance.now();
		session.resize(cols, rows);
		await firstAnswer(session, from);
		await settle(session);
		const answer = session.chunks.slice(from);
		// Ink writes each frame as one synchronized update (BSU … ESU).
		const frames = session.output.slice(text).split(SYNCHRONIZED_UPDATE).length - 1;
		return {
			ms: Math.max(0, (answer.at(-1)?.at ?? sent) - sent),
			bytes: answer.reduce((sum, chunk) => sum + chunk.bytes, 0),
			frames,
		};
	}

	/** The peak resident memory of the program so far, in MiB (Linux). */
	peakRssMb(): number {
		try {
			const status = readFileSync(`/proc/${this.session.process.pid}/status`, "utf8");
			const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
			return kb / 1024;
		} catch {
			return Number.NaN;
		}
	}

	async stop(): Promise<void> {
		this.session.write("\u0003");
		await Promise.race([this.session.exited, new Promise((resolve) => setTimeout(resolve, 2000))]);
		await this.session.close();
	}
}

const SYNCHRONIZED_UPDATE = "\u001b[?2026h";

/** Waits for the program's first output after `from` chunks (a key that changes nothing gets none). */
async function firstAnswer(session: PtySession, from: number): Promise<void> {
	const deadline = performance.now() + 1000;
	while (session.chunks.length <= from && performance.now() < deadline) {
		await new Promise((resolve) => setTimeout(resolve, 2));
	}
}

async function settle(session: PtySession): Promise<void> {
	const deadline = performance.now() + 5000;
	for (;;) {
		const last = session.chunks.at(-1)?.at ?? session.started;
		const quietFor = performance.now() - last;
		if (quietFor >= QUIET_MS || performance.now() > deadline) return;
		await new Promise((resolve) => setTimeout(resolve, QUIET_MS - quietFor + 1));
	}
}
