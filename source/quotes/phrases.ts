import { isSayingVerb, PERSONAL_PRONOUNS, SPEAKER_NOUNS } from "./cues.js";
import type { Frame, FrameToken } from "./frame.js";

/**
 * The phrases of a frame that may name a speaker: the subject before a
 * verb (past adverbs, an appositive, a party and state in brackets), the
 * phrase after one, the subject of a clause, and whether a phrase can name
 * anyone at all.
 */

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
	"that and but while as because when whenever if although though since so or nor than whom where whereas after before until unless once said says told what how why whether".split(
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
const RELATIVE = new Set(["who", "whose", "which", "whom"]);
// The states after a city ("in Columbus, Ohio,"), as written out and in the news agencies'
// abbreviations (dots left out): the comma between them parts no phrase.
const STATES = new Set([
	..."alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming dc ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev nh nj nm ny nc nd okla ore pa ri sc sd tenn vt va wash wva wis wyo".split(
		" ",
	),
	..."new hampshire,new jersey,new mexico,new york,north carolina,north dakota,rhode island,south carolina,south dakota,west virginia".split(
		",",
	),
]);
const WEEKDAYS = new Set("monday tuesday wednesday thursday friday saturday sunday".split(" "));
// Words that may stand between a verb and the name after it: "said Tuesday Sen. X".
const TIME_BEFORE_NAME = new Set(
	"today yesterday tonight recently earlier later also then".split(" "),
);
export const MAX_PHRASE = 12;
export function word(frame: Frame, index: number): FrameToken | undefined {
	const token = frame.tokens[index];
	return token?.kind === "word" ? token : undefined;
}

/**
 * Whether a subject found at `from` is the one that opens the stretch at
 * `start`: it is there, or only a description and a comma come before it
 * ("the assailant, John McGraw, told").
 */
export function startsAt(frame: Frame, from: number, start: number): boolean {
	if (from === start) return true;
	if (from - start > 6 || !isPunct(frame, from - 1, ",")) return false;
	return frame.tokens.slice(start, from - 1).every((token) => token.kind === "word");
}

/** Whether the token at `index` can open a phrase naming someone: a name, a pronoun, a determiner or a speaker noun. */
export function opensNounPhrase(frame: Frame, index: number): boolean {
	const token = word(frame, index);
	if (!token) return false;
	return (
		/^\p{Lu}/u.test(token.text) ||
		DETERMINERS.has(token.lower) ||
		PERSONAL_PRONOUNS.has(token.lower) ||
		SPEAKER_NOUNS.has(token.lower) ||
		isCount(frame, index) ||
		(TITLE_ADJECTIVES.has(token.lower) && word(frame, index + 1) !== undefined)
	);
}

// Words that open a description of someone: "former State Department director X", "longtime aide X".
const TITLE_ADJECTIVES = new Set(
	"former longtime veteran retired outgoing incoming acting deputy senior top".split(" "),
);

const ABOUT = new Set(["about", "nearly", "roughly", "almost", "around", "some", "over"]);

/** "200 protesters", "about 200 protesters": a number of people. */
function isCount(frame: Frame, index: number): boolean {
	const token = word(frame, index);
	if (!token) return false;
	if (/^\d[\d,]*$/.test(token.text)) return true;
	return ABOUT.has(token.lower) && /^\d[\d,]*$/.test(word(frame, index + 1)?.text ?? "");
}

/** The index of the first token at or before `from` that is not an adverb or auxiliary. */
export function skipBack(frame: Frame, from: number, first: number): number {
	let index = from;
	while (index >= first) {
		const token = word(frame, index);
		if (!token || !betweenSubjectAndVerb(token)) break;
		index--;
	}
	return index;
}

/** "Will wrote", "May said": a capitalised modal that is a name (a month after a preposition: "in May"). */
function modalAsName(frame: Frame, index: number): boolean {
	const token = word(frame, index);
	if (token?.text !== "Will" && token?.text !== "May") return false;
	return !PREPOSITIONS.has(word(frame, index - 1)?.lower ?? "");
}

/** An adverb, an auxiliary or a time word, which may stand between a subject and its verb. */
function betweenSubjectAndVerb(token: FrameToken): boolean {
	// An adverb in -ly is written in lowercase: Kelly, Beasley and Daly are names.
	return BETWEEN_SUBJECT_AND_VERB.has(token.lower) || /^\p{Ll}.*ly$/u.test(token.text);
}

export function isPunct(frame: Frame, index: number, chars?: string): boolean {
	const token = frame.tokens[index];
	return token?.kind === "punct" && (chars === undefined || chars.includes(token.text));
}

/**
 * The subject of the verb at `verb`, looking back no further than `first`:
 * past adverbs, auxiliaries, time phrases, an appositive between commas or
 * a party and state in brackets.
 */
export function subjectBefore(
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
				(betweenSubjectAndVerb(token) || /^\d+$/.test(token.lower)) &&
				!modalAsName(frame, index)
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
			// "A former candidate -- John McCain, who lost in 2008 -- said": an aside between dashes.
			if (isDash(token)) {
				const open = dashedAsideStart(frame, index, first);
				if (open < 0) return;
				index = open - 1;
				continue;
			}
			if (token.kind === "punct" && token.text === ",") {
				let open = appositiveStart(frame, index, first);
				if (open >= 0) {
					// ", 30, of Raleigh, N.C.," ", at a rally in Reno, Nevada, on Tuesday,": one description
					// after another, each led by a number, a determiner or a preposition (not ", when …").
					for (let before = appositiveStart(frame, open, first); before >= 0; ) {
						// (Or an adverb set off on its own: "Sanders, meanwhile, who sits at zero, said".)
						const lead = word(frame, before + 1);
						const adverb = before + 2 === open && SENTENCE_OPENERS.has(lead?.lower ?? "");
						if (!leadsDescription(lead) && !adverb) break;
						open = before;
						before = appositiveStart(frame, open, first);
					}
					index = open - 1;
					continue;
				}
				// "Trump, who said …": the comma before the relative pronoun.
				if (RELATIVE.has(word(frame, index + 1)?.lower ?? "")) {
					index--;
					continue;
				}
				// "his wife, Gabriela Lazar, wrote": the name between the commas is the subject.
				if (nameBetweenCommas(frame, index, first)) index--;
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
		if (isAmountSign(frame, from - 1)) {
			from--;
			continue;
		}
		// The dot of an initial or abbreviation is a word's; anything else ends the subject.
		if (token.kind !== "word" || ENDS_PHRASE_BACKWARD.has(token.lower)) break;
		if (token.lower === "who" || token.lower === "which") break;
		from--;
	}
	if (from >= to) return null;
	// "an investment he concludes has …": after a described thing, a pronoun is the verb's subject alone
	// (not in "a member of the family suggested they tweet …", where the pronoun follows a verb).
	const last = frame.tokens[to - 1] as FrameToken;
	if (
		to - from > 2 &&
		DETERMINERS.has((frame.tokens[from] as FrameToken).lower) &&
		PERSONAL_PRONOUNS.has(last.lower) &&
		/^\p{Ll}/u.test(last.text) &&
		!/ed$/.test((frame.tokens[to - 2] as FrameToken).lower)
	)
		return { from: to - 1, to };
	// "…, releasing a statement that accused …": a participle's clause; its subject is the sentence's.
	const lead = frame.tokens[from] as FrameToken;
	if (/^\p{Ll}+ing$/u.test(lead.text) && !DETERMINERS.has(lead.lower))
		return clauseSubject(frame, first, from);
	return trimPhrase(frame, from, to);
}

/** Whether the comma at `close` ends a name that follows another comma ("…’s executive, Laszlo Bock,"). */
function nameBetweenCommas(frame: Frame, close: number, first: number): boolean {
	let index = close - 1;
	while (index >= first && /^\p{Lu}/u.test(word(frame, index)?.text ?? "")) index--;
	if (index === close - 1 || close - 1 - index > 5) return false;
	return isPunct(frame, index, ",");
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
			// "in Columbus, Ohio": a city and its state are one place, the comma inside it.
			if (isStateAfterCity(frame, index, close)) continue;
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

/** "Fight for $15 organizing director Kendall Fells": a currency sign before a number is part of a phrase. */
function isAmountSign(frame: Frame, index: number): boolean {
	const token = frame.tokens[index];
	return (
		token?.kind === "punct" &&
		/^[$€£]$/.test(token.text) &&
		/^\d/.test(word(frame, index + 1)?.text ?? "")
	);
}

/** Whether a word may open a description that follows another: a number, a determiner, a preposition. */
function leadsDescription(lead: FrameToken | undefined): boolean {
	if (!lead) return false;
	return (
		/^\d/.test(lead.text) ||
		DETERMINERS.has(lead.lower) ||
		PREPOSITIONS.has(lead.lower) ||
		lead.lower === "during"
	);
}

/** Whether the words between the comma at `comma` and `end` are a state after a city's name. */
function isStateAfterCity(frame: Frame, comma: number, end: number): boolean {
	const city = word(frame, comma - 1);
	if (!city || !/^\p{Lu}/u.test(city.text)) return false;
	const words: string[] = [];
	for (let index = comma + 1; index < end; index++) {
		const token = frame.tokens[index] as FrameToken;
		if (token.kind === "word") words.push(token.lower.replace(/\./g, ""));
		else if (!(token.kind === "punct" && token.text === ".")) return false;
	}
	return words.length > 0 && words.length <= 2 && STATES.has(words.join(" "));
}

function isDash(token: FrameToken): boolean {
	return token.kind === "punct" && /^(?:-|--|—|–)$/.test(token.text);
}

/**
 * Where the aside that ends with the dash (or "--") at `close` begins: the
 * dash before it, past any words and commas; -1 if there is none.
 */
function dashedAsideStart(frame: Frame, close: number, first: number): number {
	let index = close - 1;
	// "--" is two marks.
	while (index >= first && isDash(frame.tokens[index] as FrameToken)) index--;
	const end = index;
	for (; index >= first && close - index <= 30; index--) {
		const token = frame.tokens[index] as FrameToken;
		if (isDash(token)) {
			if (index === end) return -1;
			while (index - 1 >= first && isDash(frame.tokens[index - 1] as FrameToken)) index--;
			return index;
		}
		if (token.kind !== "word" && !(token.kind === "punct" && token.text === ",")) return -1;
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
export function phraseForward(
	frame: Frame,
	from: number,
	last: number,
): { from: number; to: number } | null {
	let index = from;
	// "said Tuesday Sen. X", "said on Monday that": time words before the name.
	while (index < last) {
		const token = word(frame, index);
		if (!token || !(WEEKDAYS.has(token.lower) || TIME_BEFORE_NAME.has(token.lower))) break;
		index++;
	}
	const start = index;
	const opener = word(frame, start);
	// "said Will Doyle": a capitalised Will or May is a name, not "will" or "may".
	const named = (token: FrameToken) => token.text === "Will" || token.text === "May";
	if (
		!opener ||
		((ENDS_PHRASE_FORWARD.has(opener.lower) || PREPOSITIONS.has(opener.lower)) && !named(opener))
	)
		return null;
	while (index < last && index - start < MAX_PHRASE) {
		const token = frame.tokens[index] as FrameToken;
		if (isAmountSign(frame, index)) {
			index++;
			continue;
		}
		if (token.kind !== "word") break;
		if (ENDS_PHRASE_FORWARD.has(token.lower) && index > start && !named(token)) break;
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
export function clauseSubject(
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
	// "Appearing before supporters, …" opens with a participle; "Boreing said …" with a name.
	const next = word(frame, index + 1);
	const participle =
		/^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(opener?.text ?? "") &&
		index === start &&
		!(next && isSayingVerb(next.lower, " "));
	if (!opener || PREPOSITIONS.has(opener.lower) || participle) return null;
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
	// "Sen. Jack Reed (D-R.I.), said": a comma after the brackets, as some copy has it.
	let limit = end;
	if (verbAt === end && verbAt > to && isPunct(frame, end, ",")) limit = ++verbAt + 1;
	const verb = word(frame, verbAt);
	if (to <= from || verbAt >= limit || !verb || !/^\p{Ll}/u.test(verb.text)) return null;
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
	// An adjective after a determiner ("the billionaire businessman"), a word after a preposition.
	if (DETERMINERS.has(previous.lower) || PREPOSITIONS.has(previous.lower)) return true;
	return PREPOSITIONS.has(token.lower) || SPEAKER_NOUNS.has(token.lower);
}

/** The phrase without trailing prepositions, determiners or time words. */
function trimPhrase(frame: Frame, from: number, to: number): { from: number; to: number } | null {
	let end = to;
	while (end > from) {
		const token = frame.tokens[end - 1] as FrameToken;
		// "From said": capitalised inside its sentence, a name, whatever word it also is.
		if (/^\p{Lu}/u.test(token.text) && !opensClause(frame, end - 1)) break;
		if (
			DETERMINERS.has(token.lower) ||
			PREPOSITIONS.has(token.lower) ||
			(BETWEEN_SUBJECT_AND_VERB.has(token.lower) && !/^\p{Lu}/u.test(token.text)) ||
			(end - 1 > from && WEEKDAYS.has(token.lower))
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
	const named = (token: FrameToken, offset: number) =>
		/^\p{Lu}/u.test(token.text) && !notAName(token, opensClause(frame, from + offset));
	if (tokens.some(named)) return true;
	if (SPEAKER_NOUNS.has(headOf(tokens).lower)) return true;
	// "said the designer", "the retired neurosurgeon said": a described person where only a speaker can stand.
	return loose && tokens.length >= 2 && DETERMINERS.has((tokens[0] as FrameToken).lower);
}

// Words a sentence opens with, capitalised there, that name no one ("There’s", "Given", "It’s"):
// also the verbs that open a question ("Were they …") and adverbs ("Just …", "Yet …"). (Not
// "Will" or "May": George Will and Theresa May open sentences too.)
const SENTENCE_WORDS = new Set(
	"there here it that this what when where why how who which given while if then so as at in on for with from outside inside across after before during despite amid among under over through without within behind beyond around against along since until into toward towards upon unlike is are was were do does did has have had can could would should must might just yet even only also still never always often perhaps maybe last more".split(
		" ",
	),
);

/** A capitalised word that is no name: a determiner, or a word that opens a sentence ("There’s"). */
function notAName(token: FrameToken, opening = true): boolean {
	const bare = token.lower.replace(/[’']s$/, "");
	// Capitalised inside a sentence, "From" (Al From) or "Long" is someone's name.
	return DETERMINERS.has(token.lower) || (opening && SENTENCE_WORDS.has(bare));
}

/** Whether the token at `index` opens its sentence or a clause set off by a mark ("(", ":", "—"); a word after a quotation does not. */
function opensClause(frame: Frame, index: number): boolean {
	if (opensSentence(frame, index)) return true;
	const previous = frame.tokens[index - 1];
	return !previous || (previous.kind === "punct" && "“‘\"'(:—–-;".includes(previous.text));
}

/** Whether the token at `index` is the first of its sentence. */
export function opensSentence(frame: Frame, index: number): boolean {
	const token = frame.tokens[index];
	return token !== undefined && frame.sentences[token.sentence]?.[0] === index;
}

/** A word that may be (part of) a name: capitalised, and no determiner, sentence opener or pronoun. */
export function isNameWord(token: FrameToken): boolean {
	return (
		token.kind === "word" &&
		/^\p{Lu}/u.test(token.text) &&
		!notAName(token) &&
		!PERSONAL_PRONOUNS.has(token.lower)
	);
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

// Verbs whose past is no -ed: what may follow an appositive as its subject's verb.
const IRREGULAR_PAST = new Set(
	"said told wrote spoke gave took made went came put set got held led left met ran saw sent stood thought brought began became fought found kept knew rose sat spent won drew drove fell felt flew laid lost meant paid read sold shook sought swore taught threw understood".split(
		" ",
	),
);

/**
 * "Ted Nordhaus, co-founder of the institute, welcomed “…”", "One early
 * supporter, Representative Lee Zeldin, Republican of New York, gave …":
 * the name that opens the sentence, past its appositive, before a verb.
 */
export function subjectPastAppositive(
	frame: Frame,
	first: number,
	at: number,
): { from: number; to: number } | null {
	for (let index = first + 2; index < at; index++) {
		const verb = word(frame, index);
		if (!isPunct(frame, index - 1, ",") || !verb) continue;
		if (!/^\p{Ll}+(?:ed|s)$/u.test(verb.text) && !IRREGULAR_PAST.has(verb.text)) continue;
		const subject = subjectBefore(frame, index, first);
		// The name itself, or the name between commas after a description ("Schilling's son, Grant,").
		if (
			subject &&
			startsAt(frame, subject.from, first) &&
			isSpeakerPhrase(frame, subject.from, subject.to)
		)
			return subject;
	}
	return null;
}
