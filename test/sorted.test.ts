import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { descendingOrder, partitionPoint } from "../source/sorted.js";

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

describe("descendingOrder", () => {
	const stable = (values: readonly number[]) =>
		values.map((_, index) => index).sort((x, y) => (values[y] as number) - (values[x] as number));

	it("orders indices greatest value first, equal values in their order, as a stable sort does", () => {
		fc.assert(
			fc.property(
				fc.oneof(
					// Few distinct values (many ties), values bunched within a bucket, spread values.
					fc.array(fc.integer({ min: 0, max: 5 }).map((n) => n / 5)),
					fc.array(fc.double({ min: 0.3, max: 0.3000001, noNaN: true }), { maxLength: 200 }),
					fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 300 }),
				),
				(values) => {
					expect(Array.from(descendingOrder(values))).toEqual(stable(values));
				},
			),
		);
	});

	it("takes a crowd in one bucket beside a far value, and nothing", () => {
		const values = [1, ...Array.from({ length: 500 }, (_, index) => 0.2 + (index % 7) * 1e-12)];
		expect(Array.from(descendingOrder(values))).toEqual(stable(values));
		expect(descendingOrder([]).length).toBe(0);
	});
});
