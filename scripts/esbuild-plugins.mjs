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
