/**
 * The words that tell a reader whose words a quotation is: verbs of saying
 * in every form, the nouns a speaker may be described by, and the words that
 * make a quoted phrase a name for something rather than anyone's words.
 */

/** Verbs of saying whose forms are regular: base → base+s, +ed, +ing. */
const REGULAR =
	"add argue ask assert boast brag caution charge claim comment complain concede conclude confirm contend continue counter declare decry deny describe dismiss echo emphasise emphasize exclaim explain fume grumble hail insist interject joke lament label maintain mention mock muse note object observe offer opine plead point praise predict proclaim promise protest question quip recall recount reiterate remark remind repeat reply report respond retort scoff scream shout sigh snap state stress suggest testify thank tout tweet urge vow warn wonder yell acknowledge admit allege announce answer blast call criticise criticize demand disclose email inform post pledge reason rebut recommend reflect reject rule scold slam text tell threaten summarise summarize ridicule deride lambast denounce condemn attack accuse assure advise agree disagree estimate forecast guarantee hint indicate instruct lecture mumble mutter murmur quote reveal say signal sneer speculate whisper write react retaliate remember interrupt chant".split(
		" ",
	);

/** Forms that do not follow the regular pattern. */
const IRREGULAR =
	"sang sings singing sung said says saying told telling tells wrote writes writing written quipped quipping admitted admitting committed regretted blasted slammed slamming tweeted tweeting posted replied replies replying testified testifies testifying cried cries crying denied denies denying vowed conceded conceding argued arguing continued continuing concluded concluding declared describing described noted noting observed observing recalled urged warned predicted insisted explained added stressed stated emphasised emphasized asked asking answered responded remarked reported offered pledged promised questioned claimed complained lamented boasted bragged joked joking mocked mocking mused musing opined proclaimed reiterated repeated retorted scoffed shouted yelled fumed grumbled hailed interjected labeled labelled labeling labelling praised quoted revealed forecast swore swears swearing went put read reads spoke speaks speaking".split(
		" ",
	);

function forms(base: string): string[] {
	if (base.endsWith("e")) return [base, `${base}s`, `${base}d`, `${base.slice(0, -1)}ing`];
	if (base.endsWith("y") && !/[aeiou]y$/.test(base))
		return [base, `${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`];
	if (/(?:sh|ch|s|x|z)$/.test(base)) return [base, `${base}es`, `${base}ed`, `${base}ing`];
	return [base, `${base}s`, `${base}ed`, `${base}ing`];
}

// Forms that are verbs of saying only with a word after them.
const NEEDS_PARTICLE: Record<string, RegExp> = {
	went: /^\s+on\b/,
	put: /^\s+it\b/,
	puts: /^\s+it\b/,
	putting: /^\s+it\b/,
	spoke: /^\s+(?:of|about)\b/,
	speaks: /^\s+(?:of|about)\b/,
	speaking: /^\s+(?:of|about|to)\b/,
	point: /^\s+out\b/,
	points: /^\s+out\b/,
	pointed: /^\s+out\b/,
	pointing: /^\s+out\b/,
	// "the statement read:", "“…,” the sign read."
	read: /^\s*(?:[,:.]|$)/,
	reads: /^\s*(?:[,:.]|$)/,
	quote: /^\s+(?:as|him|her|them)\b/,
	label: /^\s/,
	// “…,” Bennett shot back; Clinton fired back that …; the governor weighed in.
	...Object.fromEntries(
		[
			"fire",
			"fires",
			"fired",
			"firing",
			"shot",
			"shoots",
			"shoot",
			"shooting",
			"hit",
			"hits",
			"hitting",
			"pushed",
			"pushes",
			"pushing",
		].map((verb) => [verb, /^\s+back\b/]),
	),
	...Object.fromEntries(
		["chimed", "chimes", "chiming", "weighed", "weighs", "weighing"].map((verb) => [
			verb,
			/^\s+in\b/,
		]),
	),
};

const SAYING = new Set([...REGULAR.flatMap(forms), ...IRREGULAR, ...Object.keys(NEEDS_PARTICLE)]);

/** Forms that also work as nouns or adjectives, taken as verbs only in a clear place. */
const AMBIGUOUS = new Set([
	"report",
	"reports",
	"post",
	"posts",
	"text",
	"texts",
	"call",
	"calls",
	"answer",
	"answers",
	"question",
	"questions",
	"comment",
	"comments",
	"offer",
	"offers",
	"promise",
	"promises",
	"charge",
	"charges",
	"counter",
	"note",
	"notes",
	"label",
	"labels",
	"quote",
	"quotes",
	"reply",
	"email",
	"emails",
	"state",
	"states",
	"reason",
	"rule",
	"rules",
	"signal",
	"signals",
	"estimate",
	"forecast",
	"joke",
	"jokes",
	"attack",
	"attacks",
	"demand",
	"demands",
	"protest",
	"protests",
	"object",
	"objects",
	"point",
	"points",
	"say",
	"tell",
	"write",
	"ask",
	"add",
	"read",
	"reads",
	"agree",
	"thank",
	"mention",
]);

/** Whether `word` (lowercase), followed by `rest`, is a verb of saying. */
export function isSayingVerb(word: string, rest: string): boolean {
	if (!SAYING.has(word)) return false;
	const particle = NEEDS_PARTICLE[word];
	if (particle && !particle.test(rest)) return false;
	return true;
}

/** Whether `word` is a verb of saying that could also be a noun ("the report", "a call"). */
export function isAmbiguousCue(word: string): boolean {
	return AMBIGUOUS.has(word);
}

/** -ing forms and "to say": their subject is the subject of the clause they hang from. */
export function isParticiple(word: string): boolean {
	return word.endsWith("ing");
}

/** Verbs whose object comes between them and the quote: "called the plan “…”", "told reporters “…”". */
export const NAMING_VERBS = new Set(
	"call calls called calling describe describes described describing dismiss dismisses dismissed dismissing label labels labeled labelled labeling labelling brand brands branded branding deride derides derided deriding praise praises praised praising mock mocks mocked mocking blast blasts blasted slam slams slammed".split(
		" ",
	),
);

/** Words that make what follows a name for something, not anyone's words. */
export const TERM_CUE =
	/(?:\b(?:(?:dubbed|dubs|dub|nicknamed|termed|coined|titled|entitled|named|headlined)(?:\s+(?:it|him|her|them|this|that|themselves|himself|herself|itself))?|so-called|so called|known as|referred to as)|(?:^|[,;(—–-])\s*(?:labell?ed|branded|called|described as))\s*$/i;

/** Nouns that name what a quoted phrase is when it stands right after them: the slogan “…”, the book “…”. */
export const NAMING_NOUNS = new Set(
	"slogan slogans motto mantra phrase phrases term terms word words expression catchphrase nickname nicknames moniker label title titles headline headlines hashtag tagline essay book books novel memoir film films movie movies show shows series song songs album play poem article articles column op-ed editorial documentary program programme podcast segment sign signs banner banners placard placards shirt shirts hat hats chant chants rally initiative operation act bill law doctrine plan policy strategy campaign tour agenda platform event summit speech address".split(
		" ",
	),
);

/**
 * Nouns a speaker is described by when no one is named: "a spokeswoman for
 * the campaign", "the letter", "officials". The last word of the
 * description's head must be one of them.
 */
export const SPEAKER_NOUNS = new Set(
	"footnote opinion spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople representative representatives official officials aide aides adviser advisers advisor advisors staffer staffers source sources person people man men woman women officer officers leader leaders member members lawmaker lawmakers legislator legislators senator senators congressman congresswoman congressmen governor governors mayor mayors president presidents candidate candidates nominee frontrunner front-runner challenger rival rivals opponent opponents critic critics supporter supporters backer backers voter voters resident residents protester protesters demonstrators activist activists advocate advocates organizer organizers organiser organisers analyst analysts expert experts economist economists strategist strategists pollster pollsters consultant consultants researcher researchers scientist scientists professor professors teacher teachers student students parent parents mother father son daughter wife husband friend friends neighbor neighbors neighbour neighbours witness witnesses victim victims survivor survivors owner owners worker workers employee employees employer doctor doctors nurse nurses lawyer lawyers attorney attorneys prosecutor prosecutors judge judges justice justices court courts jury sheriff police chief commander general generals soldier soldiers veteran veterans minister ministers secretary secretaries ambassador diplomat diplomats director directors chairman chairwoman chair executive executives ceo founder founders manager managers coach player players fan fans pope bishop pastor priest rabbi imam host hosts anchor reporter reporters journalist journalists columnist editor editors writer author authors businessman businesswoman billionaire mogul democrat democrats republican republicans conservative conservatives liberal liberals progressive progressives independent independents campaign campaigns committee committees party administration government agency agencies department ministry office bureau commission council board panel group groups organization organizations organisation organisations association union unions company companies firm firms network newspaper paper magazine website site outlet outlets study studies report reports survey surveys poll polls analysis memo memos letter letters statement statements email emails release document documents filing complaint lawsuit ruling order indictment affidavit transcript text tweet tweets post message messages note notes ad ads advertisement video book article editorial column press authorities authority regime military army coalition alliance caucus delegation delegates delegate pundit pundits commentator commentators observer observers insider insiders operative operatives donor donors readout account memoir playbook excerpts excerpt data figures records estimates guidance notice announcement page blog commercial sign placard banner speech remarks testimony interview broadcast segment episode film documentary designer actor actress singer artist musician star comedian model athlete agent agents detective inspector investigator investigators trooper deputy counsel defense prosecution plaintiffs defendant defendants percent".split(
		" ",
	),
);

/** Pronouns a quotation may be attributed to. */
/** Auxiliary verbs: "is", "had", "could" … and the modals "may", "might", "should", "must". */
export const AUXILIARIES = new Set(
	"is are was were has have had will would can could may might should must does did do".split(" "),
);
export const MODALS = new Set(["may", "might", "should", "must"]);

export const PERSONAL_PRONOUNS = new Set([
	"he",
	"she",
	"they",
	"i",
	"we",
	"you",
	"it",
	"i'm",
	"i've",
	"i'd",
	"i'll",
	"we're",
	"we've",
	"they're",
	"he's",
	"she's",
]);
