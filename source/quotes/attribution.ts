import {
	isAmbiguousCue,
	isParticiple,
	isSayingVerb,
	NAMING_VERBS,
	PERSONAL_PRONOUNS,
	SPEAKER_NOUNS,
} from "./cues.js";
import type { Frame, FrameToken } from "./frame.js";

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

// Words that may stand between a subject and its verb.
const BETWEEN_SUBJECT_AND_VERB = new Set(
	"heard seen quoted as caught overheard also later then once again previously recently earlier reportedly publicly privately repeatedly often frequently quickly simply just even still yet never ever already now today yesterday tonight has had have having would will could can may might should must did does do is was were be been being not n't who which that first last subsequently since further additionally specifically quietly bluntly flatly angrily tersely famously once twice on in at during last this next early late monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december week month year morning afternoon evening night weekend".split(
		" ",
	),
);
// Where a phrase naming a speaker ends, going forward from a verb.
const ENDS_PHRASE_FORWARD = new Set(
	"who whom whose which that in on at during after before while when as because to adding noting saying and but with from via told tells said says according whether if why how what where about would will could should can may might is was were has had have".split(
		" ",
	),
);
// Where a subject ends, going back from its verb.
const ENDS_PHRASE_BACKWARD = new Set(
	"that and but while as because when whenever if although though since so or nor than whom where whereas after before until unless once said says told".split(
		" ",
	),
);
const DETERMINERS = new Set(
	"the a an his her their its our my your one another some many several most few two three four five six seven eight nine ten both all each every other this that these those".split(
		" ",
	),
);
const PREPOSITIONS = new Set(
	"of for from at in with on to behind inside within under over near by among".split(" "),
);
// Words that lead into a sentence before its subject.
const SENTENCE_OPENERS = new Set(
	"but and so yet still then now meanwhile however also instead indeed later earlier separately nonetheless nevertheless".split(
		" ",
	),
);
// Words after which a verb of saying is a noun: the report, his remarks.
const NOUN_MARKERS = new Set(
	"the a an his her their its our my your this these those such any no every each".split(" "),
);
const RELATIVE = new Set(["who", "whose", "which", "whom"]);
const MAX_PHRASE = 12;
const MAX_GAP = 14;

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
		() => nextSentence(frame, at, last),
		() => previousSentence(frame, at, first),
		() => sentenceSubject(frame, at, first),
	];
	for (const find of finders) {
		const found = find();
		if (found && isSpeakerPhrase(frame, found.from, found.to, isLoose(found.how))) return found;
	}
	return null;
}

function word(frame: Frame, index: number): FrameToken | undefined {
	const token = frame.tokens[index];
	return token?.kind === "word" ? token : undefined;
}

function isCue(frame: Frame, index: number): boolean {
	const token = word(frame, index);
	// A capitalised "State" or "Post" is a name, not a verb.
	if (!token || !/^\p{Ll}/u.test(token.text)) return false;
	if (!isSayingVerb(token.lower, frame.text.slice(token.end, token.end + 12))) return false;
	// "Trump’s remarks", "the report", "his call": a noun.
	const previous = word(frame, index - 1);
	return !(previous && (NOUN_MARKERS.has(previous.lower) || /[’']s$|s[’']$/.test(previous.text)));
}

/** "according to X", anywhere in the sentence outside quotations. */
function according(frame: Frame, at: number, first: number, last: number): Attribution | null {
	let best: Attribution | null = null;
	let distance = Number.POSITIVE_INFINITY;
	for (let index = first; index < last - 1; index++) {
		if (word(frame, index)?.lower !== "according" || word(frame, index + 1)?.lower !== "to")
			continue;
		const phrase = phraseForward(frame, index + 2, last);
		if (!phrase) continue;
		const gap = Math.abs(index - at);
		if (gap < distance) {
			distance = gap;
			best = { ...phrase, how: "according", cue: index };
		}
	}
	return best;
}

/** “…,” said X / “…,” X said / “…,” X, a spokesman, told reporters. */
function afterQuote(frame: Frame, at: number, last: number): Attribution | null {
	let index = at + 1;
	while (index < last && isPunct(frame, index, ",.—–-")) index++;
	if (index >= last) return null;
	// Verb first: said Sen. X, said a spokeswoman.
	if (isCue(frame, index) && invertible((word(frame, index) as FrameToken).lower)) {
		const phrase = phraseForward(frame, index + 1, last);
		if (phrase && isSpeakerPhrase(frame, phrase.from, phrase.to, true))
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
	// Name first: find the verb within a few words, past an appositive.
	const start = index;
	for (let gap = 0; index < last && gap < MAX_GAP + 12; index++, gap++) {
		const token = frame.tokens[index] as FrameToken;
		if (token.kind === "quote" || (token.kind === "punct" && ";:".includes(token.text))) break;
		if (!isCue(frame, index) || isParticiple(token.lower)) continue;
		const subject = subjectBefore(frame, index, start);
		if (subject && opensNounPhrase(frame, start) && startsAt(frame, subject.from, start))
			return { ...subject, how: "after", cue: index };
		break;
	}
	// “Go back to Univision,” Trump barked: a name and a verb of any kind right after the quotation.
	let end = start;
	while (end < last && end - start < 4 && /^\p{Lu}/u.test(word(frame, end)?.text ?? "")) end++;
	const verb = word(frame, end);
	if (end > start && verb && /^\p{Ll}+ed$/u.test(verb.text) && !isPunct(frame, start - 1, "—–-"))
		return { from: start, to: end, how: "after", cue: end };
	return null;
}

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

/**
 * Whether a subject found at `from` is the one that opens the stretch at
 * `start`: it is there, or only a description and a comma come before it
 * ("the assailant, John McGraw, told").
 */
function startsAt(frame: Frame, from: number, start: number): boolean {
	if (from === start) return true;
	if (from - start > 6 || !isPunct(frame, from - 1, ",")) return false;
	return frame.tokens.slice(start, from - 1).every((token) => token.kind === "word");
}

/** Whether the token at `index` can open a phrase naming someone: a name, a pronoun, a determiner or a speaker noun. */
function opensNounPhrase(frame: Frame, index: number): boolean {
	const token = word(frame, index);
	if (!token) return false;
	return (
		/^\p{Lu}/u.test(token.text) ||
		DETERMINERS.has(token.lower) ||
		PERSONAL_PRONOUNS.has(token.lower) ||
		SPEAKER_NOUNS.has(token.lower)
	);
}

// Verbs whose object is the one spoken to: "told reporters" never names the speaker.
const ADDRESSING = new Set(
	"told tells tell informed informs assured assures reminded reminds urged urges thanked thanks warned warns".split(
		" ",
	),
);

/** Whether a verb can come before its subject: “…,” said X — not told, not -ing. */
function invertible(verb: string): boolean {
	return !isParticiple(verb) && !ADDRESSING.has(verb);
}

/** Attributions whose shape is so clear that any phrase there names the speaker. */
export function isLoose(how: How): boolean {
	return (
		how === "after" ||
		how === "next" ||
		how === "according" ||
		how === "before" ||
		how === "previous"
	);
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

// The verbs news writing reports speech with, over any other verb of saying.
const REPORTING = new Set(
	"said says say told tells wrote writes added adds asked asks explained explains argued argues noted notes insisted insists stated states declared declares".split(
		" ",
	),
);

/** The attribution by the nearest verb of saying before `from` (for the quotation at `at`). */
function nearestBefore(frame: Frame, from: number, first: number, at: number): Attribution | null {
	for (let index = from - 1; index >= first; index--) {
		if (!isCue(frame, index)) continue;
		const verb = frame.tokens[index] as FrameToken;
		// A cue that is also a noun ("the report", "a call") only right before its quotation or a "that".
		if (isAmbiguousCue(verb.lower) && !leadsIn(frame, index, at)) continue;
		const toSay = word(frame, index - 1)?.lower === "to";
		// "with Sen. John McCain calling it “…”": the subject stands right before the participle.
		const before = word(frame, index - 1);
		const named = before && (/^\p{Lu}/u.test(before.text) || SPEAKER_NOUNS.has(before.lower));
		if (isParticiple(verb.lower) && at - index <= 6 && named) {
			const direct = subjectBefore(frame, index, first);
			if (direct && direct.to === index && isSpeakerPhrase(frame, direct.from, direct.to))
				return { ...direct, how: "before", cue: index };
		}
		if (isParticiple(verb.lower) || toSay) {
			// "…, saying “…”", "calling it “…”": the quotation follows the participle closely.
			if (at - index > 6 && word(frame, index + 1)?.lower !== "that") continue;
			const subject = clauseSubject(frame, first, index - (toSay ? 1 : 0));
			if (subject) return { ...subject, how: "before", cue: index };
			continue;
		}
		// "As The Grio reported, Bloomberg apologized for the “…”": the cue is an aside.
		if (isPunct(frame, index + 1, ",") && at - index > 4) continue;
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
			const main = clauseSubject(frame, first, index);
			if (main) return { ...main, how: "before", cue: index };
		}
		return null;
	}
	return null;
}

/** The index of the first token at or before `from` that is not an adverb or auxiliary. */
function skipBack(frame: Frame, from: number, first: number): number {
	let index = from;
	while (index >= first) {
		const token = word(frame, index);
		if (!token || !(BETWEEN_SUBJECT_AND_VERB.has(token.lower) || /ly$/.test(token.lower))) break;
		index--;
	}
	return index;
}

/** Whether the verb at `verb` leads straight into the quotation at `at` (a colon, "that", a comma, an object). */
function leadsIn(frame: Frame, verb: number, at: number): boolean {
	if (at - verb <= 2) return true;
	const next = word(frame, verb + 1)?.lower;
	return next === "that" || NAMING_VERBS.has((frame.tokens[verb] as FrameToken).lower);
}

/** Pew Research: “…” — a short lead ending with a colon, without a verb of saying. */
function colonLead(frame: Frame, at: number, first: number): Attribution | null {
	if (!isPunct(frame, at - 1, ":")) return null;
	const lead = at - 1 - first;
	if (lead < 1 || lead > 10) return null;
	const subject = clauseSubject(frame, first, at - 1);
	if (subject && isSpeakerPhrase(frame, subject.from, subject.to))
		return { ...subject, how: "colon", cue: -1 };
	return null;
}

/** “…?” Trump went on. — a quotation that ends its sentence, attributed at the start of the next. */
function nextSentence(frame: Frame, at: number, last: number): Attribution | null {
	for (let index = at + 1; index < last; index++) if (!isPunct(frame, index)) return null;
	const next = frame.tokens[last];
	if (next?.kind !== "word" || !opensNounPhrase(frame, last)) return null;
	const [, end] = frame.sentences[next.sentence] as readonly [number, number];
	if (isCue(frame, last)) return null;
	// "Miller, a retired worker, said pleasantly into the phone.", "Todd asked the mogul."
	for (let index = last + 1; index < Math.min(end, last + MAX_GAP + 12); index++) {
		const token = frame.tokens[index] as FrameToken;
		if (token.kind === "quote") return null;
		if (!isCue(frame, index) || isParticiple(token.lower)) continue;
		const subject = subjectBefore(frame, index, last);
		if (subject && startsAt(frame, subject.from, last))
			return { ...subject, how: "next", cue: index };
		return null;
	}
	return null;
}

function isPunct(frame: Frame, index: number, chars?: string): boolean {
	const token = frame.tokens[index];
	return token?.kind === "punct" && (chars === undefined || chars.includes(token.text));
}

/**
 * The subject of the verb at `verb`, looking back no further than `first`:
 * past adverbs, auxiliaries, time phrases, an appositive between commas or
 * a party and state in brackets.
 */
function subjectBefore(
	frame: Frame,
	verb: number,
	first: number,
): { from: number; to: number } | null {
	let index = verb - 1;
	const skip = () => {
		for (;;) {
			const token = frame.tokens[index];
			if (!token || index < first) return;
			if (
				token.kind === "word" &&
				(BETWEEN_SUBJECT_AND_VERB.has(token.lower) ||
					/ly$/.test(token.lower) ||
					/^\d+$/.test(token.lower))
			) {
				index--;
				continue;
			}
			if (token.kind === "punct" && token.text === ")") {
				const open = findBack(frame, index, "(", first);
				if (open < 0) return;
				index = open - 1;
				continue;
			}
			if (token.kind === "punct" && token.text === ",") {
				const open = appositiveStart(frame, index, first);
				if (open >= 0) {
					index = open - 1;
					continue;
				}
				// "Trump, who said …": the comma before the relative pronoun.
				if (RELATIVE.has(word(frame, index + 1)?.lower ?? "")) {
					index--;
					continue;
				}
				// "his wife, Gabriela Lazar, wrote": the name between the commas is the subject.
				const named = nameBetweenCommas(frame, index, first);
				if (named >= 0) index--;
				return;
			}
			return;
		}
	};
	skip();
	const to = index + 1;
	let from = to;
	while (from - 1 >= first && to - (from - 1) <= MAX_PHRASE) {
		const token = frame.tokens[from - 1] as FrameToken;
		if (token.kind !== "word") {
			// The dot of an initial or abbreviation is a word's; anything else ends the subject.
			if (token.kind === "punct" && token.text === "’") break;
			break;
		}
		if (ENDS_PHRASE_BACKWARD.has(token.lower)) break;
		if (token.lower === "who" || token.lower === "which") break;
		from--;
	}
	if (from >= to) return null;
	// "…, releasing a statement that accused …": a participle's clause; its subject is the sentence's.
	const lead = frame.tokens[from] as FrameToken;
	if (/^\p{Ll}+ing$/u.test(lead.text) && !DETERMINERS.has(lead.lower))
		return clauseSubject(frame, first, from);
	return trimPhrase(frame, from, to);
}

/** A comma at `close` after a name that follows another comma ("…’s executive, Laszlo Bock,"): where the name starts, or -1. */
function nameBetweenCommas(frame: Frame, close: number, first: number): number {
	let index = close - 1;
	while (index >= first && /^\p{Lu}/u.test(word(frame, index)?.text ?? "")) index--;
	if (index === close - 1 || close - 1 - index > 5) return -1;
	return isPunct(frame, index, ",") ? index + 1 : -1;
}

/** A comma at `close` that ends an appositive: the index of the comma that opens it, or -1. */
function appositiveStart(frame: Frame, close: number, first: number): number {
	// ", whose hometown, Miami, is projected …,": a relative clause may hold commas of its own.
	for (let index = close - 1; index >= first && close - index <= 40; index--) {
		const token = frame.tokens[index] as FrameToken;
		if (token.kind === "quote") break;
		if (isPunct(frame, index, ",") && RELATIVE.has(word(frame, index + 1)?.lower ?? ""))
			return index;
	}
	for (let index = close - 1; index >= first && close - index <= 30; index--) {
		const token = frame.tokens[index] as FrameToken;
		if (token.kind === "punct" && token.text === ",") {
			const lead = frame.tokens[index + 1];
			if (!lead || index + 1 === close) return -1;
			// ", a spokesman for …," ", who …," ", 82," ", R-S.C.," ", Twitter’s director of …,"
			const inside = frame.tokens.slice(index + 1, close);
			if (
				lead.kind === "word" &&
				(DETERMINERS.has(lead.lower) ||
					/^\d/.test(lead.text) ||
					/^[DRI]-/.test(lead.text) ||
					inside.some(
						(token) =>
							token.kind === "word" &&
							/^\p{Ll}/u.test(token.text) &&
							token.lower !== "and" &&
							token.lower !== "or",
					))
			)
				return index;
			return -1;
		}
	}
	return -1;
}

function findBack(frame: Frame, from: number, char: string, first: number): number {
	for (let index = from - 1; index >= first && from - index <= 12; index--) {
		const token = frame.tokens[index] as FrameToken;
		if (token.kind === "punct" && token.text === char) return index;
	}
	return -1;
}

/** A phrase naming a speaker, going forward from `from`: "Sen. Lindsey Graham", "a spokeswoman for the campaign". */
function phraseForward(
	frame: Frame,
	from: number,
	last: number,
): { from: number; to: number } | null {
	let index = from;
	// "said Tuesday Sen. X", "said on Monday that": time words before the name.
	while (index < last) {
		const token = word(frame, index);
		if (
			!token ||
			!/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|recently|earlier|later|also|then)$/.test(
				token.lower,
			)
		)
			break;
		index++;
	}
	const start = index;
	const opener = word(frame, start);
	if (!opener || ENDS_PHRASE_FORWARD.has(opener.lower) || PREPOSITIONS.has(opener.lower))
		return null;
	while (index < last && index - start < MAX_PHRASE) {
		const token = frame.tokens[index] as FrameToken;
		if (token.kind !== "word") break;
		if (ENDS_PHRASE_FORWARD.has(token.lower) && index > start) break;
		index++;
	}
	if (index <= start) return null;
	return trimPhrase(frame, start, index);
}

/**
 * The subject of the clause that ends at `to`: the last stretch between
 * commas or dashes that opens with a phrase naming a speaker and a verb
 * after it ("At an event in Ames, Iowa, on Sunday, Mrs. Clinton tried …",
 * "Perez hammered Trump, calling him …").
 */
function clauseSubject(
	frame: Frame,
	first: number,
	to: number,
): { from: number; to: number } | null {
	let end = to;
	while (end > first) {
		let start = end;
		while (start > first && !isPunct(frame, start - 1, ",—–;:")) start--;
		const subject = segmentSubject(frame, start, end);
		if (subject) return subject;
		end = start - 1;
	}
	return null;
}

/** The phrase that opens the stretch [start, end), when a verb-like word follows it there. */
function segmentSubject(
	frame: Frame,
	start: number,
	end: number,
): { from: number; to: number } | null {
	let index = start;
	while (index < end && SENTENCE_OPENERS.has(word(frame, index)?.lower ?? "")) index++;
	const opener = word(frame, index);
	if (
		!opener ||
		PREPOSITIONS.has(opener.lower) ||
		(/^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(opener.text) && index === start)
	)
		return null;
	if (
		/^(?:after|before|during|when|while|as|if|because|although|though|since|until|unless|once|here|there|now|then|asked|speaking)$/.test(
			opener.lower,
		)
	)
		return null;
	if (!opensNounPhrase(frame, index)) return null;
	const from = index;
	let to = from;
	while (to < end && to - from < MAX_PHRASE) {
		const token = frame.tokens[to] as FrameToken;
		if (token.kind !== "word") break;
		if (
			to > from &&
			!continuesSubject(
				token,
				frame.tokens[to - 1] as FrameToken,
				frame.tokens.slice(to + 1, to + 4),
			)
		)
			break;
		to++;
	}
	// "Sen. Rand Paul (R-Ky.) said": a party and state in brackets after the name.
	let verbAt = to;
	if (isPunct(frame, verbAt, "(")) {
		while (verbAt < end && !isPunct(frame, verbAt, ")")) verbAt++;
		verbAt++;
	}
	const verb = word(frame, verbAt);
	if (to <= from || verbAt >= end || !verb || !/^\p{Ll}/u.test(verb.text)) return null;
	const phrase = trimPhrase(frame, from, to);
	return phrase && isSpeakerPhrase(frame, phrase.from, phrase.to) ? phrase : null;
}

/** Whether `token` still belongs to a subject phrase after `previous`. */
function continuesSubject(
	token: FrameToken,
	previous: FrameToken,
	ahead: readonly FrameToken[] = [],
): boolean {
	if (/^\p{Lu}/u.test(token.text)) return true;
	// "The former Republican presidential candidate": adjectives before a speaker noun to come.
	if (
		ahead.some((next) => next.kind === "word" && SPEAKER_NOUNS.has(next.lower)) &&
		!/(?:ed|ing|s)$/.test(token.lower) &&
		!isSayingVerb(token.lower, "")
	)
		return true;
	if (DETERMINERS.has(previous.lower) || PREPOSITIONS.has(previous.lower)) return true;
	if (PREPOSITIONS.has(token.lower)) return true;
	if (SPEAKER_NOUNS.has(token.lower)) return true;
	// An adjective before the noun it describes: "the billionaire businessman".
	return DETERMINERS.has(previous.lower);
}

/** The phrase without trailing prepositions, determiners or time words. */
function trimPhrase(frame: Frame, from: number, to: number): { from: number; to: number } | null {
	let end = to;
	while (end > from) {
		const token = frame.tokens[end - 1] as FrameToken;
		if (
			DETERMINERS.has(token.lower) ||
			PREPOSITIONS.has(token.lower) ||
			(BETWEEN_SUBJECT_AND_VERB.has(token.lower) && !/^\p{Lu}/u.test(token.text)) ||
			(end - 1 > from &&
				/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(token.lower))
		) {
			end--;
			continue;
		}
		break;
	}
	let start = from;
	while (
		start < end &&
		SENTENCE_OPENERS.has((frame.tokens[start] as FrameToken).lower) &&
		/^\p{Lu}/u.test((frame.tokens[start] as FrameToken).text) &&
		start + 1 < end
	)
		start++;
	return end > start ? { from: start, to: end } : null;
}

/** Whether a phrase can name a speaker: a pronoun, a capitalised name, or a description whose head is a speaker noun. */
export function isSpeakerPhrase(frame: Frame, from: number, to: number, loose = false): boolean {
	const tokens = frame.tokens.slice(from, to);
	if (tokens.length === 1 && PERSONAL_PRONOUNS.has((tokens[0] as FrameToken).lower)) return true;
	if (tokens.some((token) => /^\p{Lu}/u.test(token.text) && !DETERMINERS.has(token.lower)))
		return true;
	if (SPEAKER_NOUNS.has(headOf(tokens).lower)) return true;
	// "said the designer", "the retired neurosurgeon said": a described person where only a speaker can stand.
	return loose && tokens.length >= 2 && DETERMINERS.has((tokens[0] as FrameToken).lower);
}

/** The head word of a phrase: the last word before its first preposition. */
export function headOf(tokens: readonly FrameToken[]): FrameToken {
	// "the Department of Corrections’ website": after a possessive, the head is what it owns.
	const possessive = tokens.findLastIndex((token) => /[’']s$|s[’']$|[’']$/.test(token.text));
	const from = possessive >= 0 && possessive < tokens.length - 1 ? possessive + 1 : 0;
	const preposition = tokens.findIndex(
		(token, index) => index > from && PREPOSITIONS.has(token.lower),
	);
	return (preposition > 0 ? tokens[preposition - 1] : tokens.at(-1)) as FrameToken;
}

/**
 * “Clinton talked up her “50-state strategy”": with no verb of saying, the
 * subject of the sentence that carries a partial quotation is whose words
 * they are, when it names a speaker.
 */
function sentenceSubject(frame: Frame, at: number, first: number): Attribution | null {
	if (at - first < 2) return null;
	const subject = clauseSubject(frame, first, at);
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
