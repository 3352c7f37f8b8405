import { describe, expect, it } from "vitest";
import { hash64 } from "../../source/corpus/hash.js";

describe("hash64", () => {
	it("is 16 hex digits, the same for the same text", () => {
		expect(hash64("a\0b")).toMatch(/^[0-9a-f]{16}$/);
		expect(hash64("a\0b")).toBe(hash64("a\0b"));
		expect(hash64("a\0b")).not.toBe(hash64("a\0c"));
	});

	it("tells apart long texts that differ at the start, the end, in length or in the middle", () => {
		const long = "All the words of a very long article, over and over. ".repeat(20_000);
		const ids = new Set([
			hash64(long),
			hash64(`X${long.slice(1)}`),
			hash64(`${long.slice(0, -1)}X`),
			hash64(`${long} `),
			hash64(
				`${long.slice(0, 500_000)}XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX${long.slice(500_062)}`,
			),
		]);
		expect(ids.size).toBe(5);
	});
});
