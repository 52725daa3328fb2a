/**
 * Substance: whether a sentence says something of the source. DESIGN.md's measure of filler: a
 * sentence is fact-free when fewer than 30 % of its content words occur in the source. Content words
 * have four letters or more and are not French stopwords (stopwords-iso); an elided article and the
 * parts of a hyphenated word are words of their own; each is cut to a crude stem (accents folded,
 * plural -s/-x, -ment and a final -e dropped, then six letters) so that "puces" meets "puce" and
 * "annoncé" meets "annonce". Plume uses it to keep what it adds from the lexicon within the budget.
 */
import stopwords from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import { config } from '../config.js';
import { fold, isSpaceCode } from '../text.js';
import { remembered } from '../remember.js';

const frenchStopwords = new Set((stopwords as { fr: string[] }).fr.flatMap((word) => [word, fold(word)]));

const LETTERS = /\p{L}+/gu;
const ASCII_LOWER = /^[a-z]+$/;
const ELIDED = /^(?:l|d|j|m|n|s|t|c|qu|lorsqu|puisqu|jusqu|quoiqu)['’]/u;

/** The crude stem of a folded word: plural -s/-x, then -ment, then a final -e dropped; six letters. */
function stem(folded: string): string {
  let word = folded;
  if (word.endsWith('s') || word.endsWith('x')) word = word.slice(0, -1);
  if (word.endsWith('ment')) word = word.slice(0, -4);
  if (word.endsWith('e')) word = word.slice(0, -1);
  return word.slice(0, 6);
}

/** The stems of a text's content words, one per occurrence (kept per article: the fill asks again at each level). */
export const contentStems = remembered(stemsOf);

function stemsOf(text: string): string[] {
  const stems: string[] = [];
  const take = (word: string): void => {
    if (word.length < 4 || frenchStopwords.has(word)) return;
    // A word of a to z folds to itself (and was just looked up).
    if (ASCII_LOWER.test(word)) stems.push(stem(word));
    else {
      const folded = fold(word);
      if (!frenchStopwords.has(folded)) stems.push(stem(folded));
    }
  };
  const lower = text.toLowerCase();
  for (let start = 0, end = 0; start < lower.length; start = end) {
    while (start < lower.length && isSpaceCode(lower.charCodeAt(start))) start++;
    for (end = start; end < lower.length && !isSpaceCode(lower.charCodeAt(end)); ) end++;
    if (start === end) break;
    if (!lettersOf(lower, start, end, take)) for (const word of lower.slice(start, end).replace(ELIDED, '').match(LETTERS) ?? []) take(word);
  }
  return stems;
}

const ELIDED_AT = /(?:l|d|j|m|n|s|t|c|qu|lorsqu|puisqu|jusqu|quoiqu)['’]/uy;
const isApostrophe = (c: string | undefined): boolean => c === "'" || c === '’';

/** /\p{L}/u of each character below U+0300, filled on first use. */
const LETTER: (boolean | undefined)[] = [];

/**
 * The runs of letters of the token lower[start, end), its elided article dropped, given one by one to
 * `take`, as `token.replace(ELIDED, '').match(LETTERS)` finds them, without making the token. Below U+0300
 * a character is a letter or not on its own, and the general punctuation block (U+2010 to U+205E) has no
 * letter; false, having given nothing, when the token has any other character.
 */
function lettersOf(lower: string, start: number, end: number, take: (word: string) => void): boolean {
  for (let i = start; i < end; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 0x300 && !(c >= 0x2010 && c <= 0x205e)) return false;
  }
  let at = start;
  // The apostrophe of an elision ends one of the prefixes: after 1, 2, 5 or 6 letters.
  if (isApostrophe(lower[start + 1]) || isApostrophe(lower[start + 2]) || isApostrophe(lower[start + 5]) || isApostrophe(lower[start + 6])) {
    ELIDED_AT.lastIndex = start;
    if (ELIDED_AT.test(lower) && ELIDED_AT.lastIndex <= end) at = ELIDED_AT.lastIndex;
  }
  let run = -1;
  for (; at <= end; at++) {
    const c = at < end ? lower.charCodeAt(at) : -1;
    const letter = c >= 0 && c < 0x300 && (LETTER[c] ??= /\p{L}/u.test(String.fromCharCode(c)));
    if (letter && run === -1) run = at;
    else if (!letter && run !== -1) {
      take(lower.slice(run, at));
      run = -1;
    }
  }
  return true;
}

/** The stems of every content word of the source. */
export function sourceStems(texts: readonly string[]): ReadonlySet<string> {
  return new Set(texts.flatMap(contentStems));
}

/** True when fewer than `config.groundedShare` of the sentence's content words are the source's (or it has none). */
export function isFactFree(text: string, source: ReadonlySet<string>): boolean {
  const stems = contentStems(text);
  if (!stems.length) return true;
  return stems.filter((s) => source.has(s)).length < config.groundedShare * stems.length;
}

/** The set of contentStems, kept per article: each bullet is weighed against every body sentence. */
const stemSet = remembered((text: string): ReadonlySet<string> => new Set(contentStems(text)));

/** The share of `text`'s content words that `other` holds too (0 when `text` has none). */
export function wordsSharedWith(text: string, other: string): number {
  const own = contentStems(text);
  const theirs = stemSet(other);
  return own.length ? own.filter((stem) => theirs.has(stem)).length / own.length : 0;
}
