import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { closedAfterEachTest } from "./sessions.js";

const start = closedAfterEachTest();
let folder = "";

beforeEach(async () => {
	folder = await mkdtemp(path.join(tmpdir(), "parallax-pty-"));
});
afterEach(async () => {
	await rm(folder, { recursive: true, force: true });
});

/**
 * A program that draws one synchronized frame in two writes, far apart, the
 * way a frame larger than the pty's buffer reaches the reader in pieces.
 */
const FRAME_IN_TWO_WRITES = `
process.stdout.write("\\u001b[?2026h\\u001b[2J\\u001b[Hfirst half");
setTimeout(() => {
	process.stdout.write("\\r\\nsecond half\\u001b[?2026l");
	setTimeout(() => process.exit(0), 200);
}, 400);
`;

describe("the pty session the end-to-end tests read through", () => {
	it("reads the screen only between frames, never half-drawn", async () => {
		const script = path.join(folder, "frame.mjs");
		await writeFile(script, FRAME_IN_TWO_WRITES);
		const session = start([], { script, cols: 40, rows: 5 });

		const screen = await session.waitFor("first half");

		expect(screen).toContain("second half");
		expect(await session.exited).toEqual({ exitCode: 0, signal: 0 });
	});
});
