import { describe, expect, it } from "vitest";
import { inBackground } from "../source/background.js";

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe("inBackground", () => {
	it("gives one slice per turn of the event loop to each task in turn, until each is done", async () => {
		const order: string[] = [];
		const task = (name: string, slices: number) => {
			let left = slices;
			return (deadline: number) => {
				expect(deadline).toBeGreaterThan(performance.now() - 1);
				order.push(name);
				return --left === 0;
			};
		};
		inBackground(task("a", 3));
		inBackground(task("b", 1));
		for (let i = 0; i < 10; i++) await turn();
		expect(order).toEqual(["a", "b", "a", "a"]);
	});
});
