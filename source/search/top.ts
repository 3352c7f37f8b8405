/**
 * The best few of many: the ids with the highest scores, found with a
 * min-heap in one pass over the candidates, whatever their number.
 */

/** The `count` ids with the highest scores, best first. */
export function topByScore(ids: readonly number[], scores: Float32Array, count: number): number[] {
	if (ids.length <= count)
		return [...ids].sort((a, b) => (scores[b] as number) - (scores[a] as number));
	// A min-heap of the best so far: linear in the candidates, whatever their number.
	const heap: number[] = [];
	const less = (a: number, b: number) => (scores[a] as number) < (scores[b] as number);
	const siftDown = (from: number) => {
		let i = from;
		for (;;) {
			const left = 2 * i + 1;
			const right = left + 1;
			let smallest = i;
			if (left < heap.length && less(heap[left] as number, heap[smallest] as number))
				smallest = left;
			if (right < heap.length && less(heap[right] as number, heap[smallest] as number))
				smallest = right;
			if (smallest === i) return;
			[heap[i], heap[smallest]] = [heap[smallest] as number, heap[i] as number];
			i = smallest;
		}
	};
	for (const id of ids) {
		if (heap.length < count) {
			heap.push(id);
			let i = heap.length - 1;
			while (i > 0) {
				const parent = (i - 1) >> 1;
				if (!less(heap[i] as number, heap[parent] as number)) break;
				[heap[i], heap[parent]] = [heap[parent] as number, heap[i] as number];
				i = parent;
			}
		} else if (less(heap[0] as number, id)) {
			heap[0] = id;
			siftDown(0);
		}
	}
	return heap.sort((a, b) => (scores[b] as number) - (scores[a] as number));
}
