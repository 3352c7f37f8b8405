import { useEffect, useSyncExternalStore } from "react";
import type { Article } from "../corpus/article.js";
import {
	displayedQuotations,
	findQuotationsSoon,
	quotationProgress,
} from "../quotes/quotations.js";

/**
 * Whether the article's quotations are shown yet. A long article's are
 * found in the background once it is shown; the reader draws it without
 * them meanwhile and again when they are in.
 */
export function useQuotations(article: Article | undefined): boolean {
	const ready = useSyncExternalStore(
		quotationProgress.subscribe,
		() => !article || displayedQuotations(article) !== null,
	);
	useEffect(() => {
		if (article && !ready) findQuotationsSoon(article);
	}, [article, ready]);
	return ready;
}
