import { isSayingVerb } from "./cues.js";

/**
 * Proper names in running text, as a news reader would spot them: runs of
 * capitalised words ("Julie Wood", "John F. Kennedy", "Bloomberg"), not
 * counting capitalised function words at the start of a sentence.
 */

/** Capitalised words that are not names (sentence starters, titles, days, months). */
const NOT_NAMES = new Set(
	(
		"a an the and but or so yet for nor if as at by in of on to up with from into onto over after before since until while when where why how what which who whom whose that this these those there here then than though although because however meanwhile moreover also still even just only " +
		"he she it they we you i his her its their our your my him them us me " +
		"mr mrs ms dr prof sen rep gov pres gen sgt capt lt col rev sir dame lord lady " +
		"monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec " +
		"according said says told wrote added asked read more visit follow photo file reuters " +
		// Auxiliaries that open a sentence ("Had Sanders won…", "Given Trump's lead…").
		"had has have was were is are did does do given"
	).split(" "),
);

// Months that are also given names and surnames (written as names are, without a dot).
const MONTHS = new Set(["May", "June", "April", "August", "Jun", "Jan"]);

/** Words that introduce a person without being part of the name. */
const TITLES =
	/^(?:(?:reporter|spokesperson|spokesman|spokeswoman|director|senator|sen\.|rep\.|representative|governor|gov\.|president|mayor|minister|secretary|chief|officer|professor|prof\.|dr\.|mr\.|mrs\.|ms\.|judge|attorney|lawyer|analyst|author|editor|columnist|correspondent|activist|candidate|chairman|chairwoman|ceo|founder)\s+)+/i;

export interface NameMatch {
	readonly name: string;
	readonly start: number;
	readonly end: number;
}

// A country's or union's initials before a name stand apart ("U.S. Sen. X"); a person's lead it ("E.J. Dionne").
const NAME_RUN =
	/(?:U\.S|U\.K|U\.N|E\.U|D\.C)\.(?=\s\p{Lu})|(?:(?:\p{Lu}\.){1,3}\s?(?=\p{Lu}\p{Ll}))?\p{Lu}[\p{L}’'-]*(?:\.(?=\s\p{Lu}))?(?:\s+(?:(?:de|da|van|von|der|del|la|le|bin|al|ibn|St\.)\s+)?(?:(?:\p{Lu}\.)+|\p{Lu}[\p{L}’'-]*))*/gu;

function isPastSayingVerb(word: string): boolean {
	const lower = word.toLowerCase();
	return /ed$/.test(lower) && isSayingVerb(lower, " ");
}

/** The names in `text`, in order. */
export function findNames(text: string): NameMatch[] {
	const names: NameMatch[] = [];
	for (const match of text.matchAll(NAME_RUN)) {
		let words = match[0].split(/\s+/);
		let start = match.index;
		// Drop leading words that are not names ("But Fathi", "The Intercept" keeps "Intercept").
		while (
			words.length > 0 &&
			(NOT_NAMES.has((words[0] as string).toLowerCase().replace(/[.’']s?$/, "")) ||
				// "Continued Stone:", "Added Mr. Hale": a verb of saying put before its subject.
				(words.length > 1 && isPastSayingVerb(words[0] as string)))
		) {
			start += (words[0] as string).length + 1;
			words = words.slice(1);
		}
		// A title splits a run: "Former New York City Mayor Michael Bloomberg" names Michael Bloomberg.
		const lastTitle = words.findLastIndex((word) =>
			TITLE_WORDS.has(word.toLowerCase().replace(/\.$/, "")),
		);
		if (lastTitle >= 0) {
			start += words.slice(0, lastTitle + 1).join(" ").length + 1;
			words = words.slice(lastTitle + 1);
		}
		// "The Post’s Dana Milbank": the person is the name (two words at least) after the possessive.
		const owner = words.findLastIndex(
			(word, index) => index < words.length - 2 && /[’']s$/.test(word),
		);
		if (owner >= 0) {
			start += words.slice(0, owner + 1).join(" ").length + 1;
			words = words.slice(owner + 1);
		}
		// ("Ai Jun wrote", "Theresa May said": a month's name after a name, with no date after it, is
		// part of the name.)
		const dated = /^\s*\d/.test(text.slice(match.index + match[0].length));
		while (
			words.length > 0 &&
			NOT_NAMES.has((words.at(-1) as string).toLowerCase()) &&
			!(words.length > 1 && !dated && MONTHS.has(words.at(-1) as string))
		)
			words = words.slice(0, -1);
		if (words.length === 0) continue;
		const name = words
			.join(" ")
			.replace(/[’'](?:s)?$/, "")
			.replace(/[.,]$/, "");
		names.push({ name, start, end: start + name.length });
	}
	return names;
}

// Text looked at between pauses, in a very long paragraph.
const STRETCH = 8192;
// Between two lowercase words: no name runs across such a place.
const BETWEEN_WORDS = /\p{Ll}\s+(?=\p{Ll})/gu;

/**
 * A text cut into stretches of a few thousand characters, each [start, end),
 * for findNames a stretch at a time in a very long paragraph: the cuts fall
 * between two lowercase words, so no name is cut in two.
 */
export function* nameStretches(text: string): Generator<readonly [number, number], void, void> {
	let start = 0;
	while (start < text.length) {
		let end = text.length;
		if (start + STRETCH < text.length) {
			BETWEEN_WORDS.lastIndex = start + STRETCH;
			const place = BETWEEN_WORDS.exec(text);
			if (place) end = place.index + 1;
		}
		yield [start, end];
		start = end;
	}
}

const TITLE_WORDS = new Set(
	"mayor senator sen governor gov president pres representative rep secretary minister director reporter judge dr mr mrs ms prof professor chairman chairwoman ceo chief sheriff officer detective inspector commissioner ambassador general captain lieutenant sergeant candidate former leader majority minority speaker spokesperson spokesman spokeswoman grandmother grandfather mother father coach nurse doctor teacher student resident neighbour neighbor witness police manager owner founder executive economist analyst expert lawyer attorney prosecutor defendant plaintiff councillor councilor councilman councilwoman trustee superintendent principal pastor reverend bishop aide adviser advisor strategist consultant publisher producer host anchor columnist correspondent editor writer author actor actress singer rapper comedian historian scientist researcher activist organizer organiser pollster nominee delegate voter supporter protester veteran soldier agent deputy trooper chancellor premier king queen prince princess pope cardinal rabbi imam lt col gen adm cmdr maj capt sgt cpl pvt sens reps".split(
		" ",
	),
);

/** A name without a leading title: "reporter John Washington" is "John Washington". */
export function stripTitle(text: string): string {
	return text.replace(TITLES, "").trim();
}

// Places of two or three words: "New Hampshire", "San Diego", "Green Bay", "Fort Worth".
const PLACE =
	/^(?:(?:New|San|Santa|Los|Las|El|Fort|Port|Mount|Saint|St\.|North|South|East|West|Rhode|Palm|Baton|Des|Salt|Little|Grand)\s|.*\s(?:Bay|Sea|Ocean|Gulf|Heights|Hills|Falls|Springs|Harbor|Harbour|Point|Canyon|Desert|Mountains|Peninsula|Strait|Channel|Square|Village|Township|Province|Region|Territory|District)$)/;

/** Whether a name is a person's full name (two words or more, not an organisation or a place). */
export function isFullName(name: string): boolean {
	const words = name.split(" ");
	return (
		words.length >= 2 &&
		words.length <= 4 &&
		!PLACE.test(name) &&
		!/\b(?:Inc|Corp|LP|LLC|Ltd|News|Post|Times|Journal|Department|Center|Centre|Project|Union|Association|Insider|Intercept|House|Court|Police|Convention|Committee|Party|Congress|Senate|Assembly|Parliament|University|College|School|Foundation|Institute|Council|Network|Agency|Bureau|Office|Administration|Campaign|Company|Group|Club|Fund|Bank|Street|Avenue|Road|County|City|State|States|Republic|Kingdom|Island|Islands|Hall|Church|Museum|Airport|Hospital|Magazine|Review|Press|Media|Forces|Army|Navy|Guard|Council|Commission|Authority|Ministry|Board|Coalition|Alliance|Caucus|Democrats|Republicans|Day|Week|Act|Bill|Prize|Award|Tower|Square|Park|Valley|River|Lake|Mountain|Beach|Coast|Conference|Summit|Forum|League|Federation|Organization|Organisation|Society|Movement|Initiative|Program|Programme|Service|Services|Industries|Airlines|Studios|Pictures|Television|Radio|Channel|Trust|Corps|Weekly|Daily|Herald|Tribune|Gazette|Chronicle|Observer|Register|Courier|Inquirer|Monitor|Bulletin|Examiner|Dispatch|Telegraph)\b/.test(
			name,
		)
	);
}
