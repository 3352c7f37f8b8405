import { EventEmitter } from "node:events";
import { render } from "ink";
import type { ReactElement } from "react";
import { PacedInput } from "../../source/terminal/paced-input.js";

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
		write(frame: string) {
			stdout.frames.push(frame);
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
	return {
		lastFrame: () => stdout.frames.at(-1) ?? "",
		/** Types keys and waits for Ink to read them and render. */
		async press(...keys: string[]) {
			for (const key of keys) {
				stdin.write(key);
				await new Promise((resolve) => setTimeout(resolve, 5 + key.length));
			}
			await new Promise((resolve) => setTimeout(resolve, 20));
		},
		async resize(columns: number, rows: number) {
			stdout.columns = columns;
			stdout.rows = rows;
			stdout.emit("resize");
			await new Promise((resolve) => setTimeout(resolve, 20));
		},
		instance,
		unmount: () => instance.unmount(),
	};
}

/** A frame without styles, for assertions on text. */
export function plain(frame: string): string {
	return frame.replace(/\u001b\[[0-9;]*m/g, "").replace(/\u001b\]8;;[^\u001b]*\u001b\\/g, "");
}
