import { EventEmitter } from "node:events";
import { render } from "ink";
import type { ReactElement } from "react";
import { PacedInput } from "../../source/terminal/paced-input.js";
import { type ScreenTest, screenCheck } from "../screen-test.js";

/**
 * Like ink-testing-library's render, but with a terminal size that the test
 * sets and changes (ink-testing-library fixes 100 columns and leaves the
 * rows to the machine running the tests).
 */
export function renderAtSize(tree: ReactElement, size: { columns: number; rows: number }) {
	const stdout = Object.assign(new EventEmitter(), {
		columns: size.columns,
		rows: size.rows,
		frames: [] as string[],
		write(frame: string, ...rest: unknown[]) {
			if (frame !== "") stdout.frames.push(frame);
			// Ink waits on the callback to know a frame is out.
			const done = rest.find((arg) => typeof arg === "function") as (() => void) | undefined;
			done?.();
			return true;
		},
	});
	const stdin = Object.assign(new EventEmitter(), {
		isTTY: true,
		data: null as string | null,
		setEncoding() {},
		setRawMode() {},
		resume() {},
		pause() {},
		ref() {},
		unref() {},
		read() {
			const data = stdin.data;
			stdin.data = null;
			return data;
		},
		write(data: string) {
			stdin.data = data;
			stdin.emit("readable");
			stdin.emit("data", data);
		},
	});
	const stderr = Object.assign(new EventEmitter(), { write: () => true });
	const instance = render(tree, {
		stdout: stdout as unknown as NodeJS.WriteStream,
		// As in the real session: one key per read.
		stdin: new PacedInput(stdin as unknown as NodeJS.ReadStream) as unknown as NodeJS.ReadStream,
		stderr: stderr as unknown as NodeJS.WriteStream,
		debug: true,
		exitOnCtrlC: false,
		patchConsole: false,
	});
	const lastFrame = () => stdout.frames.at(-1) ?? "";
	/** Until the keys written so far are read and what they changed is on the frame. */
	const settled = async () => {
		for (let turns = 0; stdin.data !== null && turns < 10_000; turns++)
			await new Promise((resolve) => setImmediate(resolve));
		await instance.waitUntilRenderFlush();
	};
	return {
		lastFrame,
		/** Types keys, one read each, and waits until Ink has read them and rendered. */
		async press(...keys: string[]) {
			for (const key of keys) {
				stdin.write(key);
				await settled();
			}
		},
		async resize(columns: number, rows: number) {
			stdout.columns = columns;
			stdout.rows = rows;
			stdout.emit("resize");
			await settled();
		},
		/** Waits until the frame, without styles, shows `test` (text, a pattern or a predicate). */
		async waitFor(test: ScreenTest, timeout = 5000) {
			const check = screenCheck(test);
			const deadline = Date.now() + timeout;
			while (!check(plain(lastFrame()))) {
				if (Date.now() > deadline)
					throw new Error(`timed out waiting for ${String(test)}:\n${plain(lastFrame())}`);
				await new Promise((resolve) => setTimeout(resolve, 10));
			}
			return plain(lastFrame());
		},
		instance,
		unmount: () => instance.unmount(),
	};
}

/** A frame without styles, for assertions on text. */
export function plain(frame: string): string {
	return frame.replace(/\u001b\[[0-9;]*m/g, "").replace(/\u001b\]8;;[^\u001b]*\u001b\\/g, "");
}
