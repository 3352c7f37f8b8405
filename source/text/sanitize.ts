/**
 * The one gate between untrusted text (articles, front matter, file names,
 * error messages that quote them) and the terminal or stdout.
 *
 * The mapping is per code point, so sanitising pieces and joining them gives
 * the same result as sanitising the whole: the renderer can cut a paragraph at
 * any grapheme boundary (for wrapping and highlighting) and sanitise each cut
 * on its own, at the last step, without shifting anything.
 *
 * - C0 controls other than tab and newline become their Unicode "control
 *   picture" (ESC shows as ␛), DEL shows as ␡: an escape sequence is made
 *   visible and inert, never interpreted.
 * - C1 controls (the 8-bit forms of CSI, OSC, DCS, APC, PM, SOS, ST…) become
 *   U+FFFD.
 * - Bidi embedding, override, isolate and mark characters are dropped: they
 *   can reorder what the reader sees without being visible themselves.
 * - Lone surrogates (not encodable as UTF-8) become U+FFFD.
 * - The zero-width joiner and the skin-tone modifiers are dropped: terminals
 *   disagree on how wide a joined emoji sequence is (one glyph of two
 *   columns, or each part drawn apart), and a line that is wider on screen
 *   than measured pushes the panes out of line. Apart, every terminal draws
 *   them the same width: 👩‍👩‍👧 shows as 👩👩👧.
 */

const BIDI_CONTROLS = "\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";

/** The joiner and the skin-tone modifiers, dropped for width's sake (not safety's). */
const DROPPED = ["\u200D", "\u{1F3FB}", "\u{1F3FC}", "\u{1F3FD}", "\u{1F3FE}", "\u{1F3FF}"];

/** Everything a terminal could act on; tab and newline excepted. */
// With the u flag a surrogate range only matches unpaired surrogates.
const ACTIVE =
	/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/gu;

/** Everything the sanitiser changes. */
const UNSAFE = new RegExp(`${ACTIVE.source.slice(0, -1)}\\u200D\\u{1F3FB}-\\u{1F3FF}]`, "gu");

const UNSAFE_TEST = new RegExp(UNSAFE.source, "u");

function replacement(char: string): string {
	const code = char.charCodeAt(0);
	if (code < 0x20) return String.fromCharCode(0x2400 + code);
	if (code === 0x7f) return "\u2421";
	if (BIDI_CONTROLS.includes(char) || DROPPED.includes(char)) return "";
	return "\uFFFD";
}

/** Makes untrusted text safe to write to a terminal (see the module comment). */
export function sanitize(text: string): string {
	if (!UNSAFE_TEST.test(text)) return text;
	return text.replace(UNSAFE, replacement);
}

/** True when `text` holds nothing the sanitiser would change. */
export function isTerminalSafe(text: string): boolean {
	return !UNSAFE_TEST.test(text);
}

/**
 * JSON for stdout: lossless (consumers get the real characters back) but
 * inert on a terminal, because every character the sanitiser would touch is
 * written as a \uXXXX escape instead of raw. JSON.stringify already escapes
 * C0; this adds DEL, C1, bidi controls and lone surrogates.
 */
export function toTerminalSafeJson(value: unknown, indent?: number): string {
	return JSON.stringify(value, null, indent).replace(
		ACTIVE,
		(char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
	);
}
