/**
 * Common given names that nearly always belong to one gender, so that "she"
 * is never taken for a Jake or a Robert the article has named. Names used
 * for both (Jordan, Taylor, Alex, Pat, Chris, Jamie, Leslie …) are left out:
 * for them the pronoun still decides nothing.
 */

const MALE =
	"aaron adam adrian ahmed alan albert alexander alfred ali allen andrew andy anthony antonio arnold arthur barack barry ben benjamin bernard bernie bill billy bob bobby boris brad bradley brandon brett brian bruce bryan carl carlos charles charlie chuck clarence clint cory craig curtis dale dan daniel danny darrell dave david dennis derek dick don donald doug douglas duncan dwight earl ed eddie edward emmanuel eric ernest eugene evan frank franklin fred frederick gary gavin gene george gerald glenn gordon graham greg gregory harold harry hank henry howard hugh ian isaac jack jacob jake james jared jason jeb jeff jeffrey jeremy jerry jesse jim jimmy joe joel john johnny jon jonathan jose joseph josh joshua juan justin karl keith ken kenneth kevin kurt kyle larry lawrence leon lewis louis luis luke marco marcus mark martin matt matthew max michael miguel mike mitch mitt mohammed muhammad nathan neil newt nicholas nick noah oliver omar oscar patrick paul pete peter phil philip ralph ray raymond reince richard rick rob robert roger ron ronald roy rudy russell ryan sam samuel scott sean sergei seth shawn stanley stephen steve steven stuart ted thomas tim timothy todd tom tommy tony travis trevor troy tyler victor vince vincent vladimir walter warren wayne william willie xi".split(
		" ",
	);

const FEMALE =
	"abigail alice alicia alison allison amanda amy andrea angela angelina ann anna anne annie april ashley barbara betsy betty beverly brenda bridget brittany carly carol caroline carolyn catherine cathy cheryl christina christine cindy claire claudia colleen crystal cynthia debbie deborah debra denise diana diane donna doris dorothy elaine eleanor elena elisabeth elizabeth ellen emily emma erin eva evelyn fiona frances gabrielle gina gloria grace hannah heather heidi helen hillary holly huma ivanka jackie jacqueline jane janet janice jeanne jennifer jenny jessica jill joan joanne joni josephine joy joyce judith judy julia julie june karen kate katherine kathleen kathryn kathy katie kayleigh kellyanne kimberly kirsten kristen laura lauren linda lisa loretta lori lucy madeleine maggie margaret maria marie marilyn martha mary megan megyn melania melissa michelle monica nancy natalie nicole nikki nina olivia pam pamela patricia paula peggy penny rachel rebecca rita rosa rose ruth sally samantha sandra sara sarah sharon shirley sonia sophia stephanie susan suzanne sylvia tammy teresa theresa tina valerie vanessa victoria virginia wendy whitney yvonne".split(
		" ",
	);

const GENDERS = new Map<string, "m" | "f">([
	...MALE.map((name) => [name, "m"] as const),
	...FEMALE.map((name) => [name, "f"] as const),
]);

/** "m" or "f" for a given name that nearly always means one, else null. */
export function genderOfGivenName(name: string): "m" | "f" | null {
	return GENDERS.get(name.toLowerCase()) ?? null;
}
