import type { Geometry } from "../layout/geometry.js";
import type { KeyContext } from "./keymap.js";
import type { State } from "./state.js";

/**
 * What the screen is doing, decided once for a state and a size: the
 * search bar, the help screen, the too-small message, the coverage or the compare view, or
 * a pane (list or reader). Keys are read, and reduced, by it.
 */
export type Mode = "search" | "help" | "too-small" | "coverage" | "compare" | "list" | "reader";

export function modeOf(state: State, geometry: Geometry): Mode {
	if (state.search.editing) return "search";
	if (state.help) return "help";
	if (geometry.mode === "too-small") return "too-small";
	if (state.coverage) return "coverage";
	if (state.compare) return "compare";
	return state.focus;
}

/** Where keys are read in a mode: too small a terminal reads them as its pane would (only q does anything). */
export function keyContext(mode: Mode, state: State): KeyContext {
	return mode === "too-small" ? state.focus : mode;
}
