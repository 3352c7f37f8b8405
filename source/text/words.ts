import { words } from "./tokens.js";

/**
 * Words for comparing passages: contractions spelled out and function words
 * known, shared by quote matching and story grouping (kept apart from the
 * fuzzy matcher, so that grouping does not load it).
 */

const CONTRACTIONS: readonly [RegExp, string][] = [
	[/^(ca|wo|do|does|did|is|are|was|were|has|have|had|could|would|should|must|need)n't$/, "$1 not"],
	[/^(.+)'ve$/, "$1 have"],
	[/^(.+)'re$/, "$1 are"],
	[/^(.+)'ll$/, "$1 will"],
	[/^(.+)'d$/, "$1 would"],
	[/^(.+)'m$/, "$1 am"],
	[/^(.+)'s$/, "$1"],
];

// Outlets' styles differ on numbers ("two-in-three", "2 in 3"): compared as digits.
const NUMBERS = new Map(
	"zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty"
		.split(" ")
		.map((name, value) => [name, String(value)]),
);

/**
 * Words for comparing: contractions spelled out ("don’t" is "do not") and
 * numbers in digits ("two" is "2"), so paraphrases line up.
 */
export function comparableWords(text: string): string[] {
	return words(text).flatMap((word) => {
		const number = NUMBERS.get(word);
		if (number !== undefined) return [number];
		for (const [pattern, replacement] of CONTRACTIONS) {
			if (pattern.test(word))
				return word
					.replace(pattern, replacement)
					.replace(/^ca not$/, "can not")
					.split(" ");
		}
		return [word];
	});
}

export const FUNCTION_WORDS = new Set<string>(
	"a an the and or but if of to in on at by for with from as is are was were be been being am it its this that these those we our us you your he him his she her they them their i me my do does did not no so than then there here have has had will would can could should may might must just also very more most some any all each which who whom whose what when where why how about into over under up down out".split(
		" ",
	),
);
