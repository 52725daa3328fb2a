/**
 * Is a French sentence in the passive voice? Yoast's heuristic (languages/fr: getClauses, Clause,
 * getParticiples), on its word lists (lexicon/assessments-fr.json):
 *
 * 1. the sentence is cut into clauses at every form of "être", every clause breaker ("et", "qui",
 *    "lorsque"…) and every comma; a form of "être" right after a reflexive pronoun ("se", "s'y") or
 *    glued to "c'", "s'" or "peut-" does not start a clause;
 * 2. a clause holding a form of "être" (not followed by "le", "la", "les", "une"…) is passive when one
 *    of its words is a past participle: a word ending in -é, -ée, -és, -ées or an irregular
 *    participle (pris, mis, fait…), unless it is listed as an adjective, a noun or a non-participle,
 *    starts with l' or d', follows a word that cannot precede a participle ("le", "à"…), or comes
 *    after a word that cannot stand between the auxiliary and the participle ("a", "avait"…).
 */
import { isSpaceCode, lowerCase } from '../../../text.js';
import { assessmentLexicon } from '../lexicon.js';
import { removePunctuation } from './words.js';
import { allMatches } from '../../../analysis/matches.js';

/** Yoast's word boundaries (config/wordBoundaries). */
const WORD_BOUNDARIES = new Set([' ', '\n', '\r', '\t', '\u00a0', '\u06d4', '\u061f', '\u060C', '\u061B', '.', ',', "'", '(', ')', '"', '+', '-', ';', '!', '?', ':', '/', '»', '«', '‹', '›', '<', '>', '”', '“', '〝', '〞', '〟', '‟', '„']);
export const BOUNDARY_CLASS = ' \\u00a0\\u2014\\u06d4\\u061f\\u060C\\u061B\\n\\r\\t.,()”“〝〞〟‟„"+\\-;!¡?¿:/»«‹›<>';
export const APOSTROPHES = "'‘’‛`";

interface Found {
  readonly index: number;
  readonly match: string;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const stripSpaces = (text: string): string => text.replace(/\s{2,}/g, ' ').replace(/\s\.$/, '.').replace(/^\s+|\s+$/g, '');

/** A word between boundaries; the boundary before it is part of the match, as in Yoast's regexes. */
export function boundedPattern(words: readonly string[], flags: string): RegExp {
  const alternatives = words.map((w) => `(?:^|[${BOUNDARY_CLASS}${APOSTROPHES}])${w}(?:$|(?=[${BOUNDARY_CLASS}])|[${APOSTROPHES}][${BOUNDARY_CLASS}])`);
  return new RegExp(alternatives.join('|'), flags);
}

/** The characters of BOUNDARY_CLASS and APOSTROPHES one by one, for matching by hand (a test checks they are the classes' own). */
export const BOUNDARY_CHARS: ReadonlySet<string> = new Set(' \u00a0\u2014\u06d4\u061f\u060C\u061B\n\r\t.,()”“〝〞〟‟„"+-;!¡?¿:/»«‹›<>');
export const APOSTROPHE_CHARS: ReadonlySet<string> = new Set(APOSTROPHES);

/**
 * Which of those sets and of WORD_BOUNDARIES each character is in, by its code (all of them are in the BMP): the scans
 * below test every character of every clause, and a look-up in an array costs less than one in a set of strings.
 */
const BOUNDARY = 1;
const APOSTROPHE = 2;
const WORD_BOUNDARY = 4;
const KINDS = new Uint8Array(0x10000);
for (const [chars, kind] of [[BOUNDARY_CHARS, BOUNDARY], [APOSTROPHE_CHARS, APOSTROPHE], [WORD_BOUNDARIES, WORD_BOUNDARY]] as const) for (const c of chars) KINDS[c.charCodeAt(0)]! |= kind;

/** Whether the character at `at` is of `kind`: never before the text's start or past its end. */
const isAt = (text: string, at: number, kind: number): boolean => ((KINDS[text.charCodeAt(at)] ?? 0) & kind) !== 0;

/**
 * Lower-case words, in their order, under the codes of the two characters each starts with (a word of one character
 * under its own, and in every pair it starts): "s" alone opens forty auxiliaries, "so" ten, and each is a startsWith.
 */
export interface WordIndex {
  readonly pairs: ReadonlyMap<number, readonly string[]>;
  readonly singles: ReadonlyMap<number, readonly string[]>;
}

/** The key of the pair of char codes `a`, `b`: NaN (no pair) past the end of a text. */
const pairOf = (a: number, b: number): number => a * 0x10000 + b;

/** The index of words of one character or more. */
export function indexWords(words: readonly string[]): WordIndex {
  const pairs = new Map<number, string[]>();
  const singles = new Map<number, string[]>();
  const firstCodes = new Set(words.filter((w) => w.length > 1).map((w) => pairOf(w.charCodeAt(0), w.charCodeAt(1))));
  for (const w of words) {
    const first = w.charCodeAt(0);
    if (w.length > 1) {
      const key = pairOf(first, w.charCodeAt(1));
      pairs.set(key, [...(pairs.get(key) ?? []), w]);
      continue;
    }
    singles.set(first, [...(singles.get(first) ?? []), w]);
    // A word of one character may stand wherever a pair starts with it: in each such pair's list, in its order.
    for (const key of firstCodes) if (Math.floor(key / 0x10000) === first) pairs.set(key, [...(pairs.get(key) ?? []), w]);
  }
  return { pairs, singles };
}

/** Where `word` ends in `text` if it starts at `at` and is followed as boundedPattern requires (the end, a boundary, or an apostrophe and a boundary); else -1. */
function boundedEnd(text: string, word: string, at: number): number {
  if (!text.startsWith(word, at)) return -1;
  const end = at + word.length;
  if (end === text.length || isAt(text, end, BOUNDARY)) return end;
  return isAt(text, end, APOSTROPHE) && isAt(text, end + 1, BOUNDARY) ? end + 2 : -1;
}

/**
 * Where the match of boundedPattern(words, 'gi') that starts at `at` ends, -1 when none does: the words in their order,
 * each first at the very start of the text (^), then after the boundary at `at`.
 */
function boundedAt(words: readonly string[], index: WordIndex, text: string, at: number): number {
  const bounded = isAt(text, at, BOUNDARY | APOSTROPHE);
  if (at === 0) {
    const first = text.charCodeAt(0);
    const second = text.charCodeAt(1);
    for (const word of words) {
      // A word can only start where the text holds its first character: most are told without a startsWith.
      const opens = word.charCodeAt(0);
      if (opens !== first && (!bounded || opens !== second)) continue;
      let end = boundedEnd(text, word, 0);
      if (end === -1 && bounded) end = boundedEnd(text, word, 1);
      if (end !== -1) return end;
    }
    return -1;
  }
  if (!bounded) return -1;
  const opens = text.charCodeAt(at + 1);
  const listed = index.pairs.get(pairOf(opens, text.charCodeAt(at + 2))) ?? index.singles.get(opens);
  if (listed !== undefined) {
    for (const word of listed) {
      const end = boundedEnd(text, word, at + 1);
      if (end !== -1) return end;
    }
  }
  return -1;
}

/**
 * The first position from `from` on where a boundary or an apostrophe stands, the text's length when none does: past the
 * text's start, a match starts only there (boundedAt), and the characters between are not looked at one call each.
 */
function nextBounded(text: string, from: number): number {
  let at = from;
  while (at < text.length && (KINDS[text.charCodeAt(at)]! & (BOUNDARY | APOSTROPHE)) === 0) at++;
  return at;
}

/**
 * `text.match(boundedPattern(words, 'gi'))` for a lower-case text and lower-case words (one character or more), without
 * running the pattern: an alternation of a hundred words is slow on every clause. The regex's order is kept (boundedAt).
 * With `first`, stops at the first match.
 */
export function boundedMatches(words: readonly string[], index: WordIndex, text: string, first = false): string[] {
  const found: string[] = [];
  for (let at = 0; at < text.length; ) {
    const end = boundedAt(words, index, text, at);
    if (end === -1) {
      at = nextBounded(text, at + 1);
      continue;
    }
    found.push(text.slice(at, end));
    if (first) break;
    at = end;
  }
  return found;
}

/** Where `pattern` (global) matches in `text`, as indices and matched text. */
const matchesOf = (pattern: RegExp, text: string): Found[] => allMatches(pattern, text).map((m) => ({ index: m.index, match: m[0] }));

const searches = new Map<string, RegExp>();

/** Latin script only: there, a lower-case text matches a lower-case word under the i flag exactly where it holds it. */
const LATIN = /^[\u0000-\u024f]*$/;

/** `word` as indicesOfWords looks for it: spaces trimmed, and lower-cased for the quick test. Kept per word (the lists are fixed). */
const prepared = new Map<string, Prepared>();

interface Prepared {
  readonly word: string;
  readonly lower: string;
  /** pairKey of the first two code units of `lower`, -1 when it has fewer. */
  readonly pair: number;
  /** The word is lower case and of Latin script, not empty: in a lower-case Latin text, searchWord finds it as its pattern would. */
  readonly latin: boolean;
}

/** A pair of code units hashed to 12 bits: pairs of a text are marked in PAIRS, so most words absent from it are told in one look-up. */
const pairKey = (a: number, b: number): number => (Math.imul(a, 31) ^ b) & 0xfff;
const PAIRS = new Uint8Array(0x1000);

/**
 * The opening of the run from `start` to `end` (not empty): pairKey of its first two code units, the second 0 when it
 * has one. Runs that open as none of a list's words are told by one look-up in the list's OpeningBits, not sliced.
 */
const openingOf = (text: string, start: number, end: number): number => pairKey(text.charCodeAt(start), end - start > 1 ? text.charCodeAt(start + 1) : 0);

/** The openings of `words` (none empty), marked: a run whose opening is unmarked is none of them (a marked one may be). */
function openingBits(words: Iterable<string>): Uint8Array {
  const bits = new Uint8Array(0x1000);
  for (const word of words) bits[openingOf(word, 0, word.length)] = 1;
  return bits;
}

function prepare(w: string): Prepared {
  let found = prepared.get(w);
  if (!found) {
    const word = stripSpaces(w);
    const lower = lowerCase(word);
    found = { word, lower, pair: lower.length < 2 ? -1 : pairKey(lower.charCodeAt(0), lower.charCodeAt(1)), latin: word !== '' && word === lower && LATIN.test(word) };
    prepared.set(w, found);
  }
  return found;
}

/** The pattern isWordInSentence runs: the word between boundaries, case aside. */
export function wordSearchPattern(word: string): RegExp {
  let search = searches.get(word);
  if (!search) {
    search = new RegExp(`(?:^|[${BOUNDARY_CLASS}${APOSTROPHES}])${escape(word)}(?:$|[${BOUNDARY_CLASS}]|[${APOSTROPHES}][${BOUNDARY_CLASS}])`, 'i');
    searches.set(word, search);
  }
  return search;
}

/**
 * `text.search(wordSearchPattern(word))` for a lower-case text and word of Latin script, found by indexOf: the
 * first index where the pattern matches (the boundary before the word, or 0), -1 when none does.
 */
export function searchWord(word: string, text: string): number {
  const endsWell = (end: number): boolean => end === text.length || isAt(text, end, BOUNDARY) || (isAt(text, end, APOSTROPHE) && isAt(text, end + 1, BOUNDARY));
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (at === 0 && endsWell(word.length)) return 0;
    if (at > 0 && isAt(text, at - 1, BOUNDARY | APOSTROPHE) && endsWell(at + word.length)) return at - 1;
  }
  return -1;
}

/**
 * `lowerSentence` is `sentence.toLowerCase()`, computed once by the caller for a whole list of words; `latin`
 * says that the sentence is lower case and of Latin script (searchWord then finds what the pattern would, for a
 * word that is too: told once per word, in prepare).
 */
function isWordInSentence({ word, lower, latin: latinWord }: Prepared, sentence: string, lowerSentence: string, latin: boolean): boolean {
  if (!lowerSentence.includes(lower)) return false;
  let start = latin && latinWord ? searchWord(word, sentence) : sentence.search(wordSearchPattern(word));
  if (start === -1) return false;
  if (start > 0) start += 1;
  const end = start + word.length;
  return (isAt(sentence, start - 1, WORD_BOUNDARY) || start === 0) && (isAt(sentence, end, WORD_BOUNDARY) || end === sentence.length);
}

function indicesOfWord(word: string, text: string): Found[] {
  const found: Found[] = [];
  let from = 0;
  let at: number;
  while ((at = text.indexOf(word, from)) > -1) {
    if ((isAt(text, at - 1, WORD_BOUNDARY) || at === 0) && (isAt(text, at + word.length, WORD_BOUNDARY) || text.length === at + word.length)) found.push({ index: at, match: word });
    from = at + word.length;
  }
  return found;
}

/**
 * A fixed list's words, prepared once, under the first run of their letters (up to a boundary of
 * WORD_BOUNDARIES): indicesOfWord finds a word only where the text has that run whole, starting at a
 * boundary. `anywhere`: words that start with a boundary, which any text may hold.
 */
interface IndexedList {
  readonly byFirstRun: ReadonlyMap<string, readonly { readonly order: number; readonly word: Prepared }[]>;
  readonly anywhere: readonly { readonly order: number; readonly word: Prepared }[];
  /** The first runs' openings (openingBits) and the longest's length: a run of the text that opens otherwise, or is longer, is none of them. */
  readonly openings: Uint8Array;
  readonly longestRun: number;
}

const indexedLists = new WeakMap<readonly string[], IndexedList>();

/** The end of the run of non-boundary characters that starts at `from`. */
function runEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && (KINDS[text.charCodeAt(end)]! & WORD_BOUNDARY) === 0) end++;
  return end;
}

function indexedList(words: readonly string[]): IndexedList {
  let list = indexedLists.get(words);
  if (!list) {
    const byFirstRun = new Map<string, { order: number; word: Prepared }[]>();
    const anywhere: { order: number; word: Prepared }[] = [];
    words.forEach((w, order) => {
      const word = prepare(w);
      const first = word.word.slice(0, runEnd(word.word, 0));
      if (first === '') anywhere.push({ order, word });
      else byFirstRun.set(first, [...(byFirstRun.get(first) ?? []), { order, word }]);
    });
    const runs = [...byFirstRun.keys()];
    list = { byFirstRun, anywhere, openings: openingBits(runs), longestRun: Math.max(0, ...runs.map((run) => run.length)) };
    indexedLists.set(words, list);
  }
  return list;
}

/**
 * The words of a fixed list that `text` may hold, in the list's order: those whose first run is one of the text's.
 * Only a run that opens as one of them and is no longer is sliced and looked up (most of a sentence's words are not).
 */
function candidatesIn(words: readonly string[], text: string): Prepared[] {
  const { byFirstRun, anywhere, openings, longestRun } = indexedList(words);
  const found = [...anywhere];
  const bounds = runsOf(text);
  for (let i = 0; i < bounds.length; i += 2) {
    const start = bounds[i]!;
    const end = bounds[i + 1]!;
    if (end - start > longestRun || openings[openingOf(text, start, end)] === 0) continue;
    const listed = byFirstRun.get(text.slice(start, end));
    if (listed) for (const entry of listed) if (!found.includes(entry)) found.push(entry);
  }
  return found.sort((a, b) => a.order - b.order).map((entry) => entry.word);
}

/** The runs of the last text asked for: clauseBreakers looks up two lists in the same text. */
let lastRuns: { readonly text: string; readonly bounds: readonly number[] } | undefined;

/** The text's runs of characters other than WORD_BOUNDARIES, in order, each as its start and its end: read by char code, none sliced. */
function runsOf(text: string): readonly number[] {
  if (lastRuns?.text === text) return lastRuns.bounds;
  const bounds: number[] = [];
  for (let start = 0; start < text.length; ) {
    if ((KINDS[text.charCodeAt(start)]! & WORD_BOUNDARY) !== 0) {
      start++;
      continue;
    }
    const end = runEnd(text, start + 1);
    bounds.push(start, end);
    start = end;
  }
  lastRuns = { text, bounds };
  return bounds;
}

/**
 * Where the words of `words` are in `text`, word by word in the list's order; `fixed`: a list of the lexicon, indexed once.
 * `latin`, when given, says that the caller knows the text to be lower case (toLowerCase gives back any text it made, and
 * a clause cut from one) and whether it is of Latin script: a sentence's two lists and its clauses are not lowered again
 * (ICU's work for a text stored two bytes a character, as most typeset ones are).
 */
function indicesOfWords(words: readonly string[], text: string, fixed = false, latin?: boolean): Found[] {
  const lowerText = latin === undefined ? text.toLowerCase() : text;
  const isLatin = latin ?? (lowerText === text && LATIN.test(text));
  const found: Found[] = [];
  if (fixed) {
    for (const word of candidatesIn(words, text)) if (isWordInSentence(word, text, lowerText, isLatin)) found.push(...indicesOfWord(word.word, text));
    return found;
  }
  // A word can only be in the text if its first two code units are a pair of the text (lowerText.includes(lower) says the rest).
  for (let i = 1; i < lowerText.length; i++) PAIRS[pairKey(lowerText.charCodeAt(i - 1), lowerText.charCodeAt(i))] = 1;
  for (const w of words) {
    const word = prepare(w);
    if (word.pair !== -1 && PAIRS[word.pair] === 0) continue;
    if (isWordInSentence(word, text, lowerText, isLatin)) found.push(...indicesOfWord(word.word, text));
  }
  for (let i = 1; i < lowerText.length; i++) PAIRS[pairKey(lowerText.charCodeAt(i - 1), lowerText.charCodeAt(i))] = 0;
  return found;
}

function filterOverlaps(indices: readonly Found[]): Found[] {
  const sorted = [...indices].sort((a, b) => a.index - b.index);
  const kept: Found[] = [];
  for (let i = 0; i < sorted.length; i++) {
    kept.push(sorted[i]!);
    if (sorted[i + 1] !== undefined && sorted[i + 1]!.index < sorted[i]!.index + sorted[i]!.match.length) i++;
  }
  return kept;
}

interface PassiveData {
  readonly auxiliaries: readonly string[];
  readonly auxiliaryWords: ReadonlySet<string>;
  readonly longestAuxiliaryWord: number;
  /**
   * The openings of auxiliaryWords (openingBits of their first two characters: "es", "so", "se", "ét", "fu"…): a run that opens
   * otherwise is none of them, and is neither sliced nor looked up ("sa", "sur", "et", "en", "écrit").
   */
  readonly auxiliaryOpenings: Uint8Array;
  /** The auxiliaries by their first two characters, for boundedMatches. */
  readonly auxiliaryIndex: WordIndex;
  readonly reflexive: RegExp;
  readonly elision: RegExp;
  readonly following: RegExp;
  readonly breakers: readonly string[];
  /** The irregular participles with the endings Yoast allows them (-e, -s, -es), lower case like the clause words they are looked up with. */
  readonly irregular: ReadonlySet<string>;
  readonly invariable: ReadonlySet<string>;
  readonly notParticiples: ReadonlySet<string>;
  readonly adjectives: ReadonlySet<string>;
  readonly nouns: ReadonlySet<string>;
  readonly cannotPrecede: ReadonlySet<string>;
  readonly cannotComeBetween: ReadonlySet<string>;
}

let data: PassiveData | undefined;

function passiveData(): PassiveData {
  if (data) return data;
  const p = assessmentLexicon().passive;
  data = {
    auxiliaries: p.auxiliaries,
    // Every auxiliary holds one of these words ("n'est", "est-il" hold "est"): without one, no passive.
    auxiliaryWords: new Set(p.auxiliaries.filter((w) => /^[a-zà-ÿœæ]+$/.test(w))),
    longestAuxiliaryWord: Math.max(0, ...p.auxiliaries.filter((w) => /^[a-zà-ÿœæ]+$/.test(w)).map((w) => w.length)),
    auxiliaryOpenings: openingBits(p.auxiliaries.filter((w) => /^[a-zà-ÿœæ]+$/.test(w))),
    auxiliaryIndex: indexWords(p.auxiliaries),
    reflexive: boundedPattern(['se', 'me', 'te', "s'y", "m'y", "t'y", 'nous nous', 'vous vous'], 'gi'),
    elision: new RegExp(["c'", "s'", 'peut-'].map((w) => `(?:${w})`).join('|'), 'gi'),
    following: boundedPattern(['le', 'la', 'les', 'une', "l'un", "l'une"], 'gi'),
    breakers: p.clauseBreakers,
    // A set of forms rather than Yoast's regex per participle (^pris(?:e|s|es)?$): one look-up per word instead of 500 tests.
    irregular: new Set([
      ...p.irregularParticiples.flatMap((w) => ['', 'e', 's', 'es'].map((end) => `${w}${end}`.toLowerCase())),
      ...p.irregularParticiplesEndingInS.flatMap((w) => ['', 'e', 'es'].map((end) => `${w}${end}`.toLowerCase())),
    ]),
    invariable: new Set(p.irregularParticiplesInvariable),
    notParticiples: new Set(p.notParticiples),
    adjectives: new Set(p.adjectivesAndVerbs),
    nouns: new Set(p.nouns),
    cannotPrecede: new Set(p.cannotDirectlyPrecedeParticiple),
    cannotComeBetween: new Set(p.cannotComeBetweenAuxiliaryAndParticiple),
  };
  return data;
}

/** [a-zà-ÿœæ], by char code: the letters of the runs holdsAuxiliaryWord reads. */
const isRunCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xe0 && c <= 0xff) || c === 0x153;

/**
 * `text.split(/[^a-zà-ÿœæ]+/).some((w) => d.auxiliaryWords.has(w))`, scanned: a run of those letters that is
 * one of auxiliaryWords. Without one, no auxiliary (most sentences and clauses are told here).
 */
function holdsAuxiliaryWord(text: string, d: PassiveData): boolean {
  for (let start = 0; start < text.length; ) {
    let end = start;
    while (end < text.length && isRunCode(text.charCodeAt(end))) end++;
    if (end > start && end - start <= d.longestAuxiliaryWord && d.auxiliaryOpenings[openingOf(text, start, end)] === 1 && d.auxiliaryWords.has(text.slice(start, end))) return true;
    start = end + 1;
  }
  return false;
}

/** Auxiliaries preceded by a reflexive pronoun ("se sont") are not passive auxiliaries; `reflexives` are the text's. */
const afterReflexive = (reflexives: readonly Found[], aux: Found): boolean => reflexives.some((r) => r.index + r.match.length + 1 === aux.index);

/** Where a lower-case sentence's clauses start. */
function clauseBreakers(sentence: string, d: PassiveData): Found[] {
  const latin = LATIN.test(sentence);
  const elisions = matchesOf(d.elision, sentence);
  const reflexives = matchesOf(d.reflexive, sentence);
  const auxiliaries = indicesOfWords(d.auxiliaries, sentence, true, latin)
    .filter((aux) => !afterReflexive(reflexives, aux))
    .filter((aux) => !elisions.some((e) => e.index + e.match.length === aux.index));
  const commas = matchesOf(/(,)(?=[ \n\r\t'"+\-»«‹›<>])/g, sentence);
  return filterOverlaps([...auxiliaries, ...indicesOfWords(d.breakers, sentence, true, latin), ...commas]);
}

/** The auxiliaries of a lower-case clause that holds one of auxiliaryWords (its caller told it: stripping its spaces changes no run of letters). */
function clauseAuxiliaries(clause: string, d: PassiveData): string[] {
  const matches = boundedMatches(d.auxiliaries, d.auxiliaryIndex, clause);
  if (matches.length === 0) return [];
  const following = matchesOf(d.following, clause);
  const reflexives = matchesOf(d.reflexive, clause);
  return indicesOfWords(matches, clause, false, LATIN.test(clause))
    .filter((aux) => !afterReflexive(reflexives, aux))
    .filter((aux) => !following.some((f) => f.index === aux.index + aux.match.length))
    .map((aux) => aux.match);
}

/**
 * `text.replace(/\u2014/g, ' ').split(/\s/).map(removePunctuation).filter((w) => w.trim() !== '')`, read by char code:
 * the words between white space and em dashes, without the punctuation at their ends.
 */
function words(text: string): string[] {
  const found: string[] = [];
  for (let start = 0; start < text.length; ) {
    let end = start;
    while (end < text.length && !isSpaceCode(text.charCodeAt(end)) && text.charCodeAt(end) !== 0x2014) end++;
    if (end > start) {
      const word = removePunctuation(text.slice(start, end));
      if (word !== '') found.push(word);
    }
    start = end + 1;
  }
  return found;
}

/** The characters that may follow a participle's ending inside a word: [ \n\r\t.,'()"+\-;!?:/»«‹›<>]. */
const AFTER_ENDING = new Set([...' \n\r\t.,\'()"+-;!?:/»«‹›<>'].map((c) => c.charCodeAt(0)));

/** Whether a participle's ending (é, ée, és, ées, in either case) closes at `at`: the word ends there or AFTER_ENDING follows. */
const closesAt = (word: string, at: number): boolean => at === word.length || AFTER_ENDING.has(word.charCodeAt(at));

/** [eE] and [sS] at `at`. */
const isEAt = (word: string, at: number): boolean => (word.charCodeAt(at) | 0x20) === 0x65;
const isSAt = (word: string, at: number): boolean => (word.charCodeAt(at) | 0x20) === 0x73;

/**
 * `/\S(?:é|ée|és|ées)(?:$|[ \n\r\t.,'()"+\-;!?:/»«‹›<>])/i.test(word)`, by char code: an é after a character that is
 * no white space, then e, s, es or nothing, then the end or AFTER_ENDING. A pattern run on each word of each clause
 * cost more than the rest of the test.
 */
export function hasParticipleEnding(word: string): boolean {
  for (let at = 1; at < word.length; at++) {
    const c = word.charCodeAt(at);
    if ((c !== 0xe9 && c !== 0xc9) || isSpaceCode(word.charCodeAt(at - 1))) continue;
    const next = at + 1;
    if (closesAt(word, next) || ((isEAt(word, next) || isSAt(word, next)) && closesAt(word, next + 1)) || (isEAt(word, next) && isSAt(word, next + 1) && closesAt(word, next + 2))) return true;
  }
  return false;
}

function isParticiple(word: string, d: PassiveData): boolean {
  return hasParticipleEnding(word) || d.irregular.has(word) || d.invariable.has(word);
}

function isException(participle: string, clauseWords: readonly string[], d: PassiveData): boolean {
  if (participle.startsWith("l'") || participle.startsWith("d'") || d.notParticiples.has(participle)) return true;
  const adjective = participle.endsWith('es') ? participle.slice(0, -2) : /[es]$/.test(participle) ? participle.slice(0, -1) : participle;
  if (d.adjectives.has(participle) || d.adjectives.has(adjective)) return true;
  if (d.nouns.has(participle) || (participle.endsWith('s') && d.nouns.has(participle.slice(0, -1)))) return true;
  const at = clauseWords.indexOf(participle);
  if (at >= 1 && d.cannotPrecede.has(clauseWords[at - 1]!)) return true;
  return at >= 1 && clauseWords.slice(0, at).some((w) => d.cannotComeBetween.has(w));
}

export function isPassiveSentence(sentence: string): boolean {
  const d = passiveData();
  // Most sentences hold no auxiliary word, which the quotes, no letters of its runs, can neither make nor break: told first.
  const lower = sentence.toLowerCase();
  if (!holdsAuxiliaryWord(lower, d)) return false;
  const text = lower.replace(/[‘’‛`‹›]/g, "'");
  if (boundedMatches(d.auxiliaries, d.auxiliaryIndex, text, true).length === 0) return false;
  const breakers = clauseBreakers(text, d);
  return breakers.some((breaker, i) => {
    const slice = text.slice(breaker.index, breakers[i + 1]?.index ?? text.length);
    // So do most clauses, and white space is no letter either: told before the spaces are stripped.
    if (!holdsAuxiliaryWord(slice, d)) return false;
    const clause = stripSpaces(slice);
    if (clauseAuxiliaries(clause, d).length === 0) return false;
    const found = words(clause);
    const clauseWords = found.map(lowerCase);
    return found.some((w) => isParticiple(w, d) && !isException(w, clauseWords, d));
  });
}
