/** What the terminal can show, decided once at start from the environment. */
export interface Capabilities {
	/** Colour may be used (never alone: every highlight also has a text attribute or a marker). */
	readonly color: boolean;
	/** Box-drawing characters, arrows and ellipses; else ASCII stand-ins. */
	readonly unicode: boolean;
	/** OSC 8 hyperlinks may be written around link text. */
	readonly hyperlinks: boolean;
}

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * NO_COLOR (any non-empty value) turns colour off but keeps bold, inverse and
 * underline; TERM=dumb turns everything off but plain text. The character set
 * follows the locale: LC_ALL, then LC_CTYPE, then LANG, as the C library reads them.
 */
export function detectCapabilities(env: Environment, hasColors: boolean): Capabilities {
	const dumb = env.TERM === "dumb";
	const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || "";
	const unicode = !dumb && /utf-?8/i.test(locale);
	return {
		color: !dumb && !env.NO_COLOR && hasColors,
		unicode,
		hyperlinks: !dumb && unicode && env.TERM !== "linux",
	};
}
