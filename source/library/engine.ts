declare const PARALLAX_ENGINE: string | undefined;

/**
 * Which code made what the library keeps: the build writes in a hash of the
 * code that reads articles and finds quotations, so that a newer parallax
 * does that work again instead of trusting an older one's. Unbuilt (the
 * tests), it is "development".
 */
export const ENGINE = typeof PARALLAX_ENGINE === "string" ? PARALLAX_ENGINE : "development";
