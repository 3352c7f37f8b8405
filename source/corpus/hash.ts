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
 * start-up time than hashing thousands of articles. Given in parts, it is
 * the hash of the parts joined, without joining them: reading a character
 * of a joined 5 MB string first copies all of it.
 */
export function hash64(...parts: readonly string[]): string {
	let length = 0;
	for (const part of parts) length += part.length;
	let a = 0x811c9dc5;
	let b = 0x01000193 ^ length;
	const stretches: [number, number, number][] =
		length <= WHOLE
			? [[0, length, 1]]
			: [
					[0, EDGE, 1],
					[EDGE, length - EDGE, STRIDE],
					[length - EDGE, length, 1],
				];
	for (const [from, to, step] of stretches) {
		let offset = 0;
		for (const part of parts) {
			const end = Math.min(to, offset + part.length);
			// The first index of the stretch inside this part.
			let i = Math.max(from, offset);
			const past = (i - from) % step;
			if (past > 0) i += step - past;
			for (; i < end; i += step) {
				const code = part.charCodeAt(i - offset);
				a = Math.imul(a ^ code, 0x01000193);
				b = Math.imul(b ^ code, 0x5bd1e995);
				b ^= b >>> 15;
			}
			offset += part.length;
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
