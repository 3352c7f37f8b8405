import v8 from "node:v8";

/**
 * The young generation of V8's heap grows (by a factor of 2) while much is
 * allocated, and the process keeps the memory it grew into. Loading and
 * indexing thousands of articles allocates a lot that does not live long:
 * with the growth stopped, 10,000 articles peak at about 230 MiB instead of
 * 330. The price is more frequent small collections, about 2 ms a key, so a
 * small corpus lets the heap grow again once it is loaded, and a large one
 * once it is indexed.
 */
export const LARGE_CORPUS = 2000;

export function keepYoungGenerationSmall(): void {
	v8.setFlagsFromString("--semi-space-growth-factor=1");
}

export function letYoungGenerationGrow(): void {
	v8.setFlagsFromString("--semi-space-growth-factor=2");
}
