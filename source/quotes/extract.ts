import { runToEnd } from "../background.js";
import type { Article, Paragraph } from "../corpus/article.js";
import { words } from "../search/tokens.js";
import { findQuoteSpans, type QuoteSpan, quoteSpansStepwise } from "./marks.js";
import { findNames, isFullName, nameStretches, stripTitle } from "./names.js";

export type QuoteKind = "statement" | "term";

export interface Quote {
	/** Index into the article's paragraphs. */
	readonly paragraph: number;
	/** The quoted words, without the quotation marks: paragraph text [start, end). */
	readonly start: number;
	readonly end: number;
	readonly text: string;
	/** Who said it, when the text names them; null when unsure. */
	readonly speaker: string | null;
	/** statement: someone's words; term: a scare quote, slogan, title or nickname. */
	readonly kind: QuoteKind;
	/** For the later parts of one quotation (resumed, or run over paragraphs): the index of its first part. */
	readonly partOf: number | null;
}

const VERBS =
	"said|says|say|told|tells|tell|wrote|writes|write|added|adds|stated|states|explained|explains|argued|argues|noted|notes|asked|asks|continued|continues|insisted|insists|recalled|recalls|claimed|claims|declared|declares|replied|replies|responded|responds|warned|warns|acknowledged|acknowledges|admitted|admits|conceded|concedes|concluded|tweeted|posted|announced|announces|remarked|observed|quipped|joked|exclaimed|suggested|suggests|testified|confirmed|confirms|maintained|maintains|stressed|stresses|emphasised|emphasized|cautioned|predicted|urged|urges|wondered|countered|complained|pleaded|vowed|promised|conceded|reported|reports";
const VERB = `(?:${VERBS})`;
const PRONOUN = "(?:he|she|they|He|She|They)";
const NAME_WORD = "\\p{Lu}[\\p{L}’'\\-]*\\.?";
const NAMEISH = `(?:(?:${NAME_WORD}|de|van|von|al|bin)\\s+){0,3}${NAME_WORD}`;
const TITLE_WORDS =
	"(?:(?:reporter|spokesperson|spokesman|spokeswoman|director|senator|representative|governor|president|mayor|minister|secretary|professor|judge|attorney|lawyer|analyst|author|editor|columnist|correspondent|activist|candidate|chief|officer|founder|Sen\\.|Rep\\.|Gov\\.|Dr\\.|Mr\\.|Mrs\\.|Ms\\.|Prof\\.)\\s+)*";

/** “…,” said reporter John Washington, said coach Lee Park — verb first, a role or two allowed. */
const AFTER_VERB_FIRST = new RegExp(
	`^\\s*[,.]?\\s*${VERB}\\s+((?:(?!that\\b)\\p{Ll}[\\p{Ll}-]*\\s+){0,2}${TITLE_WORDS}${NAMEISH}|${PRONOUN})\\b`,
	"u",
);
/** “…,” Julie Wood, a spokesperson for …, told The Intercept — name first. */
const AFTER_NAME_FIRST = new RegExp(
	`^\\s*[,.]?\\s*(${NAMEISH}|${PRONOUN})(?:\\s*,[^,“”"]{1,140},)?\\s+(?:(?:also|later|then|once|again|simply|previously|recently|had|has|have)\\s+)*${VERB}\\b`,
	"u",
);
/** X said: “…” / X stated “…” / X added that “…” — the verb right before the quote. */
const BEFORE_VERB = new RegExp(
	`\\b${VERB}(?:\\s+(?:that|in a statement|in an interview|on Twitter|on X|in a post|in a letter|to (?:the )?\\p{Lu}[\\p{L}]*(?: \\p{Lu}[\\p{L}]*)*))*\\s*[:,]?\\s*$`,
	"u",
);
/** X acknowledged that he “…”: a partial quote whose speaker follows "that". */
const BEFORE_THAT = new RegExp(`\\b${VERB}\\s+that\\s+(${NAMEISH}|${PRONOUN})\\s*$`, "u");
const ACCORDING_TO = new RegExp(`\\baccording to (${TITLE_WORDS}${NAMEISH})`, "u");
/** What may stand between a subject and its verb: time phrases and adverbs. */
const FILLER =
	/^(?:\s|,|\b(?:also|later|then|once|again|previously|recently|earlier|reportedly|publicly|privately|had|has|have|would|will|in|on|at|during|last|this|next|early|late|\d{4}|\p{Lu}\p{Ll}+ \d{4}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|week|month|year|morning|afternoon|evening|night)\b)*$/u;
/** Words before a quote that make it a term: 'the “stop-and-frisk” strategy', 'dubbed “…”'. */
const TERM_CUE =
	/\b(?:(?:called|dubbed|labell?ed|termed|nicknamed|branded)(?:\s+(?:it|him|her|them|this|that))?|so-called|known as|referred to as|the|a|an|his|her|their|its|our|this|that)\s*$/i;
const SENTENCE_END = /[.!?]["”’)]*\s+(?=["“‘(]?\p{Lu})/gu;
const TERM_MAX_WORDS = 3;
const TERM_CUE_REACH = 80;

interface Draft {
	paragraph: number;
	start: number;
	end: number;
	open: number;
	close: number;
	speaker: string | null;
	/** Where the speaker came from: its own attribution, or another part of the quotation. */
	attributed: "after" | "before" | "according" | null;
	kind: QuoteKind;
	partOf: number | null;
}

/** The quotations of an article, in reading order, with speakers where the text names them. */
export function extractQuotes(article: Article): Quote[] {
	return runToEnd(extractQuotesStepwise(article));
}

/**
 * extractQuotes a little at a time: it pauses (yields) after every
 * paragraph and every quotation, so that a very long article can be
 * worked through between keystrokes.
 */
export function* extractQuotesStepwise(article: Article): Generator<void, Quote[], void> {
	const bySurname = new Map<string, Set<string>>();
	for (const paragraph of article.paragraphs) {
		yield* addNames(bySurname, paragraph);
		yield;
	}
	const registry: Registry = { bySurname };
	const drafts: Draft[] = [];
	let runningOn: number | null = null;
	for (const [index, paragraph] of article.paragraphs.entries()) {
		const continued = runningOn;
		runningOn = null;
		const spans = (yield* quoteSpansStepwise(paragraph.text)).filter((span) => !span.nested);
		for (const [position, span] of spans.entries()) {
			yield;
			const text = paragraph.text;
			const innerStart = span.open + 1;
			const innerEnd = span.close < 0 ? text.length : span.close;
			const [start, end] = trimSpan(text, innerStart, innerEnd);
			if (end <= start) continue;
			const previous = spans[position - 1];
			const next = spans[position + 1];
			const before = sentenceBefore(
				text.slice(previous ? Math.max(previous.close, previous.open) + 1 : 0, span.open),
			);
			const after =
				span.close < 0
					? ""
					: sentenceAfter(text.slice(span.close + 1, next ? next.open : text.length));
			const draft: Draft = {
				paragraph: index,
				start,
				end,
				open: span.open,
				close: span.close,
				speaker: null,
				attributed: null,
				kind: "statement",
				partOf: null,
			};
			attribute(draft, before, after, text, registry, drafts, article.paragraphs);
			// A quotation run on from the last paragraph: this paragraph opens with its next part.
			if (continued !== null && position === 0 && text.slice(0, span.open).trim() === "") {
				draft.partOf = drafts[continued]?.partOf ?? continued;
			} else if (draft.attributed === null && previous) {
				linkToPrevious(draft, drafts, text, previous.close);
			}
			drafts.push(draft);
			if (span.close < 0) runningOn = drafts.length - 1;
		}
	}
	shareSpeakers(drafts);
	const quotes: Quote[] = [];
	for (const [index, draft] of drafts.entries()) {
		if (index % 256 === 255) yield;
		const paragraph = article.paragraphs[draft.paragraph] as Paragraph;
		const text = paragraph.text.slice(draft.start, draft.end);
		const kind = classify(draft, paragraph, text);
		quotes.push({
			paragraph: draft.paragraph,
			start: draft.start,
			end: draft.end,
			text,
			speaker: kind === "term" ? null : draft.speaker,
			kind,
			partOf: draft.partOf !== null && draft.partOf !== index ? draft.partOf : null,
		});
	}
	return quotes;
}

/** The quoted words without surrounding spaces or the comma that leads into an attribution. */
function trimSpan(text: string, start: number, end: number): [number, number] {
	let from = start;
	let to = end;
	while (from < to && /\s/.test(text[from] as string)) from++;
	while (to > from && /[\s,]/.test(text[to - 1] as string)) to--;
	return [from, to];
}

/** The part of `text` after its last sentence end: the clause that leads into a quote. */
function sentenceBefore(text: string): string {
	let cut = 0;
	for (const match of text.matchAll(SENTENCE_END)) cut = match.index + match[0].length;
	return text.slice(cut);
}

/** The part of `text` up to its first sentence end: what follows a quote in its sentence. */
function sentenceAfter(text: string): string {
	SENTENCE_END.lastIndex = 0;
	const match = SENTENCE_END.exec(text);
	return match ? text.slice(0, match.index + 1) : text;
}

function attribute(
	draft: Draft,
	before: string,
	after: string,
	text: string,
	registry: Registry,
	drafts: readonly Draft[],
	paragraphs: readonly Paragraph[],
) {
	const attempts = [
		() => captured(AFTER_VERB_FIRST, after, "after"),
		() => captured(AFTER_NAME_FIRST, after, "after"),
		() => subjectBefore(before),
		() => captured(BEFORE_THAT, before, "before"),
		() => captured(ACCORDING_TO, before, "according"),
		() => captured(ACCORDING_TO, after, "according"),
	];
	let found: Attribution | null = null;
	for (const attempt of attempts) {
		found = attempt();
		if (found) break;
	}
	if (!found) return;
	draft.attributed = found.how;
	draft.speaker = resolve(found.who, draft, text, registry, drafts, paragraphs);
}

/** Who a pattern names (its first group), and how it was found. */
interface Attribution {
	readonly who: string;
	readonly how: "after" | "before" | "according";
}

function captured(pattern: RegExp, text: string, how: Attribution["how"]): Attribution | null {
	const who = pattern.exec(text)?.[1];
	return who ? { who, how } : null;
}

/** "X said: “…”", "X, a spokesperson, in 2018 wrote “…”": the subject of the verb that leads into the quote. */
function subjectBefore(clause: string): Attribution | null {
	const verb = BEFORE_VERB.exec(clause);
	if (!verb) return null;
	const lead = clause.slice(0, verb.index);
	const candidates = [
		...findNames(lead).map((name) => ({ who: name.name, end: name.end })),
		...[...lead.matchAll(new RegExp(`\\b${PRONOUN}\\b`, "gu"))].map((match) => ({
			who: match[0],
			end: match.index + match[0].length,
		})),
	].sort((a, b) => a.end - b.end);
	for (const candidate of candidates) {
		let rest = lead.slice(candidate.end);
		// An appositive after the subject: ", director of the National Prison Project at the ACLU,".
		const appositive = /^\s*,\s*(?:a|an|the|\p{Ll}|\d)[^,“”"]*,/u.exec(rest);
		if (appositive) rest = rest.slice(appositive[0].length);
		if (FILLER.test(rest)) return { who: candidate.who, how: "before" };
	}
	return null;
}

interface Registry {
	/** Full names seen in the article, by their last word: "Fathi" → "David Fathi". */
	readonly bySurname: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Adds the full names a paragraph mentions (outside quotation marks) to the registry. */
function* addNames(
	bySurname: Map<string, Set<string>>,
	paragraph: Paragraph,
): Generator<void, void, void> {
	if (paragraph.kind === "boilerplate") return;
	const text = paragraph.text;
	const spans = (yield* quoteSpansStepwise(text)).filter((span) => !span.nested);
	for (const [start, end] of nameStretches(text)) {
		for (const { name } of findNames(blankOut(text, spans, start, end))) {
			if (!isFullName(name)) continue;
			const surname = name.split(" ").at(-1) as string;
			const set = bySurname.get(surname) ?? new Set();
			set.add(name);
			bySurname.set(surname, set);
		}
		yield;
	}
}

/** The text with quoted words blanked out (same length), so names inside quotes do not count. */
function outsideQuotes(text: string): string {
	return blankOut(
		text,
		findQuoteSpans(text).filter((span) => !span.nested),
	);
}

/** text[from, to) with the quoted parts blanked out; `spans` are the outermost, which do not overlap. */
function blankOut(text: string, spans: readonly QuoteSpan[], from = 0, to = text.length): string {
	const parts: string[] = [];
	let kept = from;
	// Spans are in order of their opening marks: skip those that end before the stretch.
	let first = 0;
	let high = spans.length;
	while (first < high) {
		const middle = (first + high) >> 1;
		if ((spans[middle] as QuoteSpan).open < from) first = middle + 1;
		else high = middle;
	}
	// One opened before the stretch may still be open in it.
	if (first > 0) first--;
	for (let index = first; index < spans.length; index++) {
		const span = spans[index] as QuoteSpan;
		if (span.open >= to) break;
		const end = Math.min(to, span.close < 0 ? text.length : span.close);
		if (end <= kept) continue;
		const open = Math.max(kept, span.open);
		parts.push(text.slice(kept, open), " ".repeat(end - open));
		kept = end;
	}
	parts.push(text.slice(kept, to));
	return parts.join("");
}

function resolve(
	who: string,
	draft: Draft,
	text: string,
	registry: Registry,
	drafts: readonly Draft[],
	paragraphs: readonly Paragraph[],
): string | null {
	if (/^(?:he|she)$/i.test(who)) return resolvePronoun(draft, text, registry, drafts, paragraphs);
	if (/^they$/i.test(who)) return null;
	const name = stripTitle(who)
		.replace(/[’']s$/, "")
		.replace(/[.,]$/, "");
	const found = findNames(name)[0]?.name;
	if (!found) return null;
	const full = registry.bySurname.get(found);
	if (!found.includes(" ") && full?.size === 1) return [...full][0] as string;
	return found;
}

/**
 * He or she is the person last named before the quote, in its paragraph or
 * the one before, when only one person is named there; otherwise whoever
 * spoke last, if that is one of them. Else unknown.
 */
function resolvePronoun(
	draft: Draft,
	text: string,
	registry: Registry,
	drafts: readonly Draft[],
	paragraphs: readonly Paragraph[],
): string | null {
	const window = [
		outsideQuotes(lastWords(paragraphs[draft.paragraph - 1]?.text ?? "")),
		outsideQuotes(lastWords(text.slice(0, draft.open))),
	];
	const people = new Set<string>();
	for (const part of window) {
		for (const { name } of findNames(part)) {
			const full = registry.bySurname.get(name.split(" ").at(-1) as string);
			if (full?.size === 1) people.add([...full][0] as string);
		}
	}
	if (people.size === 1) return [...people][0] as string;
	const lastSpeaker = drafts.findLast((other) => other.speaker !== null)?.speaker;
	return lastSpeaker && people.has(lastSpeaker) ? lastSpeaker : null;
}

// Names are looked for this far back; in a paragraph of a book's length,
// further back than a reader would look, and each quotation would cost
// time in proportion to all the text before it.
const PRONOUN_WINDOW = 2000;

/** The end of a text, cut back to the start of a word, when it is longer than PRONOUN_WINDOW. */
function lastWords(text: string): string {
	if (text.length <= PRONOUN_WINDOW) return text;
	const tail = text.slice(-PRONOUN_WINDOW);
	return tail.slice(tail.indexOf(" ") + 1);
}

/**
 * A quote without its own attribution takes its speaker from the quote just
 * before it in the paragraph when they belong together: the same sentence
 * (“I was wrong” and “I am sorry”), or a quote resumed after its attribution
 * (“…,” she said. “…”).
 */
function linkToPrevious(
	draft: Draft,
	drafts: readonly Draft[],
	text: string,
	previousClose: number,
) {
	const previousIndex = drafts.length - 1;
	const previous = drafts[previousIndex];
	if (!previous?.speaker || previous.paragraph !== draft.paragraph || previousClose < 0) return;
	const between = text.slice(previousClose + 1, draft.open);
	SENTENCE_END.lastIndex = 0;
	const sameSentence =
		!/[.!?]["”’)]*\s/.test(between) && !new RegExp(`\\b${VERB}\\b`, "u").test(between);
	const resumed =
		previous.attributed === "after" &&
		/^[^“”"]*[.,:]\s*$/.test(between) &&
		between.trim().length > 0;
	if (sameSentence || resumed) {
		draft.partOf = previous.partOf ?? previousIndex;
		draft.speaker = previous.speaker;
	}
}

/** Every part of one quotation has the speaker that any part names. */
function shareSpeakers(drafts: Draft[]) {
	const speakerOf = new Map<number, string>();
	drafts.forEach((draft, index) => {
		const root = draft.partOf ?? index;
		if (draft.speaker && !speakerOf.has(root)) speakerOf.set(root, draft.speaker);
	});
	drafts.forEach((draft, index) => {
		const speaker = speakerOf.get(draft.partOf ?? index);
		if (speaker && !draft.speaker) draft.speaker = speaker;
	});
}

function classify(draft: Draft, paragraph: Paragraph, text: string): QuoteKind {
	if (paragraph.kind !== "text") return "term";
	// Attributed (even to someone we could not name): someone's words.
	if (draft.speaker || draft.attributed !== null) return "statement";
	if (words(text).length <= TERM_MAX_WORDS) return "term";
	// The cue is a word or two before the mark: the text just before it is enough to look at.
	const lead = paragraph.text.slice(Math.max(0, draft.open - TERM_CUE_REACH), draft.open);
	if (TERM_CUE.test(lead) && words(text).length <= 5) return "term";
	return "statement";
}
