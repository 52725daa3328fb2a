/**
 * Measures kept for one article: the same texts are weighed again and again while one article is
 * written (each block, each writing level, then the report). Only pure functions of the text are
 * kept, so a kept answer is the answer: no output can change.
 */
const caches: Map<string, unknown>[] = [];

/** Past this many texts a cache starts again: a long run of checks without a new article stays bounded. */
const MAX_KEPT = 20_000;

/** An answer that is undefined ("does not apply"), as the caches hold it: one look-up tells a miss from it. */
const NONE = Symbol('none');

/** `measure`, its answers kept in `cache`. */
function keptIn<T>(cache: Map<string, T | typeof NONE>, measure: (text: string) => T): (text: string) => T {
  return (text) => {
    const kept = cache.get(text);
    if (kept !== undefined) return kept === NONE ? (undefined as T) : kept;
    const value = measure(text);
    if (cache.size >= MAX_KEPT) cache.clear();
    cache.set(text, value === undefined ? NONE : value);
    return value;
  };
}

export function remembered<T>(measure: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T | typeof NONE>();
  caches.push(cache);
  return keptIn(cache, measure);
}

/**
 * A look-up in Plume's fixed tables (a word's Lefff gender, its verb forms): the same answer for every
 * article, so kept from one article to the next, whose common words are mostly the last one's. Bounded
 * like the measures.
 */
export function rememberedForGood<T>(lookUp: (word: string) => T): (word: string) => T {
  return keptIn(new Map<string, T | typeof NONE>(), lookUp);
}

/** A new article: the measures kept for the last one go (a batch writes thousands). */
export function forgetMeasures(): void {
  for (const cache of caches) cache.clear();
}
