import { useCallback, useReducer, useRef } from "react";
import type { Corpus } from "../corpus/corpus.js";
import { act, settled } from "../state/act.js";
import type { Action } from "../state/reducer.js";
import type { State } from "../state/state.js";

/**
 * The reader's state, changed only through `act`: each action is reduced
 * where it is dispatched (a key, a result, a resize), with what it shows
 * worked out first, so that rendering only reads.
 */
export function useAppState(
	corpus: Corpus,
	initial: State,
): readonly [State, (action: Action) => void] {
	const held = useRef<State | null>(null);
	held.current ??= settled(initial, corpus);
	const [, redraw] = useReducer((count: number) => count + 1, 0);
	const dispatch = useCallback(
		(action: Action) => {
			const current = held.current as State;
			const next = act(current, action, corpus);
			if (next === current) return;
			held.current = next;
			redraw();
		},
		[corpus],
	);
	return [held.current, dispatch];
}
