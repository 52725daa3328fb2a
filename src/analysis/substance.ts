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
import { fold } from '../text.js';
import { remembered } from '../remember.js';

const frenchStopwords = new Set((stopwords as { fr: string[] }).fr.flatMap((word) => [word, fold(word)]));

const LETTERS = /\p{L}+/gu;
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
  for (const token of text.toLowerCase().split(/\s+/u)) {
    for (const word of token.replace(ELIDED, '').match(LETTERS) ?? []) {
      if (word.length < 4 || frenchStopwords.has(word)) continue;
      const folded = fold(word);
      if (!frenchStopwords.has(folded)) stems.push(stem(folded));
    }
  }
  return stems;
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

/** The share of `text`'s content words that `other` holds too (0 when `text` has none). */
export function wordsSharedWith(text: string, other: string): number {
  const own = contentStems(text);
  const theirs = new Set(contentStems(other));
  return own.length ? own.filter((stem) => theirs.has(stem)).length / own.length : 0;
}
