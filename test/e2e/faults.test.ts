import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withoutInkDevtools } from "../../scripts/esbuild-plugins.mjs";
import { closedAfterEachTest } from "./sessions.js";

const LEAVE_ALTERNATE = "\u001b[?1049l";
const ENTER_ALTERNATE = "\u001b[?1049h";
const SHOW_CURSOR = "\u001b[?25h";

let folder: string;
let script: string;
const start = closedAfterEachTest();

beforeAll(async () => {
	// The real session code, around a component that throws on a key: a bug in the interface.
	folder = mkdtempSync(path.join(tmpdir(), "parallax-fault-"));
	script = path.join(folder, "crash.mjs");
	const session = fileURLToPath(new URL("../../source/terminal/session.ts", import.meta.url));
	await build({
		stdin: {
			contents: `
				import { Text, useInput } from "ink";
				import { useState } from "react";
				import { runSession } from ${JSON.stringify(session)};
				function Crashing() {
					const [broken, setBroken] = useState(false);
					useInput((input) => { if (input === "x") setBroken(true); });
					if (broken) throw new Error("a component broke");
					return <Text>ready, press x</Text>;
				}
				const code = await runSession(<Crashing />, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
				process.exitCode = code;`,
			resolveDir: fileURLToPath(new URL("../..", import.meta.url)),
			loader: "tsx",
		},
		bundle: true,
		platform: "node",
		format: "esm",
		jsx: "automatic",
		outfile: script,
		define: { "process.env.NODE_ENV": '"production"' },
		plugins: [withoutInkDevtools],
		banner: {
			js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);',
		},
		logLevel: "error",
	});
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("faults", () => {
	it("an error thrown in a component restores the terminal and exits 70 with a short message", async () => {
		const session = start([], { script });
		await session.waitFor("ready, press x");
		session.write("x");
		const exit = await session.exited;
		expect(exit.exitCode).toBe(70);
		const { output } = session;
		expect(output).toContain(ENTER_ALTERNATE);
		expect(output.lastIndexOf(LEAVE_ALTERNATE)).toBeGreaterThan(
			output.lastIndexOf(ENTER_ALTERNATE),
		);
		expect(output.lastIndexOf(SHOW_CURSOR)).toBeGreaterThan(output.lastIndexOf(ENTER_ALTERNATE));
		expect(output).toContain("parallax: internal error: a component broke");
		expect(output).toContain("the terminal was restored");
		// No stack trace for the user.
		expect(output).not.toMatch(/\bat \S+ \(/);
	});

	it("SIGINT from outside restores the terminal too", async () => {
		const session = start([]);
		await session.waitFor("j/k move");
		session.kill("SIGINT");
		const exit = await session.exited;
		expect(exit.exitCode).toBe(130);
		expect(session.output.lastIndexOf(LEAVE_ALTERNATE)).toBeGreaterThan(
			session.output.lastIndexOf(ENTER_ALTERNATE),
		);
	});
});
