/**
 * The first index in [0, length) at which `reached` holds, for a `reached`
 * that, once it holds, holds for every index after (a sorted list's
 * "first at or after"); `length` when it never does. A binary search.
 */
export function partitionPoint(length: number, reached: (index: number) => boolean): number {
	let low = 0;
	let high = length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (reached(middle)) high = middle;
		else low = middle + 1;
	}
	return low;
}
