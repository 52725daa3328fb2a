/** Small text helpers shared by several stages. */
import { remembered } from './remember.js';

// Latin letters only: a [A-Za-zÀ-ÖØ-öø-ÿĀ-ſ] class makes every pattern 20 times slower to compile, and French needs no more.
const WORD_CHAR = '[0-9A-Za-zÀ-ÖØ-öø-ÿŒœÆæ_]';
const UNICODE_BOUNDARY = `(?:(?<!${WORD_CHAR})(?=${WORD_CHAR})|(?<=${WORD_CHAR})(?!${WORD_CHAR}))`;

const compiledPatterns = new Map<string, RegExp>();

/**
 * A case-insensitive regular expression whose \b also knows accented letters (JavaScript's does not).
 * Compiled once per pattern: callers must not rely on lastIndex (use matchAll, which copies it).
 */
export function frenchRegExp(pattern: string, flags = 'iu'): RegExp {
  const key = `${flags}/${pattern}`;
  let compiled = compiledPatterns.get(key);
  if (!compiled) {
    compiled = new RegExp(pattern.replace(/\\b/g, UNICODE_BOUNDARY), flags);
    compiledPatterns.set(key, compiled);
  }
  return compiled;
}

/** Words as the judge and Yoast count them: digit groups are one word, elided articles are words of their own. */
export function countWords(text: string): number {
  const joined = text.replace(/(\d)[\s\u00A0\u202F](?=\d{3}(?!\d))/g, '$1');
  let count = 0;
  for (const token of joined.split(/[\s\u00A0\u202F]+/)) {
    if (!/[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ0-9]/u.test(token)) continue;
    const elided = token.match(/^(?:[ldjmntsc]|qu|lorsqu|puisqu|jusqu|quoiqu)[’'](?=[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ])/iu);
    count += elided ? 2 : 1;
  }
  return count;
}

/** countWords, kept for the article being written: its blocks are counted again at each writing level and in the report. */
export const countWordsOf = remembered(countWords);

/**
 * countWords of `texts` joined by line breaks, each text counted by countWordsOf. The join changes one
 * thing: a text ending in a digit and the next starting with a group of three ("… 12" / "000 …") make
 * one number, one word less.
 */
export function countJoinedWords(texts: readonly string[]): number {
  let count = 0;
  texts.forEach((text, i) => {
    count += countWordsOf(text);
    if (i > 0 && /\d$/.test(texts[i - 1]!) && /^\d{3}(?!\d)/.test(text)) count--;
  });
  return count;
}

/** Lower case, no accents, one kind of apostrophe and space: for comparing, never for output. */
export const fold = remembered(foldText);

function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '’')
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .trim();
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('fr') + text.slice(1);
}

/** A string as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Stable 32-bit FNV-1a hash of a string. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The order of last resort between two texts (ties of a ranking): code points, the same on every
 * machine. `localeCompare` follows the machine's locale and sets up ICU's collator on its first call
 * (about 10 ms of a cold start).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
