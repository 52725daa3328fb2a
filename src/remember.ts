/**
 * Measures kept for one article: the same texts are weighed again and again while one article is
 * written (each block, each writing level, then the report). Only pure functions of the text are
 * kept, so a kept answer is the answer: no output can change.
 *
 * Each measure reads its answers from its own slot of an array, and a new article puts a new Map in
 * every slot rather than clearing the old one: a cleared Map long promoted to V8's old space keeps
 * taking the article's young entries, which each scavenge then promotes too. Counted over 200
 * articles of one batch worker, 72.8 → 39.8 MB promoted to old space.
 */
type Kept<T> = Map<string, T | typeof NONE>;

/** The measures' answers for the article being made, one slot per measure (and per cache of keptForArticle). */
const slots: Map<unknown, unknown>[] = [];

/** Past this many texts a cache starts again: a long run of checks without a new article stays bounded. */
export const MAX_KEPT = 20_000;

/** An answer that is undefined ("does not apply"), as the caches hold it: one look-up tells a miss from it. */
const NONE = Symbol('none');

/** `measure`, its answers kept in the Map that `held[slot]` holds when it is called. */
function keptIn<T>(held: Kept<T>[], slot: number, measure: (text: string) => T): (text: string) => T {
  return (text) => {
    let cache = held[slot]!;
    const kept = cache.get(text);
    if (kept !== undefined) return kept === NONE ? (undefined as T) : kept;
    const value = measure(text);
    if (cache.size >= MAX_KEPT) held[slot] = cache = new Map();
    cache.set(text, value === undefined ? NONE : value);
    return value;
  };
}

export function remembered<T>(measure: (text: string) => T): (text: string) => T {
  const slot = slots.push(new Map()) - 1;
  return keptIn(slots as Kept<T>[], slot, measure);
}

/** What keptForArticle gives: a WeakMap's get and set. */
export interface ArticleCache<K extends object, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
}

/**
 * A cache keyed by one of the article's own objects (its sentences, its names, a list item), forgotten with the
 * measures. Not a WeakMap: node 20's scavenges keep a WeakMap's young entries alive, dead key or not, and promote
 * them to old space, where only a major collection frees them. With eleven such caches, 520 warm articles in one
 * thread (32 MB semi-spaces, as a batch worker) promoted 140 KB an article; with these, 64 KB, and the scavenges
 * paused 578 ms instead of 1 102.
 */
export function keptForArticle<K extends object, V>(): ArticleCache<K, V> {
  const slot = slots.push(new Map()) - 1;
  return {
    get: (key) => (slots[slot] as Map<K, V>).get(key),
    set: (key, value) => {
      let cache = slots[slot] as Map<K, V>;
      if (cache.size >= MAX_KEPT) slots[slot] = cache = new Map();
      cache.set(key, value);
    },
  };
}

/**
 * A look-up in Plume's fixed tables (a word's Lefff gender, its verb forms): the same answer for every
 * article, so kept from one article to the next, whose common words are mostly the last one's. Bounded
 * like the measures.
 */
export function rememberedForGood<T>(lookUp: (word: string) => T): (word: string) => T {
  return keptIn([new Map()] as Kept<T>[], 0, lookUp);
}

/** A new article: the measures kept for the last one go (a batch writes thousands). */
export function forgetMeasures(): void {
  for (let slot = 0; slot < slots.length; slot++) slots[slot] = new Map();
}
