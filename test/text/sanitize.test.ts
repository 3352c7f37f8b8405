import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isTerminalSafe, sanitize, toTerminalSafeJson } from "../../source/text/sanitize.js";

// Every character a terminal may act on rather than print.
const FORBIDDEN =
	/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

describe("sanitize", () => {
	it.each([
		["CSI colour", "a\u001b[31mred\u001b[0m", "a␛[31mred␛[0m"],
		["OSC title (BEL)", "\u001b]0;pwned\u0007x", "␛]0;pwned␇x"],
		["OSC 52 clipboard (ST)", "\u001b]52;c;aGk=\u001b\\", "␛]52;c;aGk=␛\\"],
		[
			"OSC 8 hyperlink",
			"\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\",
			"␛]8;;http://x␛\\link␛]8;;␛\\",
		],
		["DCS", "\u001bP1$qm\u001b\\", "␛P1$qm␛\\"],
		["APC, PM, SOS", "\u001b_a\u001b^b\u001bXc", "␛_a␛^b␛Xc"],
		["8-bit CSI", "\u009b31m", "\uFFFD31m"],
		["8-bit OSC and ST", "\u009d0;t\u009c", "\uFFFD0;t\uFFFD"],
		["carriage return", "over\rwrite", "over␍write"],
		["backspace and DEL", "a\bb\u007f", "a␈b␡"],
		["bidi override", "abc\u202Edef\u202C", "abcdef"],
		["bidi isolates and marks", "\u2066a\u2069\u200Fb\u200E\u061C", "ab"],
		["lone surrogate", "a\uD800b", "a\uFFFDb"],
	])("makes %s inert", (_name, input, expected) => {
		expect(sanitize(input)).toBe(expected);
	});

	it("keeps tab, newline and ordinary text, emoji and accents", () => {
		const text = "Tab\there\nnew line — “quotes” 👩 🇯🇵 café 日本";
		expect(sanitize(text)).toBe(text);
		expect(isTerminalSafe(text)).toBe(true);
	});

	it("draws joined emoji and skin tones apart, as every terminal can (and JSON keeps them)", () => {
		expect(sanitize("👩‍👩‍👧 👍🏽")).toBe("👩👩👧 👍");
		expect(JSON.parse(toTerminalSafeJson("👩‍👩‍👧 👍🏽"))).toBe("👩‍👩‍👧 👍🏽");
	});

	it("never lets a control, escape or bidi character through", () => {
		fc.assert(
			fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
				expect(FORBIDDEN.test(sanitize(text))).toBe(false);
			}),
			{ numRuns: 2000 },
		);
	});

	it("is the same on pieces as on the whole (the renderer cuts text anywhere)", () => {
		fc.assert(
			fc.property(
				fc.string({ unit: "grapheme", maxLength: 40 }),
				fc.string({ unit: "grapheme", maxLength: 40 }),
				(a, b) => {
					expect(sanitize(a) + sanitize(b)).toBe(sanitize(a + b));
				},
			),
		);
	});

	it("is idempotent and changes nothing in safe text", () => {
		fc.assert(
			fc.property(fc.string({ unit: "binary", maxLength: 100 }), (text) => {
				const once = sanitize(text);
				expect(sanitize(once)).toBe(once);
				expect(isTerminalSafe(once)).toBe(true);
			}),
		);
	});
});

describe("toTerminalSafeJson", () => {
	it("escapes what the terminal would act on and round-trips losslessly", () => {
		fc.assert(
			fc.property(fc.string({ unit: "binary", maxLength: 100 }), (text) => {
				const json = toTerminalSafeJson({ text });
				expect(FORBIDDEN.test(json)).toBe(false);
				expect(json).not.toMatch(/\u001b/);
				expect(JSON.parse(json)).toEqual({ text });
			}),
			{ numRuns: 1000 },
		);
	});

	it("writes C1 and bidi characters and lone surrogates as \\u escapes", () => {
		expect(toTerminalSafeJson("\u009b\u202e\uD800")).toBe('"\\u009b\\u202e\\ud800"');
	});
});
