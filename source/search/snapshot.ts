import type { Corpus } from "../corpus/corpus.js";
import { SearchIndex } from "./index.js";
import type { Postings } from "./postings.js";
import { PassageTable } from "./records.js";

/**
 * A search index as bytes, to be kept and read back instead of built again.
 * Passages (where each is) and each article's range of passages are arrays
 * of 32-bit integers, read back as they lie, without decoding; the postings
 * (which passages hold each word) are variable-length integers, each list
 * as differences from the one before, found by a table of where each
 * word's list begins — so a search decodes the lists of its own words only.
 * The words themselves are kept apart, as text. Ten thousand articles'
 * index is about 6 MB.
 */

export interface IndexSnapshot {
	readonly vocabulary: readonly string[];
	readonly data: Uint8Array;
}

// The first word of a snapshot: the layout's version, and a check that the bytes are in this machine's order.
const MAGIC = 0x50780002;
// Words of the header: magic, passages, articles, words, and where the postings begin.
const HEADER = 5;

/** The layout of a snapshot of `size` passages, `articles` articles and `words` words, in 32-bit words. */
function layout(size: number, articles: number, words: number) {
	const kind = HEADER;
	const column = kind + Math.ceil(size / 4);
	const ranges = column + 4 * size;
	const offsets = ranges + 2 * articles;
	return { kind, column, ranges, offsets, postings: offsets + words + 1 };
}

export function snapshotOf(index: SearchIndex): IndexSnapshot {
	const { passages, vocabulary, postings, ranges } = index.parts();
	const size = passages.size;
	const articles = ranges.start.length;
	const at = layout(size, articles, postings.length);
	const lists = new VarintWriter();
	const starts = new Uint32Array(postings.length + 1);
	for (let word = 0; word < postings.length; word++) {
		starts[word] = lists.length;
		let previous = 0;
		for (const id of postings.get(word)) {
			lists.write(id - previous);
			previous = id;
		}
	}
	starts[postings.length] = lists.length;
	const bytes = lists.bytes();
	const data = new Uint8Array(at.postings * 4 + bytes.length);
	const words = new Int32Array(data.buffer, 0, at.postings);
	words.set([MAGIC, size, articles, postings.length, at.postings * 4]);
	data.set(passages.kind.subarray(0, size), at.kind * 4);
	for (const [column, values] of [
		passages.article,
		passages.paragraph,
		passages.start,
		passages.end,
	].entries())
		words.set(values.subarray(0, size), at.column + column * size);
	words.set(ranges.start, at.ranges);
	words.set(ranges.end, at.ranges + articles);
	new Uint32Array(data.buffer, at.offsets * 4, starts.length).set(starts);
	data.set(bytes, at.postings * 4);
	return { vocabulary, data };
}

/** The index a snapshot was made of, over `corpus` (the same articles, in the same order). */
export function indexFromSnapshot(corpus: Corpus, snapshot: IndexSnapshot): SearchIndex {
	// Copied once, for the arrays to lie on 4-byte boundaries whatever the bytes were read into.
	const data = snapshot.data.slice();
	if (data.length < HEADER * 4) throw new Error("a snapshot cut short");
	const [magic = 0, size = 0, articles = 0, words = 0, postingsAt = 0] = new Int32Array(
		data.buffer,
		0,
		HEADER,
	);
	if (magic !== MAGIC) throw new Error("a snapshot of another layout");
	if (articles !== corpus.articles.length)
		throw new Error(`a snapshot of ${articles} articles for ${corpus.articles.length}`);
	if (words !== snapshot.vocabulary.length)
		throw new Error(`a snapshot of ${words} words with ${snapshot.vocabulary.length}`);
	const at = layout(size, articles, words);
	if (postingsAt !== at.postings * 4 || data.length < postingsAt)
		throw new Error("a snapshot cut short");
	const int32 = (from: number, count: number) => new Int32Array(data.buffer, from * 4, count);
	const passages = PassageTable.sized(0);
	passages.size = size;
	passages.kind = new Uint8Array(data.buffer, at.kind * 4, size);
	passages.article = int32(at.column, size);
	passages.paragraph = int32(at.column + size, size);
	passages.start = int32(at.column + 2 * size, size);
	passages.end = int32(at.column + 3 * size, size);
	const ranges = { start: int32(at.ranges, articles), end: int32(at.ranges + articles, articles) };
	const starts = new Uint32Array(data.buffer, at.offsets * 4, words + 1);
	if (postingsAt + (starts[words] as number) !== data.length)
		throw new Error("a snapshot cut short");
	return new SearchIndex(
		corpus,
		passages,
		[...snapshot.vocabulary],
		lazyPostings(data.subarray(postingsAt), starts),
		ranges,
	);
}

/** Postings decoded a word at a time, when a search first asks for it, and kept. */
function lazyPostings(bytes: Uint8Array, starts: Uint32Array): Postings {
	const decoded = new Map<number, Int32Array>();
	return {
		length: starts.length - 1,
		get(word) {
			let list = decoded.get(word);
			if (!list) {
				list = decodeList(bytes, starts[word] ?? 0, starts[word + 1] ?? 0);
				decoded.set(word, list);
			}
			return list;
		},
	};
}

/** One word's list: differences from the id before, as variable-length integers in [from, to). */
function decodeList(bytes: Uint8Array, from: number, to: number): Int32Array {
	const ids: number[] = [];
	let previous = 0;
	let value = 0;
	let shift = 0;
	for (let at = from; at < to; at++) {
		const byte = bytes[at] as number;
		value += (byte & 0x7f) * 2 ** shift;
		if (byte < 0x80) {
			previous += value;
			ids.push(previous);
			value = 0;
			shift = 0;
		} else {
			shift += 7;
			if (shift > 35) throw new Error("a snapshot with a number too long");
		}
	}
	return Int32Array.from(ids);
}

/** Unsigned integers of 7 bits a byte, the high bit set on all but the last. */
class VarintWriter {
	private buffer = new Uint8Array(1 << 16);
	length = 0;

	write(value: number): void {
		if (this.length + 5 > this.buffer.length) {
			const grown = new Uint8Array(this.buffer.length * 2);
			grown.set(this.buffer);
			this.buffer = grown;
		}
		let rest = value >>> 0;
		while (rest >= 0x80) {
			this.buffer[this.length++] = (rest & 0x7f) | 0x80;
			rest >>>= 7;
		}
		this.buffer[this.length++] = rest;
	}

	bytes(): Uint8Array {
		return this.buffer.slice(0, this.length);
	}
}
