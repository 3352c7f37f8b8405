import { sanitize } from "../text/sanitize.js";

/**
 * The OSC 52 sequence that puts text on the clipboard of the terminal the
 * user sits at, even across SSH. The text is sanitised (it is pasted
 * somewhere later) and base64-encoded, so nothing in it can escape the
 * sequence.
 */
export function osc52(text: string): string {
	return `\u001b]52;c;${Buffer.from(sanitize(text), "utf8").toString("base64")}\u0007`;
}
