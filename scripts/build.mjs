// Bundles the CLI into one minified file: one file to load instead of
// hundreds of modules is most of the start-up time (see README, Performance).
import { chmod, readFile, rm } from "node:fs/promises";
import { build } from "esbuild";
import { meowSetUpOnUse, withoutInkDevtools } from "./esbuild-plugins.mjs";

const pkg = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8"));
const outfile = "dist/cli.js";

const benchOnly = process.argv.includes("--bench");
if (!benchOnly) await rm("dist", { recursive: true, force: true });

const shared = {
	bundle: true,
	platform: "node",
	format: "esm",
	target: "node22",
	// PARALLAX_MINIFY=0 keeps names readable, for a CPU profile (node --cpu-prof).
	minify: process.env.PARALLAX_MINIFY !== "0",
	sourcemap: "linked",
	legalComments: "linked",
	define: {
		"process.env.NODE_ENV": '"production"',
		PARALLAX_VERSION: JSON.stringify(pkg.version),
	},
	plugins: [withoutInkDevtools, meowSetUpOnUse],
	banner: {
		js: [
			// Bundled CommonJS dependencies still call require() for Node built-ins.
			'import { createRequire as __parallaxCreateRequire } from "node:module";',
			"const require = __parallaxCreateRequire(import.meta.url);",
		].join("\n"),
	},
	logLevel: "warning",
};

if (benchOnly) {
	// The benchmarks import the same modules as the CLI; bundling them the same
	// way measures the code that ships.
	await build({
		...shared,
		entryPoints: {
			"search-bench": "bench/search.ts",
			bench: "bench/run.ts",
			"write-corpus": "bench/write-corpus.ts",
		},
		outdir: "dist/bench",
		sourcemap: false,
		legalComments: "none",
		// Native code and a terminal emulator the bench drives; not part of parallax.
		external: ["@lydell/node-pty", "@xterm/headless"],
	});
} else {
	// dist/cli.js is the small entry (source/bin.ts); the program is a chunk of
	// its own, loaded once the compile cache is on.
	await build({
		...shared,
		entryPoints: { cli: "source/bin.ts" },
		outdir: "dist",
		splitting: true,
		chunkNames: "parallax-[hash]",
	});
	await chmod(outfile, 0o755);
}
