import { describe, expect, it } from "vitest";
import type { Task } from "../../source/background.js";
import { extractQuotes, extractQuotesStepwise } from "../../source/quotes/extract.js";
import {
	advanceQuotations,
	displayedQuotations,
	findQuotationsSoon,
	quotationProgress,
	quotationsOf,
} from "../../source/quotes/quotations.js";
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
		expect(displayedQuotations(item)).toBeNull();
		const tasks: Task[] = [];
		findQuotationsSoon(item, (task) => tasks.push(task));
		// Asked again while under way: still one task.
		findQuotationsSoon(item, (task) => tasks.push(task));
		expect(tasks).toHaveLength(1);
		let heard = 0;
		const stop = quotationProgress.subscribe(() => heard++);
		const task = tasks[0] as Task;
		let slices = 1;
		// A deadline already past still lets each slice take a step.
		while (!task(0)) slices++;
		stop();
		expect(slices).toBeGreaterThan(10);
		expect(heard).toBe(1);
		expect(displayedQuotations(item)).toEqual([
			expect.objectContaining({ text: "We take this seriously", speaker: "Julie Wood" }),
		]);
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
		expect(displayedQuotations(item)).toEqual([expect.objectContaining({ speaker: "Ann Lee" })]);
	});
});
