import { defineConfig } from "vitest/config";

export default defineConfig({
	test: {
		include: ["test/**/*.test.{ts,tsx}"],
		// The end-to-end tests drive real pseudo-terminals; separate processes keep them apart.
		pool: "forks",
		testTimeout: 20_000,
		hookTimeout: 20_000,
		// Component tests render to a fake stream; let them see bold and inverse as a terminal would.
		env: { FORCE_COLOR: "1" },
	},
});
