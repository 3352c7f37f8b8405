import { describe, expect, it } from "vitest";
import { parseBody, titleFromLede } from "../../source/corpus/body.js";
import { isBoilerplate, isCaption } from "../../source/corpus/boilerplate.js";

describe("parseBody", () => {
	it("splits paragraphs on blank lines and joins the lines inside one", () => {
		const { paragraphs } = parseBody("One line\ncontinues.\n\n\nTwo.\n", "plain");
		expect(paragraphs.map((p) => p.text)).toEqual(["One line continues.", "Two."]);
	});

	it("takes one paragraph per line when there are no blank lines", () => {
		const { paragraphs } = parseBody("First.\nSecond.\nThird.", "plain");
		expect(paragraphs.map((p) => p.text)).toEqual(["First.", "Second.", "Third."]);
	});

	it("takes a short first line that ends no sentence as the headline", () => {
		const { heading, paragraphs } = parseBody("A headline here\n\nThe lede.", "plain");
		expect(heading).toBe("A headline here");
		expect(paragraphs.map((p) => p.text)).toEqual(["The lede."]);
	});

	it("keeps a short line as text when nothing follows it", () => {
		const { heading, paragraphs } = parseBody("One short line", "plain");
		expect(heading).toBeNull();
		expect(paragraphs).toEqual([{ text: "One short line", kind: "text" }]);
	});

	it("does not take a first sentence or a caption as the headline", () => {
		expect(parseBody("It rained today.\n\nMore.", "plain").heading).toBeNull();
		expect(parseBody("Reuters FILE PHOTO: A man\n\nLede.", "plain").heading).toBeNull();
	});

	it("reads a Markdown heading and emphasised captions", () => {
		const { heading, paragraphs } = parseBody(
			"# The title #\n\n_A photo caption_\n\nText.",
			"markdown",
		);
		expect(heading).toBe("The title");
		expect(paragraphs).toEqual([
			{ text: "A photo caption", kind: "caption" },
			{ text: "Text.", kind: "text" },
		]);
	});

	it("does not mistake emphasis inside a paragraph for a caption", () => {
		const { paragraphs } = parseBody("_a_ and _b_ met.", "markdown");
		expect(paragraphs[0]?.kind).toBe("text");
	});

	it("keeps asterisks literally in plain text", () => {
		expect(parseBody("Head line\n\n*not markup*", "plain").paragraphs[0]).toEqual({
			text: "*not markup*",
			kind: "text",
		});
	});

	it("marks captions and boilerplate by what they say", () => {
		const body = [
			"Candidate speaks in Phoenix. (AP Photo/Rick Scuteri, File)",
			"READ MORE: Another story",
			"Story text.",
			"Follow Business Insider Australia on Facebook, Twitter, LinkedIn, and Instagram.",
		].join("\n\n");
		expect(parseBody(body, "plain").paragraphs.map((p) => p.kind)).toEqual([
			"caption",
			"boilerplate",
			"text",
			"boilerplate",
		]);
	});
});

describe("boilerplate", () => {
	it.each([
		"READ MORE: Cory Booker responds to Mike Bloomberg’s ‘well-spoken’ comments",
		"Visit Business Insider’s homepage for more stories.",
		"Business Insider Emails & Alerts Site highlights each day to your inbox. Email Address Join",
		"Follow Business Insider Australia on Facebook, Twitter, LinkedIn, and Instagram.",
		"Follow us on Twitter",
		"Sign up for our morning newsletter",
		"RELATED: Five things to know",
	])("recognises %s", (line) => {
		expect(isBoilerplate(line)).toBe(true);
	});

	it.each([
		"Bloomberg said his campaign used a third-party vendor.",
		"The newsletter was published by the campaign on Tuesday.",
		"Visitors followed the candidate on his tour.",
		"Civil liberties groups like the ACLU have consistently expressed concerns about prison labour.",
	])("leaves story text alone: %s", (line) => {
		expect(isBoilerplate(line)).toBe(false);
	});

	it.each([
		"Democratic presidential candidate Michael Bloomberg speaks to the media in Phoenix. (AP Photo/Rick Scuteri, File)",
		"Reuters FILE PHOTO: Democratic U.S. presidential candidate Michael Bloomberg addresses a news conference",
		"The senator at a rally on Monday. (Photo by Jane Doe/Getty Images)",
	])("recognises the caption %s", (line) => {
		expect(isCaption(line)).toBe(true);
	});

	it("does not take a sentence that mentions a photo for a caption", () => {
		expect(isCaption("The photo was taken by a reporter in Phoenix.")).toBe(false);
	});
});

describe("titleFromLede", () => {
	it("takes the first sentence of the first story paragraph, without its full stop", () => {
		expect(
			titleFromLede([
				{ text: "Reuters FILE PHOTO: x", kind: "caption" },
				{ text: "Michael Bloomberg used inmates. Then more.", kind: "text" },
			]),
		).toBe("Michael Bloomberg used inmates");
	});

	it("does not end the sentence at an abbreviation followed by a lower-case word", () => {
		expect(titleFromLede([{ text: "Dr. smith was there. Later.", kind: "text" }])).toBe(
			"Dr. smith was there",
		);
	});

	it("is null without story text", () => {
		expect(titleFromLede([{ text: "READ MORE: x", kind: "boilerplate" }])).toBeNull();
	});
});

describe("HTML character references", () => {
	it("are decoded when the article is read", () => {
		const { heading, paragraphs } = parseBody(
			"Fish &amp; Chips\n\nHe said &ldquo;no&rdquo; &#8212; twice&#x2026; &bogus; &#99999999;",
			"plain",
		);
		expect(heading).toBe("Fish & Chips");
		expect(paragraphs[0]?.text).toBe("He said “no” — twice… &bogus; &#99999999;");
	});

	it("become the characters they stand for before the sanitiser sees them, escapes included", async () => {
		const { sanitize } = await import("../../source/text/sanitize.js");
		const text =
			parseBody("Title\n\nA &#27;[2J clear and &#x9b;31m red", "plain").paragraphs[0]?.text ?? "";
		expect(text).toBe("A \u001b[2J clear and \u009b31m red");
		expect(sanitize(text)).toBe("A ␛[2J clear and \uFFFD31m red");
	});
});
