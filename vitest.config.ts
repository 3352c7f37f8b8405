import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
	test: {
		include: ["test/**/*.test.{ts,tsx}"],
		// The end-to-end tests drive real pseudo-terminals; separate processes keep them apart.
		pool: "forks",
		testTimeout: 20_000,
		hookTimeout: 20_000,
		// Component tests render to a fake stream; let them see bold and inverse as a terminal would.
		// …and the CLI they run keep its library in a folder of the run's, never the user's.
		env: {
			FORCE_COLOR: "1",
			XDG_DATA_HOME: mkdtempSync(path.join(tmpdir(), "parallax-test-data-")),
		},
	},
});
