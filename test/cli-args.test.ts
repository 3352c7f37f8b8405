import { describe, expect, it } from "vitest";
import { type CommandLine, readCommandLine } from "../source/cli-args.js";

function run(args: string[]) {
	const line = readCommandLine(args);
	if (line.kind !== "run") throw new Error(`expected a run, got ${line.kind}`);
	return line;
}

function mistake(args: string[]): string {
	const line: CommandLine = readCommandLine(args);
	if (line.kind !== "mistake") throw new Error(`expected a mistake, got ${line.kind}`);
	return line.message;
}

describe("readCommandLine", () => {
	it("gives every flag its default when none is given", () => {
		expect(run([]).flags).toEqual({
			list: false,
			json: false,
			search: undefined,
			scope: "all",
			limit: 20,
			quotes: false,
			compare: false,
			coverage: false,
			state: true,
			library: undefined,
			inMemory: false,
			verbose: false,
			timeout: undefined,
			opml: false,
		});
	});

	it.each([
		[["--list", "news/"], { list: true }, ["news/"]],
		[["news/", "--json", "more.md"], { json: true }, ["news/", "more.md"]],
		[["--search", "eddie warior", "a"], { search: "eddie warior" }, ["a"]],
		[["--search=prison calls"], { search: "prison calls" }, []],
		[["--limit", "5", "--scope", "quotes"], { limit: 5, scope: "quotes" }, []],
		[["--no-state"], { state: false }, []],
		[["--in-memory", "--verbose"], { inMemory: true, verbose: true }, []],
		[["--library", "/tmp/other.db"], { library: "/tmp/other.db" }, []],
		[
			["add", "--timeout", "2.5", "https://example.com"],
			{ timeout: 2.5 },
			["add", "https://example.com"],
		],
		[["export", "--opml"], { opml: true }, ["export"]],
		// After "--", a name that starts with a dash is a path.
		[["--list", "--", "--odd-name.md"], { list: true }, ["--odd-name.md"]],
	])("reads %j", (args, flags, input) => {
		const line = run(args);
		expect(line.flags).toMatchObject(flags);
		expect(line.input).toEqual(input);
	});

	it.each([["--limit", "many"], ["--limit", " "], ["--limit="]])(
		"leaves a limit that is no number (%j) to be refused where it is used",
		(...args) => {
			expect(run([...args, "--search", "x"]).flags.limit).toBeNaN();
		},
	);

	it.each([
		[["--frobnicate"], "unknown flag --frobnicate (see parallax --help)"],
		[["-x"], "unknown flag -x"],
		[["--search"], "--search needs a value"],
		[["--limit", "-3"], '--limit needs a value (write --limit=VALUE for one that starts with "-")'],
		[["--list=yes"], "--list takes no value"],
	])("says what is wrong with %j", (args, said) => {
		expect(mistake(args)).toContain(said);
	});

	it("answers --help and -h with the usage, --version with the version", () => {
		for (const args of [["--help"], ["-h"], ["--list", "--help"]]) {
			const line = readCommandLine(args);
			expect(line.kind).toBe("help");
			if (line.kind === "help")
				expect(line.text).toMatch(/^\n {2}A keyboard-driven.*\n\n {2}Usage\n/);
		}
		const version = readCommandLine(["--version"]);
		expect(version.kind === "version" && version.text).toMatch(/^\d+\.\d+\.\d+\n$/);
	});
});
