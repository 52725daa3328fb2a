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
    let value = cache.get(text);
    if (value === undefined) {
      value = measure(text);
      if (cache.size >= MAX_KEPT) cache.clear();
      cache.set(text, value);
    }
    return value;
  };
}

/** A new article: the measures kept for the last one go (a batch writes thousands). */
export function forgetMeasures(): void {
  for (const cache of caches) cache.clear();
}
