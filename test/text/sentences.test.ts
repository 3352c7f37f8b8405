import { describe, expect, it } from "vitest";
import { splitSentences } from "../../source/text/sentences.js";

const sentences = (text: string) =>
	splitSentences(text).map((span) => text.slice(span.start, span.end));

describe("splitSentences", () => {
	it("splits at full stops, question and exclamation marks", () => {
		expect(sentences("One. Two? Three! Four")).toEqual(["One.", "Two?", "Three!", "Four"]);
	});

	it("keeps closing quotes with their sentence", () => {
		expect(
			sentences("“We do not support this,” he said. “They did not disclose.” Then more."),
		).toEqual(["“We do not support this,” he said.", "“They did not disclose.”", "Then more."]);
	});

	it("does not split after abbreviations, initials or inside numbers", () => {
		expect(
			sentences(
				"He entered on Nov. 24. Dr. Eddie Warrior spoke. John F. Kennedy paid $US7.25 an hour. The U.S. agreed. Columnist E.J. Dionne wrote it. The F.B.I. agent left.",
			),
		).toEqual([
			"He entered on Nov. 24.",
			"Dr. Eddie Warrior spoke.",
			"John F. Kennedy paid $US7.25 an hour.",
			"The U.S. agreed.",
			"Columnist E.J. Dionne wrote it.",
			"The F.B.I. agent left.",
		]);
	});

	it("does not split before a lower-case word", () => {
		expect(sentences("It cost 3 p.m. prices. fine")).toEqual(["It cost 3 p.m. prices. fine"]);
	});
});
