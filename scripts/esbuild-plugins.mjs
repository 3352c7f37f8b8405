/**
 * Ink imports its React DevTools bridge (and the optional react-devtools-core
 * peer) only when DEV=true; a bundle would hoist that import and fail at
 * start, so the bridge is replaced by an empty module. Shared by the build
 * and by tests that bundle pieces of parallax.
 */
export const withoutInkDevtools = {
	name: "without-ink-devtools",
	/** @param {import("esbuild").PluginBuild} builder */
	setup(builder) {
		builder.onResolve({ filter: /^\.\/devtools\.js$/ }, (args) =>
			args.importer.includes("/ink/") ? { path: "ink-devtools", namespace: "empty" } : undefined,
		);
		builder.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "export {};" }));
	},
};

/**
 * meow's bundled dependencies set up, as they are loaded, the code that
 * reads and normalises a package.json (spdx licence lists sorted with
 * localeCompare, semver, hosted-git-info, a code-frame highlighter) and
 * only needed without the `pkg` option, which parallax always passes.
 * Each of the two set-ups is made to happen on first use instead. The
 * build fails if meow's text changes, instead of quietly keeping the cost.
 */
const MEOW_EAGER = [
	[
		"var libExports = requireLib$1();",
		"var libExports = { codeFrameColumns: (...args) => requireLib$1().codeFrameColumns(...args) };",
	],
	[
		"var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);",
		"const normalizePackageData = (...args) => getDefaultExportFromCjs(requireNormalize())(...args);",
	],
];

export const meowSetUpOnUse = {
	name: "meow-set-up-on-use",
	/** @param {import("esbuild").PluginBuild} builder */
	setup(builder) {
		builder.onLoad({ filter: /[\\/]meow[\\/]build[\\/]dependencies\.js$/ }, async (args) => {
			const { readFile } = await import("node:fs/promises");
			let contents = await readFile(args.path, "utf8");
			for (const [eager, onUse] of MEOW_EAGER) {
				if (!contents.includes(eager))
					return { errors: [{ text: `meow changed: "${eager.split("\n")[0]}" not found` }] };
				contents = contents.replace(eager, onUse);
			}
			return { contents, loader: "js" };
		});
	},
};
