import type { Corpus } from "../corpus/corpus.js";
import { paragraphOfBlock } from "../layout/blocks.js";
import type { Geometry } from "../layout/geometry.js";
import { parseQuery } from "../search/query.js";
import type { PassageRef } from "../search/records.js";
import type { Command } from "./keymap.js";
import { anchorOf, goTo, isMovement, moveWithin } from "./navigation.js";
import { remember, returnTo } from "./returns.js";
import { noSearch, type State } from "./state.js";

/** Ends the search: the screen goes back to what it showed before the search began. */
function endSearch(state: State): State {
	return { ...returnTo(state, "search"), search: { ...noSearch, scope: state.search.scope } };
}

/** The search commands: "/" and what the keys do in the search bar, n/N, and Esc after a search. */
export function reduceSearch(
	state: State,
	command: Command,
	geometry: Geometry,
	corpus: Corpus,
): State {
	const { search } = state;
	if (command === "search") {
		return {
			...remember(state, "search"),
			help: false,
			search: { ...noSearch, editing: true, scope: search.scope },
		};
	}
	if (search.editing) {
		if (command === "back") return endSearch(state);
		if (command === "toggleFocus") {
			const scope = search.scope === "all" ? "quotes" : "all";
			return { ...state, search: { ...search, scope, result: null, chosen: 0 } };
		}
		if (command === "open") return submit(state, geometry, corpus);
		if (isMovement(command)) {
			const last = Math.max(0, (search.result?.hits.length ?? 0) - 1);
			return {
				...state,
				search: { ...search, chosen: moveWithin(search.chosen, command, 5, last) },
			};
		}
		return state;
	}
	if (command === "back") return endSearch(state);
	if (command === "nextMatch" || command === "previousMatch")
		return stepMatch(state, command === "nextMatch" ? 1 : -1, geometry, corpus);
	return state;
}

/** Enter in the search bar: go to the chosen result (once the results for what was typed are in). */
export function submit(state: State, geometry: Geometry, corpus: Corpus): State {
	const { search } = state;
	if (search.query.trim() === "") return endSearch(state);
	const result = search.result;
	// The results for what was typed are not in yet (the index may still be building): go when they are.
	if (!result || result.query !== parseQuery(search.query).text) {
		return { ...state, search: { ...search, submitted: true } };
	}
	const hit = result.hits[search.chosen];
	if (!hit) {
		return { ...endSearch(state), notice: `no matches for “${search.query.trim()}”` };
	}
	const current = result.matches.indexOf(hit.id);
	const moved = goTo(state, hit.ref, geometry, corpus);
	return {
		...moved,
		search: { ...search, editing: false, submitted: false, current: current >= 0 ? current : null },
	};
}

function stepMatch(state: State, direction: 1 | -1, geometry: Geometry, corpus: Corpus): State {
	const { search } = state;
	const result = search.result;
	if (!result) return { ...state, notice: "no search yet: press / to search" };
	const count = result.matches.length;
	if (count === 0) return { ...state, notice: `no matches for “${search.query.trim()}”` };
	let next: number;
	let notice: string | null = null;
	if (search.current === null) {
		next = firstFromView(state, result.matches.map(result.passage), direction, corpus);
	} else {
		next = search.current + direction;
		if (next >= count) {
			next = 0;
			notice = "passed the last match: back to the first";
		} else if (next < 0) {
			next = count - 1;
			notice = "passed the first match: on to the last";
		}
	}
	const ref = result.passage(result.matches[next] as number);
	const moved = goTo(state, ref, geometry, corpus);
	return { ...moved, notice, search: { ...search, current: next } };
}

/** The first match at or after the reading position (or before it, going back). */
function firstFromView(
	state: State,
	refs: readonly PassageRef[],
	direction: 1 | -1,
	corpus: Corpus,
): number {
	const article = corpus.order[state.selected] ?? 0;
	const item = corpus.articles[article];
	const anchor = anchorOf(state, article);
	const here = [
		state.selected,
		item ? paragraphOfBlock(item, anchor.block) : -1,
		anchor.offset,
	] as const;
	const compare = (ref: PassageRef) =>
		(corpus.positions[ref.article] ?? 0) - here[0] ||
		ref.paragraph - here[1] ||
		ref.start - here[2];
	if (direction === 1) {
		const found = refs.findIndex((ref) => compare(ref) >= 0);
		return found >= 0 ? found : 0;
	}
	const found = refs.findLastIndex((ref) => compare(ref) < 0);
	return found >= 0 ? found : refs.length - 1;
}
