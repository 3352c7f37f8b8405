import { FUNCTION_WORDS } from "../text/words.js";
import type { Attribution } from "./attribution.js";
import { isCue, REPORTING } from "./cue-at.js";
import { AUXILIARIES, isParticiple, MODALS, PERSONAL_PRONOUNS } from "./cues.js";
import type { Frame, FrameToken } from "./frame.js";
import {
	isNameWord,
	isPunct,
	isSpeakerPhrase,
	MAX_PHRASE,
	phraseForward,
	skipBack,
	subjectBefore,
	word,
} from "./phrases.js";

/**
 * Where the subject of a verb of saying stands around it, in the shapes
 * news copy gives it: after the verb ("said Sen. X, “…”"), set off by
 * commas (", says Carl Anthony, historian at …,"; "In Miami, Mr. Regalado
 * said, …"), after "with" ("with the crowd chanting"), before a second verb
 * of the same subject ("… said … but added"), or after a few words of what
 * the person is ("public defender Shannon S. Quill wrote"); and whether a
 * verb goes on to say something of its own.
 */

// How far (in tokens) a verb of saying may stand from the quotation or the name it attributes.
export const MAX_GAP = 14;

// Verbs whose object is the one spoken to: "told reporters" never names the speaker.
const ADDRESSING = new Set(
	"told tells tell informed informs assured assures reminded reminds urged urges thanked thanks warned warns".split(
		" ",
	),
);

/** Whether a verb can come before its subject: “…,” said X — not told, not -ing. */
export function invertible(verb: string): boolean {
	return !isParticiple(verb) && !ADDRESSING.has(verb);
}

/**
 * "with hundreds of students chanting": the words between "with" and the
 * participle at `verb`, when they are all words and a speaker can stand
 * there (an adverb right before the participle left out).
 */
export function subjectAfterWith(
	frame: Frame,
	verb: number,
	first: number,
): { from: number; to: number } | null {
	const end = skipBack(frame, verb - 1, first) + 1;
	for (let index = end - 1; index >= first && end - index <= 8; index--) {
		const token = word(frame, index);
		if (!token) return null;
		if (token.lower !== "with") continue;
		if (index + 1 >= end || !isSpeakerPhrase(frame, index + 1, end, true)) return null;
		return { from: index + 1, to: end };
	}
	return null;
}

/**
 * "… so subdued that Mr. Trump was prompted to say, “…”": the subject of the
 * few lowercase words of a verb chain before the "to" at `to`.
 */
export function sayerBefore(
	frame: Frame,
	to: number,
	first: number,
): { from: number; to: number } | null {
	let chain = to;
	while (chain > first && to - chain < 4 && /^\p{Ll}+$/u.test(word(frame, chain - 1)?.text ?? ""))
		chain--;
	if (chain === to || !/^\p{Lu}/u.test(word(frame, chain - 1)?.text ?? "")) return null;
	const subject = subjectBefore(frame, chain, first);
	return subject && subject.to === chain && isSpeakerPhrase(frame, subject.from, subject.to)
		? subject
		: null;
}

/**
 * "Rahm Emanuel, the mayor of Chicago, joined the debate and said …": the
 * subject of the clause's first verb, right after the comma that ends an
 * appositive, for a second verb joined to it.
 */
export function firstVerbSubject(frame: Frame, first: number, verb: number): Attribution | null {
	// The nearest comma after which a verb begins, past those that do not ("…, but told …").
	for (let comma = verb - 1; comma > first; comma--) {
		if (!isPunct(frame, comma, ",") || !verbAt(frame, comma + 1)) continue;
		const subject = subjectBefore(frame, comma + 1, first);
		if (subject && isSpeakerPhrase(frame, subject.from, subject.to))
			return { ...subject, how: "before", cue: verb };
		return null;
	}
	return null;
}

/**
 * A verb in -ed or -s, an auxiliary of tense (not a modal: "Clinton, who …,
 * did not mention …"), or a verb of saying of any form ("Ana Cole, 70, said
 * … but added").
 */
function verbAt(frame: Frame, index: number): boolean {
	const token = word(frame, index);
	if (!token) return false;
	return (
		/^\p{Ll}+(?:ed|s)$/u.test(token.text) ||
		(AUXILIARIES.has(token.text) && !MODALS.has(token.text)) ||
		isCue(frame, index)
	);
}

/** "said Sen. X, “…”": a verb, its subject after it, and a comma or colon before the quotation at `at`. */
export function invertedLead(frame: Frame, verb: number, at: number): Attribution | null {
	const lower = (frame.tokens[verb] as FrameToken).lower;
	if (!invertible(lower) || !isPunct(frame, at - 1, ",:") || at - verb > MAX_PHRASE + MAX_GAP)
		return null;
	if (!/^\p{Lu}/u.test(word(frame, verb + 1)?.text ?? "")) return null;
	const phrase = phraseForward(frame, verb + 1, at - 1);
	if (!phrase || !isSpeakerPhrase(frame, phrase.from, phrase.to)) return null;
	// "said Stephanie Formas, Clinton's director, “…”", "Said Dorothy Poynter, who grew up with Ali, “…”":
	// an appositive or a relative clause between the name and the comma before the quotation (only
	// after a verb of reporting: "called Valeant's chief, J. Michael Pearson, “…”" names its object).
	const aside =
		REPORTING.has(lower) && isPunct(frame, phrase.to, ",") && asideUntil(frame, phrase.to, at - 1);
	if (phrase.to !== at - 1 && !aside) return null;
	return { ...phrase, how: "after", cue: verb };
}

/**
 * "public defender Shannon S. Quill", "screenwriter Cole Haddon": a name of
 * two words or more after a few bare words that say what the person is (no
 * "the", no preposition: not "in the way the United States").
 */
export function endsWithFullName(frame: Frame, phrase: { from: number; to: number }): boolean {
	let index = phrase.to - 1;
	let named = 0;
	for (; index >= phrase.from; index--) {
		const token = frame.tokens[index] as FrameToken;
		if (token.kind === "punct" && token.text === ".") continue;
		if (!isNameWord(token)) break;
		named++;
	}
	const described = index - phrase.from + 1;
	if (named < 2 || described < 1 || described > 3) return false;
	for (let at = phrase.from; at <= index; at++) {
		const token = word(frame, at);
		if (!token || !/^\p{Ll}/u.test(token.text) || FUNCTION_WORDS.has(token.lower)) return false;
	}
	return true;
}

/**
 * "In Miami, Mr. Regalado said, Mr. Trump is …": a name and a verb of
 * reporting set off by commas before the clause they attribute (not "As …
 * reported," nor "…, according to"), its subject the speaker.
 */
export function asideSayer(frame: Frame, verb: number, first: number): Attribution | null {
	if (!REPORTING.has((frame.tokens[verb] as FrameToken).lower)) return null;
	const subject = subjectBefore(frame, verb, first);
	if (!subject) return null;
	const opening = subject.from === first || isPunct(frame, subject.from - 1, ",");
	if (!opening || !isSpeakerPhrase(frame, subject.from, subject.to)) return null;
	if (!/^\p{Lu}/u.test((frame.tokens[subject.from] as FrameToken).text)) return null;
	return { ...subject, how: "before", cue: verb };
}

/**
 * ", says Carl Anthony, historian at the library, is that …": a verb of
 * reporting between commas, its subject after it, in the middle of the
 * sentence whose quotation it attributes.
 */
export function parentheticalSayer(frame: Frame, verb: number, at: number): Attribution | null {
	const lower = (frame.tokens[verb] as FrameToken).lower;
	// (Not "…, told POLITICO, “…”": whom one tells follows the verb.)
	if (!REPORTING.has(lower) || !invertible(lower) || !isPunct(frame, verb - 1, ",")) return null;
	if (!/^\p{Lu}/u.test(word(frame, verb + 1)?.text ?? "")) return null;
	const phrase = phraseForward(frame, verb + 1, at);
	if (!phrase || !isPunct(frame, phrase.to, ",") || !isSpeakerPhrase(frame, phrase.from, phrase.to))
		return null;
	return { ...phrase, how: "before", cue: verb };
}

/** Whether the tokens from the comma at `comma` to `end` are an aside: words and commas, no verb of saying. */
function asideUntil(frame: Frame, comma: number, end: number): boolean {
	if (end - comma > MAX_GAP) return false;
	for (let index = comma + 1; index < end; index++) {
		const token = frame.tokens[index] as FrameToken;
		if (token.kind === "quote" || (token.kind === "punct" && !",’'".includes(token.text)))
			return false;
		if (token.kind === "word" && isCue(frame, index)) return false;
	}
	return true;
}

/** Whether a "that" follows the verb at `verb` within a few words and leads to the quotation at `at`. */
export function thatLeadsTo(frame: Frame, verb: number, at: number): boolean {
	for (let index = verb + 1; index < at && index - verb <= 6; index++) {
		const token = frame.tokens[index] as FrameToken;
		if (token.kind !== "word") return false;
		if (token.lower === "that") return at - index <= 12;
	}
	return false;
}

/**
 * "… said Clinton had earned the support.": a verb of reporting (not one
 * that tells someone) followed by a clause of its own, a name or a pronoun
 * and the words of a sentence, rather than by when or where it was said.
 */
export function reportsClause(frame: Frame, verb: number, end: number): boolean {
	const lower = (frame.tokens[verb] as FrameToken).lower;
	if (!REPORTING.has(lower) || ADDRESSING.has(lower) || ASKING.has(lower)) return false;
	const next = word(frame, verb + 1);
	if (!next || end - verb < 5) return false;
	if (/^\p{Lu}/u.test(next.text)) return !TIMES_AFTER.has(next.lower);
	if (PERSONAL_PRONOUNS.has(next.lower)) return next.lower !== "it";
	// "said the board had no choice", not "said the day before" or "said this week".
	const after = word(frame, verb + 2);
	return CLAUSE_DETERMINERS.has(next.lower) && !!after && !TIME_NOUNS.has(after.lower);
}

// Verbs whose object is whom they ask ("Todd asked the mogul").
const ASKING = new Set("asked asks ask pressed presses questioned".split(" "));

const CLAUSE_DETERMINERS = new Set("the a an his her their its our this these those".split(" "));

const TIME_NOUNS = new Set(
	"day days week weeks month months year years morning afternoon evening night weekend time".split(
		" ",
	),
);

// Words after a verb of saying that say when it was said ("said Tuesday in a statement").
const TIMES_AFTER = new Set(
	"monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split(" "),
);
