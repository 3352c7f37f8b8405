/** Work done a slice at a time: given a deadline (performance.now()), it returns true once finished. */
export type Task = (deadline: number) => boolean;

// Long enough to make progress, short enough that a key waits at most this long.
export const SLICE_MS = 4;

const tasks: Task[] = [];

/**
 * Runs work between keystrokes: one slice per turn of the event loop,
 * shared by every task in turn (building the search index, finding a long
 * article's quotations), so that a key never waits behind more than one.
 */
export function inBackground(task: Task) {
	tasks.push(task);
	if (tasks.length === 1) setImmediate(turn);
}

// After a key, how long the work waits: the key's answer (its render, then
// the frame Ink writes a few milliseconds later) goes out first.
export const AFTER_KEY_MS = 16;
let pausedUntil = 0;

/** A key came in: the work pauses, for its answer not to wait behind slices. */
export function makeWayForKey() {
	pausedUntil = performance.now() + AFTER_KEY_MS;
}

function turn() {
	const wait = pausedUntil - performance.now();
	if (wait > 0) {
		setTimeout(turn, wait);
		return;
	}
	const task = tasks.shift();
	if (!task) return;
	if (!task(performance.now() + SLICE_MS)) tasks.push(task);
	if (tasks.length > 0) setImmediate(turn);
}

/**
 * Runs work written to pause until it ends or `deadline` (performance.now())
 * has passed: its result, or undefined while it is unfinished. A step is
 * small (a paragraph, a quotation): the clock is cheap beside it.
 */
export function stepUntil<T>(
	steps: Generator<void, T, void>,
	deadline: number,
): { value: T } | undefined {
	for (;;) {
		const step = steps.next();
		if (step.done) return { value: step.value };
		if (performance.now() > deadline) return undefined;
	}
}

/** Runs work written to pause (a generator that yields between steps) to its end, at once. */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
	return (stepUntil(steps, Number.POSITIVE_INFINITY) as { value: T }).value;
}
