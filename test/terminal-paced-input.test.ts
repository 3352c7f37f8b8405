import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { PacedInput, splitKeys } from "../source/terminal/paced-input.js";

describe("splitKeys", () => {
	it.each([
		["plain text stays together", "hello", ["hello"]],
		["control bytes stand alone", "ab\u007f\u007fc\r", ["ab", "\u007f", "\u007f", "c", "\r"]],
		["arrow keys", "\u001b[A\u001b[Bx", ["\u001b[A", "\u001b[B", "x"]],
		["keys with parameters", "\u001b[5~\u001b[1;5C", ["\u001b[5~", "\u001b[1;5C"]],
		["SS3 keys", "\u001bOP\u001bOA", ["\u001bOP", "\u001bOA"]],
		["a lone Escape", "\u001b", ["\u001b"]],
		["Alt and a letter", "\u001bq", ["\u001bq"]],
		[
			"a bracketed paste, whole",
			"a\u001b[200~x\ry\u001b[201~b",
			["a", "\u001b[200~x\ry\u001b[201~", "b"],
		],
		["Ctrl-C among text", "ab\u0003", ["ab", "\u0003"]],
	])("%s", (_name, chunk, keys) => {
		expect(splitKeys(chunk)).toEqual(keys);
	});

	it("loses nothing", () => {
		const chunk = "a\u001b[A\u007fbc\u001bOP\u001b\u001b[B\td";
		expect(splitKeys(chunk).join("")).toBe(chunk);
	});
});

describe("PacedInput", () => {
	it("hands out one key per read, the next after a turn of the event loop", async () => {
		const source = Object.assign(new EventEmitter(), {
			isTTY: true,
			setEncoding() {},
			setRawMode() {},
			ref() {},
			unref() {},
			pause() {},
			resume() {},
		});
		const paced = new PacedInput(source as unknown as NodeJS.ReadStream);
		const reads: string[] = [];
		paced.on("readable", () => {
			let key = paced.read();
			while (key !== null) {
				reads.push(key);
				key = paced.read();
			}
			reads.push("|");
		});
		source.emit("data", "ab\u007f\u001b[A");
		// Each key is told apart on its own turn: wait until the last one is in.
		const deadline = Date.now() + 5000;
		while (reads.filter((read) => read === "|").length < 3 && Date.now() < deadline)
			await new Promise((resolve) => setImmediate(resolve));
		expect(reads).toEqual(["ab", "|", "\u007f", "|", "\u001b[A", "|"]);
	});
});
