// Up to this length every character is hashed. Beyond it, the first and last
// EDGE characters and every STRIDE-th one between: a 5 MB article is hashed
// in well under a millisecond instead of twenty, and an id still changes
// with the length, the beginning, the end or most edits in the middle.
const WHOLE = 262_144;
const EDGE = 65_536;
const STRIDE = 61;

/**
 * A 64-bit hash of text as 16 hex digits (two 32-bit FNV-1a style lanes with
 * murmur-like mixing). Used for article ids: stable across runs and
 * machines, and cheap, because loading node:crypto for it alone costs more
 * start-up time than hashing thousands of articles.
 */
export function hash64(text: string): string {
	let a = 0x811c9dc5;
	let b = 0x01000193 ^ text.length;
	const length = text.length;
	const stretches: [number, number, number][] =
		length <= WHOLE
			? [[0, length, 1]]
			: [
					[0, EDGE, 1],
					[EDGE, length - EDGE, STRIDE],
					[length - EDGE, length, 1],
				];
	for (const [from, to, step] of stretches) {
		for (let i = from; i < to; i += step) {
			const code = text.charCodeAt(i);
			a = Math.imul(a ^ code, 0x01000193);
			b = Math.imul(b ^ code, 0x5bd1e995);
			b ^= b >>> 15;
		}
	}
	a = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
	a = Math.imul(a ^ (a >>> 13), 0xc2b2ae35);
	a ^= a >>> 16;
	b = Math.imul(b ^ (b >>> 16), 0x85ebca6b);
	b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
	b ^= b >>> 16;
	return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}
