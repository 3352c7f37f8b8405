// Bundles the CLI into one minified file: one file to load instead of
// hundreds of modules is most of the start-up time (see README, Performance).
import { createHash } from "node:crypto";
import { chmod, readdir, readFile, rm } from "node:fs/promises";
import { build } from "esbuild";
import { withoutInkDevtools } from "./esbuild-plugins.mjs";

const pkg = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8"));
const outfile = "dist/cli.js";

/** A hash of the code that reads articles, finds quotations and indexes them (and measures titles): what the library keeps was made by it. */
async function engineHash() {
	const hash = createHash("sha256");
	for (const folder of ["source/corpus", "source/quotes", "source/search", "source/text"]) {
		const names = (await readdir(folder)).filter((name) => name.endsWith(".ts")).sort();
		for (const name of names)
			hash.update(`${folder}/${name}\0`).update(await readFile(`${folder}/${name}`));
	}
	// The library keeps titles' widths, measured by string-width's tables of characters.
	const widths = JSON.parse(await readFile("node_modules/string-width/package.json", "utf8"));
	hash.update(`string-width ${widths.version}\0`);
	return hash.digest("hex").slice(0, 16);
}

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
		PARALLAX_ENGINE: JSON.stringify(await engineHash()),
	},
	plugins: [withoutInkDevtools],
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
