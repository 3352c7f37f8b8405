import { partitionPoint } from "../sorted.js";
import type { LineSpan } from "../text/wrap.js";
import { AUXILIARIES, isSayingVerb, PERSONAL_PRONOUNS, SPEAKER_NOUNS } from "./cues.js";
import type { Frame, FrameToken } from "./frame.js";
import { genderOfGivenName } from "./given-names.js";
import { findNames, isFullName, type NameMatch, stripTitle } from "./names.js";
import { headOf, isNameWord, isSpeakerPhrase } from "./phrases.js";

/**
 * The people an article names, and what a phrase that attributes a
 * quotation means with the article in view: "Mr. Barrett" is the Tom
 * Barrett named earlier, "she" the nearest woman or person named before it,
 * "a spokeswoman for the campaign" stays as written.
 */

type Gender = "m" | "f";

const HONORIFIC_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+$/;
const HONORIFIC_NAME = /\b(Mr|Mrs|Ms|Miss)\.?\s+(\p{Lu}[\p{L}’'-]+)/gu;
const ORGANISATION_BEFORE =
	/\b(?:firm|company|group|agency|organi[sz]ation|network|bank|fund|band)\s+$/;

/** Whether `rest`, what follows a name, opens with a verb of saying ("wrote", "said", "says"). */
function speaksAfter(rest: string): boolean {
	const next = /^\s+(\p{Ll}+)/u.exec(rest)?.[1];
	return (
		next !== undefined &&
		/ed$|^(?:said|wrote|told|says|writes)$/.test(next) &&
		isSayingVerb(next, rest.slice(rest.indexOf(next) + next.length))
	);
}

export interface Mention {
	readonly paragraph: number;
	readonly sentence: number;
	readonly offset: number;
	readonly person: string;
	/** Named together with another person ("X and Y"). */
	readonly coordinated: boolean;
}

interface Sighting {
	readonly paragraph: number;
	readonly sentence: number;
	readonly offset: number;
	readonly name: string;
	readonly titled: boolean;
	/** Joined to the name before it by "and" or a comma. */
	readonly joined: boolean;
}

export class People {
	/** Full names by their last word: "Fathi" → {"David Fathi"}. */
	private readonly bySurname = new Map<string, Set<string>>();
	/** Full names by their first word, for people called by it ("Bernie"). */
	private readonly byFirstName = new Map<string, Set<string>>();
	private readonly genders = new Map<string, Gender | null>();
	/** Every person named outside quotations, in reading order. */
	private readonly mentions: Mention[] = [];

	/** Names seen outside quotations, in reading order, until every full name is known. */
	private sightings: Sighting[] = [];

	/** Takes in the names a paragraph mentions outside its quotations (see outsideQuotes). */
	addNames(blanked: string, sentences: readonly LineSpan[], paragraph: number) {
		for (const [sentence, { start, end }] of sentences.entries()) {
			const stretch = blanked.slice(start, end);
			let previousEnd = -1;
			for (const { name, start: at, end: after } of findNames(stretch)) {
				// "the law firm Wilson Sonsini Goodrich": a name an organisation's noun introduces is no person.
				const organisation = ORGANISATION_BEFORE.test(stretch.slice(Math.max(0, at - 16), at));
				if (isFullName(name) && !organisation) {
					const words = name.split(" ");
					add(this.bySurname, words.at(-1) as string, name);
					add(this.byFirstName, words[0] as string, name);
				}
				this.sightings.push({
					paragraph,
					sentence,
					offset: start + at,
					name,
					// "Mrs. Lund", "Fiorina wrote": an honorific, or a verb of saying after it, makes a
					// surname a person's.
					titled:
						HONORIFIC_BEFORE.test(stretch.slice(Math.max(0, at - 6), at)) ||
						speaksAfter(stretch.slice(after, after + 16)),
					// "Tom Hill and Sara Vance": two people in one place, neither of them the subject alone.
					joined:
						previousEnd >= 0 &&
						/^\s*(?:,|and|or|&|,\s*and)\s*$/.test(stretch.slice(previousEnd, at)),
				});
				previousEnd = after;
			}
			for (const match of stretch.matchAll(HONORIFIC_NAME)) {
				this.noteGender(match[2] as string, match[1] === "Mr" ? "m" : "f");
			}
		}
	}

	/** Turns the names seen into people, once every full name of the article is known. */
	settle() {
		for (const sighting of this.sightings) {
			const { name, titled, joined } = sighting;
			const person = this.person(name) ?? (titled && !name.includes(" ") ? name : null);
			if (!person) continue;
			const previous = this.mentions.at(-1);
			const coordinated = joined && previous !== undefined;
			if (coordinated) this.mentions[this.mentions.length - 1] = { ...previous, coordinated };
			this.mentions.push({
				paragraph: sighting.paragraph,
				sentence: sighting.sentence,
				offset: sighting.offset,
				person,
				coordinated,
			});
		}
		this.sightings = [];
	}

	private noteGender(surname: string, gender: Gender) {
		const known = this.genders.get(surname);
		this.genders.set(surname, known === undefined || known === gender ? gender : null);
	}

	private genderOf(person: string): Gender | null {
		const words = person.split(" ");
		const bySurname = this.genders.get(words.at(-1) as string);
		if (bySurname !== undefined) return bySurname;
		return words.length > 1 ? genderOfGivenName(words[0] as string) : null;
	}

	/** Whether a word is a name (first or last) of someone the article names in full. */
	namesPerson(word: string): boolean {
		const bare = word.replace(/[’']s$/, "");
		return this.bySurname.has(bare) || this.byFirstName.has(bare);
	}

	/** A name as a person: the full name when the article gives one; null for what is not a person. */
	person(name: string): string | null {
		if (isFullName(name)) return name;
		if (name.includes(" ")) return null;
		const full = this.bySurname.get(name);
		if (full?.size === 1) return [...full][0] as string;
		return null;
	}

	/** A name as a speaker: the full name when the article gives one, else the name as written. */
	fullName(name: string): string {
		const words = name.split(" ");
		const last = words.at(-1) as string;
		const full = this.bySurname.get(last);
		if (full?.size === 1) {
			const only = [...full][0] as string;
			// "Mr. Barrett" or "Barrett" is Tom Barrett; "Tom" alone is Tom too.
			if (words.length === 1 || only.endsWith(name)) return only;
		}
		if (full && full.size > 1 && words.length > 1) {
			const match = [...full].find((candidate) => candidate.startsWith(words[0] as string));
			if (match) return match;
		}
		if (words.length === 1) {
			const byFirst = this.byFirstName.get(name);
			if (byFirst?.size === 1 && !full) return [...byFirst][0] as string;
		}
		return name;
	}

	/**
	 * He or she: a person of the nearest sentence before `offset` (in
	 * paragraph `paragraph` or the two before it) that names a compatible
	 * one — the only one there, else the last speaker if named there, else
	 * its subject (the first named), unless the subject is two people. Else
	 * unknown.
	 */
	pronoun(
		pronoun: string,
		paragraph: number,
		offset: number,
		lastSpeaker: string | null,
	): string | null {
		const gender: Gender = pronoun === "he" ? "m" : "f";
		const compatible = (mention: Mention) => {
			const known = this.genderOf(mention.person);
			return known === null || known === gender;
		};
		let index = this.lastMentionBefore(paragraph, offset);
		while (index >= 0 && !compatible(this.mentions[index] as Mention)) index--;
		const nearest = this.mentions[index];
		if (!nearest || nearest.paragraph < paragraph - 2) return null;
		const sentence: Mention[] = [];
		for (let other = index; other >= 0; other--) {
			const candidate = this.mentions[other] as Mention;
			if (candidate.paragraph !== nearest.paragraph || candidate.sentence !== nearest.sentence)
				break;
			if (compatible(candidate)) sentence.unshift(candidate);
		}
		const people = new Set(sentence.map((mention) => mention.person));
		if (people.size === 1) return nearest.person;
		if (lastSpeaker && people.has(lastSpeaker)) return lastSpeaker;
		const subject = sentence[0] as Mention;
		return subject.coordinated ? null : subject.person;
	}

	private lastMentionBefore(paragraph: number, offset: number): number {
		const after = partitionPoint(this.mentions.length, (index) => {
			const mention = this.mentions[index] as Mention;
			return (
				mention.paragraph > paragraph ||
				(mention.paragraph === paragraph && mention.offset >= offset)
			);
		});
		return after - 1;
	}
}

function add(map: Map<string, Set<string>>, key: string, value: string) {
	const set = map.get(key) ?? new Set();
	set.add(value);
	map.set(key, set);
}

export interface Speaker {
	readonly name: string | null;
	/** The phrase was he or she. */
	readonly pronoun: "he" | "she" | null;
}

/** What the phrase [from, to) of a frame names as a speaker. */
export function speakerOf(
	frame: Frame,
	from: number,
	to: number,
	people: People,
	{ loose = false, endsAtVerb = false }: { loose?: boolean; endsAtVerb?: boolean } = {},
): Speaker {
	to = clauseEnd(frame, from, to);
	const start = clauseStart(frame, from, to);
	// "Just press the button": past its adverb, a bare word is no one ("press" is a verb here).
	if (start > from && to - start === 1 && /^\p{Ll}/u.test((frame.tokens[start] as FrameToken).text))
		return { name: null, pronoun: null };
	from = start;
	const tokens = frame.tokens.slice(from, to);
	if (tokens.length === 1) {
		const only = (tokens[0] as FrameToken).lower;
		if (only === "he" || only === "she") return { name: null, pronoun: only };
		// "in his words", "in her words".
		if (only === "his") return { name: null, pronoun: "he" };
		if (only === "her") return { name: null, pronoun: "she" };
		if (PERSONAL_PRONOUNS.has(only)) return { name: null, pronoun: null };
	}
	if (!isSpeakerPhrase(frame, from, to, loose)) return { name: null, pronoun: null };
	const text = frame.text
		.slice((tokens[0] as FrameToken).start, (tokens.at(-1) as FrameToken).end)
		.replace(/\s*\([^)]*\)?/g, "")
		.trim();
	const head = headOf(tokens);
	// "the Clinton campaign", "Twitter’s director of advertising", "The U.S. media": a description, as written.
	if (/^\p{Ll}/u.test(head.text)) {
		if (SPEAKER_NOUNS.has(head.lower) || loose) return { name: tidy(text), pronoun: null };
		return { name: null, pronoun: null };
	}
	// "Saturday at the convention Sen. Elizabeth Warren said": before a verb, the name next to it.
	const lastToken = tokens.at(-1) as FrameToken;
	if (endsAtVerb && lastToken !== head && /^\p{Lu}/u.test(lastToken.text)) {
		const name = findNames(text).at(-1);
		// Not "… Jeb Bush of Florida": a place the person is from.
		const from = name && /\b(?:of|from|in|at)\s+$/.test(text.slice(0, name.start));
		const person = name?.end === text.length && !from ? personNamed(name, people) : null;
		if (person) return { name: person, pronoun: null };
	}
	const headEnd = head.end - (tokens[0] as FrameToken).start;
	const names = findNames(text.slice(0, headEnd)).filter(
		(name) => !/^(?:The|A|An)$/.test(name.name),
	);
	const name = names.at(-1);
	// "Reuters", "Pew Research": a capitalised head that no person's name rule takes, as written.
	if (!name) return { name: tidy(text.slice(0, headEnd)), pronoun: null };
	return { name: personNamed(name, people), pronoun: null };
}

// Words that open a sentence before its subject: adverbs ("Just", "Yet") and the first of a time
// ("Last month the mayor called …"), with the time words that may follow it.
const LEADING_ADVERBS = new Set(
	"just yet even only also still never always often perhaps maybe then now again".split(" "),
);
const TIME_LEADS = new Set("last next this early late".split(" "));
const TIMES = new Set(
	"week month year morning afternoon evening night weekend summer fall autumn winter spring monday tuesday wednesday thursday friday saturday sunday".split(
		" ",
	),
);

/** Where the phrase [from, to) begins naming someone: past the adverbs and the time it opens with. */
function clauseStart(frame: Frame, from: number, to: number): number {
	for (;;) {
		const lead = frame.tokens[from] as FrameToken;
		const next = frame.tokens[from + 1];
		if (to - from < 2 || lead.kind !== "word") return from;
		if (LEADING_ADVERBS.has(lead.lower)) from++;
		else if (TIME_LEADS.has(lead.lower) && next?.kind === "word" && TIMES.has(next.lower))
			from += 2;
		else return from;
	}
}

/**
 * Where the phrase [from, to) stops naming someone and goes on as a clause
 * ("Bernie Sanders is disavowing remarks made by …", "Carson shared a
 * syllabus …"): before an auxiliary, or a verb in -ed right after a name.
 */
function clauseEnd(frame: Frame, from: number, to: number): number {
	for (let index = from + 1; index < to; index++) {
		const token = frame.tokens[index] as FrameToken;
		const previous = frame.tokens[index - 1] as FrameToken;
		if (token.kind !== "word" || !/^\p{Ll}/u.test(token.text)) continue;
		if (AUXILIARIES.has(token.lower)) return index;
		if (/ed$/.test(token.lower) && isNameWord(previous)) return index;
	}
	return to;
}

/**
 * "— Sanders.", "- Sen. Ana Ruiz, D-Ore.", "— Jo Hale (@johale) May 2, 2016":
 * a line of its own that signs the quotation above it (fact checks, tweets,
 * epigraphs); the person it names, or null for any other line.
 */
export function signedBy(line: string, people: People): string | null {
	const signature = /^\s*[-–—―]+\s*(\p{Lu}[^.!?]{0,60}?)\.?\s*$/u.exec(line);
	if (!signature) return null;
	const [name] = findNames((signature[1] as string).split(/\s*[,(]/)[0] as string);
	return personNamed(name, people);
}

/** A name found in a phrase as the person it names: without its title, in full where the article says. */
function personNamed(name: NameMatch | undefined, people: People): string | null {
	const plain = name && stripTitle(name.name);
	return plain ? people.fullName(plain) : null;
}

/** A description as a speaker: without trailing commas, and not a paragraph long. */
function tidy(text: string): string {
	const words = text.replace(/[,;:]+$/, "").split(/\s+/);
	return words.slice(0, 10).join(" ");
}

// Who speaks for someone else: "a spokesperson for Bloomberg’s campaign", "an aide to Mr. Obama".
const SPEAKS_FOR =
	/\b(?:spokes(?:man|woman|person|people|men|women)|aides?|advis[eo]rs?|representatives?|lawyers?|attorneys?|counsel|press secretary|secretary|campaign manager|manager|chief of staff|strategists?|officials?|staffers?|surrogates?|allies|ally)\s+(?:for|of|to|with|at)\s+(.+)$/iu;

/**
 * Whom the speaker the phrase [from, to) names speaks for, when the phrase
 * or the appositive after it says so ("Julie Wood, a spokesperson for
 * Bloomberg’s campaign," speaks for Michael Bloomberg); null otherwise.
 */
export function onBehalfOf(frame: Frame, from: number, to: number, people: People): string | null {
	const start = (frame.tokens[from] as FrameToken | undefined)?.start;
	if (start === undefined) return null;
	let end = (frame.tokens[to - 1] as FrameToken).end;
	if (frame.tokens[to]?.text === ",") {
		let index = to + 1;
		while (index < frame.tokens.length && index - to <= 16) {
			const token = frame.tokens[index] as FrameToken;
			if (token.kind === "quote" || token.text === "," || token.text === ".") break;
			end = token.end;
			index++;
		}
	}
	const owner = SPEAKS_FOR.exec(frame.text.slice(start, end))?.[1];
	if (!owner) return null;
	return personNamed(findNames(owner).at(0), people);
}
