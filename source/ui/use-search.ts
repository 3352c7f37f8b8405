import { type Dispatch, useEffect, useSyncExternalStore } from "react";
import type { Geometry } from "../layout/geometry.js";
import type { SearchIndex } from "../search/index.js";
import type { Indexing } from "../search/indexing.js";
import { parseQuery } from "../search/query.js";
import type { Action } from "../state/reducer.js";
import type { SearchState } from "../state/state.js";

/** The index once built. */
export function useIndex(indexing: Indexing): SearchIndex | undefined {
	return useSyncExternalStore(indexing.subscribe, () => indexing.index);
}

/**
 * How far building the index has come (whole percent). Only what shows it
 * listens: each change re-renders, and nothing else needs to meanwhile.
 */
export function useIndexingPercent(indexing: Indexing): number {
	return useSyncExternalStore(indexing.subscribe, () => Math.floor(indexing.progress * 100));
}

/** Results shown while typing; n/N can step through every match. */
const RESULT_LIMIT = 50;

/**
 * Runs the search for what is typed. It waits for the keys already queued
 * (a timer, not a synchronous call), so a burst of typing searches once, for
 * its last state; a search overtaken by another key is never run. A query
 * typed before the index is ready runs as soon as it is.
 */
export function useSearchResults(
	index: SearchIndex | undefined,
	search: SearchState,
	geometry: Geometry,
	dispatch: Dispatch<Action>,
) {
	const { query, scope, editing, result } = search;
	const wanted = parseQuery(query).text;
	const upToDate = result !== null && result.query === wanted && result.scope === scope;
	useEffect(() => {
		if (!index || !editing || wanted === "" || upToDate) return;
		const timer = setTimeout(() => {
			dispatch({
				type: "results",
				result: index.search(query, { scope, limit: RESULT_LIMIT }),
				geometry,
			});
		}, 0);
		return () => clearTimeout(timer);
	}, [index, editing, query, wanted, scope, upToDate, geometry, dispatch]);
}
