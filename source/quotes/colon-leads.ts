import type { Attribution } from "./attribution.js";
import { isCue } from "./cue-at.js";
import { isAmbiguousCue, isSayingVerb, SPEAKER_NOUNS } from "./cues.js";
import type { Frame, FrameToken } from "./frame.js";
import {
	clauseSubject,
	isPunct,
	isSpeakerPhrase,
	phraseForward,
	subjectPastAppositive,
	word,
} from "./phrases.js";

/**
 * Quotations a lead ending in a colon introduces: "Pew Research: “…”", a
 * transcript's speaker ("Rep. Trey Gowdy (R-S.C.):"), a digest's "HEADLINE -
 * Michael P. McDonald:", "Here’s Clinton in 1992:".
 */

/** Pew Research: “…” — a short lead ending with a colon, without a verb of saying. */
export function colonLead(frame: Frame, at: number, first: number): Attribution | null {
	if (!isPunct(frame, at - 1, ":")) return null;
	const lead = at - 1 - first;
	if (lead < 1) return null;
	const source = fromLead(frame, first, at - 1);
	if (source) return source;
	// A long lead names its speaker at its end ("… surprise Republican pollster Daron Shaw:"),
	// or is a sentence whose subject introduces what they say ("X delivered a blunt message to Y:").
	const named = colonName(frame, Math.max(first, at - 6), at - 1, true);
	if (named) return named;
	const described = describedName(frame, first, at - 1);
	if (described) return described;
	const subject =
		clauseSubject(frame, first, at - 1) ?? subjectPastAppositive(frame, first, at - 1);
	if (subject && isSpeakerPhrase(frame, subject.from, subject.to))
		return { ...subject, how: "colon", cue: -1 };
	return presented(frame, first, at - 1) ?? colonName(frame, first, at - 1);
}

// What may follow the name in a digest's "From X …:" lead: where X wrote, or their outlet.
const AFTER_SOURCE = new Set("writing speaking in at on for of".split(" "));

/**
 * "From Andrea Peyser writing at The New York Post:", "… - More from Jones:":
 * a digest's lead naming whose words follow.
 */
function fromLead(frame: Frame, first: number, colon: number): Attribution | null {
	for (let index = colon - 2; index >= first && colon - index <= 10; index--) {
		if (word(frame, index)?.lower !== "from") continue;
		const before = frame.tokens[index - 1];
		const opens =
			index === first ||
			(before?.kind === "word" && (before.lower === "more" || before.lower === "also")) ||
			isPunct(frame, index - 1, "-–—");
		if (!opens) return null;
		let end = index + 1;
		while (end < colon && end - index <= 4 && /^\p{Lu}/u.test(word(frame, end)?.text ?? "")) end++;
		if (end === index + 1) return null;
		const rest = word(frame, end);
		if (end < colon && !(rest && AFTER_SOURCE.has(rest.lower)) && !isPunct(frame, end, ","))
			return null;
		return isSpeakerPhrase(frame, index + 1, end)
			? { from: index + 1, to: end, how: "colon", cue: -1 }
			: null;
	}
	return null;
}

/** "Former secretary of state Hillary Rodham Clinton: “…”": a transcript's speaker, described, then named. */
function describedName(frame: Frame, first: number, colon: number): Attribution | null {
	let named = colon;
	while (named > first && /^\p{Lu}/u.test(word(frame, named - 1)?.text ?? "")) named--;
	if (colon - named < 2 || named === first || colon - first > 9) return null;
	return describesOnly(frame, first, named)
		? { from: named, to: colon, how: "colon", cue: -1 }
		: null;
}

/** "Here’s Clinton in December 1992: “…”": whom a lead opening with "here is" presents. */
function presented(frame: Frame, first: number, colon: number): Attribution | null {
	const opening = word(frame, first)?.lower;
	const here =
		opening === "here's" || (opening === "here" && word(frame, first + 1)?.lower === "is");
	if (!here) return null;
	const from = opening === "here" ? first + 2 : first + 1;
	if (!/^\p{Lu}/u.test(word(frame, from)?.text ?? "")) return null;
	const phrase = phraseForward(frame, from, colon);
	return phrase && isSpeakerPhrase(frame, phrase.from, phrase.to)
		? { ...phrase, how: "colon", cue: -1 }
		: null;
}

/**
 * "Rep. Trey Gowdy (R-S.C.): “…”", "Continued Stone: “…”": a lead that is
 * only a name (a transcript's speaker), or a verb of saying and a name; or,
 * ending any lead, a speaker noun and a name ("… Republican pollster Daron Shaw:").
 */
function colonName(
	frame: Frame,
	first: number,
	colon: number,
	/** Only a name after a speaker noun: the end of a longer lead. */
	described = false,
): Attribution | null {
	let from = first;
	const verb = word(frame, from);
	if (verb && isSayingVerb(verb.lower, " ") && colon - from > 1) from++;
	let to = colon;
	// A party and state, or a role, in brackets after the name.
	if (isPunct(frame, to - 1, ")")) {
		while (to > from && !isPunct(frame, to - 1, "(")) to--;
		to--;
	}
	const capitalised = (index: number) => /^\p{Lu}/u.test(word(frame, index)?.text ?? "");
	let named = to;
	while (named > from && capitalised(named - 1)) named--;
	if (!described && named === from && to - from >= 1 && to - from <= 5)
		return { from, to, how: "colon", cue: from > first ? first : -1 };
	// "… does not surprise Republican pollster Daron Shaw: “…”": a speaker noun, then a name.
	if (to - named >= 2 && SPEAKER_NOUNS.has(word(frame, named - 1)?.lower ?? ""))
		return { from: named, to, how: "colon", cue: -1 };
	// "POLLS MISSED THE SURGE - Pew Research: “…”": a digest's headline, a dash, whose words they are.
	if (to > named && to - named <= 4 && isPunct(frame, named - 1, "-–—"))
		return { from: named, to, how: "colon", cue: -1 };
	return null;
}

/** Whether [from, to) only describes someone: words, none of them a verb ("Former secretary of state"). */
function describesOnly(frame: Frame, from: number, to: number): boolean {
	for (let index = from; index < to; index++) {
		const token = frame.tokens[index] as FrameToken;
		if (token.kind !== "word") return false;
		if (
			/^\p{Ll}/u.test(token.text) &&
			(/(?:ed|ing)$/.test(token.lower) || (isCue(frame, index) && !isAmbiguousCue(token.lower)))
		)
			return false;
	}
	return true;
}
