/** What a test waits to see on a screen: text it contains, a pattern it matches, or any predicate. */
export type ScreenTest = string | RegExp | ((screen: string) => boolean);

/** A screen test as a predicate. */
export function screenCheck(test: ScreenTest): (screen: string) => boolean {
	if (typeof test === "string") return (screen) => screen.includes(test);
	if (test instanceof RegExp) return (screen) => test.test(screen);
	return test;
}
