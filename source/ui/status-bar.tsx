import { Text } from "ink";
import type { Hint } from "../state/keymap.js";
import { displayWidth } from "../text/graphemes.js";
import { sanitize } from "../text/sanitize.js";
import { truncate } from "../text/truncate.js";
import { styled } from "./style.js";
import { useTheme } from "./theme.js";

interface StatusBarProps {
	/** Key hints, most useful first; those that do not fit are left out. */
	readonly hints: readonly Hint[];
	readonly width: number;
	/** Shown on the right, e.g. "2 warnings". */
	readonly notice: string;
}

/** The bottom line: key hints from the keymap on the left, a notice on the right. */
export function StatusBar({ hints: all, width, notice }: StatusBarProps) {
	const theme = useTheme();
	const right = truncate(notice, Math.max(0, width - 1));
	const room = Math.max(0, width - displayWidth(right) - (right ? 2 : 0));
	const hints = fitHints(all, room, theme.separator);
	const gap = Math.max(0, width - hintsWidth(hints, theme.separator) - displayWidth(right));
	const line =
		hints
			.map(
				(hint, index) =>
					(index > 0 ? styled(theme.separator, { dim: true }) : "") +
					`${styled(hint.keys, { bold: true })} ${hint.text}`,
			)
			.join("") +
		" ".repeat(gap) +
		styled(sanitize(right), { inverse: right !== "" });
	return <Text wrap="truncate-end">{line}</Text>;
}

function hintsWidth(hints: readonly Hint[], separator: string): number {
	return hints.reduce(
		(sum, hint, index) =>
			sum + (index > 0 ? displayWidth(separator) : 0) + displayWidth(`${hint.keys} ${hint.text}`),
		0,
	);
}

/** As many hints as fit: the others go first, from the end; the essential ones last. */
function fitHints(hints: readonly Hint[], width: number, separator: string): Hint[] {
	const kept = [...hints];
	while (kept.length > 0 && hintsWidth(kept, separator) > width) {
		const optional = kept.findLastIndex((hint) => !hint.essential);
		kept.splice(optional >= 0 ? optional : kept.length - 1, 1);
	}
	return kept;
}
