import { type Instance, render } from "ink";
import type { ReactNode } from "react";
import { sanitize } from "../text/sanitize.js";
import { PacedInput } from "./paced-input.js";
import { withSingleRepaint } from "./single-repaint.js";

const SHOW_CURSOR = "\u001b[?25h";
const LEAVE_ALTERNATE_SCREEN = "\u001b[?1049l";
const SIGNAL_EXIT_CODES: Record<string, number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

export interface SessionStreams {
	readonly stdin: NodeJS.ReadStream;
	readonly stdout: NodeJS.WriteStream;
	readonly stderr: NodeJS.WriteStream;
}

/**
 * Runs the interactive app on the alternate screen and guarantees the
 * terminal is given back (main screen, cursor shown, raw mode off) however
 * the process ends: quit, Ctrl-C, SIGTERM, SIGHUP (a dropped SSH link),
 * SIGINT from outside, or an error nobody caught. Resolves with the exit code.
 */
export async function runSession(node: ReactNode, streams: SessionStreams): Promise<number> {
	const { stdin, stdout, stderr } = streams;
	let instance: Instance | undefined;
	let restored = false;

	// When the terminal has gone away (SIGHUP), writes fail with EIO or EPIPE;
	// those must not turn into a second crash while shutting down.
	const ignoreStreamError = () => {};
	stdout.on("error", ignoreStreamError);

	const restore = () => {
		if (restored) return;
		restored = true;
		let unmounted = false;
		try {
			instance?.unmount();
			unmounted = true;
		} catch {
			// Fall through to the raw sequences below.
		}
		try {
			if (stdin.isTTY) stdin.setRawMode(false);
			stdin.pause();
		} catch {}
		if (!unmounted) {
			try {
				stdout.write(LEAVE_ALTERNATE_SCREEN + SHOW_CURSOR);
			} catch {}
		}
	};

	const onSignal = (signal: NodeJS.Signals) => {
		restore();
		process.exit(SIGNAL_EXIT_CODES[signal] ?? 1);
	};
	const onFatal = (error: unknown) => {
		restore();
		reportCrash(stderr, error);
		process.exit(70);
	};
	const signals: NodeJS.Signals[] = ["SIGTERM", "SIGHUP", "SIGINT"];
	for (const signal of signals) process.on(signal, onSignal);
	process.on("uncaughtException", onFatal);
	process.on("unhandledRejection", onFatal);

	try {
		instance = render(node, {
			// One key per read: see PacedInput.
			stdin: new PacedInput(stdin) as unknown as NodeJS.ReadStream,
			stdout: withSingleRepaint(stdout),
			stderr,
			alternateScreen: true,
			// Decide from the terminal, not from CI variables: a pty is interactive.
			interactive: true,
			exitOnCtrlC: false,
			patchConsole: true,
			incrementalRendering: true,
			// Ink renders at most this often; at its default (30) a key whose
			// answer takes two renders (the query, then its results) waits a frame.
			maxFps: 120,
		});
		await instance.waitUntilExit();
		restore();
		return 0;
	} catch (error) {
		restore();
		reportCrash(stderr, error);
		return 70;
	} finally {
		for (const signal of signals) process.off(signal, onSignal);
		process.off("uncaughtException", onFatal);
		process.off("unhandledRejection", onFatal);
	}
}

function reportCrash(stderr: NodeJS.WriteStream, error: unknown) {
	const message = sanitize(error instanceof Error ? error.message : String(error));
	const detail =
		error instanceof Error && process.env.PARALLAX_DEBUG ? `\n${sanitize(error.stack ?? "")}` : "";
	try {
		stderr.write(
			`parallax: internal error: ${message}${detail}\n` +
				"parallax: the terminal was restored; please report this with the command you ran.\n",
		);
	} catch {}
}
