import { describe, expect, it } from "vitest";
import { extractQuotes, extractQuotesStepwise } from "../../source/quotes/extract.js";
import { analysisProgress } from "../../source/quotes/progress.js";
import {
	advanceQuotations,
	findQuotationsSoon,
	foundQuotations,
	quotationsOf,
	settleQuotations,
} from "../../source/quotes/quotations.js";
import { oneTaskFor, runInSlices } from "../fixtures/background-task.js";
import { article } from "../fixtures.js";

// Well past the length whose quotations are found at once.
const filler = "The hearing went on through the afternoon without a break. ".repeat(2000);

function longArticle(title: string) {
	return article({
		title,
		paragraphs: [
			// The full name deep in a paragraph long enough to be read a stretch at a time.
			`${filler}Julie Wood, a spokesperson for the campaign, spoke to reporters. ${filler}`,
			`${filler} “We take this seriously,” Wood said.`,
		],
	});
}

describe("quotations of a long article", () => {
	it("are left for later when shown, then found a slice at a time in the background", () => {
		const item = longArticle("Long");
		expect(settleQuotations(item)).toBe(false);
		expect(foundQuotations(item)).toBeNull();
		const task = oneTaskFor((run) => findQuotationsSoon(item, run));
		const { slices, heard } = runInSlices(task, analysisProgress);
		expect(slices).toBeGreaterThan(10);
		expect(heard).toBe(1);
		expect(foundQuotations(item)).toEqual([
			expect.objectContaining({ text: "We take this seriously", speaker: "Julie Wood" }),
		]);
	});

	it("of a short article are found at once when settled, telling no one", () => {
		let heard = 0;
		const unsubscribe = analysisProgress.subscribe(() => heard++);
		const short = article({ paragraphs: ["“We take this seriously,” Julie Wood said."] });
		expect(foundQuotations(short)).toBeNull();
		expect(settleQuotations(short)).toBe(true);
		expect(foundQuotations(short)).toHaveLength(1);
		unsubscribe();
		expect(heard).toBe(0);
	});

	it("are the same found in steps as at once", () => {
		const item = longArticle("Same");
		const steps = extractQuotesStepwise(item);
		let count = 0;
		let step = steps.next();
		while (!step.done) {
			count++;
			step = steps.next();
		}
		expect(count).toBeGreaterThan(10);
		expect(step.value).toEqual(extractQuotes(item));
		expect(advanceQuotations(item, 0)).toBe(false);
		expect(quotationsOf(item)).toEqual(step.value);
	});

	it("of a short article are found at once", () => {
		const item = article({ paragraphs: ["“Short,” said Ann Lee."] });
		expect(settleQuotations(item)).toBe(true);
		expect(foundQuotations(item)).toEqual([expect.objectContaining({ speaker: "Ann Lee" })]);
	});
});
