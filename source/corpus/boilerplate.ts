/**
 * Recognises the lines a news page wraps around a story: promotions of other
 * stories, newsletter and social-media prompts, homepage links. They are
 * kept (word for word) but shown apart from the story and not treated as the
 * article's statements.
 */
const BOILERPLATE: readonly RegExp[] = [
	/^(?:READ|SEE|WATCH|LISTEN) (?:MORE|ALSO|NEXT)\s*:/i,
	/^(?:RELATED|MORE|ALSO READ|RECOMMENDED)\s*:/,
	/^Visit\b.{0,60}\b(?:homepage|home page|website|site)\b/i,
	/^(?:Follow|Like) (?:us|[\p{Lu}][\p{L}'’ .&-]{0,60}) on (?:Facebook|Twitter|X|Instagram|LinkedIn|TikTok|YouTube|Threads)\b/iu,
	/^(?:Sign up|Subscribe|Get)\b.{0,80}\b(?:newsletters?|inbox|updates)\b/i,
	/\b(?:Emails? & Alerts|to your inbox)\b/i,
	/^(?:Photo|Image|Picture) (?:credit|courtesy)s?\s*:/i,
	/^(?:Copyright|©)\s/i,
	/^Click here\b/i,
];

// Long paragraphs that merely mention a newsletter are story text.
const MAX_BOILERPLATE_LENGTH = 200;

export function isBoilerplate(paragraph: string): boolean {
	const text = paragraph.trim();
	if (text.length === 0 || text.length > MAX_BOILERPLATE_LENGTH) return false;
	return BOILERPLATE.some((pattern) => pattern.test(text));
}

/**
 * Photo captions: a credit such as "(AP Photo/…)", "(Getty Images)" or
 * "Reuters FILE PHOTO:" marks the paragraph as a caption, not story text.
 */
const CAPTION: readonly Rule[] = [
	{
		pattern:
			/\((?:AP|Reuters|AFP|Getty|EPA|Shutterstock)[^()]{0,40}(?:Photo|Images?)[^()]{0,60}\)\s*$/i,
		within: lastParenthesis,
	},
	{
		pattern: /\((?:Photo|Image|Picture)(?: by|:)[^()]{1,80}\)\s*$/i,
		within: lastParenthesis,
	},
	{
		pattern: /^(?:\p{Lu}[\p{L}]+ )?(?:FILE )?PHOTO\s*:/u,
		within: (text) => (text.includes("PHOTO") ? text : null),
	},
	{
		pattern: /(?:Getty Images|Shutterstock|Reuters\/[\p{Lu}][\p{L}]+)\s*$/u,
		within: (text) =>
			text.includes("Getty Images") || text.includes("Shutterstock") || text.includes("Reuters/")
				? text
				: null,
	},
];

/**
 * A pattern, and the part of a (trimmed) text it can match in, or null if
 * the text lacks what it needs, found without a regular expression: a 5 MB
 * article's 26,000 paragraphs are told apart before its first screen,
 * while the patterns still run cold (72 → 59 ms for all of its parsing).
 */
interface Rule {
	readonly pattern: RegExp;
	readonly within: (text: string) => string | null;
}

/** A credit in parentheses closes the text, and holds no parenthesis: it starts at the last "(". */
function lastParenthesis(text: string): string | null {
	if (!text.endsWith(")")) return null;
	const open = text.lastIndexOf("(");
	return open < 0 ? null : text.slice(open);
}

const MAX_CAPTION_LENGTH = 400;

export function isCaption(paragraph: string): boolean {
	const text = paragraph.trim();
	if (text.length === 0 || text.length > MAX_CAPTION_LENGTH) return false;
	return CAPTION.some((rule) => {
		const part = rule.within(text);
		return part !== null && rule.pattern.test(part);
	});
}
