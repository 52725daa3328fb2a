/**
 * Words as Yoast's analysis sees them. Yoast counts words in three slightly different ways, and the
 * verdicts only agree with it when each measure uses the same one:
 * - `textWords`: the text split on white space (text length, words between subheadings);
 * - `tokenWords(tokens, { joinHyphens: false })`: a sentence's tokens, split on hyphens too
 *   (the denominator of the keyphrase density);
 * - `tokenWords(tokens, { joinHyphens: true })`: hyphenated words count once (sentence and
 *   paragraph length, sentence beginnings).
 * In all three, "l’homme" is one word, "7 000" two and a lone « or – none.
 */
import { assessmentLexicon } from '../lexicon.js';

const SINGLE_QUOTES = /['‘’‛`‹›]/g;
const SINGLE_QUOTE = /['‘’‛`‹›]/;
/** The single quotes that are not among PUNCTUATION's marks. */
const ODD_QUOTE = /[‛`]/;

/** Yoast's punctuation marks (helpers/sanitize/removePunctuation), stripped from both ends of a word. */
export const PUNCTUATION =
  '\\–\\-\\(\\)_\\[\\]’‘“”〝〞〟‟„"\'.?!:;,¿¡«»‹›\u2014\u00d7\u002b\u0026\u06d4\u061f\u060C\u061B\u3002\uff61' +
  '\uff01\u203c\uff1f\u2047\u2049\u2048\u2025\u2026\u30fb\u30fc\u3001\u3003\u3004\u3006\u3007\u3008\u3009\u300a\u300b\u300c\u300d\u300e' +
  '\u300f\u3010\u3011\u3012\u3013\u3014\u3015\u3016\u3017\u3018\u3019\u301a\u301b\u301c\u301d\u301e\u301f\u3020\u3036\u303c\u303d\uff5b' +
  '\uff5d\uff5c\uff5e\uff5f\uff60\uff62\uff63\uff64\uff3b\uff3d\uff65\uffe5\uff04\uff05\uff20\uff06\uff07\uff08\uff09\uff0a\uff0f\uff1a' +
  '\uff1b\uff1c\uff1e\uff3c\\<>';
/** PUNCTUATION's characters one by one, for scanning a word by hand (a test checks they are the class's own). */
export const PUNCTUATION_CHARS: ReadonlySet<string> = new Set(PUNCTUATION.replace(/\\(.)/g, '$1'));

/**
 * PUNCTUATION_CHARS by char code (all of them are in the BMP): both ends of every word and piece of every sentence
 * are tested, and a look-up in an array costs less than one in a set of strings.
 */
const PUNCTUATION_CODES = new Uint8Array(0x10000);
for (const c of PUNCTUATION_CHARS) PUNCTUATION_CODES[c.charCodeAt(0)] = 1;

/** Whether the character at `at`, inside `text`, is one of PUNCTUATION's marks. */
const isPunctuationAt = (text: string, at: number): boolean => PUNCTUATION_CODES[text.charCodeAt(at)] === 1;

/** The word without backslashes and without the punctuation marks at either end; the word itself when it has none. */
export function removePunctuation(word: string): string {
  const w = word.includes('\\') ? word.replace(/\\/g, '') : word;
  let start = 0;
  let end = w.length;
  while (start < end && isPunctuationAt(w, start)) start++;
  while (end > start && isPunctuationAt(w, end - 1)) end--;
  return start === 0 && end === w.length ? w : w.slice(start, end);
}

/** The words of a text split on white space; an em dash is a space, punctuation at either end is dropped. */
export function textWords(text: string): string[] {
  return text
    .replace(/\u2014/g, ' ')
    .split(/\s/)
    .map(removePunctuation)
    .filter((word) => word.trim() !== '');
}

const SEPARATORS = /([\s\u00A0\u2013\u2014\u002d[\]])/;

let abbreviations: ReadonlySet<string> | undefined;
/** The codes of the characters the abbreviations end with (the full stop): a piece that ends otherwise is none of them. */
let abbreviationEnds: ReadonlySet<number> | undefined;

/**
 * A sentence's tokens, as Yoast's splitIntoTokens makes them: words, the separators between them
 * (spaces, hyphens, dashes) and the punctuation marks at their ends, each a token of its own. Like
 * Yoast's tokens, they are written with the straight apostrophe ("l'un"). Scanned by index: the
 * regex-and-slice loop it replaces made much of an article's garbage.
 */
export function splitIntoTokens(sentence: string): string[] {
  abbreviations ??= new Set(assessmentLexicon().sentenceAbbreviations.map((a) => a.toLowerCase()));
  abbreviationEnds ??= new Set([...abbreviations].map((a) => a.charCodeAt(a.length - 1)));
  // ’ ‘ ‹ › are punctuation marks like the ' they become, and no abbreviation holds one: written as ' before the
  // sentence is cut, they make the same tokens, and no token is tested. ‛ and ` are letters to Yoast: each token then.
  const odd = ODD_QUOTE.test(sentence);
  const text = odd ? sentence : sentence.replace(SINGLE_QUOTES, "'");
  const tokens: string[] = [];
  const push = (t: string): void => {
    tokens.push(odd && SINGLE_QUOTE.test(t) ? t.replace(SINGLE_QUOTES, "'") : t);
  };
  for (const piece of text.split(SEPARATORS)) {
    if (piece === '') continue;
    let start = 0;
    let end = piece.length;
    while (start < end && isPunctuationAt(piece, start)) start++;
    // A mark ending a listed abbreviation ("etc.") stays in it. (The marks have no case: lower case, the piece still ends on its mark.)
    while (end > start && isPunctuationAt(piece, end - 1) && !(abbreviationEnds.has(piece.charCodeAt(end - 1)) && abbreviations.has(piece.slice(start, end).toLowerCase()))) end--;
    for (let i = 0; i < start; i++) push(piece[i]!);
    if (end > start) push(start === 0 && end === piece.length ? piece : piece.slice(start, end));
    for (let i = end; i < piece.length; i++) push(piece[i]!);
  }
  return tokens;
}

/** The words among a sentence's tokens; with joinHyphens, "peut-être" is one word. */
export function tokenWords(tokens: readonly string[], options: { readonly joinHyphens: boolean }): string[] {
  let words = tokens;
  if (options.joinHyphens && tokens.includes('-')) {
    const joined = [...tokens];
    let at = joined.indexOf('-');
    while (at !== -1) {
      if (at === 0 || at === joined.length - 1) joined.splice(at, 1);
      else joined.splice(at - 1, 3, `${joined[at - 1]}-${joined[at + 1]}`);
      at = joined.indexOf('-');
    }
    words = joined;
  }
  const out: string[] = [];
  for (const token of words) {
    const word = removePunctuation(token);
    if (word.trim() !== '') out.push(word);
  }
  return out;
}
