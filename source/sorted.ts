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

/**
 * The indices of `values` (finite numbers), greatest value first, equal values in the order
 * they come: what a stable sort of the indices by value (descending) gives,
 * in linear time for the millions of values a comparator sort takes seconds
 * over. A counting sort into buckets of the range, then each bucket (a few
 * values) sorted exactly.
 */
export function descendingOrder(values: ArrayLike<number>): Int32Array {
	const length = values.length;
	const order = new Int32Array(length);
	if (length === 0) return order;
	let low = Number.POSITIVE_INFINITY;
	let high = Number.NEGATIVE_INFINITY;
	for (let index = 0; index < length; index++) {
		const value = values[index] as number;
		if (value < low) low = value;
		if (value > high) high = value;
	}
	// About four values a bucket: values closer than a bucket's share of the range share one.
	const buckets = Math.min(1 << 22, Math.max(1 << 8, length >> 2));
	const scale = high > low ? (buckets - 1) / (high - low) : 0;
	// The greatest values in bucket 0.
	const bucketOf = (value: number) => Math.floor((high - value) * scale);
	const starts = new Int32Array(buckets + 1);
	for (let index = 0; index < length; index++) {
		const bucket = bucketOf(values[index] as number) + 1;
		starts[bucket] = (starts[bucket] as number) + 1;
	}
	for (let bucket = 0; bucket < buckets; bucket++)
		starts[bucket + 1] = (starts[bucket + 1] as number) + (starts[bucket] as number);
	const next = starts.slice(0, buckets);
	for (let index = 0; index < length; index++) {
		const bucket = bucketOf(values[index] as number);
		order[next[bucket] as number] = index;
		next[bucket] = (next[bucket] as number) + 1;
	}
	// Within a bucket, by exact value, equal values kept in their order (the counting sort kept
	// them so): a few values by insertion, a crowd (values bunched closer than the buckets) by a
	// stable sort.
	for (let bucket = 0; bucket < buckets; bucket++) {
		const start = starts[bucket] as number;
		const end = starts[bucket + 1] as number;
		if (end - start > 32) {
			const crowd = Array.from(order.subarray(start, end));
			crowd.sort((x, y) => (values[y] as number) - (values[x] as number));
			order.set(crowd, start);
			continue;
		}
		for (let at = start + 1; at < end; at++) {
			const index = order[at] as number;
			const value = values[index] as number;
			let to = at;
			while (to > start && (values[order[to - 1] as number] as number) < value) {
				order[to] = order[to - 1] as number;
				to--;
			}
			order[to] = index;
		}
	}
	return order;
}
