import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../source/quotes/extract.js";
import { findQuoteSpans } from "../../source/quotes/marks.js";
import { type Expected, quotes } from "../fixtures/quotes.js";
import { article, bundledCorpus } from "../fixtures.js";

describe("extractQuotes on the bundled articles", () => {
	it("finds each quotation with its speaker and kind", async () => {
		const corpus = await bundledCorpus();
		const [grio, insider] = corpus.articles.map((a) =>
			extractQuotes(a).map((q) => [q.text.slice(0, 30), q.speaker, q.kind]),
		);
		expect(grio).toEqual([
			["well-spoken", null, "term"],
			["no beef", null, "term"],
			["We do not support this practic", "Michael Bloomberg", "statement"],
			["The people were required to en", "John Washington", "statement"],
			["They did not disclose, however", "John Washington", "statement"],
			["stop-and-frisk", null, "term"],
			["regret", null, "term"],
			["I was wrong", "Michael Bloomberg", "statement"],
			["I am sorry", "Michael Bloomberg", "statement"],
			["can’t change history.", "Michael Bloomberg", "statement"],
		]);
		expect(insider).toEqual([
			["We didn’t know about this and ", "Julie Wood", "statement"],
			["We don’t believe in this pract", "Julie Wood", "statement"],
			// The website says inmates are paid “…” if they have “…”: both its words.
			["up to $US20 per month", "the Depart of Corrections’ website", "statement"],
			["institutional job assignments.", "the Depart of Corrections’ website", "statement"],
			["modern day slavery.", null, "term"],
			["Most prisoners want to work, a", "David Fathi", "statement"],
			["given the vast power inequalit", "David Fathi", "statement"],
			["excluded from the legal protec", "David Fathi", "statement"],
		]);
	});
});

describe("quotation marks", () => {
	it.each<[string, string, Expected[]]>([
		[
			"curly double quotes",
			"“We will win,” said Jane Doe.",
			[["We will win", "Jane Doe", "statement"]],
		],
		[
			"straight double quotes",
			'"We will win," said Jane Doe.',
			[["We will win", "Jane Doe", "statement"]],
		],
		[
			"single quotes as quotation marks",
			"‘We will win,’ said Jane Doe.",
			[["We will win", "Jane Doe", "statement"]],
		],
		[
			"straight single quotes",
			"'We will win,' said Jane Doe.",
			[["We will win", "Jane Doe", "statement"]],
		],
		[
			"apostrophes are not quotes",
			"Bloomberg’s campaign didn’t say, and the ’90s aren’t back; it's the campaigns’ call.",
			[],
		],
		["an elided year in single quotes", "It was the ‘90s and the '80s before that.", []],
		["an inch sign after a number", 'The 6" pipe and the 12" one burst, officials said.', []],
		[
			"an inch sign does not end a quote",
			"“The pipe was 6 inches wide,” said plumber Bob Jones.",
			[["The pipe was 6 inches wide", "Bob Jones", "statement"]],
		],
		[
			"nested quotes stay inside their quotation",
			"“He called it ‘a disgrace’ and walked out,” said Mary Smith.",
			[["He called it ‘a disgrace’ and walked out", "Mary Smith", "statement"]],
		],
		[
			"British style: single outside, double inside",
			"‘The sign read “closed”, so we left,’ said Tom Brown.",
			[["The sign read “closed”, so we left", "Tom Brown", "statement"]],
		],
		["an unmatched closing mark is ignored", "He left.” Then nothing.", []],
	])("%s", (_name, text, expected) => {
		expect(quotes(text)).toEqual(expected);
	});
});

describe("speakers", () => {
	it.each<[string, string[], Expected[]]>([
		[
			"X said",
			["“We are ready,” Maria Lopez said."],
			[["We are ready", "Maria Lopez", "statement"]],
		],
		[
			"said X",
			["“We are ready,” said Maria Lopez."],
			[["We are ready", "Maria Lopez", "statement"]],
		],
		[
			"X, an appositive, told Z",
			["“We didn’t know,” Julie Wood, a spokesperson for the campaign, told The Intercept."],
			[["We didn’t know", "Julie Wood", "statement"]],
		],
		[
			"wrote reporter X",
			["“The people were required to call,” wrote reporter John Washington."],
			[["The people were required to call", "John Washington", "statement"]],
		],
		[
			"X added",
			["“And we will do more,” Maria Lopez added."],
			[["And we will do more", "Maria Lopez", "statement"]],
		],
		[
			"according to X",
			["The plan, according to Senator Amy Klein, is “dead on arrival in the House.”"],
			[["dead on arrival in the House.", "Amy Klein", "statement"]],
		],
		[
			"X said in a statement",
			[
				"“We do not support this practice,” Bloomberg said in a statement he posted on Twitter.",
				"Michael Bloomberg ran.",
			],
			[["We do not support this practice", "Michael Bloomberg", "statement"]],
		],
		[
			"a colon introduction with a time phrase between",
			[
				"David Fathi, director of the National Prison Project at the ACLU, in November 2018 wrote: “Most prisoners want to work.”",
			],
			[["Most prisoners want to work.", "David Fathi", "statement"]],
		],
		[
			"X said before the quote",
			["Chen said “the numbers do not add up” and left."],
			[["the numbers do not add up", "Chen", "statement"]],
		],
		[
			"a surname resolves to the full name given earlier",
			["Police chief Anna Berg spoke on Monday.", "“We have a suspect,” Berg said."],
			[["We have a suspect", "Anna Berg", "statement"]],
		],
		[
			"a title before the name is dropped",
			["“It is over,” said Mayor Bill Turner."],
			[["It is over", "Bill Turner", "statement"]],
		],
		[
			"a pronoun resolves to the one person named",
			["Officer Dana Reyes arrived first.", "“It was chaos,” she said."],
			[["It was chaos", "Dana Reyes", "statement"]],
		],
		[
			"an ambiguous pronoun stays unknown",
			["Ann Hill and Sara Vance argued for an hour.", "“It was pointless,” she said."],
			[["It was pointless", null, "statement"]],
		],
		[
			"they is never resolved to one person",
			["Residents met Paul Ng.", "“We want answers from the council,” they said."],
			[["We want answers from the council", null, "statement"]],
		],
		[
			"a quote resumed after its attribution keeps its speaker",
			["“We didn’t know about this,” Julie Wood told reporters. “We have ended the contract.”"],
			[
				["We didn’t know about this", "Julie Wood", "statement"],
				["We have ended the contract.", "Julie Wood", "statement"],
			],
		],
		[
			"quotes joined in one sentence share the speaker",
			["Bloomberg stated “I was wrong” and “I am sorry” in the speech."],
			[
				["I was wrong", "Bloomberg", "statement"],
				["I am sorry", "Bloomberg", "statement"],
			],
		],
		[
			"a partial quote after 'that he'",
			["Michael Bloomberg spoke.", "He acknowledged that he “can’t change history.”"],
			[["can’t change history.", "Michael Bloomberg", "statement"]],
		],
		[
			"an unattributed statement has no speaker",
			["“Nobody saw this coming, nobody at all.” The town was quiet."],
			[["Nobody saw this coming, nobody at all.", null, "statement"]],
		],
		[
			"a name inside the quote is not the speaker",
			["“Tell John Smith he was right about everything,” the note read."],
			[["Tell John Smith he was right about everything", "the note", "statement"]],
		],
	])("%s", (_name, paragraphs, expected) => {
		expect(quotes(...paragraphs)).toEqual(expected);
	});
});

describe("outlet styles", () => {
	it.each<[string, string[], Expected[]]>([
		[
			"wire copy",
			[
				"WASHINGTON (Reuters) - The Senate passed the bill on Tuesday, a spokesman for Majority Leader Ann Ford said.",
				"“This is a historic day for American workers,” Ford said in a statement. “We kept our promise.”",
			],
			[
				["This is a historic day for American workers", "Ann Ford", "statement"],
				["We kept our promise.", "Ann Ford", "statement"],
			],
		],
		[
			"tabloid, with an age and a colon",
			["Grandmother Edna Price, 82, said: “I never thought I’d see the day. It’s a miracle!”"],
			[["I never thought I’d see the day. It’s a miracle!", "Edna Price", "statement"]],
		],
		[
			"long-form, present tense and a later part",
			[
				"Marta Gil has run the shelter for a decade.",
				"“You learn to listen,” Gil says, pouring coffee. “Most people just want to be heard.”",
			],
			[
				["You learn to listen", "Marta Gil", "statement"],
				["Most people just want to be heard.", "Marta Gil", "statement"],
			],
		],
		[
			"a quotation over several paragraphs",
			[
				"Judge Rosa Kim wrote: “The evidence does not support the charge.",
				"“Nor does the testimony of the witnesses, who contradicted one another.",
				"“The case is dismissed.”",
			],
			[
				["The evidence does not support the charge.", "Rosa Kim", "statement"],
				[
					"Nor does the testimony of the witnesses, who contradicted one another.",
					"Rosa Kim",
					"statement",
				],
				["The case is dismissed.", "Rosa Kim", "statement"],
			],
		],
		[
			"a quotation over paragraphs attributed at its end",
			["“We tried everything.", "“Nothing worked,” said coach Lee Park."],
			[
				["We tried everything.", "Lee Park", "statement"],
				["Nothing worked", "Lee Park", "statement"],
			],
		],
	])("%s", (_name, paragraphs, expected) => {
		expect(quotes(...paragraphs)).toEqual(expected);
	});
});

describe("statement or term", () => {
	it.each<[string, string, Expected[]]>([
		[
			"a scare quote",
			"He backed the “stop-and-frisk” strategy for years.",
			[["stop-and-frisk", null, "term"]],
		],
		["a nickname", "The senator, known as “The Hammer,” voted no.", [["The Hammer", null, "term"]]],
		[
			"a title",
			"She wrote the essay “Against the Grain” in 1998.",
			[["Against the Grain", null, "term"]],
		],
		[
			"a slogan",
			"Supporters chanted the slogan “yes we can” all night.",
			[["yes we can", null, "term"]],
		],
		[
			"a longer phrase after 'dubbed'",
			"Critics dubbed it “the worst deal in history” within hours.",
			[["the worst deal in history", null, "term"]],
		],
		[
			"a short attributed quote is a statement",
			"Bloomberg said “I was wrong” on stage.",
			[["I was wrong", "Bloomberg", "statement"]],
		],
	])("%s", (_name, text, expected) => {
		expect(quotes(text)).toEqual(expected);
	});

	it("treats quotes in boilerplate and captions as terms, never statements", () => {
		expect(
			quotes(
				{
					text: "READ MORE: Booker responds to Bloomberg’s ‘well-spoken’ comments",
					kind: "boilerplate",
				},
				{ text: "“We are here,” said Ann Lee at the rally. (AP Photo/X)", kind: "caption" },
			),
		).toEqual([
			["well-spoken", null, "term"],
			["We are here", null, "term"],
		]);
	});
});

describe("spans", () => {
	it("point into the paragraph text", () => {
		const quote = extractQuotes(article({ paragraphs: ["Intro. “Words here,” she said."] }))[0];
		expect(quote?.text).toBe("Words here");
		expect("Intro. “Words here,” she said.".slice(quote?.start, quote?.end)).toBe("Words here");
	});

	it("link the parts of one quotation", () => {
		const found = extractQuotes(
			article({ paragraphs: ["“One,” said Ana Ruiz. “Two.”", "“Three.", "“Four.”"] }),
		);
		expect(found.map((q) => q.partOf)).toEqual([null, 0, null, 2]);
	});

	it("never throw, and always point into the text, whatever the input", () => {
		const quoteChars = fc.constantFrom(
			"“",
			"”",
			"‘",
			"’",
			'"',
			"'",
			" ",
			"a",
			"B",
			".",
			",",
			"said",
			" Ann Lee",
			"\n",
			"6",
		);
		fc.assert(
			fc.property(
				fc.array(
					fc.array(quoteChars, { maxLength: 40 }).map((parts) => parts.join("")),
					{ maxLength: 5 },
				),
				(texts) => {
					const paragraphs = texts.map((text) => text.trim()).filter(Boolean);
					if (paragraphs.length === 0) return;
					const item = article({ paragraphs });
					for (const quote of extractQuotes(item)) {
						const text = item.paragraphs[quote.paragraph]?.text ?? "";
						expect(quote.start).toBeGreaterThanOrEqual(0);
						expect(quote.end).toBeLessThanOrEqual(text.length);
						expect(quote.start).toBeLessThan(quote.end);
						expect(text.slice(quote.start, quote.end)).toBe(quote.text);
					}
				},
			),
			{ numRuns: 1500 },
		);
		fc.assert(
			fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
				const item = article({ paragraphs: [text.trim() || "x"] });
				for (const quote of extractQuotes(item))
					expect(item.paragraphs[0]?.text.slice(quote.start, quote.end)).toBe(quote.text);
				expect(Array.isArray(findQuoteSpans(text))).toBe(true);
			}),
			{ numRuns: 1000 },
		);
	});
});
