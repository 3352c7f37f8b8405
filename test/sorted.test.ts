import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { partitionPoint } from "../source/sorted.js";

describe("partitionPoint", () => {
	it("finds the first value at or after a bound in a sorted list, as a scan would", () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: -50, max: 50 })),
				fc.integer({ min: -60, max: 60 }),
				(values, bound) => {
					const sorted = [...values].sort((a, b) => a - b);
					const scanned = sorted.findIndex((value) => value >= bound);
					expect(partitionPoint(sorted.length, (index) => (sorted[index] as number) >= bound)).toBe(
						scanned < 0 ? sorted.length : scanned,
					);
				},
			),
		);
	});
});
