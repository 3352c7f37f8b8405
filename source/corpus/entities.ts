/**
 * HTML character references, as scraped articles are full of them
 * (&amp;, &#8217;, &rsquo;). Decoded when the article is read, so that the
 * sanitiser, applied when text is shown, sees the characters they stand
 * for: "&#27;" becomes an ESC here, and is made harmless there, like any
 * other.
 */
const NAMED: Record<string, string> = {
	amp: "&",
	lt: "<",
	gt: ">",
	quot: '"',
	apos: "'",
	nbsp: " ",
	ndash: "–",
	mdash: "—",
	lsquo: "‘",
	rsquo: "’",
	ldquo: "“",
	rdquo: "”",
	sbquo: "‚",
	bdquo: "„",
	hellip: "…",
	laquo: "«",
	raquo: "»",
	copy: "©",
	reg: "®",
	trade: "™",
	deg: "°",
	eacute: "é",
	egrave: "è",
	aacute: "á",
	agrave: "à",
	oacute: "ó",
	uacute: "ú",
	iacute: "í",
	ntilde: "ñ",
	ccedil: "ç",
	uuml: "ü",
	ouml: "ö",
	auml: "ä",
	szlig: "ß",
	euro: "€",
	pound: "£",
	cent: "¢",
	middot: "·",
	bull: "•",
	times: "×",
	shy: "\u00ad",
};

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g;

export function decodeEntities(text: string): string {
	if (!text.includes("&")) return text;
	return text.replace(
		REFERENCE,
		(whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
			if (name !== undefined) return NAMED[name] ?? whole;
			const code =
				decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? "", 16);
			// Not a character (too large, or a surrogate half): left as written.
			if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
			return String.fromCodePoint(code === 0 ? 0xfffd : code);
		},
	);
}
