/**
 * Repetition guard: Plume's derived sentences (FAQ answers, figures, recaps) are accepted only
 * if they repeat no sentence and keep the share of word 4-grams seen three times or more low.
 */
import { remembered } from '../remember.js';
import { isDigitCode, isSpaceCode, isWordCode } from '../text.js';

/** The article's share of 4-gram occurrences seen three times or more (the judge's target is 6 %). */
const MAX_REPEATED_SHARE = 0.055;
/**
 * A source that repeats itself (a name of four words cited ten times) is over the share before
 * Plume writes a word: then a sentence is still accepted if few of its own 4-grams repeat (a
 * quarter; half for a source too thin to reach the minimum otherwise).
 */
export const MAX_CANDIDATE_SHARE = 0.25;

export interface RepetitionGuard {
  /** True when `text` can be added without a duplicate sentence, a sentence opening seen before, or too many repeated 4-grams. */
  accepts(text: string, options?: { readonly heading?: boolean }): boolean;
  /** Records a sentence; `copied` source sentences keep their openings out of the opening rule. */
  add(text: string, copied?: boolean): void;
  /** Refuses `text` from now on without counting its words: a heading cut from a sentence the article copies, whose words are that sentence's. */
  reserve(text: string): void;
  /** True when a sentence seen ends on `phrase` ("…, en particulier 14 920 passages et 87 décès."): a list said before, word for word. */
  endsWith(phrase: string): boolean;
  /** The same guard (what it has seen is shared) accepting restatements that repeat up to `share` of their 4-grams. */
  withCandidateShare(share: number): RepetitionGuard;
  /** A guard that has seen what this one has, each then seeing on its own. */
  copy(): RepetitionGuard;
}

/**
 * Characters that NFKC leaves as they are, or makes other characters that are no letters or digits either (a
 * no-break space a space, "…" three full stops), and that compose with nothing: a text of these alone has the key
 * it would have normalised. Most sentences are such texts, and normalize() copies every text it is given.
 */
const KEPT_BY_NFKC = /^[\u0000-\u00a0\u00ab\u00bb\u00c0-\u00ff\u0152\u0153\u2013\u2014\u2019\u2026\u202f]*$/;

/**
 * A run of characters that are no letters or digits, as the key writes it (one space), unless it is one space already:
 * a run that holds something else, or two spaces or more. Most runs are one space between two words, and each match
 * costs more than the pattern's look at them.
 */
const NOT_ONE_SPACE = /[^A-Za-zÀ-ÖØ-öø-ÿĀ-ſ0-9]*[^A-Za-zÀ-ÖØ-öø-ÿĀ-ſ0-9 ][^A-Za-zÀ-ÖØ-öø-ÿĀ-ſ0-9]*| {2,}/g;

/** The text in lower case, each run of characters that are no letters or digits one space, none at either end. */
// No u flag on these classes of BMP characters: the runs they match are the same, found twice as fast.
export const wordsKey = (text: string): string => text.toLowerCase().replace(NOT_ONE_SPACE, ' ').trim();

// NFKC: a typeset sentence ("la 14ᵉ place") is the same sentence as the source's ("la 14e place").
export const sentenceKey = (text: string): string => wordsKey(KEPT_BY_NFKC.test(text) ? text : text.normalize('NFKC'));

/** The words whose final letter an apostrophe elides ("l’", "qu’", "lorsqu’"), in lower case. */
const ELIDED = ['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'lorsqu', 'puisqu', 'jusqu', 'quoiqu'];

const isLetterCode = (c: number): boolean => isWordCode(c) && !isDigitCode(c);

/** A character of a word: a letter, a digit, ’ or a hyphen. */
const isWordPartCode = (c: number): boolean => isWordCode(c) || c === 0x2019 || c === 0x2d;

/** The apostrophe at `at` ends an elided word ("l’", "lorsqu’" after no letter) before a letter or a digit. */
function endsElision(text: string, at: number): boolean {
  if (!isWordCode(text.charCodeAt(at + 1))) return false;
  return ELIDED.some((word) => at >= word.length && text.startsWith(word, at - word.length) && !isLetterCode(text.charCodeAt(at - word.length - 1)));
}

/** The white space at `at` is one between the groups of a number ("7 000"): a digit before it, three after it. */
const joinsNumber = (text: string, at: number): boolean =>
  isDigitCode(text.charCodeAt(at - 1)) && isDigitCode(text.charCodeAt(at + 1)) && isDigitCode(text.charCodeAt(at + 2)) && isDigitCode(text.charCodeAt(at + 3));

/**
 * Words as a reader counts repetitions: an elided article is a word of its own ("d’ici" is "d’" and "ici"), a number
 * one word ("7 000"). The lower-case text read once by char code: the two replacements and the split on patterns
 * that made these words cost more than the rest of the guard's look at a sentence.
 */
function wordsOf(text: string): string[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  // The word being read: its part before `start` (a number's groups joined), and where its last part starts (-1 between words).
  let head = '';
  let start = -1;
  for (let at = 0; at < lower.length; at++) {
    const c = lower.charCodeAt(at);
    if ((c === 0x2019 || c === 0x27) && start >= 0 && endsElision(lower, at)) {
      words.push(`${head}${lower.slice(start, at)}’`);
      head = '';
      start = -1;
    } else if (isWordPartCode(c)) {
      if (start < 0) start = at;
    } else if (start >= 0 && isSpaceCode(c) && joinsNumber(lower, at)) {
      head += lower.slice(start, at);
      start = at + 1;
    } else if (start >= 0) {
      words.push(`${head}${lower.slice(start, at)}`);
      head = '';
      start = -1;
    }
  }
  if (start >= 0) words.push(`${head}${lower.slice(start)}`);
  return words;
}

/** A 4-gram as the guard counts it: a number made of its words' numbers, or its words when one has a number too large for that. */
type Gram = number | string;

/** Each word's number takes 13 bits: four of them make an exact number (52 bits). */
const WORD_BITS = 8192;

/**
 * The text's 4-grams, each as a number built from its words' numbers in `numbers` (given to new words as
 * they come): no string per 4-gram, and a number is quicker to look up than four words. One-to-one: two
 * 4-grams are the same Gram when they have the same words, whatever the guard saw first.
 */
export function fourGrams(text: string, numbers: Map<string, number>): Gram[] {
  const words = wordsOf(text);
  const ids = words.map((w) => {
    let id = numbers.get(w);
    if (id === undefined) numbers.set(w, (id = numbers.size));
    return id;
  });
  const grams: Gram[] = [];
  for (let i = 0; i + 4 <= words.length; i++) {
    const a = ids[i]!;
    const b = ids[i + 1]!;
    const c = ids[i + 2]!;
    const d = ids[i + 3]!;
    grams.push(Math.max(a, b, c, d) < WORD_BITS ? ((a * WORD_BITS + b) * WORD_BITS + c) * WORD_BITS + d : `${words[i]} ${words[i + 1]} ${words[i + 2]} ${words[i + 3]}`);
  }
  return grams;
}

/**
 * The first three words of a sentence (from its key, whose words are one space apart), lower case: no
 * two sentences Plume writes may share them. Undefined for a key of fewer than three words.
 */
function openingOf(key: string): string | undefined {
  const first = key.indexOf(' ');
  const second = first === -1 ? -1 : key.indexOf(' ', first + 1);
  if (second === -1) return undefined;
  const third = key.indexOf(' ', second + 1);
  return third === -1 ? key : key.slice(0, third);
}

/** Keys are asked for the same sentences again and again (each block, each writing level): kept per article. */
const keyOf = remembered(sentenceKey);

interface Seen {
  readonly sentences: Set<string>;
  readonly openings: Set<string>;
  readonly counts: Map<Gram, number>;
  /** The words' numbers of fourGrams, shared by every copy of the guard so that a 4-gram keeps its number. */
  readonly numbers: Map<string, number>;
  /**
   * The 4-grams of each text asked about, shared with `numbers`: a candidate is weighed, then another, then the first
   * is added, and each writing level weighs the same questions again (with only the last text kept, a third of the
   * cuts into 4-grams were done again). About fifty texts an article: too few to cost the garbage collector.
   */
  readonly grams: Map<string, Gram[]>;
  total: number;
  repeated: number;
}

function gramsOf(seen: Seen, text: string): Gram[] {
  let grams = seen.grams.get(text);
  if (grams === undefined) seen.grams.set(text, (grams = fourGrams(text, seen.numbers)));
  return grams;
}

/** `new Map(map)`, entry by entry: the constructor goes through the map's iterator, an array and a result object for each of thousands of 4-grams. */
function copyOf<K, V>(map: ReadonlyMap<K, V>): Map<K, V> {
  const copy = new Map<K, V>();
  map.forEach((value, key) => copy.set(key, value));
  return copy;
}

export function createGuard(maxCandidateShare = MAX_CANDIDATE_SHARE): RepetitionGuard {
  return guardOver({ sentences: new Set(), openings: new Set(), counts: new Map(), numbers: new Map(), grams: new Map(), total: 0, repeated: 0 }, maxCandidateShare);
}

function guardOver(seen: Seen, maxCandidateShare: number): RepetitionGuard {
  const { sentences, openings, counts } = seen;

  /** The article's share after adding `grams`, and the share of `grams` that would be seen three times. */
  const sharesAfter = (grams: readonly Gram[]): { article: number; own: number } => {
    let added = 0;
    let own = 0;
    // Each 4-gram once, at its first place, with how often the text says it: a look over a sentence's few 4-grams
    // costs less than a Map made for each candidate.
    for (let i = 0; i < grams.length; i++) {
      const gram = grams[i]!;
      if (grams.indexOf(gram) < i) continue;
      let n = 1;
      for (let j = i + 1; j < grams.length; j++) if (grams[j] === gram) n++;
      const before = counts.get(gram) ?? 0;
      const after = before + n;
      if (after >= 3) {
        added += before >= 3 ? n : after;
        own += n;
      }
    }
    return { article: (seen.repeated + added) / Math.max(1, seen.total + grams.length), own: own / Math.max(1, grams.length) };
  };

  return {
    accepts(text, { heading = false } = {}) {
      const key = keyOf(text);
      // Headings (FAQ questions among them) may share their opening words: "Qui est … ?".
      if (key === '' || sentences.has(key)) return false;
      const opening = heading ? undefined : openingOf(key);
      if (opening !== undefined && openings.has(opening)) return false;
      const { article, own } = sharesAfter(gramsOf(seen, text));
      return article <= MAX_REPEATED_SHARE || own <= maxCandidateShare;
    },
    add(text, copied = false) {
      const key = keyOf(text);
      sentences.add(key);
      if (!copied && !/[?]\s*$/u.test(text)) openings.add(openingOf(key) ?? key);
      for (const gram of gramsOf(seen, text)) {
        const before = counts.get(gram) ?? 0;
        counts.set(gram, before + 1);
        seen.total++;
        if (before + 1 === 3) seen.repeated += 3;
        else if (before + 1 > 3) seen.repeated++;
      }
    },
    reserve(text) {
      sentences.add(keyOf(text));
    },
    endsWith(phrase) {
      const key = sentenceKey(phrase);
      if (key === '') return false;
      for (const seenKey of sentences) if (seenKey === key || seenKey.endsWith(` ${key}`)) return true;
      return false;
    },
    withCandidateShare(share) {
      return guardOver(seen, share);
    },
    copy() {
      return guardOver({ ...seen, sentences: new Set(sentences), openings: new Set(openings), counts: copyOf(counts) }, maxCandidateShare);
    },
  };
}
