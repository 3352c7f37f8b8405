import { createRequire } from "node:module";
import { parseArgs } from "node:util";

/**
 * The command line, read with Node's own parseArgs: meow, which did this
 * before, took some 18 ms of every start to load (its bundled package.json
 * helpers), for flags parseArgs reads as well.
 */

declare const PARALLAX_VERSION: string | undefined;

export const DESCRIPTION =
	"A keyboard-driven terminal reader for news coverage that compares how sources quote the same story";

const HELP = `
  Usage
    $ parallax [paths…]
    $ parallax add SOURCE…     web pages and feeds (addresses), saved .html files, OPML
                               lists, folders and files: into the library
    $ parallax update          fetch every feed subscribed to, and keep its new articles
    $ parallax feeds           the subscriptions: address, title, last fetched, items, error
    $ parallax remove URL…     end a subscription (its articles stay)
    $ parallax export --opml   the subscriptions as OPML, for another reader

  Reads news articles (.md, .markdown, .txt files, or folders of them) in a
  split-pane terminal reader. With no path, opens the bundled articles and
  what was added to the library (parallax add).

  Options
    --list            Print the articles (path, title, source, story) and exit
    --search QUERY    Print the passages that match QUERY, best first; exit 1 if none
    --scope all|quotes  What --search looks through (default: all)
    --limit N         At most N hits from --search (default: 20)
    --quotes          Print every quotation: path, paragraph, kind, speaker, text
    --compare         Print each story's sources side by side: shared and unique statements
    --coverage        Print each story's coverage: every statement, which sources carry it,
                      and how many statements of each speaker each source carries
    --json            Print one JSON document instead of text
    --library PATH    The library (the database that keeps what was read and found) to use
                      (default: the data folder, e.g. ~/.local/share/parallax/library.db)
    --in-memory       Read every article from disk and write no library
    --verbose         Say on stderr what the library did (files read from disk, changes)
    --timeout SECONDS How long add and update wait for a web page or feed (default: 20)
    --no-state        Neither read nor save reading positions and read marks
    --help            Show this help
    --version         Show the version

  Without a terminal on stdout, parallax prints the list.

  Keys (press ? in the reader for all)
    j/k ↓/↑  move or scroll     Space/b  page      g/G  top/end
    Enter    read               Tab      focus     Esc  back
    /        search             n/N      next/previous match
    q        quit               Ctrl-C   quit at once

  Examples
    $ parallax
    $ parallax ~/news/bloomberg
    $ parallax --list --json articles/ | jq '.articles[].title'
    $ parallax --search "eddie warior corectional"
`;

/** Every flag parallax takes, with what it holds. */
const OPTIONS = {
	list: { type: "boolean" },
	json: { type: "boolean" },
	search: { type: "string" },
	scope: { type: "string" },
	limit: { type: "string" },
	quotes: { type: "boolean" },
	compare: { type: "boolean" },
	coverage: { type: "boolean" },
	"no-state": { type: "boolean" },
	library: { type: "string" },
	"in-memory": { type: "boolean" },
	verbose: { type: "boolean" },
	timeout: { type: "string" },
	opml: { type: "boolean" },
	help: { type: "boolean", short: "h" },
	version: { type: "boolean" },
} as const;

export interface Flags {
	readonly list: boolean;
	readonly json: boolean;
	readonly search: string | undefined;
	readonly scope: string;
	/** NaN when what was given is no number: the mode that uses it says so. */
	readonly limit: number;
	readonly quotes: boolean;
	readonly compare: boolean;
	readonly coverage: boolean;
	/** Reading state kept (false with --no-state). */
	readonly state: boolean;
	readonly library: string | undefined;
	readonly inMemory: boolean;
	readonly verbose: boolean;
	readonly timeout: number | undefined;
	readonly opml: boolean;
}

export type CommandLine =
	| { readonly kind: "run"; readonly input: readonly string[]; readonly flags: Flags }
	| { readonly kind: "help"; readonly text: string }
	| { readonly kind: "version"; readonly text: string }
	| { readonly kind: "mistake"; readonly message: string };

/** What the arguments (without node and the script) ask for, or what is wrong with them. */
export function readCommandLine(args: readonly string[]): CommandLine {
	let parsed: ReturnType<typeof parse>;
	try {
		parsed = parse(args);
	} catch (error) {
		return { kind: "mistake", message: mistakeOf(error) };
	}
	const { values, positionals } = parsed;
	if (values.help) return { kind: "help", text: `\n  ${DESCRIPTION}\n${HELP}` };
	if (values.version) return { kind: "version", text: `${version()}\n` };
	return {
		kind: "run",
		input: positionals,
		flags: {
			list: values.list ?? false,
			json: values.json ?? false,
			search: values.search,
			scope: values.scope ?? "all",
			limit: values.limit === undefined ? 20 : numberOf(values.limit),
			quotes: values.quotes ?? false,
			compare: values.compare ?? false,
			coverage: values.coverage ?? false,
			state: !values["no-state"],
			library: values.library,
			inMemory: values["in-memory"] ?? false,
			verbose: values.verbose ?? false,
			timeout: values.timeout === undefined ? undefined : numberOf(values.timeout),
			opml: values.opml ?? false,
		},
	};
}

function parse(args: readonly string[]) {
	return parseArgs({ args: [...args], options: OPTIONS, strict: true, allowPositionals: true });
}

// "", " " and "1e" are no numbers, though Number() makes 0 of the first two.
function numberOf(text: string): number {
	return text.trim() === "" ? Number.NaN : Number(text);
}

/** parseArgs's complaint, said the way parallax says things, naming the flag. */
function mistakeOf(error: unknown): string {
	const code = (error as { code?: unknown }).code;
	const message = error instanceof Error ? error.message : String(error);
	const flag = /'(-{1,2}[^' ]*)/.exec(message)?.[1] ?? "";
	const name = flag.replace(/^-+/, "");
	const option = (OPTIONS as Record<string, { type: string }>)[name];
	const see = "(see parallax --help)";
	if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `unknown flag ${flag} ${see}`;
	if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option)
		return option.type === "boolean"
			? `${flag} takes no value ${see}`
			: `${flag} needs a value (write ${flag}=VALUE for one that starts with "-") ${see}`;
	return `${message} ${see}`;
}

function version(): string {
	if (typeof PARALLAX_VERSION === "string") return PARALLAX_VERSION;
	// Unbuilt (the tests run the source): the package's own file says.
	const pkg = createRequire(import.meta.url)("../package.json") as { version: string };
	return pkg.version;
}
