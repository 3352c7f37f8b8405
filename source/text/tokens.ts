/** A word of a text, normalised for matching, with where it stands in the text. */
export interface Token {
	readonly word: string;
	readonly start: number;
	readonly end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[’'][\p{L}]+)*/gu;
const MARKS = /\p{M}+/gu;
const NON_ASCII = /[^\u0000-\u007f]/;

/** Lower case without accents: "Café" and "cafe" are one word to the search. */
export function normaliseWord(word: string): string {
	const lower = word.toLowerCase();
	if (!NON_ASCII.test(lower)) return lower;
	return lower.normalize("NFD").replace(MARKS, "").replace(/’/g, "'");
}

/** The words of `text` (letters and digits, with inner apostrophes: "don’t", "Bloomberg’s"). */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	for (const match of text.matchAll(WORD)) {
		tokens.push({
			word: normaliseWord(match[0]),
			start: match.index,
			end: match.index + match[0].length,
		});
	}
	return tokens;
}

/** Just the normalised words, for indexing. */
export function words(text: string): string[] {
	const found = text.match(WORD);
	return found ? found.map(normaliseWord) : [];
}
