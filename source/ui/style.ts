import chalk, { type ChalkInstance } from "chalk";

/** Text attributes, as Ink's <Text> takes them. */
export interface Style {
	readonly bold?: boolean;
	readonly dim?: boolean;
	readonly italic?: boolean;
	readonly underline?: boolean;
	readonly inverse?: boolean;
	/** A chalk colour name; undefined without colour. */
	readonly color?: string | undefined;
}

/**
 * Text with its attributes as escape codes, for one <Text> per screen line:
 * Ink lays out and renders every element on every frame, so a line made of
 * one element instead of a dozen is what keeps a keystroke within a frame.
 * The text must already be sanitised; these are the only codes added.
 * chalk writes nothing where the terminal takes no styles (TERM=dumb).
 */
export function styled(text: string, style: Style): string {
	if (text === "") return text;
	let paint: ChalkInstance = chalk;
	if (style.bold) paint = paint.bold;
	if (style.dim) paint = paint.dim;
	if (style.italic) paint = paint.italic;
	if (style.underline) paint = paint.underline;
	if (style.inverse) paint = paint.inverse;
	if (style.color) {
		const colored = (paint as unknown as Record<string, ChalkInstance | undefined>)[style.color];
		if (colored) paint = colored;
	}
	return paint === chalk ? text : paint(text);
}
