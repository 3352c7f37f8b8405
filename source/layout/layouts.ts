import type { Article } from "../corpus/article.js";
import type { Quote } from "../quotes/extract.js";
import { foundQuotations } from "../quotes/quotations.js";
import { ArticleBlocks } from "./blocks.js";
import { DocumentLayout } from "./document.js";

interface Laid {
	readonly quotes: readonly Quote[] | null;
	readonly blocks: ArticleBlocks;
	readonly byWidth: Map<number, DocumentLayout>;
}

const layoutCache = new WeakMap<Article, Laid>();
const WIDTHS_KEPT = 4;

/**
 * The article laid out at `width` columns, kept per width, so that a
 * keystroke only walks lines already wrapped. Quotations are shown once
 * they are found: a long article is laid out without them until then.
 */
export function layoutDocument(article: Article, width: number): DocumentLayout {
	const quotes = foundQuotations(article);
	let laid = layoutCache.get(article);
	if (!laid || laid.quotes !== quotes) {
		laid = { quotes, blocks: new ArticleBlocks(article, quotes ?? []), byWidth: new Map() };
		layoutCache.set(article, laid);
	}
	const cached = laid.byWidth.get(width);
	if (cached) return cached;
	const layout = new DocumentLayout(laid.blocks, width);
	if (laid.byWidth.size >= WIDTHS_KEPT) {
		const oldest = laid.byWidth.keys().next().value;
		if (oldest !== undefined) laid.byWidth.delete(oldest);
	}
	laid.byWidth.set(width, layout);
	return layout;
}
