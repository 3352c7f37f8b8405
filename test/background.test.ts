import { describe, expect, it } from "vitest";
import { AFTER_KEY_MS, inBackground, makeWayForKey } from "../source/background.js";

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

	it("waits after a key, so that the key's answer goes out first", async () => {
		const ran: number[] = [];
		inBackground(() => {
			ran.push(performance.now());
			return true;
		});
		const key = performance.now();
		makeWayForKey();
		for (let i = 0; i < 5; i++) await turn();
		expect(ran).toEqual([]);
		const deadline = Date.now() + 5000;
		while (ran.length === 0 && Date.now() < deadline)
			await new Promise((resolve) => setTimeout(resolve, 5));
		expect(ran).toHaveLength(1);
		expect((ran[0] ?? 0) - key).toBeGreaterThanOrEqual(AFTER_KEY_MS - 1);
	});
});
