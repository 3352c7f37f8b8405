import { FUNCTION_WORDS } from "../text/words.js";
import { commonRuns, longestRun, type Side, sameWord, sequenceOf } from "./similarity.js";

/**
 * Whether two passages of different sources are one statement, and how:
 * "same" only when they share the words in the same order (a shortened
 * quote of the other counts), "related" only when it is demonstrably the
 * same statement in other words — the same speaker, or words rare in the
 * story in common. The speaker is part of the evidence: two people named
 * differently need the words themselves to agree.
 */

export type Relation = "same" | "related";

/** At least this similar (by weighted words) to be the same statement, give or take a word or the spelling. */
export const SAME = 0.55;
/** At least this similar to be the same statement in other words. */
export const RELATED = 0.2;

// Half of the shorter passage in one run of words: its words, in its order.
const RUN_SHARE = 0.5;
const RARE_WORDS = 2;
// Of two speakers' passages, this share of the shorter in one run: one quotes the other.
const QUOTED_SHARE = 0.8;
// One speaker's two passages with a rare word in common, this alike: the same point made twice.
const SAME_SPEAKER = 0.3;

export type Agreement = "same" | "different" | "unknown";

interface Said {
	readonly speaker: string | null;
	readonly onBehalfOf: string | null;
}

/**
 * Whether two quotations' speakers are one voice: sharing a name ("Mr.
 * Trump", "Donald Trump"), or one speaking for the other (Julie Wood, a
 * spokesperson for Michael Bloomberg's campaign, and Bloomberg).
 */
export function voiceAgreement(a: Said, b: Said): Agreement {
	const direct = speakerAgreement(a.speaker, b.speaker);
	if (direct !== "different") return direct;
	const voices = (said: Said) => [said.speaker, said.onBehalfOf];
	for (const left of voices(a))
		for (const right of voices(b)) if (speakerAgreement(left, right) === "same") return "same";
	return "different";
}

/** Whether two speakers are one person: sharing a name ("Mr. Trump", "Donald Trump"), or named and not. */
export function speakerAgreement(a: string | null, b: string | null): Agreement {
	if (!a || !b) return "unknown";
	// A description ("a spokeswoman for the campaign") may be anyone named elsewhere.
	if (/^\p{Ll}/u.test(a) || /^\p{Ll}/u.test(b)) return "unknown";
	const names = (speaker: string) =>
		new Set(
			speaker
				.toLowerCase()
				// O’Neill and O'Neill are one name, in any outlet's apostrophe.
				.replace(/’/g, "'")
				.split(/[^\p{L}'-]+/u)
				.filter((word) => word.length >= 3),
		);
	const left = names(a);
	for (const word of names(b)) if (left.has(word)) return "same";
	return "different";
}

/** The relation of two passages whose weighted similarity is `score`, or null when they are not one statement. */
export function relationOf(
	left: Side,
	right: Side,
	score: number,
	isRare: (word: string) => boolean,
	speakers: Agreement,
): Relation | null {
	if (score < RELATED) return null;
	const shorter = Math.min(sequenceOf(left).length, sequenceOf(right).length);
	// One word is a term, not a statement to find elsewhere — unless the same voice says it in a
	// statement of the other source, a word rare in the story (“sexist” ↔ “It’s sexist,” said O’Neill).
	if (shorter < 2) {
		const longer = Math.max(sequenceOf(left).length, sequenceOf(right).length);
		if (speakers !== "same" || longer < 3) return null;
		return longestRun(left, right) === 1 && rareWordsInCommon(left, right, isRare) === 1
			? "same"
			: null;
	}
	// One pass over both passages gives the run and what it holds.
	const { words: run, content } = commonRuns(left, right);
	const share = run / shorter;
	// Two people named differently: only the very same words make theirs one statement.
	if (speakers === "different") {
		if (run < 3 || share < QUOTED_SHARE) return null;
		return score >= SAME ? "same" : "related";
	}
	// Words in order, two of them at least that say something ("the table" is not enough).
	const inOrder = run >= 2 && share >= RUN_SHARE && (run >= 3 || content >= 2);
	if (score >= SAME && inOrder) return "same";
	if (inOrder) return "related";
	const rare = rareWordsInCommon(left, right, isRare);
	if (rare >= RARE_WORDS) return "related";
	return speakers === "same" && rare >= 1 && score >= SAME_SPEAKER ? "related" : null;
}

/** How many content words rare in the story the two passages share. */
function rareWordsInCommon(left: Side, right: Side, isRare: (word: string) => boolean): number {
	let count = 0;
	for (const word of left.words) {
		if (word.length < 4 || FUNCTION_WORDS.has(word) || !isRare(word)) continue;
		if (right.words.some((other) => sameWord(word, other))) count++;
	}
	return count;
}
