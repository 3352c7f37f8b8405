/**
 * Fetching one web page politely and safely: http and https only, a
 * timeout for the whole request, a cap on its size (a page that never ends
 * is cut off, not waited on), a few redirects, an honest User-Agent, and
 * the text decoded as the page says (its Content-Type, else a <meta
 * charset>, else UTF-8).
 */

import { errorMessage } from "../corpus/fs-errors.js";

declare const PARALLAX_VERSION: string | undefined;

export interface FetchOptions {
	readonly timeoutMs?: number;
	readonly maxBytes?: number;
	/** For a conditional request: what the last answer said. */
	readonly etag?: string | null;
	readonly lastModified?: string | null;
}

export interface FetchedPage {
	/** Where the page was in the end, redirects followed. */
	readonly url: string;
	/** Where it has moved for good (301, 308 all the way), if it has. */
	readonly movedTo: string | null;
	readonly contentType: string;
	readonly text: string;
	readonly etag: string | null;
	readonly lastModified: string | null;
}

/** The server says the copy the request named is still fresh (304). */
export interface NotModified {
	readonly notModified: true;
	readonly movedTo: string | null;
}

/** Why not, in one line; and when the server says to ask again (429, 503 with Retry-After). */
export interface FetchProblem {
	readonly problem: string;
	readonly retryAt?: number;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;
const MAX_REDIRECTS = 5;

const version = typeof PARALLAX_VERSION === "string" ? PARALLAX_VERSION : "dev";
const USER_AGENT = `parallax/${version} (a terminal news reader)`;

/** fetch, or where the command's entry kept it aside (see bin.ts: the reader starts without it). */
function webFetch(): typeof fetch {
	return (
		globalThis.fetch ?? (Reflect.get(globalThis, Symbol.for("parallax.fetch")) as typeof fetch)
	);
}

/** The host of an address as readers name a site ("www." left off), or `otherwise` when it has none. */
export function hostName(url: string | null, otherwise: string): string {
	try {
		return (url && new URL(url).hostname.replace(/^www\./, "")) || otherwise;
	} catch {
		return otherwise;
	}
}

/** A URL parallax may fetch: http or https, nothing else (no file:, data:, javascript:). */
export function webUrl(text: string): URL | null {
	try {
		const url = new URL(text);
		return url.protocol === "http:" || url.protocol === "https:" ? url : null;
	} catch {
		return null;
	}
}

/** The page at `address`, or in one line why not. */
export async function fetchPage(
	address: URL,
	options: FetchOptions = {},
): Promise<FetchedPage | NotModified | FetchProblem> {
	const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
	const signal = AbortSignal.timeout(timeoutMs);
	let url = address;
	// Moved for good only while every redirect on the way says so.
	let permanent = true;
	const headers: Record<string, string> = {
		"user-agent": USER_AGENT,
		accept:
			"text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.1",
		"accept-encoding": "gzip, deflate, br",
	};
	if (options.etag) headers["if-none-match"] = options.etag;
	if (options.lastModified) headers["if-modified-since"] = options.lastModified;
	try {
		for (let redirects = 0; ; redirects++) {
			const response = await webFetch()(url, { redirect: "manual", signal, headers });
			if (response.status >= 300 && response.status < 400 && response.headers.has("location")) {
				await response.body?.cancel();
				if (redirects >= MAX_REDIRECTS) return { problem: `more than ${MAX_REDIRECTS} redirects` };
				const next = webUrl(new URL(response.headers.get("location") as string, url).href);
				if (!next) return { problem: "redirected to an address that is not http or https" };
				permanent &&= response.status === 301 || response.status === 308;
				url = next;
				continue;
			}
			const movedTo = permanent && url.href !== address.href ? url.href : null;
			if (response.status === 304) {
				await response.body?.cancel();
				return { notModified: true, movedTo };
			}
			if (!response.ok) {
				await response.body?.cancel();
				const problem = `the server answered ${response.status} ${response.statusText}`.trim();
				const retryAt = retryAfter(response.headers.get("retry-after"));
				return retryAt === null ? { problem } : { problem, retryAt };
			}
			const contentType = response.headers.get("content-type") ?? "";
			const declared = Number(response.headers.get("content-length") ?? Number.NaN);
			if (declared > maxBytes) {
				await response.body?.cancel();
				return { problem: `larger than ${Math.round(maxBytes / 1024 / 1024)} MiB` };
			}
			const bytes = await readCapped(response, maxBytes);
			if (!bytes) return { problem: `larger than ${Math.round(maxBytes / 1024 / 1024)} MiB` };
			return {
				url: url.href,
				movedTo,
				contentType,
				text: decodeText(bytes, contentType),
				etag: response.headers.get("etag"),
				lastModified: response.headers.get("last-modified"),
			};
		}
	} catch (error) {
		if (signal.aborted) {
			const seconds = (timeoutMs / 1000).toLocaleString("en", { maximumFractionDigits: 1 });
			return { problem: `no answer within ${seconds} s` };
		}
		return { problem: networkProblem(error) };
	}
}

/** When Retry-After (seconds, or a date) says to ask again, as ms since 1970; null if it says nothing. */
export function retryAfter(value: string | null, now = Date.now()): number | null {
	if (!value) return null;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return now + Math.max(0, seconds) * 1000;
	const date = Date.parse(value);
	return Number.isNaN(date) ? null : date;
}

/** The body, or null once it passes `maxBytes` (the rest is not read). */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
	const reader = response.body?.getReader();
	if (!reader) return new Uint8Array();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.length;
		if (size > maxBytes) {
			await reader.cancel();
			return null;
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, at);
		at += chunk.length;
	}
	return bytes;
}

/** The page's text in the character set it declares (header first, then a <meta> in its first bytes). */
export function decodeText(bytes: Uint8Array, contentType: string): string {
	const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
	const label =
		/charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] ??
		/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ??
		"utf-8";
	try {
		return new TextDecoder(label).decode(bytes);
	} catch {
		return new TextDecoder("utf-8").decode(bytes);
	}
}

function networkProblem(error: unknown): string {
	const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
	const code = cause?.code ?? "";
	if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "the host was not found";
	if (code === "ECONNREFUSED") return "the connection was refused";
	if (code === "ECONNRESET") return "the connection was reset";
	if (code.startsWith("ERR_TLS") || code.includes("CERT"))
		return `the TLS connection failed (${code})`;
	return `the request failed (${errorMessage(cause?.message ?? error)})`;
}
