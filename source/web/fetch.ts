/**
 * Fetching one web page politely and safely: http and https only, a
 * timeout for the whole request, a cap on its size (a page that never ends
 * is cut off, not waited on), a few redirects, an honest User-Agent, and
 * the text decoded as the page says (its Content-Type, else a <meta
 * charset>, else UTF-8).
 */

declare const PARALLAX_VERSION: string | undefined;

export interface FetchOptions {
	readonly timeoutMs?: number;
	readonly maxBytes?: number;
	readonly fetch?: typeof fetch;
}

export interface FetchedPage {
	/** Where the page was in the end, redirects followed. */
	readonly url: string;
	readonly contentType: string;
	readonly text: string;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;
const MAX_REDIRECTS = 5;

const version = typeof PARALLAX_VERSION === "string" ? PARALLAX_VERSION : "dev";
const USER_AGENT = `parallax/${version} (a terminal news reader)`;

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
): Promise<FetchedPage | { problem: string }> {
	const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
	const doFetch = options.fetch ?? fetch;
	const signal = AbortSignal.timeout(timeoutMs);
	let url = address;
	try {
		for (let redirects = 0; ; redirects++) {
			const response = await doFetch(url, {
				redirect: "manual",
				signal,
				headers: {
					"user-agent": USER_AGENT,
					accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
				},
			});
			if (response.status >= 300 && response.status < 400 && response.headers.has("location")) {
				await response.body?.cancel();
				if (redirects >= MAX_REDIRECTS) return { problem: `more than ${MAX_REDIRECTS} redirects` };
				const next = webUrl(new URL(response.headers.get("location") as string, url).href);
				if (!next) return { problem: "redirected to an address that is not http or https" };
				url = next;
				continue;
			}
			if (!response.ok) {
				await response.body?.cancel();
				return { problem: `the server answered ${response.status} ${response.statusText}`.trim() };
			}
			const contentType = response.headers.get("content-type") ?? "";
			const declared = Number(response.headers.get("content-length") ?? Number.NaN);
			if (declared > maxBytes) {
				await response.body?.cancel();
				return { problem: `larger than ${Math.round(maxBytes / 1024 / 1024)} MiB` };
			}
			const bytes = await readCapped(response, maxBytes);
			if (!bytes) return { problem: `larger than ${Math.round(maxBytes / 1024 / 1024)} MiB` };
			return { url: url.href, contentType, text: decodeText(bytes, contentType) };
		}
	} catch (error) {
		if (signal.aborted) {
			const seconds = (timeoutMs / 1000).toLocaleString("en", { maximumFractionDigits: 1 });
			return { problem: `no answer within ${seconds} s` };
		}
		return { problem: networkProblem(error) };
	}
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
	const message = cause?.message ?? (error instanceof Error ? error.message : String(error));
	return `the request failed (${message.replace(/\s+/g, " ").trim()})`;
}
