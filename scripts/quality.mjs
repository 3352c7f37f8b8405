// npm run bench:quality -- [EVAL_FOLDER] [--no-search]
//
// Scores the built CLI on the public quality data (PolNeAR, BASIL) with the
// data's own scorer, score.py, and prints one table. The data stays outside
// the repository: EVAL_FOLDER is the folder that holds score.py (default
// ../shared/eval beside the project). The search score runs 96 searches and
// takes the better part of a minute; --no-search leaves it out.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const withSearch = !args.includes("--no-search");
const folder = path.resolve(
	args.find((arg) => !arg.startsWith("--")) ?? path.join(root, "..", "shared", "eval"),
);
const scorer = path.join(folder, "score.py");
const cli = [process.execPath, path.join(root, "dist", "cli.js")];

if (!existsSync(scorer)) {
	console.error(`bench:quality: no score.py in ${folder}; give the folder of the quality data.`);
	process.exit(2);
}
if (!existsSync(cli[1])) {
	console.error("bench:quality: dist/cli.js is missing; run npm run build first.");
	process.exit(2);
}
const python = ["python3", "python"].find((name) => spawnSync(name, ["--version"]).status === 0);
if (!python) {
	console.error("bench:quality: score.py needs Python 3 (python3 on the PATH).");
	process.exit(2);
}

/** Runs one score and returns the lines it printed. */
function score(...scoreArgs) {
	const started = performance.now();
	const run = spawnSync(python, [scorer, ...scoreArgs, "--", ...cli], {
		encoding: "utf8",
		maxBuffer: 64 * 1024 * 1024,
	});
	if (run.status !== 0) {
		console.error(`bench:quality: score.py ${scoreArgs[0]} failed:\n${run.stderr || run.stdout}`);
		process.exit(1);
	}
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	return { lines: run.stdout.trim().split("\n"), seconds };
}

const number = (line, pattern) => pattern.exec(line)?.[1] ?? "?";
const rows = [];

const quotes = score("quotes", path.join(folder, "polnear-train.jsonl"));
const q = quotes.lines.find((line) => line.startsWith("quotes:")) ?? "";
rows.push([
	"quotations: precision (PolNeAR train)",
	number(q, /precision ([\d.]+)/),
	"≥ 0.97",
	quotes.seconds,
]);
rows.push(["quotations: recall", number(q, /recall ([\d.]+)/), "≥ 0.97", ""]);
rows.push([
	"speaker accuracy (named speakers)",
	number(q, /speaker accuracy ([\d.]+)/),
	"≥ 0.90",
	"",
]);

const basil = path.join(folder, "basil-dev");
const stories = score("stories", basil);
const s = stories.lines.find((line) => line.startsWith("stories:")) ?? "";
rows.push([
	"BASIL events grouped exactly (no story ids)",
	number(s, /(\d+\/\d+) events/),
	"≥ 48/50",
	stories.seconds,
]);
rows.push(["stories: pairwise precision", number(s, /precision ([\d.]+)/), "≥ 0.98", ""]);
rows.push(["stories: pairwise recall", number(s, /recall ([\d.]+)/), "", ""]);

/** The pairs score against `labelFile`, as two rows (precision with the time, then recall). */
function pairRows(labelFile, name, goals) {
	const pairs = score("pairs", basil, labelFile, "--given-stories");
	const line = pairs.lines.find((printed) => printed.startsWith("pairs:")) ?? "";
	rows.push([`${name}: precision`, number(line, /precision ([\d.]+)/), goals[0], pairs.seconds]);
	rows.push([`${name}: recall`, number(line, /recall ([\d.]+)/), goals[1], ""]);
}

pairRows(path.join(folder, "basil-dev-pairs.json"), "cross-source pairs (given stories)", [
	"≥ 0.90",
	"≥ 0.85",
]);

// Pairs of seven more events, labelled for parallax (bench/labels): kept as character ranges of
// the articles, so the text comes from the data folder, and given to score.py as its labels.
const more = JSON.parse(
	readFileSync(path.join(root, "bench", "labels", "basil-dev-pairs-more.json"), "utf8"),
);
for (const story of Object.values(more.stories))
	for (const statement of story.statements)
		for (const occurrence of statement.occurrences) {
			const text = readFileSync(path.join(basil, occurrence.file), "utf8");
			occurrence.text = text.slice(occurrence.start, occurrence.end);
		}
const moreLabels = path.join(mkdtempSync(path.join(tmpdir(), "parallax-labels-")), "pairs.json");
writeFileSync(moreLabels, JSON.stringify(more));
pairRows(moreLabels, "cross-source pairs, 7 more events (own labels)", ["", ""]);

if (withSearch) {
	const search = score("search", basil);
	const exact = search.lines.find((line) => line.includes("(exact)")) ?? "";
	const typo = search.lines.find((line) => line.includes("(typo)")) ?? "";
	rows.push([
		"search success@1, as written (basil-dev)",
		number(exact, /success@1 ([\d.]+)/),
		"≥ 0.94",
		search.seconds,
	]);
	rows.push(["search success@1, with typos", number(typo, /success@1 ([\d.]+)/), "≥ 0.92", ""]);
}

const table = [
	"| measure | now | goal | seconds |",
	"| --- | --- | --- | --- |",
	...rows.map((row) => `| ${row.join(" | ")} |`),
].join("\n");
const heading = `Quality, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}: \`npm run bench:quality -- ${path.relative(root, folder) || "."}\``;
console.log(`${heading}\n\n${table}`);
mkdirSync(path.join(root, "bench", "results"), { recursive: true });
writeFileSync(path.join(root, "bench", "results", "quality.md"), `${heading}\n\n${table}\n`);
