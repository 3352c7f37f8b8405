import { describe, expect, it } from "vitest";
import { relationOf, speakerAgreement, voiceAgreement } from "../../source/quotes/evidence.js";
import { RarityCounts, side, sideSimilarity } from "../../source/quotes/similarity.js";

// Passages of one story, so that words are weighed by how rare they are in it.
const STORY = [
	"The council voted to close the Dunmore bridge for repairs.",
	"Inspectors found cracks in two of the bridge's pylons last week.",
	"Commuters will use the ferry while the bridge is closed.",
	"The mayor said the council had no choice.",
	"Residents said the ferry was slow and the council was late.",
	"The repairs will cost the council about four million dollars.",
];

function relation(a: string, b: string, speakers: "same" | "different" | "unknown") {
	const counts = new RarityCounts();
	for (const passage of [...STORY, a, b]) counts.add(passage);
	const weights = counts.weights();
	const left = side(a, weights);
	const right = side(b, weights);
	return relationOf(left, right, sideSimilarity(left, right, weights), counts.rare(), speakers);
}

describe("whether two passages are one statement", () => {
	it("calls a shortened quote of the other the same", () => {
		expect(
			relation(
				"we had no choice but to close it",
				"Frankly, we had no choice but to close it before someone was hurt.",
				"unknown",
			),
		).toBe("same");
	});

	it("calls a paraphrase with rare words in common related", () => {
		expect(
			relation(
				"The pylons are cracked and the span is unsafe.",
				"With cracked pylons, nobody can call that span safe.",
				"unknown",
			),
		).toBe("related");
	});

	it("pairs a one-word quote only with the same voice saying the same rare word", () => {
		expect(relation("reckless", "It was reckless, and the council knew it", "same")).toBe("same");
		expect(relation("reckless", "It was reckless, and the council knew it", "unknown")).toBeNull();
		expect(relation("council", "It was reckless, and the council knew it", "same")).toBeNull();
	});

	it("does not pair passages that share only the story's common words", () => {
		expect(
			relation(
				"The council will meet again on Monday about the bridge.",
				"The bridge was the council's pride when it opened.",
				"unknown",
			),
		).toBeNull();
	});

	it("takes two words in order as one statement only when both say something", () => {
		// "the agenda" is a run of two, one of them a function word: two remarks about an agenda.
		expect(relation("clear the agenda", "Every option is on the agenda.", "unknown")).toBeNull();
		expect(relation("ferry pylons", "the ferry pylons crack", "unknown")).not.toBeNull();
	});

	it("needs the very same words from two people named differently", () => {
		const paraphrase = [
			"The pylons are cracked and the span is unsafe.",
			"With cracked pylons, nobody can call that span safe.",
		] as const;
		expect(relation(...paraphrase, "different")).toBeNull();
		expect(
			relation("we had no choice but to close it", "we had no choice but to close it", "different"),
		).toBe("same");
	});

	it("never pairs one word", () => {
		expect(relation("reckless", "reckless", "same")).toBeNull();
	});
});

describe("whose voice a quotation is", () => {
	it("takes a shared name for one person", () => {
		expect(speakerAgreement("Mr. Trump", "Donald Trump")).toBe("same");
		expect(speakerAgreement("Ilse Varga", "Tom Barrett")).toBe("different");
	});

	it("takes a name for one whatever apostrophe each outlet prints", () => {
		expect(speakerAgreement("Terry O'Hara", "Ms. O’Hara")).toBe("same");
	});

	it("cannot tell a description or a blank from anyone", () => {
		expect(speakerAgreement("a spokeswoman for the campaign", "Ilse Varga")).toBe("unknown");
		expect(speakerAgreement(null, "Ilse Varga")).toBe("unknown");
	});

	it("hears a spokesperson as the one they speak for", () => {
		expect(
			voiceAgreement(
				{ speaker: "Ian Roe", onBehalfOf: "Vera Holm" },
				{ speaker: "Senator Vera Holm", onBehalfOf: null },
			),
		).toBe("same");
		expect(
			voiceAgreement(
				{ speaker: "Ian Roe", onBehalfOf: "Vera Holm" },
				{ speaker: "Tom Barrett", onBehalfOf: null },
			),
		).toBe("different");
	});
});
