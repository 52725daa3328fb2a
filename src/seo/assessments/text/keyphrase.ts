/**
 * The keyphrase's content words and how they are found in a text, two ways:
 *
 * - `exact`, as Yoast SEO's free analysis finds them for French (it has no French word forms): the
 *   word as typed, case-insensitive, between word boundaries, an apostrophe counting as one
 *   ("d’investisseurs" contains "investisseurs"); a keyphrase word with accents also matches its
 *   form without them ("penurie" in a slug).
 * - `inflected`, Plume's: the same, plus the French inflected forms: plural in -s, -x or -aux,
 *   feminine in -e (puce / puces, grand / grandes, journal / journaux), with or without accents,
 *   after any elided article or pronoun (l’, d’, qu’…), and function words written with either
 *   apostrophe.
 */
import { lazyPattern } from '../../../text.js';
import { functionWords } from '../lexicon.js';
import { normaliseQuotes } from './sentences.js';
import { removePunctuation } from './words.js';
import { rememberedForGood } from '../../../remember.js';

export type Matching = 'exact' | 'inflected';

export interface Keyphrase {
  /** As typed, quotes included. */
  readonly text: string;
  /** All its words, lower case, in order (function words included). */
  readonly words: readonly string[];
  /** The words that are looked for: its content words, or all its words when it has no content word. */
  readonly contentWords: readonly string[];
  /** "in double quotes": Yoast then looks for the phrase as a whole. */
  readonly quoted: boolean;
  readonly matching: Matching;
}

const BOUNDARY = ' \\u00a0\\u2014\\u06d4\\u061f\\u060C\\u061B\\n\\r\\t.,()”“〝〞〟‟„"+\\-;!¡?¿:/»«‹›<>';
const APOSTROPHES = "'‘’‛`";
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Accents removed, œ → oe, Œ → Oe: Yoast's transliteration of French (and lodash's deburr). */
export function transliterate(text: string): string {
  return text
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'Oe')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'Ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Lower case, without accents, one apostrophe: what an exact keyphrase word and a text that holds it both contain. */
export const plainForm = (text: string): string => transliterate(text.toLowerCase()).replace(/[’‘‛`]/gu, "'");

/** A form's pattern, kept (remember.ts): every text of every article is searched for the same keyphrase's forms. */
const wordPattern = rememberedForGood((form: string): RegExp => new RegExp(`(^|[${BOUNDARY}${APOSTROPHES}])${escape(form)}($|[${BOUNDARY}]|[${APOSTROPHES}][${BOUNDARY}])`, 'gi'));

/** wordPattern without its g flag, for the first match only (findPhrase), kept likewise. */
const firstWordPattern = rememberedForGood((form: string): RegExp => new RegExp(wordPattern(form).source, 'i'));

/**
 * The patterns of a keyphrase word: its form as written, and its transliteration when that differs. Kept: the
 * density asks them of every token of a sentence, for the same few words.
 */
const exactPatterns = rememberedForGood((word: string): { readonly form: RegExp; readonly plain?: RegExp } => {
  const form = normaliseQuotes(word);
  const plain = transliterate(form);
  return plain === form ? { form: wordPattern(form) } : { form: wordPattern(form), plain: wordPattern(plain) };
});

/** How many times Yoast finds a word form in a text: the form as written, then its transliteration in what is left. */
function countExact(text: string, word: string): number {
  const normal = normaliseQuotes(text.replace(/\u2014/g, ' ').replace(/\s/g, ' '));
  const { form, plain } = exactPatterns(word);
  const found = normal.match(form)?.length ?? 0;
  if (plain === undefined) return found;
  return found + (normal.replace(form, '').match(plain)?.length ?? 0);
}

const ELIDED = lazyPattern(() => /^(?:[ldjmnstc]|qu|lorsqu|puisqu|jusqu|quoiqu|presqu)'(?=\p{L})/u);

/**
 * The key of a French word's inflected forms: folded, without an elided article, without the
 * plural (-s, -x, -aux → -al) and the feminine (-e) endings. Words of three letters or fewer stay whole.
 */
const keys = new Map<string, string>();

export function formKey(word: string): string {
  const known = keys.get(word);
  if (known !== undefined) return known;
  const key = computeFormKey(word);
  if (keys.size < 100_000) keys.set(word, key);
  return key;
}

function computeFormKey(word: string): string {
  let key = transliterate(normaliseQuotes(word).toLowerCase()).replace(ELIDED(), '');
  const strip = (ending: string, replacement = ''): void => {
    if (key.endsWith(ending) && key.length - ending.length + replacement.length >= 3) key = key.slice(0, key.length - ending.length) + replacement;
  };
  if (/[^e]aux$/.test(key)) strip('aux', 'al');
  else if (/[sx]$/.test(key)) strip(key.slice(-1));
  strip('e');
  return key;
}

/** The words of a text for inflected matching: split on white space, dashes, hyphens and slashes; apostrophes stay inside. */
function inflectedWords(text: string): string[] {
  return text
    .split(/[\s\u2013\u2014\-/]+/)
    .map(removePunctuation)
    .filter((w) => w !== '');
}

function countInflected(text: string, word: string): number {
  const key = formKey(word);
  return inflectedWords(text).filter((w) => formKey(w) === key).length;
}

/** How many times a keyphrase word occurs in a text. */
export function countWord(text: string, word: string, matching: Matching): number {
  return matching === 'exact' ? countExact(text, word) : countInflected(text, word);
}

/** Keyphrase words split as Yoast splits them: on white space and hyphens, punctuation stripped. */
export function phraseWords(text: string): string[] {
  return text
    .split(/[\s\u2013\u002d]/)
    .map(removePunctuation)
    .filter((w) => w.trim() !== '');
}

export function isFunctionWord(word: string, matching: Matching): boolean {
  return functionWords().has(matching === 'exact' ? word : normaliseQuotes(word).toLowerCase());
}

export function parseKeyphrase(text: string, matching: Matching): Keyphrase | undefined {
  const trimmed = text.toLowerCase().trim();
  if (trimmed === '') return undefined;
  const quoted = /^["“”«»].*["“”«»]$/u.test(trimmed) && trimmed.length > 2;
  const inner = quoted ? trimmed.slice(1, -1).trim() : trimmed;
  const words = phraseWords(inner);
  if (words.length === 0) return undefined;
  const content = words.filter((w) => !isFunctionWord(w, matching));
  return { text, words, contentWords: quoted ? [inner] : content.length > 0 ? content : words, quoted, matching };
}

/** Share (0–100, rounded) of the keyphrase's content words found in a text. */
export function percentWordsFound(keyphrase: Keyphrase, text: string): number {
  const found = keyphrase.contentWords.filter((w) => countWord(text, w, keyphrase.matching) > 0).length;
  return Math.round((found / keyphrase.contentWords.length) * 100);
}

const ELISION_ONLY = /^(?:[ldjmnstc]|qu|lorsqu|puisqu|jusqu|quoiqu|presqu)'$/u;

/** True when every word is a function word (an elided article or pronoun counts as one when matching inflected forms). */
export function onlyFunctionWords(words: readonly string[], matching: Matching): boolean {
  return words.every((w) => {
    const word = w.trim().toLowerCase();
    return isFunctionWord(word, matching) || (matching === 'inflected' && ELISION_ONLY.test(normaliseQuotes(word)));
  });
}

export interface PhraseMatch {
  readonly found: boolean;
  /** The words of the text before the phrase. */
  readonly wordsBefore: readonly string[];
}

/** Where the keyphrase occurs as a whole, its words in order (Yoast: the keyphrase string between word boundaries). */
export function findPhrase(keyphrase: Keyphrase, text: string): PhraseMatch {
  const phrase = keyphrase.quoted ? keyphrase.contentWords[0]! : keyphrase.words.join(' ');
  if (keyphrase.matching === 'exact') {
    const normal = normaliseQuotes(text.replace(/\u2014/g, ' ').replace(/\s/g, ' '));
    const typed = normaliseQuotes(keyphrase.quoted ? phrase : keyphrase.text.trim());
    const match = normal.match(firstWordPattern(typed)) ?? normal.match(firstWordPattern(transliterate(typed)));
    if (!match) return { found: false, wordsBefore: [] };
    const position = normal.indexOf(removePunctuation(match[0]).trim());
    return { found: true, wordsBefore: phraseWords(normal.slice(0, Math.max(0, position))) };
  }
  const words = phraseWords(phrase);
  const inText = inflectedWords(text);
  for (let start = 0; start + words.length <= inText.length; start++) {
    if (words.every((w, i) => formKey(inText[start + i]!) === formKey(w))) {
      // "d’OpenAI" holds "OpenAI": the elided part before the phrase is a word before it.
      const first = normaliseQuotes(inText[start]!).toLowerCase();
      const elided = /^(.+')/.exec(first)?.[1];
      const before = inText.slice(0, start);
      return { found: true, wordsBefore: elided && !first.startsWith(normaliseQuotes(words[0]!)) ? [...before, elided] : before };
    }
  }
  return { found: false, wordsBefore: [] };
}

/** Does one token of a sentence hold a keyphrase word? (Yoast counts tokens, not occurrences.) */
export function tokenHolds(token: string, word: string, matching: Matching): boolean {
  return matching === 'exact' ? countExact(token, word) > 0 : formKey(token) === formKey(word);
}

/**
 * How many times the keyphrase occurs in one sentence's tokens: the smallest number of tokens
 * holding one of its content words; a quoted keyphrase counts as a run of tokens, read as Yoast
 * reads it (a mismatch starts the run over from the next token).
 */
export function occurrencesInTokens(keyphrase: Keyphrase, tokens: readonly string[], splitTokens: (text: string) => string[]): number {
  if (keyphrase.quoted) {
    const wanted = splitTokens(keyphrase.contentWords[0]!);
    let count = 0;
    let at = 0;
    for (const token of tokens) {
      if (tokenHolds(token.toLowerCase(), wanted[at]!.toLowerCase(), keyphrase.matching)) at++;
      else at = 0;
      if (at === wanted.length) {
        count++;
        at = 0;
      }
    }
    return count;
  }
  return Math.min(...keyphrase.contentWords.map((w) => tokens.filter((t) => tokenHolds(t, w, keyphrase.matching)).length));
}

/** How many times the keyphrase occurs in a text: the smallest count of one of its content words (a quoted keyphrase: the phrase). */
export function occurrencesInText(keyphrase: Keyphrase, text: string): number {
  if (keyphrase.quoted) return keyphrase.matching === 'exact' ? countExact(text, keyphrase.contentWords[0]!) : countInflectedPhrase(text, keyphrase.contentWords[0]!);
  return Math.min(...keyphrase.contentWords.map((w) => countWord(text, w, keyphrase.matching)));
}

function countInflectedPhrase(text: string, phrase: string): number {
  const words = inflectedWords(phrase).map(formKey);
  const inText = inflectedWords(text).map(formKey);
  let count = 0;
  for (let start = 0; start + words.length <= inText.length; start++) {
    if (words.every((w, i) => inText[start + i] === w)) count++;
  }
  return count;
}
