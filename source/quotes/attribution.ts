import { colonLead } from "./colon-leads.js";
import { isCue, REPORTING } from "./cue-at.js";
import { AUXILIARIES, isAmbiguousCue, isParticiple, NAMING_VERBS, SPEAKER_NOUNS } from "./cues.js";
import type { Frame, FrameToken } from "./frame.js";
import {
	clauseSubject,
	headOf,
	isPunct,
	isSpeakerPhrase,
	MAX_PHRASE,
	opensNounPhrase,
	phraseForward,
	skipBack,
	startsAt,
	subjectBefore,
	subjectPastAppositive,
	word,
} from "./phrases.js";
import {
	asideSayer,
	endsWithFullName,
	firstVerbSubject,
	invertedLead,
	invertible,
	MAX_GAP,
	parentheticalSayer,
	reportsClause,
	sayerBefore,
	subjectAfterWith,
	thatLeadsTo,
} from "./sayers.js";

/**
 * Who a quotation is attributed to in the words around it: the phrase that
 * names the speaker, as written ("Sen. Chris Murphy (D-Conn.)", "he",
 * "a spokeswoman for the campaign"), and where it was found. Names are
 * resolved to people later, with the whole article in view.
 */

export type How = "after" | "before" | "according" | "colon" | "next" | "previous" | "subject";

export interface Attribution {
	/** The phrase that names the speaker: a token range of the frame [from, to). */
	readonly from: number;
	readonly to: number;
	readonly how: How;
	/** The verb (or "according to") that attributes it; -1 for a colon. */
	readonly cue: number;
}

/** The attribution of the quotation whose token is `at`, or null when its words around it name no one. */
export function attributionOf(frame: Frame, at: number): Attribution | null {
	const token = frame.tokens[at] as FrameToken;
	const [first, last] = frame.sentences[token.sentence] as readonly [number, number];
	const finders = [
		() => according(frame, at, first, last),
		() => afterQuote(frame, at, last),
		() => sentenceEnd(frame, at, last),
		() => beforeQuote(frame, at, first),
		() => colonLead(frame, at, first),
		() => nextSentence(frame, at, first, last),
		() => previousSentence(frame, at, first),
		() => sentenceSubject(frame, at, first),
	];
	for (const find of finders) {
		const found = find();
		if (found && isSpeakerPhrase(frame, found.from, found.to, isLoose(found.how))) {
			// “…” and “…,” X said: the quotation joined to the next is theirs too, whatever came before.
			if (found.how !== "subject" && found.how !== "previous") return found;
			return joinedToNext(frame, at) ?? found;
		}
	}
	return joinedToNext(frame, at);
}

/** “A” and “B,” X proclaimed: the attribution after the quotation that `at` is joined to by "and" or "or". */
function joinedToNext(frame: Frame, at: number): Attribution | null {
	const joined = word(frame, at + 1)?.lower;
	const next = frame.tokens[at + 2];
	if ((joined !== "and" && joined !== "or") || next?.kind !== "quote") return null;
	const found = attributionOf(frame, at + 2);
	return found?.how === "after" ? found : null;
}

/** "according to X", "in the words of X", anywhere in the sentence outside quotations. */
function according(frame: Frame, at: number, first: number, last: number): Attribution | null {
	let best: Attribution | null = null;
	let distance = Number.POSITIVE_INFINITY;
	for (let index = first; index < last - 1; index++) {
		const lead = leadLength(frame, index);
		const phrase = lead > 0 ? phraseForward(frame, index + lead, last) : wordsOwner(frame, index);
		if (!phrase) continue;
		const gap = Math.abs(index - at);
		if (gap < distance) {
			distance = gap;
			best = { ...phrase, how: "according", cue: index };
		}
	}
	return best;
}

/** How many words at `index` lead into the one whose words they are: "according to", "in the words of". */
function leadLength(frame: Frame, index: number): number {
	const at = (offset: number) => word(frame, index + offset)?.lower;
	if (at(0) === "according" && at(1) === "to") return 2;
	if (at(0) === "in" && at(1) === "the" && at(2) === "words" && at(3) === "of") return 4;
	return 0;
}

/** "in her words", "in the Harbour Gazette’s words": the possessive after the "in" at `index`, whose words they are. */
function wordsOwner(frame: Frame, index: number): { from: number; to: number } | null {
	if (word(frame, index)?.lower !== "in") return null;
	const owner = word(frame, index + 1);
	if (!owner) return null;
	if (owner.lower === "his" || owner.lower === "her" || owner.lower === "their")
		return word(frame, index + 2)?.lower === "words" ? { from: index + 1, to: index + 2 } : null;
	const from = owner.lower === "the" ? index + 2 : index + 1;
	for (let to = from; to < from + 4; to++) {
		const token = word(frame, to);
		if (!token || !/^\p{Lu}/u.test(token.text)) return null;
		if (/[’']s?$/.test(token.text))
			return word(frame, to + 1)?.lower === "words" ? { from, to: to + 1 } : null;
	}
	return null;
}

/** “…,” said X / “…,” X said / “…,” X, a spokesman, told reporters. */
function afterQuote(frame: Frame, at: number, last: number): Attribution | null {
	let index = at + 1;
	while (index < last && isPunct(frame, index, ",.—–-")) index++;
	if (index >= last) return null;
	// Verb first: said Sen. X, said a spokeswoman.
	const verb = word(frame, index)?.lower ?? "";
	if (isCue(frame, index) && invertible(verb)) {
		const phrase = phraseForward(frame, index + 1, last);
		// “…,” said the designer — but “…,” posted the clip to YouTube: a thing is no speaker.
		if (phrase && isSpeakerPhrase(frame, phrase.from, phrase.to, REPORTING.has(verb)))
			return { ...phrase, how: "after", cue: index };
		return null;
	}
	// “…,” reacted Trump: any verb in the past, then a name to the end of the clause.
	const verbFirst = word(frame, index);
	if (
		verbFirst &&
		/^\p{Ll}+ed$/u.test(verbFirst.text) &&
		/^\p{Lu}/u.test(word(frame, index + 1)?.text ?? "")
	) {
		const phrase = phraseForward(frame, index + 1, last);
		if (phrase && isSpeakerPhrase(frame, phrase.from, phrase.to))
			return { ...phrase, how: "after", cue: index };
	}
	// “…,” as Cruz said on the radio.
	if (word(frame, index)?.lower === "as" && opensNounPhrase(frame, index + 1)) index++;
	// Name first: find the verb within a few words, past an appositive.
	const start = index;
	for (let gap = 0; index < last && gap < MAX_GAP + 12; index++, gap++) {
		const token = frame.tokens[index] as FrameToken;
		if (token.kind === "quote" || (token.kind === "punct" && ";:".includes(token.text))) break;
		if (!isCue(frame, index) || isParticiple(token.lower)) continue;
		const subject = subjectBefore(frame, index, start);
		if (
			subject &&
			(opensNounPhrase(frame, start) ||
				describesSpeaker(frame, subject) ||
				endsWithFullName(frame, subject)) &&
			startsAt(frame, subject.from, start)
		)
			return { ...subject, how: "after", cue: index };
		break;
	}
	// “Go back to Univision,” Trump barked: a name and a verb of any kind right after the quotation.
	const barked = nameThenPastVerb(frame, start, last);
	if (barked !== null && !isPunct(frame, start - 1, "—–-"))
		return { from: start, to: barked, how: "after", cue: barked };
	// “…,” the Republican nominee riffed: a described speaker, and a verb of any kind.
	if (DESCRIBED.has(word(frame, start)?.lower ?? "")) {
		for (let index = start + 2; index < last && index - start <= 6; index++) {
			const token = word(frame, index);
			if (!token) break;
			if (/^\p{Ll}+ed$/u.test(token.text)) {
				const phrase = { from: start, to: index };
				return describesSpeaker(frame, phrase) ? { ...phrase, how: "after", cue: index } : null;
			}
		}
	}
	return null;
}

const DESCRIBED = new Set(["the", "a", "an", "his", "her", "their"]);

/** Where the verb in -ed is that follows a name of up to four capitalised words at `start` ("Trump barked"); else null. */
function nameThenPastVerb(frame: Frame, start: number, last: number): number | null {
	let end = start;
	while (end < last && end - start < 4 && /^\p{Lu}/u.test(word(frame, end)?.text ?? "")) end++;
	const verb = word(frame, end);
	return end > start && verb && /^\p{Ll}+ed$/u.test(verb.text) ? end : null;
}

/**
 * "federal prosecutors", "super PAC spokeswoman Kellyanne Conway": a short
 * description whose head is a speaker noun, or a speaker noun before a name.
 */
function describesSpeaker(frame: Frame, phrase: { from: number; to: number }): boolean {
	const tokens = frame.tokens.slice(phrase.from, phrase.to);
	if (tokens.length > 6) return false;
	if (SPEAKER_NOUNS.has(headOf(tokens).lower)) return true;
	const noun = tokens.findIndex(
		(token) => SPEAKER_NOUNS.has(token.lower) || TITLES.has(token.lower.replace(/\.$/, "")),
	);
	if (noun < 0 || noun >= tokens.length - 1) return false;
	// "former Gov. Jeb Bush of Florida": the name, and where the person is from.
	const of = tokens.findIndex((token, index) => index > noun && token.lower === "of");
	const name = tokens.slice(noun + 1, of > noun + 1 ? of : tokens.length);
	return name.length > 0 && name.every((token) => /^\p{Lu}/u.test(token.text));
}

// Titles before a name, written short or in lowercase: "former Gov. Jeb Bush", "state Sen. Ana Ruiz".
const TITLES = new Set([
	"gov",
	"sen",
	"rep",
	"gen",
	"lt",
	"col",
	"adm",
	"sgt",
	"capt",
	"dr",
	"prof",
]);

/**
 * “…,” since so many cases were decided by one vote, said Lee Epstein. —
 * an attribution in a later stretch of the sentence, between commas.
 */
function sentenceEnd(frame: Frame, at: number, last: number): Attribution | null {
	for (let comma = at + 1; comma < last; comma++) {
		const token = frame.tokens[comma] as FrameToken;
		if (token.kind === "quote") return null;
		if (!isPunct(frame, comma, ",")) continue;
		let end = comma + 1;
		while (end < last && !isPunct(frame, end, ",;:—–") && frame.tokens[end]?.kind !== "quote")
			end++;
		const first = comma + 1;
		if (isCue(frame, first) && invertible((frame.tokens[first] as FrameToken).lower)) {
			const phrase = phraseForward(frame, first + 1, end);
			if (phrase && isSpeakerPhrase(frame, phrase.from, phrase.to))
				return { ...phrase, how: "after", cue: first };
			continue;
		}
		for (let index = first + 1; index < end && index - first <= MAX_PHRASE; index++) {
			if (!isCue(frame, index)) continue;
			if (isParticiple((frame.tokens[index] as FrameToken).lower)) break;
			const subject = subjectBefore(frame, index, first);
			if (subject && subject.from === first && isSpeakerPhrase(frame, subject.from, subject.to))
				return { ...subject, how: "after", cue: index };
			break;
		}
	}
	return null;
}

/** Attributions whose shape is so clear that any phrase there names the speaker. */
export function isLoose(how: How): boolean {
	// A colon lead or the sentence's subject names no one by its shape alone.
	return how !== "colon" && how !== "subject";
}

/** X said “…” / X said that the plan was “…” / X, calling it “…”. */
function beforeQuote(frame: Frame, at: number, first: number): Attribution | null {
	const nearest = nearestBefore(frame, at, first, at);
	if (!nearest || REPORTING.has((frame.tokens[nearest.cue] as FrameToken).lower)) return nearest;
	// "Coit said the candidate sees … that Democrats are offering … “…”": a verb of reporting
	// further back governs what a nearer, lesser one says, unless that one leads right into the quote.
	const lesser = (frame.tokens[nearest.cue] as FrameToken).lower;
	if (at - nearest.cue <= 3 && !isParticiple(lesser)) return nearest;
	for (let index = nearest.cue - 1; index >= first; index--) {
		if (!REPORTING.has(word(frame, index)?.lower ?? "") || !isCue(frame, index)) continue;
		const reporting = nearestBefore(frame, index + 1, first, at);
		if (reporting && reporting.cue === index) return reporting;
	}
	return nearest;
}

/** The attribution by the nearest verb of saying before `from` (for the quotation at `at`). */
function nearestBefore(frame: Frame, from: number, first: number, at: number): Attribution | null {
	for (let index = from - 1; index >= first; index--) {
		if (!isCue(frame, index)) continue;
		const verb = frame.tokens[index] as FrameToken;
		// A cue that is also a noun ("the report", "a call") only right before its quotation or a "that".
		if (isAmbiguousCue(verb.lower) && !leadsIn(frame, index, at)) continue;
		// "…, explained Rosenberg, “…”": the verb put before its subject, which leads into the quote.
		const inverted = invertedLead(frame, index, at);
		if (inverted) return inverted;
		// "The paradox of Nancy, says Carl Anthony, a historian, is that she was “…”": set off by commas.
		const aside = parentheticalSayer(frame, index, at);
		if (aside) return aside;
		const before = word(frame, index - 1);
		const toSay = before?.lower === "to";
		// "with Sen. John McCain calling it “…”": the subject stands right before the participle, or
		// an adverb between them ("with Trump reportedly yelling: “…”").
		const subjectEnd = skipBack(frame, index - 1, first);
		const subjectLast = word(frame, subjectEnd);
		const named =
			subjectLast && (/^\p{Lu}/u.test(subjectLast.text) || SPEAKER_NOUNS.has(subjectLast.lower));
		if (isParticiple(verb.lower) && at - index <= 6 && named) {
			const direct = subjectBefore(frame, index, first);
			if (direct && direct.to === subjectEnd + 1 && isSpeakerPhrase(frame, direct.from, direct.to))
				return { ...direct, how: "before", cue: index };
		}
		if (isParticiple(verb.lower) || toSay) {
			// "…, saying “…”", "calling it “…”": the quotation follows the participle closely, or what
			// it says begins with a "that" ("saying in his statement only that he was “…”").
			if (at - index > 6 && !thatLeadsTo(frame, index, at)) continue;
			// "…, with many marchers and spectators chanting “…”": the participle's own subject.
			const absolute = toSay ? null : subjectAfterWith(frame, index, first);
			if (absolute) return { ...absolute, how: "before", cue: index };
			const subject =
				(toSay ? sayerBefore(frame, index - 1, first) : null) ??
				clauseSubject(frame, first, index - (toSay ? 1 : 0)) ??
				subjectPastAppositive(frame, first, index);
			if (subject) return { ...subject, how: "before", cue: index };
			continue;
		}
		// "As The Grio reported, Bloomberg apologized for the “…”": the cue is an aside; but "In Miami,
		// Mr. Regalado said, Mr. Trump is seen as “…”" says whose the rest of the sentence is.
		if (isPunct(frame, index + 1, ",") && at - index > 4) {
			const said = asideSayer(frame, index, first);
			if (said) return said;
			continue;
		}
		// "Rubio was asked by moderator Gerard Baker whether …": the speaker follows "by".
		if (word(frame, index + 1)?.lower === "by") {
			const agent = phraseForward(frame, index + 2, at);
			if (agent) return { ...agent, how: "before", cue: index };
		}
		const subject = subjectBefore(frame, index, first);
		if (subject) return { ...subject, how: "before", cue: index };
		// "Bloomberg stated “…” and acknowledged …": a second verb of the same subject.
		const joined = word(frame, skipBack(frame, index - 1, first))?.lower;
		if (joined === "and" || joined === "but" || joined === "then") {
			const main = firstVerbSubject(frame, first, index) ?? clauseSubject(frame, first, index);
			if (main) return { ...main, how: "before", cue: index };
		}
		return null;
	}
	return null;
}

/** Whether the verb at `verb` leads straight into the quotation at `at` (a colon, "that", a comma, an object). */
function leadsIn(frame: Frame, verb: number, at: number): boolean {
	if (at - verb <= 2) return true;
	const next = word(frame, verb + 1)?.lower;
	return next === "that" || NAMING_VERBS.has((frame.tokens[verb] as FrameToken).lower);
}

/** “…?” Trump went on. — a quotation that ends its sentence, attributed at the start of the next. */
function nextSentence(frame: Frame, at: number, first: number, last: number): Attribution | null {
	for (let index = at + 1; index < last; index++) if (!isPunct(frame, index)) return null;
	// "Sanders pivoted to the dangers of a “rigged economy.” Carson struggled to answer …": words
	// quoted at the end of the writer's own sentence are not the next sentence's subject's.
	if (!isPunct(frame, at - 1, ":") && wordsBetween(frame, first, at) > 3) return null;
	const next = frame.tokens[last];
	if (next?.kind !== "word" || !opensNounPhrase(frame, last)) return null;
	const [, end] = frame.sentences[next.sentence] as readonly [number, number];
	if (isCue(frame, last)) return null;
	// “…?” Hannity pressed. — a name and a verb of any kind, and the sentence ends.
	const pressed = nameThenPastVerb(frame, last, end);
	if (pressed !== null && pressed + 1 >= end - 1)
		return { from: last, to: pressed, how: "next", cue: pressed };
	// "Miller, a retired worker, said pleasantly into the phone.", "Todd asked the mogul."
	for (let index = last + 1; index < Math.min(end, last + MAX_GAP + 12); index++) {
		const token = frame.tokens[index] as FrameToken;
		if (token.kind === "quote") return null;
		if (!isCue(frame, index) || isParticiple(token.lower)) continue;
		// "Rubio hit back again, saying …", "Reid said that …", "Rep. Steve Israel said Clinton had
		// earned it": what follows is theirs, not the quotation before.
		if (introducesMore(frame, index, end) || reportsClause(frame, index, end)) return null;
		const subject = subjectBefore(frame, index, last);
		if (subject && startsAt(frame, subject.from, last))
			return { ...subject, how: "next", cue: index };
		return null;
	}
	return null;
}

function wordsBetween(frame: Frame, from: number, to: number): number {
	let count = 0;
	for (let index = from; index < to; index++) if (word(frame, index)) count++;
	return count;
}

/**
 * Whether the verb at `verb` has its own content after it: "that …", or, for
 * one that is not a verb of reporting, ", saying …" ("Rubio hit back again,
 * saying …"; but "“…?” Mr. Trump asked, repeating …" asked the question).
 */
function introducesMore(frame: Frame, verb: number, end: number): boolean {
	let index = verb + 1;
	while (
		index < end &&
		/^(?:back|in|on|out|again|also|\p{Ll}+ly)$/u.test(word(frame, index)?.lower ?? "")
	)
		index++;
	if (word(frame, index)?.lower === "that") return true;
	if (REPORTING.has(word(frame, verb)?.lower ?? "")) return false;
	const next = word(frame, index + 1);
	return (
		isPunct(frame, index, ",") && !!next && isParticiple(next.lower) && isCue(frame, index + 1)
	);
}

// Verbs that open a question: the auxiliaries but "Will" and "May", which open sentences as names.
const QUESTION_OPENERS = new Set(
	[...AUXILIARIES].filter((verb) => verb !== "will" && verb !== "may"),
);

/**
 * “Clinton talked up her “50-state strategy”": with no verb of saying, the
 * subject of the sentence that carries a partial quotation is whose words
 * they are, when it names a speaker.
 */
function sentenceSubject(frame: Frame, at: number, first: number): Attribution | null {
	if (at - first < 2) return null;
	// "Were they too “Tea Party”?": a question's subject says nothing.
	if (QUESTION_OPENERS.has(word(frame, first)?.lower ?? "")) return null;
	const subject = clauseSubject(frame, first, at) ?? subjectPastAppositive(frame, first, at);
	if (!subject || subject.to >= at) return null;
	return { ...subject, how: "subject", cue: -1 };
}

/**
 * Bolton said he would help if asked. “I’m going to support him.” — a
 * quotation that is a sentence of its own, after a sentence whose subject
 * says something (or introduces it with a colon).
 */
function previousSentence(frame: Frame, at: number, first: number): Attribution | null {
	if (at !== first) return null;
	const sentence = (frame.tokens[at] as FrameToken).sentence;
	if (sentence === 0) return null;
	return introduction(frame, sentence - 1);
}

/** The speaker a sentence introduces: its subject, when it says something or ends with a colon. */
export function introduction(frame: Frame, sentence: number): Attribution | null {
	const [first, last] = frame.sentences[sentence] as readonly [number, number];
	if (frame.tokens.slice(first, last).some((token) => token.kind === "quote")) return null;
	for (let index = first; index < last; index++) {
		if (!isCue(frame, index) || isAmbiguousCue((frame.tokens[index] as FrameToken).lower)) continue;
		// "Stated Stone:" — the verb put first, its subject after it.
		const after = index === first ? phraseForward(frame, index + 1, last) : null;
		if (after && isSpeakerPhrase(frame, after.from, after.to))
			return { ...after, how: "previous", cue: index };
		const subject = subjectBefore(frame, index, first) ?? clauseSubject(frame, first, index);
		if (subject && isSpeakerPhrase(frame, subject.from, subject.to, true))
			return { ...subject, how: "previous", cue: index };
		return null;
	}
	if (isPunct(frame, last - 1, ":")) {
		const subject = clauseSubject(frame, first, last - 1);
		if (subject) return { ...subject, how: "previous", cue: -1 };
	}
	return null;
}
