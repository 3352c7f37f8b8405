import { buildCorpus } from "../source/corpus/corpus.js";
import { parseArticle } from "../source/corpus/load.js";
import { SearchIndexBuilder } from "../source/search/builder.js";
import { seedBodies } from "../test/fixtures/seed-bodies.js";
import { generateCorpus } from "./generate-corpus.js";

/** Twenty queries, typed a character at a time: some misspelled, most several words. */
export const QUERIES = [
	"eddie warior corectional",
	"modern day slavery",
	"bloomberg campaign",
	"julie wood",
	"david fathi",
	"prison labour",
	"minimum wage oklahoma",
	"third-party vendor",
	"stop and frisk",
	"we do not support this practice",
	"call centre procom",
	"inmates strike 2018",
	"intercept reported",
	"civil liberties aclu",
	"exploitation abuse",
	"bloombreg",
	"corections department",
	"presidential candidat",
	"new jersey call center",
	"behind bars disclose",
];

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export interface SearchBenchResult {
	articles: number;
	passages: number;
	buildMs: number;
	longestSliceMs: number;
	keystrokes: number;
	p50Ms: number;
	p95Ms: number;
	maxMs: number;
	peakRssMb: number;
}

/** Index build time, per-keystroke search latency and peak memory on a generated corpus. */
export function benchmarkSearch(articlesFolder: string, count: number): SearchBenchResult {
	const generated = generateCorpus(seedBodies(articlesFolder), { articles: count });
	const articles = generated.flatMap((item) => parseArticle(item.text, item.path).article ?? []);
	const corpus = buildCorpus(articles);
	const builder = new SearchIndexBuilder(corpus);
	const started = performance.now();
	let longestSliceMs = 0;
	for (;;) {
		const slice = performance.now();
		const done = builder.step(8);
		longestSliceMs = Math.max(longestSliceMs, performance.now() - slice);
		if (done) break;
	}
	const index = builder.finish();
	const buildMs = performance.now() - started;
	const latencies: number[] = [];
	for (const query of QUERIES) {
		for (let length = 1; length <= query.length; length++) {
			const typed = query.slice(0, length);
			const before = performance.now();
			index.search(typed, { limit: 50 });
			latencies.push(performance.now() - before);
		}
	}
	latencies.sort((a, b) => a - b);
	return {
		articles: corpus.articles.length,
		passages: index.size,
		buildMs,
		longestSliceMs,
		keystrokes: latencies.length,
		p50Ms: percentile(latencies, 50),
		p95Ms: percentile(latencies, 95),
		maxMs: latencies.at(-1) ?? 0,
		peakRssMb: process.resourceUsage().maxRSS / 1024,
	};
}

if (process.argv[1]?.endsWith("search-bench.js")) {
	const folder = process.argv[2] ?? "articles";
	const count = Number(process.argv[3] ?? 10_000);
	console.log(JSON.stringify(benchmarkSearch(folder, count), null, 2));
}
