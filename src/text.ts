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

const STARTS_WORD = new RegExp(`^${WORD_CHAR}`, 'u');
const ENDS_WORD = new RegExp(`${WORD_CHAR}$`, 'u');

/** `words` as the alternatives of a pattern, escaped, the longest first (a pattern tries them in order: "d’ici" before "d’"). */
export function alternativesOf(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

/**
 * frenchRegExp(`\\b(?:words)\\b`), the longest word first: any of `words` as a whole word. When each word starts and
 * ends with a letter, only one side of each \b can hold there, and the pattern looks at that side alone: the
 * look-arounds, tried at every character, cost half as much.
 */
export function frenchWordsRegExp(words: readonly string[]): RegExp {
  const alternatives = alternativesOf(words);
  if (!words.every((word) => STARTS_WORD.test(word) && ENDS_WORD.test(word))) return frenchRegExp(`\\b(?:${alternatives})\\b`);
  return frenchRegExp(`(?<!${WORD_CHAR})(?:${alternatives})(?!${WORD_CHAR})`);
}

/** JavaScript's \s, by char code. */
export function isSpaceCode(c: number): boolean {
  // Printable ASCII and C1 controls first: most of any text.
  if (c > 32 && c < 0xa0) return false;
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** [0-9], by char code. */
export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** [A-Za-zÀ-ÖØ-öø-ÿĀ-ſ0-9], by char code. */
export function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0xd6) || (c >= 0xd8 && c <= 0xf6) || (c >= 0xf8 && c <= 0x17f);
}

const ELIDED = /(?:[ldjmntsc]|qu|lorsqu|puisqu|jusqu|quoiqu)[’'](?=[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ])/iuy;
/** ’ or ', by char code (NaN past the end of a text is neither). */
const isApostropheCode = (c: number): boolean => c === 0x2019 || c === 0x27;

/**
 * Words as the judge and Yoast count them: digit groups are one word, elided articles are words of their own.
 * One scan, no string made: the words between runs of white space that hold a letter or a digit, an elided
 * article one more, and one less for each single space between a digit and a group of exactly three digits
 * ("7 000"), which joins two such words into one.
 */
export function countWords(text: string): number {
  let count = 0;
  let start = 0;
  const n = text.length;
  while (start < n) {
    while (start < n && isSpaceCode(text.charCodeAt(start))) start++;
    if (start === n) break;
    let end = start;
    let word = false;
    for (; end < n; end++) {
      const c = text.charCodeAt(end);
      if (isSpaceCode(c)) break;
      if (!word && isWordCode(c)) word = true;
    }
    if (word) {
      count++;
      // The apostrophe of an elision ends one of the prefixes: after 1, 2, 5 or 6 letters.
      if (isApostropheCode(text.charCodeAt(start + 1)) || isApostropheCode(text.charCodeAt(start + 2)) || isApostropheCode(text.charCodeAt(start + 5)) || isApostropheCode(text.charCodeAt(start + 6))) {
        ELIDED.lastIndex = start;
        if (ELIDED.test(text)) count++;
      }
      // "7 000": this word ends in a digit and one space parts it from exactly three digits.
      if (isDigitCode(text.charCodeAt(end - 1)) && end + 4 <= n && isDigitCode(text.charCodeAt(end + 1)) && isDigitCode(text.charCodeAt(end + 2)) && isDigitCode(text.charCodeAt(end + 3)) && !isDigitCode(text.charCodeAt(end + 4))) count--;
    }
    start = end;
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
  const lower = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  // Each replace only where it changes something (a straight apostrophe; a space other than ' ', or two in a row):
  // a replace that matches every space or every ’ costs more than the test (valgrind: fold 1.24 → 0.76 M instructions per article).
  const apostrophes = lower.includes("'") ? lower.replace(/[’']/g, '’') : lower;
  return (/[^\S ]|\s\s/.test(apostrophes) ? apostrophes.replace(/[\s\u00A0\u202F]+/g, ' ') : apostrophes).trim();
}

/**
 * text.toLowerCase(), the text itself where that changes nothing as its char codes tell (ASCII without capitals,
 * lower-case Latin-1 letters, ’): V8 lowers any text stored two bytes a character (every slice of a text that
 * holds a ’ or a «) through ICU, about 1 000 instructions a word even when it has no capital.
 */
export function lowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 ? c >= 65 && c <= 90 : (c < 0xdf || c > 0xff) && c !== 0x2019) return text.toLowerCase();
  }
  return text;
}

/**
 * A pattern created where it is first used, not where its module loads: V8 parses a pattern of \p{…} where it is
 * created (about 0.7 M instructions for two such classes, ICU's look-up of each), and a generate never uses many of them.
 */
export function lazyPattern(create: () => RegExp): () => RegExp {
  let pattern: RegExp | undefined;
  return () => (pattern ??= create());
}

// toUpperCase and toLowerCase are French case rules on any machine: they never follow its locale, and
// French has no rules of its own (Turkish, Azeri and Lithuanian have). toLocale…Case('fr') is ten times slower.

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * Where a figure is in a text, as a whole number: "4" is not in "14 heures" nor in "4,5 %", "000" not in
 * "7 000". A figure found inside a longer one made a key figure of the wrong clause and bolded one digit
 * of another number. Only the needle's ends that are digits are bounded; -1 when it is not there.
 */
export function indexOfFigure(text: string, figure: string): number {
  if (!/^\d|\d$/u.test(figure)) return text.indexOf(figure);
  for (let at = text.indexOf(figure); at >= 0; at = text.indexOf(figure, at + 1)) {
    const before = /^\d/u.test(figure) && /\d[\s\u00A0\u202F.,]?$/u.test(text.slice(Math.max(0, at - 2), at));
    const after = /\d$/u.test(figure) && /^(?:[\s\u00A0\u202F]\d{3}(?!\d)|[.,]?\d)/u.test(text.slice(at + figure.length, at + figure.length + 5));
    if (!before && !after) return at;
  }
  return -1;
}

/** Whether a text holds a figure as a whole number (see indexOfFigure). */
export const holdsFigure = (text: string, figure: string): boolean => indexOfFigure(text, figure) >= 0;

/** A string as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Stable 32-bit FNV-1a hash of a string. Made unsigned in the loop, not after it: V8 first optimises this function
 * inside its loop on an article's long text, before the code after the loop ever ran, and the code it made then
 * gave up at that last step on every later call (about 70 times in 78 warm articles).
 */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * The order of last resort between two texts (ties of a ranking): code points, the same on every
 * machine. `localeCompare` follows the machine's locale and sets up ICU's collator on its first call
 * (about 10 ms of a cold start).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** "1. Doubler…", "2) Créer…": a line or a paragraph that is an item of a numbered list. */
export const isNumberedItem = (text: string): boolean => /^\d{1,2}[.)]\s/u.test(text);
