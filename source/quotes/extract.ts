import { runToEnd } from "../background.js";
import type { Article, Paragraph } from "../corpus/article.js";
import { words } from "../text/tokens.js";
import { type Attribution, attributionOf, introduction, isLoose } from "./attribution.js";
import { NAMING_NOUNS, NAMING_VERBS, TERM_CUE } from "./cues.js";
import { type Frame, type FrameToken, frameOf, outsideQuotes } from "./frame.js";
import { type QuoteSpan, quoteSpansStepwise } from "./marks.js";
import { onBehalfOf, People, signedBy, speakerOf } from "./speakers.js";

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
	/** Whom the speaker speaks for, when the text says so (a spokesperson for Michael Bloomberg): null otherwise. */
	readonly onBehalfOf: string | null;
	/** statement: someone's words; term: a scare quote, slogan, title or nickname. */
	readonly kind: QuoteKind;
	/** For the later parts of one quotation (resumed, or run over paragraphs): the index of its first part. */
	readonly partOf: number | null;
}

interface Draft {
	paragraph: number;
	start: number;
	end: number;
	open: number;
	/** Its token in the paragraph's frame. */
	token: number;
	/** The quote runs on into the next paragraph. */
	runsOn: boolean;
	attribution: Attribution | null;
	/** The paragraph whose frame the attribution's tokens index. */
	attributedIn: number;
	/** A verb that names what the quotation says ("called the plan “…”") leads right into it. */
	namedBy: boolean;
	speaker: string | null;
	onBehalfOf: string | null;
	partOf: number | null;
}

// A quotation of at least this many words, with nothing around it to say
// otherwise, is someone's words rather than a term.
const STATEMENT_WORDS = 4;
// Where a title stands: on “…”, NBC’s “…”.
// On “Meet the Press”, told “Fox and Friends”, NBC’s “Today”, the author of “Destiny and Power”.
const TITLE_LEAD =
	/(?:\bon|\btold|\binterview with|\p{Lu}[\p{L}.]*[’']s|\b(?:author|co-author|authors|editor|revival|remake|sequel|adaptation|host|star|creator|cast|episode|season) of)\s*[“"'‘`«]*$/u;
const TITLE_WORDS = 6;
const SHOW_PEOPLE = new Set("star stars host hosts creator creators actor actress cast".split(" "));
const MINOR_WORDS = new Set("a an the of and or in on at to for with by from as vs".split(" "));

/** Every word capitalised but the small ones, and no sentence in it: “Meet the Press”, “Today”. */
function isTitleCase(text: string): boolean {
	const found = text.match(/[\p{L}][\p{L}’'-]*/gu) ?? [];
	if (found.length === 0 || /[.!?]\s/.test(text)) return false;
	return found.every(
		(word, index) => /^\p{Lu}/u.test(word) || (index > 0 && MINOR_WORDS.has(word.toLowerCase())),
	);
}

// A determiner or possessive right before the opening mark.
const MODIFIER_BEFORE = /\b(?:the|a|an|his|her|their|its|our)\s*[“"'‘`«]*$/i;

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
	const people = new People();
	// The first pass only looks for names; frames are made in the second, a paragraph at a time:
	// a book-length article's would hold hundreds of megabytes. Quotation spans are kept.
	const spansOf: QuoteSpan[][] = [];
	for (const [index, paragraph] of article.paragraphs.entries()) {
		const spans = (yield* quoteSpansStepwise(paragraph.text)).filter((span) => !span.nested);
		spansOf.push(spans);
		if (paragraph.kind !== "boilerplate") {
			const { blanked, sentences } = outsideQuotes(paragraph.text, spans);
			people.addNames(blanked, sentences, index);
		}
		yield;
	}
	people.settle();
	const drafts: Draft[] = [];
	let lastSpeaker: string | null = null;
	/** Who an attribution found in the frame of paragraph `paragraph` names. */
	const resolve = (found: Attribution, where: Frame, paragraph: number) => {
		const named = speakerOf(where, found.from, found.to, people, {
			loose: isLoose(found.how),
			endsAtVerb: found.cue === found.to || found.how === "before",
		});
		if (!named.pronoun) return named.name;
		const offset = (where.tokens[found.from] as FrameToken).start;
		return people.pronoun(named.pronoun, paragraph, offset, lastSpeaker);
	};
	// Only paragraphs with quotations need a frame, and the one before such a paragraph may.
	let kept: { index: number; frame: Frame } | null = null;
	const frameAt = (index: number): Frame => {
		if (kept?.index !== index) {
			const paragraph = article.paragraphs[index] as Paragraph;
			kept = { index, frame: frameOf(paragraph.text, spansOf[index] as QuoteSpan[]) };
		}
		return kept.frame;
	};
	for (const index of article.paragraphs.keys()) {
		const spans = spansOf[index] as QuoteSpan[];
		if (spans.length === 0) {
			yield;
			continue;
		}
		const frame = frameAt(index);
		const runningOn = drafts.at(-1)?.runsOn ? drafts.length - 1 : null;
		const firstOfParagraph = drafts.length;
		for (const at of frame.quoteTokens) {
			yield;
			const token = frame.tokens[at] as FrameToken;
			const span = spans[token.span] as QuoteSpan;
			const [start, end] = trimSpan(frame.text, span.start, span.end);
			if (end <= start) continue;
			const attribution = attributionOf(frame, at);
			const draft: Draft = {
				paragraph: index,
				start,
				end,
				open: token.start,
				token: at,
				runsOn: span.close < 0,
				attribution,
				attributedIn: index,
				namedBy:
					attribution !== null &&
					attribution.cue >= 0 &&
					at - attribution.cue <= 4 &&
					at > attribution.cue &&
					NAMING_VERBS.has((frame.tokens[attribution.cue] as FrameToken).lower),
				speaker: null,
				onBehalfOf: null,
				partOf: null,
			};
			if (attribution) {
				draft.speaker = resolve(attribution, frame, index);
				draft.onBehalfOf = onBehalfOf(frame, attribution.from, attribution.to, people);
			}
			const isFirst = drafts.length === firstOfParagraph;
			// A paragraph that opens with a quotation introduced at the end of the one before (“… said:”).
			const previousFrame =
				!attribution && isFirst && at === 0 && index > 0 ? frameAt(index - 1) : null;
			if (previousFrame && previousFrame.sentences.length > 0) {
				const intro = introduction(previousFrame, previousFrame.sentences.length - 1);
				if (intro) {
					draft.attribution = intro;
					draft.attributedIn = index - 1;
					draft.speaker = resolve(intro, previousFrame, index - 1);
				}
			}
			if (runningOn !== null && isFirst && frame.text.slice(0, token.start).trim() === "") {
				draft.partOf = (drafts[runningOn] as Draft).partOf ?? runningOn;
			} else if (!attribution && !isFirst) {
				linkToPrevious(draft, drafts, frame, people);
			}
			drafts.push(draft);
			if (draft.speaker) lastSpeaker = draft.speaker;
		}
		inheritFromPreviousParagraph(drafts, firstOfParagraph, frame);
		signedBelow(drafts, firstOfParagraph, frame, article.paragraphs[index + 1], people);
	}
	shareSpeakers(drafts);
	const quotes: Quote[] = [];
	for (const [index, draft] of drafts.entries()) {
		if (index % 256 === 255) yield;
		const paragraph = article.paragraphs[draft.paragraph] as Paragraph;
		const text = paragraph.text.slice(draft.start, draft.end);
		const kind = classify(draft, paragraph, text, drafts);
		quotes.push({
			paragraph: draft.paragraph,
			start: draft.start,
			end: draft.end,
			text,
			speaker: kind === "term" ? null : draft.speaker,
			onBehalfOf: kind === "term" ? null : draft.onBehalfOf,
			kind,
			partOf: draft.partOf !== null && draft.partOf !== index ? draft.partOf : null,
		});
	}
	return quotes;
}

/** A paragraph that is only quotation, signed by the line under it ("— Sanders."), is that person's words. */
function signedBelow(
	drafts: readonly Draft[],
	first: number,
	frame: Frame,
	next: Paragraph | undefined,
	people: People,
) {
	if (!next || drafts.length === first) return;
	const own = drafts.slice(first);
	if (own.some((draft) => draft.speaker !== null)) return;
	if (frame.tokens.some((token) => token.kind === "word")) return;
	const speaker = signedBy(next.text, people);
	if (!speaker) return;
	for (const draft of own) draft.speaker = speaker;
}

/** The quoted words without surrounding spaces or the comma that leads into an attribution. */
function trimSpan(text: string, start: number, end: number): [number, number] {
	let from = start;
	let to = end;
	while (from < to && /\s/.test(text[from] as string)) from++;
	while (to > from && /[\s,]/.test(text[to - 1] as string)) to--;
	return [from, to];
}

/**
 * A quotation without its own attribution takes its speaker from the one
 * before it in the paragraph: in the same sentence (“I was wrong” and “I am
 * sorry”), resumed after its attribution (“…,” she said. “…”), or in a
 * later sentence when no one else is named in between.
 */
function linkToPrevious(draft: Draft, drafts: readonly Draft[], frame: Frame, people: People) {
	const previousIndex = drafts.length - 1;
	const previous = drafts[previousIndex] as Draft;
	if (previous.paragraph !== draft.paragraph) return;
	const previousToken = frame.tokens[previous.token] as FrameToken;
	const token = frame.tokens[draft.token] as FrameToken;
	const between = frame.tokens.slice(previous.token + 1, draft.token);
	const sameSentence = previousToken.sentence === token.sentence;
	const attribution = previous.attributedIn === previous.paragraph ? previous.attribution : null;
	const resumed =
		attribution !== null && attribution.how === "after" && attribution.to <= draft.token;
	// Someone else named in between (a person the article names: not "Iran" or "JCPOA").
	const namesSomeoneElse = between.some(
		(other) =>
			other.kind === "word" &&
			/^\p{Lu}/u.test(other.text) &&
			people.namesPerson(other.text) &&
			attribution !== null &&
			(other.start < (frame.tokens[attribution.from] as FrameToken).start ||
				other.start >= (frame.tokens[attribution.to - 1] as FrameToken).end) &&
			other.sentence !== token.sentence,
	);
	if (sameSentence || resumed) {
		draft.partOf = previous.partOf ?? previousIndex;
		draft.speaker = previous.speaker;
		draft.onBehalfOf = previous.onBehalfOf;
	} else if (previous.speaker && !namesSomeoneElse) {
		draft.speaker = previous.speaker;
		draft.onBehalfOf = previous.onBehalfOf;
	}
}

/**
 * A paragraph that opens with a quotation and names no speaker for any of
 * its quotations goes on with the speaker of the paragraph before, as news
 * writing does when one person's words run over several paragraphs.
 */
function inheritFromPreviousParagraph(drafts: Draft[], first: number, frame: Frame) {
	const own = drafts.slice(first);
	if (own.length === 0 || own.some((draft) => draft.attribution || draft.partOf !== null)) return;
	if (frame.quoteTokens[0] !== 0) return;
	const previous = drafts[first - 1];
	if (!previous?.speaker || previous.paragraph !== (own[0] as Draft).paragraph - 1) return;
	for (const draft of own) draft.speaker ??= previous.speaker;
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

// After a headline: its byline, an outlet's writer ("by Times’ Ben Sisario", "by the Post's Amy Sohn").
const BYLINE_AFTER =
	/^[”’"'»]*,?[”’"'»]*\s+by\s+(?:the\s+)?(?:\p{Lu}[\p{L}.&-]*\s+){0,4}\p{Lu}[\p{L}.&-]*(?:’s|'s|’|')\s+\p{Lu}/u;

function classify(
	draft: Draft,
	paragraph: Paragraph,
	text: string,
	drafts: readonly Draft[],
): "statement" | "term" {
	if (paragraph.kind !== "text") return "term";
	const lead = paragraph.text.slice(Math.max(0, draft.open - 40), draft.open);
	if (TERM_CUE.test(lead)) return "term";
	const before = /([\p{L}-]+)[\s,]*$/u.exec(lead)?.[1]?.toLowerCase();
	const attributedAfter = draft.attribution?.how === "after";
	// the “Iron Dome” plan, the slogan “Stronger Together” — but the plan “will not work,” the
	// president's strategy “has failed”: a quotation going on as the sentence's predicate is words.
	const predicate = /^\p{Ll}/u.test(text) && words(text).length >= 4;
	if (before && NAMING_NOUNS.has(before) && !attributedAfter && !draft.namedBy && !predicate)
		return "term";
	// NBC’s “Today” show, on “Fox News Sunday”: the title of a show, a book or a paper.
	const rest = paragraph.text.slice(draft.end);
	const after = /^[”’"'»]*\s+([\p{L}-]+)/u.exec(rest)?.[1]?.toLowerCase();
	if (after && NAMING_NOUNS.has(after) && isTitleCase(text)) return "term";
	// “Scandal” star Kerry Washington, “The Apprentice” host: a show's title before its people.
	if (after && SHOW_PEOPLE.has(after) && isTitleCase(text)) return "term";
	// —“Hamilton to play Chicago,” by Variety’s Gordon Cox: a digest's headline of a piece, with its byline.
	if (BYLINE_AFTER.test(rest)) return "term";
	if (TITLE_LEAD.test(lead) && isTitleCase(text) && words(text).length <= TITLE_WORDS)
		return "term";
	// the “stop-and-frisk” strategy: a quoted name for a thing, when no verb of saying is near.
	const weak = !draft.attribution || draft.attribution.how === "subject";
	if (weak && MODIFIER_BEFORE.test(lead) && /^[”’"'»]*\s+\p{Ll}+\b/u.test(rest)) return "term";
	if (draft.attribution || draft.speaker) return "statement";
	if (draft.partOf !== null && drafts[draft.partOf]?.attribution) return "statement";
	if (words(text).length >= STATEMENT_WORDS) return "statement";
	return "term";
}
