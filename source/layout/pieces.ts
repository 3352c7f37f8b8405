/** Characters of a block wrapped in one go; a longer block is cut into pieces of about this size. */
export const PIECE_CHARS = 8192;
// How far back from the size a space is looked for.
const SPACE_SEARCH = 1024;
// How far either side of a cut a grapheme boundary is looked for.
const GRAPHEME_SEARCH = 32;

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Where the pieces of a block's text end, the last at its end. A cut falls
 * just after a space where there is one near the size (so that it only ends
 * a line a little early), else at a grapheme boundary (a word longer than a
 * line is cut there anyway). Pieces do not depend on the width, so a
 * position in one means the same at every width.
 */
export function pieceEnds(text: string): number[] {
	const ends: number[] = [];
	let start = 0;
	while (text.length - start > PIECE_CHARS) {
		const end = cutNear(text, start, start + PIECE_CHARS);
		ends.push(end);
		start = end;
	}
	ends.push(text.length);
	return ends;
}

function cutNear(text: string, start: number, target: number): number {
	const space = text.lastIndexOf(" ", target - 1);
	if (space >= Math.max(start + 1, target - SPACE_SEARCH)) return space + 1;
	const from = Math.max(start, target - GRAPHEME_SEARCH);
	let cut = from;
	for (const { index } of segmenter.segment(text.slice(from, target + GRAPHEME_SEARCH))) {
		if (from + index > target) break;
		cut = from + index;
	}
	// A grapheme as long as the search window: cut inside it rather than not at all.
	return cut > start ? cut : target;
}
