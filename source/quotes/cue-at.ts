import { FUNCTION_WORDS } from "../text/words.js";
import { isAmbiguousCue, isSayingVerb } from "./cues.js";
import type { Frame } from "./frame.js";
import { opensSentence, word } from "./phrases.js";

/**
 * Whether a word, where it stands in a frame, is a verb of saying: "the
 * report" and "a private email server" hold nouns, "“…,” said" and "Said
 * Poynter," a verb.
 */

// The verbs news writing reports speech with, over any other verb of saying.
export const REPORTING = new Set(
	"said says say told tells wrote writes added adds asked asks explained explains argued argues noted notes insisted insists stated states declared declares".split(
		" ",
	),
);

// Words after which a verb of saying is a noun: the report, his remarks.
const NOUN_MARKERS = new Set(
	"the a an his her their its our my your this these those such any no every each".split(" "),
);
const COPULAS = new Set(["is", "was", "are", "were"]);

/** Whether the word at `index` is a verb of saying there. */
export function isCue(frame: Frame, index: number): boolean {
	const token = word(frame, index);
	if (!token) return false;
	// A capitalised "State" or "Post" is a name, not a verb; but "Said Dorothy Poynter, “…”" opens
	// its sentence with one of the verbs of reporting.
	const opening = opensSentence(frame, index) && REPORTING.has(token.lower);
	if (!opening && !/^\p{Ll}/u.test(token.text)) return false;
	if (!isSayingVerb(token.lower, frame.text.slice(token.end, token.end + 12))) return false;
	// "Trump’s remarks", "the report", "his call": a noun.
	const previous = word(frame, index - 1);
	if (previous && (NOUN_MARKERS.has(previous.lower) || /[’']s$|s[’']$/.test(previous.text)))
		return false;
	// "the terror attack is “…”", "Republican claims of “…”", "a private email server": a noun,
	// subject or head of a phrase, or the first of two nouns.
	const next = frame.tokens[index + 1];
	if (next?.kind !== "word" || !(isAmbiguousCue(token.lower) || token.lower === "claims"))
		return true;
	if (COPULAS.has(next.lower) || (next.lower === "of" && /s$/.test(token.lower))) return false;
	return !(
		/^\p{Ll}+$/u.test(next.text) &&
		!FUNCTION_WORDS.has(next.lower) &&
		!/ly$/.test(next.lower)
	);
}
