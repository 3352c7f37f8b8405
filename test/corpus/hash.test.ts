import fc from "fast-check";
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

	it("of parts is the hash of the parts joined, short or long", () => {
		// Ids saved by earlier versions, from the path and text joined, must stay the same.
		expect(hash64("articles/a.md", "\0", "Some text.")).toBe(hash64("articles/a.md\0Some text."));
		const long = "All the words of a very long article, over and over. ".repeat(6_000);
		fc.assert(
			fc.property(
				fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }),
				fc.nat(long.length),
				fc.nat(5),
				(pieces, cut, at) => {
					// A long part somewhere among short ones, cut anywhere.
					const parts = [...pieces];
					parts.splice(at % (parts.length + 1), 0, long.slice(0, cut % long.length), long);
					expect(hash64(...parts)).toBe(hash64(parts.join("")));
				},
			),
			{ numRuns: 60 },
		);
	});
});
