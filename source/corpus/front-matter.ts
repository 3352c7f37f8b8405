import { parse as parseYaml } from "yaml";
import { decodeEntities } from "./entities.js";

/** The fields parallax reads from front matter; every one optional. */
export interface FrontMatter {
	readonly id?: string;
	readonly title?: string;
	readonly source?: string;
	readonly story?: string;
	readonly url?: string;
	readonly published?: string;
}

export interface SplitResult {
	readonly frontMatter: FrontMatter;
	readonly body: string;
	/** One line each: what was wrong with the front matter, and what was done instead. */
	readonly problems: readonly string[];
}

const OPENING = /^---[ \t]*\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;
const FIELDS = ["id", "title", "source", "story", "url", "published"] as const;

/**
 * Splits YAML front matter (between `---` lines at the very top) from the
 * body. Broken front matter never loses the article: unterminated, it is all
 * body; unparsable, it is dropped with a problem noted; a field of the wrong
 * type is ignored with a problem noted.
 */
export function splitFrontMatter(text: string): SplitResult {
	const opening = OPENING.exec(text);
	if (!opening) return { frontMatter: {}, body: text, problems: [] };
	const rest = text.slice(opening[0].length);
	const closing = CLOSING.exec(rest);
	if (!closing) {
		return {
			frontMatter: {},
			body: text,
			problems: ["front matter has no closing '---'; read as plain text"],
		};
	}
	const yamlText = rest.slice(0, closing.index);
	const body = rest.slice(closing.index + closing[0].length).replace(/^\n/, "");
	let data: unknown;
	try {
		data =
			simpleFields(yamlText) ??
			parseYaml(yamlText, { maxAliasCount: 50, prettyErrors: false, logLevel: "error" });
	} catch (error) {
		const reason = error instanceof Error ? firstLine(error.message) : "invalid YAML";
		return { frontMatter: {}, body, problems: [`front matter ignored: ${reason}`] };
	}
	if (data === null || data === undefined) return { frontMatter: {}, body, problems: [] };
	if (typeof data !== "object" || Array.isArray(data)) {
		return {
			frontMatter: {},
			body,
			problems: ["front matter ignored: not a set of key: value fields"],
		};
	}
	return { ...readFields(data as Record<string, unknown>), body };
}

// One `key: value` line: a plain key, a space, a value on the line.
const SIMPLE_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):[ \t]+(.*?)[ \t]*$/;
// A value the YAML library would read as a plain string, character for character: no indicator
// first, no ": " or " #" inside (a mapping, a comment), nothing a number, date, boolean or null.
const PLAIN = /^(?![-?:,[\]{}#&*!|>'"%@`])(?!.*(?::\s|:$| #))[^\t]+$/;
const SPECIAL = /^(?:[-+]?\.?\d|[-+]?\.(?:inf|nan)$|(?:~|null|true|false|yes|no|on|off|y|n)$)/i;

/**
 * Front matter of plain `key: value` lines, read without the YAML library (a
 * tenth of the time: 10,000 articles' front matter took 0.4 s through it);
 * null for anything else (quotes with escapes, lists, numbers, dates, two
 * lines of one value, a key twice), which the library reads as it always has.
 */
export function simpleFields(yamlText: string): Record<string, string> | null {
	if (yamlText.includes("\r")) return null;
	const fields: Record<string, string> = {};
	for (const line of yamlText.split("\n")) {
		if (line.trim() === "") continue;
		const match = SIMPLE_LINE.exec(line);
		if (!match) return null;
		const [, key, raw] = match as unknown as [string, string, string];
		if (Object.hasOwn(fields, key) || key === "__proto__") return null;
		const value = scalar(raw);
		if (value === null) return null;
		fields[key] = value;
	}
	return fields;
}

/** A value on one line: "double-quoted" without escapes, 'single-quoted', or plain; else null. */
function scalar(raw: string): string | null {
	if (raw.startsWith('"')) return /^"[^"\\]*"$/.test(raw) ? raw.slice(1, -1) : null;
	if (raw.startsWith("'"))
		return /^'(?:[^']|'')*'$/.test(raw) ? raw.slice(1, -1).replace(/''/g, "'") : null;
	return PLAIN.test(raw) && !SPECIAL.test(raw) ? raw : null;
}

function readFields(data: Record<string, unknown>): Omit<SplitResult, "body"> {
	const frontMatter: Record<string, string> = {};
	const problems: string[] = [];
	for (const field of FIELDS) {
		const value = data[field];
		if (value === undefined || value === null) continue;
		const text = scalarText(value);
		if (text === undefined) {
			problems.push(`front matter field '${field}' ignored: expected text`);
		} else if (field === "url" && !isWebUrl(text.trim())) {
			problems.push("front matter field 'url' ignored: not an http(s) address");
		} else if (text.trim() !== "") {
			frontMatter[field] = decodeEntities(text.trim()).replace(/\s+/g, " ");
		}
	}
	return { frontMatter, problems };
}

function scalarText(value: unknown): string | undefined {
	if (typeof value === "string") return value;
	if (typeof value === "number" || typeof value === "boolean") return String(value);
	// YAML turns an unquoted 2019-11-26 into a Date.
	if (value instanceof Date && !Number.isNaN(value.getTime())) {
		return value.toISOString().slice(0, 10);
	}
	return undefined;
}

function isWebUrl(text: string): boolean {
	if (/[\s\u0000-\u001f\u007f-\u009f]/.test(text)) return false;
	try {
		const url = new URL(text);
		return url.protocol === "http:" || url.protocol === "https:";
	} catch {
		return false;
	}
}

function firstLine(message: string): string {
	return message.split("\n", 1)[0]?.trim() || "invalid YAML";
}
