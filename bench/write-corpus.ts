/** Writes the generated corpus to a folder: node dist/bench/write-corpus.js FOLDER [COUNT]. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { seedBodies } from "../test/fixtures/seed-bodies.js";
import { generateCorpus } from "./generate-corpus.js";

const [folder = "bench/.corpus", count = "10000"] = process.argv.slice(2);
for (const item of generateCorpus(seedBodies("articles"), { articles: Number(count) })) {
	const file = path.join(folder, item.path);
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, item.text);
}
console.log(`${count} articles in ${folder}`);
