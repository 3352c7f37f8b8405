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

function turn() {
	const task = tasks.shift();
	if (!task) return;
	if (!task(performance.now() + SLICE_MS)) tasks.push(task);
	if (tasks.length > 0) setImmediate(turn);
}

/** Runs work written to pause (a generator that yields between steps) to its end, at once. */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}
