/**
 * A 64-bit hash of text as 16 hex digits (two 32-bit FNV-1a style lanes with
 * murmur-like mixing). Used for article ids: stable across runs and
 * machines, and cheap, because loading node:crypto for it alone costs more
 * start-up time than hashing thousands of articles.
 */
export function hash64(text: string): string {
	let a = 0x811c9dc5;
	let b = 0x01000193 ^ text.length;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		a = Math.imul(a ^ code, 0x01000193);
		b = Math.imul(b ^ code, 0x5bd1e995);
		b ^= b >>> 15;
	}
	a = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
	a = Math.imul(a ^ (a >>> 13), 0xc2b2ae35);
	a ^= a >>> 16;
	b = Math.imul(b ^ (b >>> 16), 0x85ebca6b);
	b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
	b ^= b >>> 16;
	return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}
