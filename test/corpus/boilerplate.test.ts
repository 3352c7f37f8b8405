import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCaption } from "../../source/corpus/boilerplate.js";

/** The caption rule as first written: any of these, over the whole trimmed text. */
const WHOLE_TEXT_CAPTION = [
	/\((?:AP|Reuters|AFP|Getty|EPA|Shutterstock)[^()]{0,40}(?:Photo|Images?)[^()]{0,60}\)\s*$/i,
	/\((?:Photo|Image|Picture)(?: by|:)[^()]{1,80}\)\s*$/i,
	/^(?:\p{Lu}[\p{L}]+ )?(?:FILE )?PHOTO\s*:/u,
	/(?:Getty Images|Shutterstock|Reuters\/[\p{Lu}][\p{L}]+)\s*$/u,
];

function captionByWholeText(paragraph: string): boolean {
	const text = paragraph.trim();
	if (text.length === 0 || text.length > 400) return false;
	return WHOLE_TEXT_CAPTION.some((pattern) => pattern.test(text));
}

describe("isCaption", () => {
	it("knows photo credits", () => {
		expect(isCaption("Mike Bloomberg in Phoenix. (AP Photo/Rick Scuteri, File)")).toBe(true);
		expect(isCaption("Reuters FILE PHOTO: A candidate speaks")).toBe(true);
		expect(isCaption("The candidate at a rally. Getty Images")).toBe(true);
		expect(isCaption("A rally in Norfolk. Reuters/Jonathan")).toBe(true);
		expect(isCaption("He spoke (at length) about it.")).toBe(false);
		expect(isCaption("He spoke about it (2)")).toBe(false);
	});

	it("says what the patterns say over the whole text, whatever the text", () => {
		// Pieces of credits among ordinary words, so that near misses are common.
		const piece = fc.constantFrom(
			"(",
			")",
			"AP",
			"ap",
			"Reuters",
			"Reuters/",
			"Getty",
			"Getty Images",
			"Shutterstock",
			"Photo",
			"PHOTO",
			"FILE ",
			":",
			" by",
			"/",
			" ",
			"Image",
			"Jo",
			"a",
			"\n",
		);
		// A credit line's start, with or without what the pattern needs after it.
		const creditStart = fc
			.tuple(
				fc.constantFrom("", "Reuters ", "FILE ", "Reuters FILE ", "reuters "),
				fc.constantFrom("PHOTO", "Photo", "PHOTOS"),
				fc.constantFrom(":", " :", "  :", "", " - "),
				fc.string({ maxLength: 20 }),
			)
			.map((parts) => parts.join(""));
		const text = fc.oneof(
			creditStart,
			fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join("")),
			fc.string({ maxLength: 60 }),
			fc.string({ unit: "grapheme", maxLength: 40 }),
		);
		fc.assert(
			fc.property(text, (paragraph) => {
				expect(isCaption(paragraph)).toBe(captionByWholeText(paragraph));
			}),
			{ numRuns: 3000 },
		);
	});
});
