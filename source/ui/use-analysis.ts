import { useEffect, useSyncExternalStore } from "react";
import { type Analysis, analysisProgress, doneYet, want } from "../quotes/analysis.js";

/**
 * Whether an article's quotations, or a story's comparison, can be shown
 * yet. A long one is asked for in the background once it is wanted here;
 * what depends on it is drawn without it meanwhile, and again when it is in.
 * `what` should keep its identity while it names the same thing.
 */
export function useAnalysis(what: Analysis | undefined): boolean {
	const ready = useSyncExternalStore(analysisProgress.subscribe, () => !what || doneYet(what));
	useEffect(() => {
		if (what && !ready) want(what);
	}, [what, ready]);
	return ready;
}
