/**
 * The first visible line that keeps lines `first` to `last` in view,
 * moving as little as it can from `top`, and showing no emptier a screen
 * than the last full one. `linesUpTo(count)` is how many lines there are,
 * or at least `count` of them when there are more: a layout made as far as
 * it is shown need not be made to its end to answer.
 */
export function scrollToKeep(
	top: number,
	first: number,
	last: number,
	height: number,
	linesUpTo: (count: number) => number,
): number {
	let next = top;
	if (last >= next + height) next = last - height + 1;
	if (first < next) next = first;
	return Math.max(0, Math.min(next, linesUpTo(next + height) - height));
}
