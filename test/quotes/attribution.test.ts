import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../source/quotes/extract.js";
import { findQuoteSpans } from "../../source/quotes/marks.js";
import { type Expected, quotes } from "../fixtures/quotes.js";
import { article } from "../fixtures.js";

/** The quoted words of every outermost span of a paragraph. */
function spans(text: string): string[] {
	return findQuoteSpans(text)
		.filter((span) => !span.nested)
		.map((span) => text.slice(span.start, span.end));
}

describe("quotation marks in every convention", () => {
	it.each<[string, string, string[]]>([
		[
			"two apostrophes (archive copy)",
			"''We will rebuild,'' said Mayor Jo Hale.",
			["We will rebuild,"],
		],
		["backticks and apostrophes", "``We will rebuild,'' said Mayor Jo Hale.", ["We will rebuild,"]],
		["guillemets", "«Nous reconstruirons», a dit la maire.", ["Nous reconstruirons"]],
		["guillemets pointing inwards", "»Wir bauen wieder auf«, sagte sie.", ["Wir bauen wieder auf"]],
		["low-high marks", "„Wir bauen wieder auf“, sagte sie.", ["Wir bauen wieder auf"]],
		["single guillemets", "‹Oui›, dit-il.", ["Oui"]],
		[
			"a single quote inside two apostrophes, closed together",
			"''He told me, 'Stay home,''' said Ana Cole.",
			["He told me, 'Stay home,'"],
		],
		[
			"a mistyped “ that can only close",
			"She called the plan “reckless“ in a post, then “a start.”",
			["reckless", "a start."],
		],
		[
			"a straight mark that lost its space before it, and can only open",
			'She waxed poetic about"shared ports and shared roads." Then she left.',
			["shared ports and shared roads."],
		],
		[
			"British single marks with double inside",
			"‘The sign said “no entry”, so we turned back,’ said Ruth Ames.",
			["The sign said “no entry”, so we turned back,"],
		],
	])("%s", (_name, text, expected) => {
		expect(spans(text)).toEqual(expected);
	});

	it("keeps a British quotation in single marks open over several paragraphs", () => {
		expect(
			quotes(
				"The inspector, Ruth Ames, wrote: ‘The bridge cannot carry traffic.",
				"‘The pylons have cracked through, and I’ve seen nothing like it.",
				"‘It must stay shut.’",
			),
		).toEqual([
			["The bridge cannot carry traffic.", "Ruth Ames", "statement"],
			["The pylons have cracked through, and I’ve seen nothing like it.", "Ruth Ames", "statement"],
			["It must stay shut.", "Ruth Ames", "statement"],
		]);
	});

	it("keeps a quotation open into the next paragraph, in two-apostrophe style too", () => {
		expect(
			quotes(
				"Judge Omar Reyes wrote: ''The record does not support the claim.",
				"''Nor does the testimony.''",
			),
		).toEqual([
			["The record does not support the claim.", "Omar Reyes", "statement"],
			["Nor does the testimony.", "Omar Reyes", "statement"],
		]);
	});
});

describe("statement or term, from the words around it", () => {
	it.each<[string, string[], Expected[]]>([
		[
			"a short quote someone is said to have used",
			["Senator Lena Ortiz called the plan “relatively new” on Tuesday."],
			[["relatively new", "Lena Ortiz", "statement"]],
		],
		[
			"dismissed as",
			["Governor Paul Kemp dismissed the protesters as “free riders.”"],
			[["free riders.", "Paul Kemp", "statement"]],
		],
		[
			"described as, in a relative clause",
			["Ms. Dana Wu, whom the mayor described as “tireless,” left the council."],
			[["tireless", "the mayor", "statement"]],
		],
		[
			"a scare quote with no one behind it",
			["The “reform” has cost the city millions."],
			[["reform", null, "term"]],
		],
		[
			"a digest's headline of a piece, with its byline (newsletter style)",
			[
				"ON STAGE—“Harbour Theatre to close after 40 years,” by the Courier’s Nina Hale, and “Why the ferry still matters,” by Globe’s Sam Ortiz.",
			],
			[
				["Harbour Theatre to close after 40 years", null, "term"],
				["Why the ferry still matters", null, "term"],
			],
		],
		[
			"after a naming noun, a quotation going on as the predicate is someone's words",
			[
				"Mayor Ines Ruiz wrote that the council's plan “will not fix a single pothole this year.”",
				"The city adopted the plan “Roads First” in May.",
			],
			[
				["will not fix a single pothole this year.", "Ines Ruiz", "statement"],
				["Roads First", null, "term"],
			],
		],
		[
			"a nickname after so-called",
			["Fans of the so-called “Iron Lady” gathered outside."],
			[["Iron Lady", null, "term"]],
		],
		[
			"the title of a show after a possessive",
			["Rep. Amy Laird told NBC’s “Meet the Press” that she would run."],
			[["Meet the Press", null, "term"]],
		],
		[
			"the title of a book after its author, of a show after its revival, its host or told, before its star",
			[
				"“The count was never in doubt,” said Lena Park, the author of “Ballots and Bridges,” a history of the county.",
				"The network ordered a revival of “Harbour Nights” for the autumn.",
				"In an interview with “Morning Desk,” the governor told “The Late Hour” she would run.",
				"After the news spread, the “Harbour Lights” star posted a long message on her page.",
				"Dale Brandt, who is now host of “The Evening Desk,” said he would stay.",
			],
			[
				["The count was never in doubt", "Lena Park", "statement"],
				["Ballots and Bridges", null, "term"],
				["Harbour Nights", null, "term"],
				["Morning Desk", null, "term"],
				["The Late Hour", null, "term"],
				["Harbour Lights", null, "term"],
				["The Evening Desk", null, "term"],
			],
		],
		[
			"the title of a show before its noun",
			["He appeared on the “Morning Hour” program twice."],
			[["Morning Hour", null, "term"]],
		],
		[
			"a long unattributed sentence is still someone's words",
			["“Nobody here has slept properly since the storm came through.” The town waited."],
			[["Nobody here has slept properly since the storm came through.", null, "statement"]],
		],
	])("%s", (_name, paragraphs, expected) => {
		expect(quotes(...paragraphs)).toEqual(expected);
	});
});

describe("speakers, as a reader needs them", () => {
	it.each<[string, string[], Expected[]]>([
		[
			"an honorific resolves to the full name given earlier (broadsheet style)",
			["Tom Barrett, the mayor, spoke first.", "''We are not done,'' Mr. Barrett said."],
			[["We are not done", "Tom Barrett", "statement"]],
		],
		[
			"said before a title and name (wire style)",
			["“The count is accurate,” said Sen. Mara Holt (D-Ore.), who chairs the panel."],
			[["The count is accurate", "Mara Holt", "statement"]],
		],
		[
			"a party and state between commas",
			["“We have the votes,” said Rep. Luis Vega, R-Texas."],
			[["We have the votes", "Luis Vega", "statement"]],
		],
		[
			"a title before the name is no sentence end",
			["Gov. Ann Pike said the state “will not back down.”"],
			[["will not back down.", "Ann Pike", "statement"]],
		],
		[
			"a described speaker stays as written",
			["“No decision has been made,” a spokeswoman for the campaign said."],
			[["No decision has been made", "a spokeswoman for the campaign", "statement"]],
		],
		[
			"an organisation",
			["“The schedule is under review,” the White House said in a statement."],
			[["The schedule is under review", "White House", "statement"]],
		],
		[
			"a document",
			["“Funds were moved without approval,” the letter said."],
			[["Funds were moved without approval", "the letter", "statement"]],
		],
		[
			"according to, after the quote",
			["“Turnout doubled,” according to the county clerk."],
			[["Turnout doubled", "the county clerk", "statement"]],
		],
		[
			"the speaker introduced at the end of the paragraph before",
			["Coach Rita Dunn was blunt after the loss:", "“We were outplayed in every quarter.”"],
			[["We were outplayed in every quarter.", "Rita Dunn", "statement"]],
		],
		[
			"the speaker named in the sentence before, with a verb of saying",
			[
				"Coach Rita Dunn spoke after the loss, telling reporters the team had let itself down. “We were outplayed in every quarter.”",
			],
			[["We were outplayed in every quarter.", "Rita Dunn", "statement"]],
		],
		[
			"an attribution ending the sentence, after a clause",
			["“It was never about money,” though the deal was worth millions, said Kofi Mensah."],
			[["It was never about money", "Kofi Mensah", "statement"]],
		],
		[
			"the attribution opening the next sentence, past an appositive",
			["“Can you hear me?” Lucia Ferro, a nurse from Turin, asked the crowd."],
			[["Can you hear me?", "Lucia Ferro", "statement"]],
		],
		[
			"a verb of any kind right after the quote and the name",
			["“Get out of my office,” Dale Price snapped."],
			[["Get out of my office", "Dale Price", "statement"]],
		],
		[
			"a participle hangs from the sentence's subject",
			[
				"At a rally in Dayton, Ohio, on Friday, Senator Joan Pell praised the workers, saying “this plant built the town.”",
			],
			[["this plant built the town.", "Joan Pell", "statement"]],
		],
		[
			"a passive with by",
			["Kemp was asked by moderator Ian Shaw whether he would “raise taxes on anyone.”"],
			[["raise taxes on anyone.", "Ian Shaw", "statement"]],
		],
		[
			"a reporting verb further back governs a lesser verb of saying",
			[
				"Aide Noor Haddad said the governor thinks the offer that unions are promising is “a step backwards.”",
			],
			[["a step backwards.", "Noor Haddad", "statement"]],
		],
		[
			"a pronoun resolves to the subject of the sentence before",
			["Pia Lund beat Ron Gale by six points.", "“It was a long night,” she said."],
			[["It was a long night", "Pia Lund", "statement"]],
		],
		[
			"a pronoun is left blank when the sentence before names two people together",
			["Pia Lund and Ron Gale spoke for an hour.", "“It was a long night,” he said."],
			[["It was a long night", null, "statement"]],
		],
		[
			"an honorific tells he from she",
			["Mrs. Lund met Mr. Gale on Monday.", "“It was a long night,” he said."],
			[["It was a long night", "Gale", "statement"]],
		],
		[
			"a paragraph of quotation after an attributed one keeps its speaker",
			[
				"“We tried,” said coach Bea Ross.",
				"“We will try again next season, and the one after that.”",
			],
			[
				["We tried", "Bea Ross", "statement"],
				["We will try again next season, and the one after that.", "Bea Ross", "statement"],
			],
		],
		[
			"a first-person speaker is left blank",
			["“I was there,” I said."],
			[["I was there", null, "statement"]],
		],
		[
			"a transcript's speaker before a colon, party and state in brackets",
			["Rep. Nell Ortiz (D-N.M.): “Who gave you that figure?”"],
			[["Who gave you that figure?", "Nell Ortiz", "statement"]],
		],
		[
			"a role and a name ending a long lead with a colon",
			[
				"The size of the swing does not surprise the county's veteran pollster Ines Beck: “Late deciders always break this way.”",
			],
			[["Late deciders always break this way.", "Ines Beck", "statement"]],
		],
		[
			"names ending in -ly and capitalised modals are no adverbs",
			["“Turnout decides it,” Kelly said. “The rest is noise,” Will wrote."],
			[
				["Turnout decides it", "Kelly", "statement"],
				["The rest is noise", "Will", "statement"],
			],
		],
		[
			"a verb of saying before the name and a colon",
			["Farid Osei spoke last.", "Continued Osei: “The money was never there.”"],
			[["The money was never there.", "Farid Osei", "statement"]],
		],
		[
			"as the speaker said, after a partial quote",
			["The race “is a dead heat right now,” as Hal Byrne said on the radio on Monday."],
			[["is a dead heat right now", "Hal Byrne", "statement"]],
		],
		[
			"a verb put before its subject, leading into the quote",
			["Because of the calendar, explained Vera Stone, “it will be over by March.”"],
			[["it will be over by March.", "Vera Stone", "statement"]],
		],
		[
			"a description with an adjective before its speaker noun",
			["“The harm cannot be measured,” federal prosecutors wrote in a filing."],
			[["The harm cannot be measured", "federal prosecutors", "statement"]],
		],
		[
			"a given name tells he from she when no honorific does",
			["Karen Holt thanked Jake Moss at the meeting.", "“It was a long night,” she said."],
			[["It was a long night", "Karen Holt", "statement"]],
		],
		[
			"the subject of a naming verb inside a 'what' clause",
			["The city bid for the fair, hoping to shed what Mayor Ida Kerr called “a tired image.”"],
			[["a tired image.", "Ida Kerr", "statement"]],
		],
		[
			"a role and a name after the quote, the role in lowercase",
			["“The ads will run all month,” campaign spokesman Abe Lutz said."],
			[["The ads will run all month", "Abe Lutz", "statement"]],
		],
		[
			"a document that reads, at the end of the sentence",
			["“The council regrets the delay,” the statement read."],
			[["The council regrets the delay", "the statement", "statement"]],
		],
		[
			"a described speaker and a verb of any kind",
			["“Let me help you out,” the visiting senator joked on stage."],
			[["Let me help you out", "the visiting senator", "statement"]],
		],
		[
			"a quotation signed by the line under it (fact-check style)",
			[
				"Senator Rosa Vidal spoke on Monday.",
				"“The plant pays no tax at all.”",
				"— Vidal.",
				"That is not quite right.",
			],
			[["The plant pays no tax at all.", "Rosa Vidal", "statement"]],
		],
		[
			"a place of two words is no person for a pronoun",
			[
				"Senator Joan Pell spoke first.",
				"The race in New Hampshire, she said, was close.",
				"“We have come a long way,” she said.",
			],
			[["We have come a long way", "Joan Pell", "statement"]],
		],
		[
			"an auxiliary opening a sentence is no part of a name",
			[
				"Rob Hale lost to Vera Stone.",
				"Had Hale won, the count would have gone on. “It is over,” he said.",
			],
			[["It is over", "Rob Hale", "statement"]],
		],
		[
			"a lowercase role, a short title, a name and where the person is from",
			["''The remarks should be taken back,'' former Gov. Hal Ruiz of Nevada said on Twitter."],
			[["The remarks should be taken back", "Hal Ruiz", "statement"]],
		],
		[
			"a quotation after a partial one keeps its speaker past the names of things",
			[
				"Mayor Ida Kerr said the deal was “not dead yet,” a nod to the Harbor Street project. “We will win this one.”",
			],
			[
				["not dead yet", "Ida Kerr", "statement"],
				["We will win this one.", "Ida Kerr", "statement"],
			],
		],
		[
			"said before a first name Will",
			["“It is an expensive model to run,” said Will Ortega, a professor of economics."],
			[["It is an expensive model to run", "Will Ortega", "statement"]],
		],
		[
			"a question, then the name and a verb of any kind as a sentence of its own",
			["“Would it be open to talks?” Hanley pressed. “Maybe in the spring?”"],
			[
				["Would it be open to talks?", "Hanley", "statement"],
				["Maybe in the spring?", "Hanley", "statement"],
			],
		],
		[
			"in the words of, before the quote",
			["The mayor was, in the words of a senior aide, ''the last one standing'' after the vote."],
			[["the last one standing", "a senior aide", "statement"]],
		],
		[
			"the subject of a clause, not the clause, is the speaker",
			["Senator Bo Lind is releasing an ad that calls the plan “a disgrace to the city.”"],
			[["a disgrace to the city.", "Bo Lind", "statement"]],
		],
		[
			"a conference or a summit is no person for a pronoun",
			[
				"Ann Lutz spoke first.",
				"Farming, she told the Northern Farm Policy Conference, is a calling.",
				"“We will win,” she said.",
			],
			[["We will win", "Ann Lutz", "statement"]],
		],
		[
			"initials are part of a name, and end no sentence (magazine style)",
			[
				"“The militias read him daily,” says R.J. Okafor, an analyst of extremist groups.",
				"The U.S. Marshals declined to comment. “He is the reason,” Okafor said.",
			],
			[
				["The militias read him daily", "R.J. Okafor", "statement"],
				["He is the reason", "R.J. Okafor", "statement"],
			],
		],
		[
			"a company's initials with an ampersand inside a described speaker (wire style)",
			["“We are in shock, he was a friend,” one B&Q Leeds employee told a local radio station."],
			[["We are in shock, he was a friend", "one B&Q Leeds employee", "statement"]],
		],
		[
			"a comma after the party and state, then the verbs of one subject",
			[
				"Sen. Dora Quist (D-Vt.), said after the vote that she had not read the bill, but called it a “fair start.”",
			],
			[["fair start.", "Dora Quist", "statement"]],
		],
		[
			"a digest's headline, a dash and whose words follow the colon (newsletter style)",
			["TURNOUT FELL IN THE SUBURBS - Lena Marsh: “The drop was sharpest among young voters.”"],
			[["The drop was sharpest among young voters.", "Lena Marsh", "statement"]],
		],
		[
			"two quotations joined by and, attributed after the second",
			[
				"Tariffs are “a tax on every family” and “a gift to importers,” Ivo Brandt, the former trade minister, told the crowd.",
			],
			[
				["a tax on every family", "Ivo Brandt", "statement"],
				["a gift to importers", "Ivo Brandt", "statement"],
			],
		],
		[
			"a verb of saying used as a noun is no cue (the attack is, claims of)",
			[
				"At the forum, candidate Rosa Ibarra said the father of a soldier who died in the 2014 Kandahar convoy attack is “simply mistaken” about her.",
				"Council members plan to publish the minutes in an effort to rebut Labour claims of “secret deals” at the depot.",
			],
			[
				["simply mistaken", "Rosa Ibarra", "statement"],
				["secret deals", "Council members", "statement"],
			],
		],
		[
			"a verb of saying that is the first of two nouns is no cue (a private email server)",
			[
				"Mayor Ines Ruiz claimed that the auditor had characterized as “complete” all of her answers about her use of a private email account.",
			],
			[["complete", "Ines Ruiz", "statement"]],
		],
		[
			"a preposition opening a sentence is no name; a number of people is a speaker",
			[
				"Outside the hall, about 300 workers gathered, waving flags and chanting “No jobs, no peace.”",
			],
			[["No jobs, no peace.", "about 300 workers", "statement"]],
		],
		[
			"a pronoun after a described thing is the subject of the verb that follows",
			[
				"Dale Ruiz runs the committee.",
				"The move, Ruiz explained, took two years — an effort he says has given the party a “head start on everyone.”",
			],
			[["head start on everyone.", "Dale Ruiz", "statement"]],
		],
		[
			"a verb put first takes only a person after it, unless it is a verb of reporting",
			[
				"Ines Faro, who starred in “Harbour Lights” and “The Long Field,” posted the clip to her page.",
			],
			[
				["Harbour Lights", null, "term"],
				["The Long Field", null, "term"],
			],
		],
		[
			"a second verb after an appositive keeps the name before it",
			[
				"Nora Vile, the port's director and a former pilot, joined the hearing on Monday and said the dredging should “wait a year.”",
			],
			[["wait a year.", "Nora Vile", "statement"]],
		],
		[
			"the name opening a sentence, past its appositive, with a verb of any kind",
			[
				"Mara Quill, the founder of the Harbour Trust, welcomed “the first honest budget in years.”",
			],
			[["the first honest budget in years.", "Mara Quill", "statement"]],
		],
		[
			"a verb of reporting before a name and its appositive, the quotation split around them",
			[
				"“We opened the office in April,” said Rhea Stone, the campaign's state director, “and we are not leaving.”",
				"The old depot was repainted. Said Lou Brandt, who ran it for thirty years, “It never looked better.”",
			],
			[
				["We opened the office in April", "Rhea Stone", "statement"],
				["and we are not leaving.", "Rhea Stone", "statement"],
				["It never looked better.", "Lou Brandt", "statement"],
			],
		],
		[
			"an adverb between a named subject and its participle",
			[
				"The crowd pushed the reporters back, with the mayor Oren Vale reportedly shouting: “Get them out!”",
			],
			[["Get them out!", "Oren Vale", "statement"]],
		],
		[
			"a lead that presents someone, and a transcript's described speaker before a colon",
			[
				"Here’s Mayor Tom Reyes in 2009: “We will not close a single library.”",
				"Former commissioner of parks Ada Lindqvist: “We learned it from the auditors.”",
			],
			[
				["We will not close a single library.", "Tom Reyes", "statement"],
				["We learned it from the auditors.", "Ada Lindqvist", "statement"],
			],
		],
		[
			"a name that is also a preposition, capitalised inside its sentence",
			["Voters saw the party as “tired and timid,” From said."],
			[["tired and timid", "From", "statement"]],
		],
		[
			"in her words, in the Gazette’s words: the possessive is whose words they are",
			[
				"Mayor Ines Ruiz backed the plan because, in her words, “it is the only one that adds up.”",
				"The port was chosen because, in the Harbour Gazette’s words, “nobody else had the deep water.”",
			],
			[
				["it is the only one that adds up.", "Ines Ruiz", "statement"],
				["nobody else had the deep water.", "Harbour Gazette", "statement"],
			],
		],
		[
			"verbs of saying with a particle (fired back, shot back, weighed in)",
			[
				"Mayor Ines Ruiz fired back that the council “has not read its own budget.”",
				"“They only want the cameras,” Dale Brandt shot back with a laugh.",
			],
			[
				["has not read its own budget.", "Ines Ruiz", "statement"],
				["They only want the cameras", "Dale Brandt", "statement"],
			],
		],
		[
			"a quotation ending its sentence is not given to the next one's subject when that one says more",
			[
				"“The roads come first,” said Ines Ruiz. “We cannot wait.” Dale Brandt hit back again, saying the money was gone.",
			],
			[
				["The roads come first", "Ines Ruiz", "statement"],
				["We cannot wait.", "Ines Ruiz", "statement"],
			],
		],
		[
			"a description opening with former, longtime, acting before the name",
			[
				"“We never had the money,” former county treasurer Ada Lindqvist wrote in an email.",
				"Weighing in, longtime council aide Piet Moreau agreed, calling the plan “a fantasy.”",
			],
			[
				["We never had the money", "Ada Lindqvist", "statement"],
				["a fantasy.", "Piet Moreau", "statement"],
			],
		],
		[
			"a lead that puts the verb first, on a paragraph of its own (talk-radio transcript style)",
			["Said Ruiz:", "“The roads come first.”", "“Everything else can wait.”"],
			[
				["The roads come first.", "Ruiz", "statement"],
				["Everything else can wait.", "Ruiz", "statement"],
			],
		],
		[
			"as X puts it, as a band sang, a footnote or an opinion that says so",
			[
				"As the Courier’s Nina Hale puts it, “The council has run out of road.”",
				"As the Harbour Boys sang in 1979, “We will never leave the quay.”",
				"A footnote in the audit makes that clear: “These figures exclude the ferry.”",
				"“The board exceeded its powers” in the sale, the unanimous opinion said.",
			],
			[
				["The council has run out of road.", "Nina Hale", "statement"],
				["We will never leave the quay.", "Harbour Boys", "statement"],
				["These figures exclude the ferry.", "A footnote in the audit", "statement"],
				["The board exceeded its powers", "the unanimous opinion", "statement"],
			],
		],
		[
			"a surname a verb of saying follows is a person a pronoun can mean; a firm's name is not",
			[
				"She hired the law firm Abbot Lyle Penrose to read the contract. Later, Quill wrote, she kept repeating to herself “one more week, one more week.”",
			],
			[["one more week, one more week.", "Quill", "statement"]],
		],
		[
			"a participle after the sentence's verb, its subject a name between commas",
			[
				"The mayor's brother, Tomas, defended her on the radio, saying: “She has kept every promise.”",
			],
			[["She has kept every promise.", "Tomas", "statement"]],
		],
		[
			"to say after a verb chain takes the chain's subject",
			[
				"The hearing was so calm that Mayor Ines Ruiz was moved to say, “I have never seen this council agree.”",
			],
			[["I have never seen this council agree.", "Ines Ruiz", "statement"]],
		],
		[
			"a capitalised name of a thing is no verb of saying",
			["The “deal of the century,” State Department officials said, was dead."],
			[["deal of the century", "State Department officials", "statement"]],
		],
		[
			"a city and its state inside the description between name and verb",
			["Rivera, speaking at a union hall in Dayton, Ohio, said the contract was “a step back.”"],
			[["a step back.", "Rivera", "statement"]],
		],
		[
			"an age, then a home town and its state (a poll's voter)",
			["Dee Okafor, 52, of Tulsa, Okla., said the vote was “long overdue.”"],
			[["long overdue.", "Dee Okafor", "statement"]],
		],
		[
			"one description after another: a place, then a day",
			["Mendez, at a town meeting in Nashua, N.H., on Monday, called the plan “a giveaway.”"],
			[["a giveaway.", "Mendez", "statement"]],
		],
		[
			"words quoted at the end of the writer's sentence are not the next sentence's subject's",
			[
				"Mara Voss spent the evening on the dangers of a “broken economy.” Ian Pratt struggled to answer a simple question.",
			],
			[["broken economy.", "Mara Voss", "statement"]],
		],
		[
			"a second verb after “but”, the first one's subject past an age",
			["Ana Cole, 70, said it was early days but added, “I think you can all guess.”"],
			[["I think you can all guess.", "Ana Cole", "statement"]],
		],
		[
			"a participle, then where it was said, then “that”",
			[
				"Officials gave few details, with the mayor saying in a statement only that the city was “reviewing every option.”",
			],
			[["reviewing every option.", "the mayor", "statement"]],
		],
		[
			"a digest's “From … writing at …:” lead",
			["From Lena Ortiz writing at The New York Post: “The council has run out of excuses.”"],
			[["The council has run out of excuses.", "Lena Ortiz", "statement"]],
		],
		[
			"a digest's “- More from …:” lead after a headline",
			[
				"WHY THE MAP FAVORS THE GOP - More from Varga: “Small states add up faster than you think.”",
			],
			[["Small states add up faster than you think.", "Varga", "statement"]],
		],
		[
			"a long colon lead whose subject is named past its description, before an irregular verb",
			[
				"One longtime ally, Senator Ida Brandt, Democrat of Maine, gave the idea a try on the radio: “We can fix this by spring.”",
			],
			[["We can fix this by spring.", "Ida Brandt", "statement"]],
		],
		[
			"a verb of saying and its subject set off by commas inside the sentence",
			[
				"The trouble with the plan, says Rosa Tan, an economist at the port authority, is that it is “a tax by another name.”",
			],
			[["a tax by another name.", "Rosa Tan", "statement"]],
		],
		[
			"whom one tells, set off by commas, is not who speaks",
			["Leo Marsh, who sat on the board, told Reuters, “We never saw the contract.”"],
			[["We never saw the contract.", "Leo Marsh", "statement"]],
		],
		[
			"a share of those asked is who answered",
			["Asked about the levy, 38 percent said it was “too little, too late.”"],
			[["too little, too late.", "38 percent", "statement"]],
		],
		[
			"an adverb set off by commas, then a relative clause, between name and verb",
			["Rivera, meanwhile, who has no such backing, said the vote was “a formality.”"],
			[["a formality.", "Rivera", "statement"]],
		],
		[
			"an aside between dashes between name and verb",
			["Ines Calder — a nurse from Tulsa — says the rule is “a disaster for night shifts.”"],
			[["a disaster for night shifts.", "Ines Calder", "statement"]],
		],
		[
			"an aside between double hyphens after a description",
			["A former governor -- Tom Hale, who left office in 2010 -- said the budget was “bloated.”"],
			[["bloated.", "A former governor", "statement"]],
		],
		[
			"a surname in -ing that opens the sentence is a name before its verb, not a participle",
			["Fleming said the group will still meet, but said, “It’s time we met less.”"],
			[["It’s time we met less.", "Fleming", "statement"]],
		],
		[
			"after the quotation, a few bare words of what the speaker is, then the name",
			["“He was reckless, not cruel,” public defender Maya R. Osei wrote."],
			[["He was reckless, not cruel", "Maya R. Osei", "statement"]],
		],
		[
			"after the quotation, a place that ends in a name is no speaker",
			["Ed Lowe warned against “a betrayal of trust” in the way the United States answers."],
			[["a betrayal of trust", "Ed Lowe", "statement"]],
		],
		[
			"a name and a verb of saying set off by commas own the clause after them",
			["In Dayton, Ms. Ferro said, Mr. Hale is seen as “a bully on the council.”"],
			[["a bully on the council.", "Ferro", "statement"]],
		],
		[
			"an aside that opens with “as” is only where it was reported",
			["As the Ledger reported, Mayor Ruiz defended his “open books” policy at length."],
			[["open books", null, "term"]],
		],
		[
			"a month's name after a given name is a surname (“May”, “Jun”)",
			[
				"“The port is open again,” columnist Bo Jun wrote.",
				"“We will go on,” Ella May said on Friday.",
			],
			[
				["The port is open again", "Bo Jun", "statement"],
				["We will go on", "Ella May", "statement"],
			],
		],
		[
			"the next sentence's speaker reports a clause of their own, not the quotation before",
			[
				"“The vote is a mistake,” said Dara Fenn, a member of the board. “We will undo it.” Kemal Sari said the board had no choice.",
			],
			[
				["The vote is a mistake", "Dara Fenn", "statement"],
				["We will undo it.", "Dara Fenn", "statement"],
			],
		],
		[
			"a second verb after “but”, the first one an auxiliary past a relative clause",
			[
				"Okafor, who was speaking to the mayors, did not name her rival, but told them the city needed leaders “who keep their word.”",
			],
			[["who keep their word.", "Okafor", "statement"]],
		],
		[
			"the subject of a participle after “with”",
			["The rally ran late, with the whole crowd chanting “Cancel the debt.”"],
			[["Cancel the debt.", "the whole crowd", "statement"]],
		],
		[
			"“with” and a thing, then a comma: the sentence's subject speaks",
			["Ana Ruiz left the stage with a wave, saying “Thank you, Dayton.”"],
			[["Thank you, Dayton.", "Ana Ruiz", "statement"]],
		],
		[
			"an amount inside a group's name before the speaker's",
			["“Wages are the whole fight,” Raise It to $20 campaign chief Nora Blake told the crowd."],
			[["Wages are the whole fight", "Nora Blake", "statement"]],
		],
		[
			"a clause before the name is no description to skip",
			[
				"The hall went quiet in March, when Ines Ruiz, who had lost the primary, said she would “keep fighting.”",
			],
			[["keep fighting.", "Ines Ruiz", "statement"]],
		],
	])("%s", (_name, paragraphs, expected) => {
		expect(quotes(...paragraphs)).toEqual(expected);
	});

	it("knows whom a spokesperson speaks for", () => {
		const [quote] = extractQuotes(
			article({
				paragraphs: [
					"Senator Vera Holm faced questions on Monday.",
					"“We knew nothing of it,” Ian Roe, a spokesman for Holm’s campaign, told reporters.",
				],
			}),
		);
		expect([quote?.speaker, quote?.onBehalfOf]).toEqual(["Ian Roe", "Vera Holm"]);
	});
});

describe("no speaker rather than a wrong one", () => {
	it("takes no word that opens a sentence for a name (There’s, It’s, What)", () => {
		const found = quotes(
			"There’s still time for the senator to mend fences after dismissing them as the “Washington cartel” of old.",
			"It’s hard to call the plan “a fix for the city.”",
		);
		expect(found.map(([, speaker]) => speaker)).toEqual([null, null]);
	});

	it("takes no question's verb or adverb that opens a sentence for a name (Were, Just, Last)", () => {
		const found = quotes(
			"Were the voters too “Main Street” for him, or not “Main Street” enough?",
			"Just press the button marked “send now” and wait.",
			"Last month the mayor called the budget “a mess,” and she meant it.",
		);
		expect(found.map(([text, speaker]) => [text, speaker])).toEqual([
			["Main Street", null],
			["Main Street", null],
			["send now", null],
			["a mess", "the mayor"],
		]);
	});
});

describe("a label given in passing", () => {
	it("is a term when nobody is said to give it", () => {
		expect(
			quotes(
				"Officials certified the record, but a segment of society -- labeled “birthers” -- did not.",
			),
		).toEqual([["birthers", null, "term"]]);
	});
});
