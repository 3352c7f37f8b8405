import { describe, expect, it } from "vitest";
import { commandFor, commandsFor, helpRows, hintsFor, KEYMAP } from "../../source/state/keymap.js";

describe("keymap", () => {
	it.each([
		["j", {}, "down"],
		["", { downArrow: true }, "down"],
		["k", {}, "up"],
		[" ", {}, "pageDown"],
		["", { pageDown: true }, "pageDown"],
		["b", {}, "pageUp"],
		["g", {}, "top"],
		["G", {}, "bottom"],
		["", { end: true }, "bottom"],
		["", { tab: true }, "toggleFocus"],
		["", { return: true }, "open"],
		["", { escape: true }, "back"],
		["?", {}, "help"],
		["q", {}, "quit"],
		["c", { ctrl: true }, "forceQuit"],
	])("maps %j %j to %s", (input, key, command) => {
		expect(commandFor(input, key)).toBe(command);
	});

	it("does not take Ctrl- or Alt-letters for the plain letter", () => {
		expect(commandFor("j", { ctrl: true })).toBeUndefined();
		expect(commandFor("q", { meta: true })).toBeUndefined();
		expect(commandFor("x", {})).toBeUndefined();
	});

	it("reads only special keys as commands in the search bar", () => {
		expect(commandFor("j", {}, "search")).toBeUndefined();
		expect(commandFor("q", {}, "search")).toBeUndefined();
		expect(commandFor("", { downArrow: true }, "search")).toBe("down");
		expect(commandFor("", { escape: true }, "search")).toBe("back");
		expect(commandFor("c", { ctrl: true }, "search")).toBe("forceQuit");
		expect(commandsFor("qj", {}, "search")).toEqual([]);
		expect(commandFor("n", {}, "reader")).toBe("nextMatch");
		expect(commandFor("N", {}, "reader")).toBe("previousMatch");
		expect(commandFor("/", {}, "list")).toBe("search");
	});

	it("splits keys that arrived together into one command each", () => {
		expect(commandsFor("jjk", {})).toEqual(["down", "down", "up"]);
		expect(commandsFor("j\r", {})).toEqual(["down", "open"]);
		expect(commandsFor("xzw", {})).toEqual([]);
	});

	it("has no key bound to two commands", () => {
		const seen = new Set<string>();
		for (const binding of KEYMAP) {
			for (const key of binding.keys) {
				const id = JSON.stringify(key);
				expect(seen.has(id)).toBe(false);
				seen.add(id);
			}
		}
	});

	it("derives the status-bar hints and the help screen from the table", () => {
		expect(hintsFor("list", true).map((hint) => `${hint.keys} ${hint.text}`)).toEqual([
			"j/k move",
			"Enter read",
			"Tab focus",
			"/ search",
			"c compare",
			"C coverage",
			"u unread",
			"? help",
			"q quit",
		]);
		expect(hintsFor("coverage", true).map((hint) => `${hint.keys} ${hint.text}`)).toEqual([
			"j/k row",
			"Enter read",
			"Tab source",
			"Esc close",
			"c compare",
			"s sort",
		]);
		expect(hintsFor("quote", true).map((hint) => `${hint.keys} ${hint.text}`)).toEqual([
			"]/[ quote",
			"m match",
			"y copy",
		]);
		expect(hintsFor("search", true).map((hint) => `${hint.keys} ${hint.text}`)).toEqual([
			"↓/↑ choose",
			"Enter go",
			"Tab all/quotes",
			"Esc cancel",
		]);
		expect(hintsFor("reader", false)[0]).toEqual({ keys: "j/k", text: "scroll", essential: false });
		expect(helpRows(false).find((row) => row.help.startsWith("next article"))?.keys).toBe("j Down");
		expect(helpRows(true)).toHaveLength(KEYMAP.length);
	});
});
