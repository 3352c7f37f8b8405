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
const CAPTION: readonly RegExp[] = [
	/\((?:AP|Reuters|AFP|Getty|EPA|Shutterstock)[^()]{0,40}(?:Photo|Images?)[^()]{0,60}\)\s*$/i,
	/\((?:Photo|Image|Picture)(?: by|:)[^()]{1,80}\)\s*$/i,
	/^(?:\p{Lu}[\p{L}]+ )?(?:FILE )?PHOTO\s*:/u,
	/(?:Getty Images|Shutterstock|Reuters\/[\p{Lu}][\p{L}]+)\s*$/u,
];

const MAX_CAPTION_LENGTH = 400;

export function isCaption(paragraph: string): boolean {
	const text = paragraph.trim();
	if (text.length === 0 || text.length > MAX_CAPTION_LENGTH) return false;
	return CAPTION.some((pattern) => pattern.test(text));
}
