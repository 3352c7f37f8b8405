#!/usr/bin/env node
/**
 * The command's entry: a few lines that make start-up fast before the
 * program itself is loaded (a separate file, see scripts/build.mjs).
 */
import module from "node:module";
import { keepYoungGenerationSmall } from "./terminal/memory.js";

// V8 keeps the compiled program on disk between runs (in the system's
// temporary folder unless NODE_COMPILE_CACHE says where): the bundle is then
// not parsed and compiled again at every start.
module.enableCompileCache?.();

// Ink's layout engine (yoga) loads its WebAssembly from a data: address with
// fetch() when fetch exists, which loads Node's whole HTTP client first.
// parallax fetches only in `parallax add` and `update`, which draw no screen;
// elsewhere, without fetch, yoga decodes the bytes directly, some 10 ms sooner.
// R in the reader fetches too, late: it finds fetch kept aside.
if (process.argv[2] !== "add" && process.argv[2] !== "update") {
	Reflect.set(globalThis, Symbol.for("parallax.fetch"), globalThis.fetch);
	Reflect.deleteProperty(globalThis, "fetch");
}

// Until the articles are loaded: see terminal/memory.ts.
keepYoungGenerationSmall();

await import("./cli.js");
