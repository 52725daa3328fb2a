/**
 * Measures kept for one article: the same texts are weighed again and again while one article is
 * written (each block, each writing level, then the report). Only pure functions of the text are
 * kept, so a kept answer is the answer: no output can change.
 */
const caches: Map<string, unknown>[] = [];

/** Past this many texts a cache starts again: a long run of checks without a new article stays bounded. */
const MAX_KEPT = 20_000;

export function remembered<T>(measure: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  caches.push(cache);
  return (text) => {
    // An answer may be undefined ("does not apply"): kept too.
    if (cache.has(text)) return cache.get(text)!;
    const value = measure(text);
    if (cache.size >= MAX_KEPT) cache.clear();
    cache.set(text, value);
    return value;
  };
}

/** remembered for a measure of several arguments: `key` names them as one string (different arguments, different keys). */
export function rememberedBy<A extends readonly unknown[], T>(key: (...args: A) => string, measure: (...args: A) => T): (...args: A) => T {
  const cache = new Map<string, T>();
  caches.push(cache);
  return (...args) => {
    const name = key(...args);
    if (cache.has(name)) return cache.get(name)!;
    const value = measure(...args);
    if (cache.size >= MAX_KEPT) cache.clear();
    cache.set(name, value);
    return value;
  };
}

/** A new article: the measures kept for the last one go (a batch writes thousands). */
export function forgetMeasures(): void {
  for (const cache of caches) cache.clear();
}
