import type { Corpus } from "../corpus/corpus.js";
import { SearchIndex } from "./index.js";
import { PassageTable } from "./records.js";

/**
 * A search index as bytes, to be kept and read back instead of built again:
 * its passages (where each is), its postings (which passages hold each
 * word) and each article's range of passages, as variable-length integers,
 * each list as differences from the one before (passages and postings are in
 * order, so most differences are small). The words themselves are kept apart,
 * as text. Ten thousand articles' index is about 5 MB.
 */

export interface IndexSnapshot {
	readonly vocabulary: readonly string[];
	readonly data: Uint8Array;
}

export function snapshotOf(index: SearchIndex): IndexSnapshot {
	const { passages, vocabulary, postings, ranges } = index.parts();
	const out = new VarintWriter();
	out.write(passages.size);
	out.write(ranges.start.length);
	let previousArticle = 0;
	for (let id = 0; id < passages.size; id++) {
		const article = passages.article[id] as number;
		const start = passages.start[id] as number;
		out.write(passages.kind[id] as number);
		out.writeSigned(article - previousArticle);
		out.writeSigned(passages.paragraph[id] as number);
		out.write(start);
		out.write((passages.end[id] as number) - start);
		previousArticle = article;
	}
	for (let article = 0; article < ranges.start.length; article++) {
		out.write(ranges.start[article] as number);
		out.write((ranges.end[article] as number) - (ranges.start[article] as number));
	}
	out.write(postings.length);
	for (const list of postings) {
		out.write(list.length);
		let previous = 0;
		for (const id of list) {
			out.write(id - previous);
			previous = id;
		}
	}
	return { vocabulary, data: out.bytes() };
}

/** The index a snapshot was made of, over `corpus` (the same articles, in the same order). */
export function indexFromSnapshot(corpus: Corpus, snapshot: IndexSnapshot): SearchIndex {
	const input = new VarintReader(snapshot.data);
	const size = input.read();
	const articles = input.read();
	if (articles !== corpus.articles.length)
		throw new Error(`a snapshot of ${articles} articles for ${corpus.articles.length}`);
	const passages = PassageTable.sized(size);
	let article = 0;
	for (let id = 0; id < size; id++) {
		const kind = input.read();
		article += input.readSigned();
		const paragraph = input.readSigned();
		const start = input.read();
		passages.set(id, kind, article, paragraph, start, start + input.read());
	}
	const start = new Int32Array(articles);
	const end = new Int32Array(articles);
	for (let index = 0; index < articles; index++) {
		start[index] = input.read();
		end[index] = (start[index] as number) + input.read();
	}
	const words = input.read();
	if (words !== snapshot.vocabulary.length)
		throw new Error(`a snapshot of ${words} words with ${snapshot.vocabulary.length}`);
	const postings: Int32Array[] = [];
	for (let word = 0; word < words; word++) {
		const list = new Int32Array(input.read());
		let previous = 0;
		for (let at = 0; at < list.length; at++) {
			previous += input.read();
			list[at] = previous;
		}
		postings.push(list);
	}
	if (!input.atEnd()) throw new Error("a snapshot with bytes left over");
	return new SearchIndex(corpus, passages, [...snapshot.vocabulary], postings, { start, end });
}

/** Unsigned integers of 7 bits a byte, the high bit set on all but the last. */
class VarintWriter {
	private buffer = new Uint8Array(1 << 16);
	private length = 0;

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

	/** Zigzag: small negative numbers stay small (-1 → 1, 1 → 2). */
	writeSigned(value: number): void {
		this.write(value >= 0 ? value * 2 : -value * 2 - 1);
	}

	bytes(): Uint8Array {
		return this.buffer.slice(0, this.length);
	}
}

class VarintReader {
	private at = 0;

	constructor(private readonly data: Uint8Array) {}

	read(): number {
		let value = 0;
		let shift = 0;
		for (;;) {
			if (this.at >= this.data.length) throw new Error("a snapshot cut short");
			const byte = this.data[this.at++] as number;
			value += (byte & 0x7f) * 2 ** shift;
			if (byte < 0x80) return value;
			shift += 7;
			if (shift > 35) throw new Error("a snapshot with a number too long");
		}
	}

	readSigned(): number {
		const value = this.read();
		return value % 2 === 0 ? value / 2 : -(value + 1) / 2;
	}

	atEnd(): boolean {
		return this.at === this.data.length;
	}
}
