/**
 * A headline typed in capitals ("VAGUE DE FROID : JUSQU’À −12 °C DANS LE NORD-EST") is said in sentence case,
 * as French headlines are written: each word as the text writes it where it is not the first of a sentence
 * ("Nord-Est", "SNCF", "°C"), lower case otherwise, and a capital to open the headline. Capitals typed
 * without their accents take them back from the text ("GREVE A LA SNCF" → "Grève à la SNCF" when the text
 * writes "grève"), but not a final é, which may be a participle's ("ANNONCE" beside "a annoncé"). A headline
 * with lower-case letters is left as it is.
 */

import { lazyPattern } from '../text.js';
const WORD = lazyPattern(() => /[\p{L}\d°][\p{L}\d°’.-]*/gu);
/** After these (and white space), a word opens a sentence or a quotation: its capital says nothing of the word. */
const OPENERS = new Set(['.', '!', '?', '…', ':', '«', '—', '–', '-']);

/**
 * Whether the word at `at` opens a sentence: only white space between it and the start of the text or an
 * opener. Read backwards from the word, not with a pattern anchored at its end, which scans the text from
 * its start for every word: a one-paragraph source of 200 000 characters took 10 s more.
 */
function opensSentence(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && /\s/u.test(text.charAt(before))) before--;
  return before < 0 || OPENERS.has(text.charAt(before));
}

/** A word without its accents, in lower case: "GREVE" and "grève" are both "greve". */
const bare = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr');

/**
 * The forms with a capital that the text gives the headline's words away from the start of a sentence (or
 * inside the word), by their lower case; and the form the text writes each headline word of three letters
 * or more, by its bare form, for capitals typed without accents. Only the headline's words are looked up:
 * the bare form, the dearest, is made for a text word of the headline's letters only.
 */
function namedForms(headline: string, texts: readonly string[]): { readonly named: Map<string, string>; readonly written: Map<string, string> } {
  const headWords = [...headline.matchAll(WORD())].map((m) => m[0].replace(/[.]$/u, ''));
  const lowers = new Set(headWords.map((w) => w.toLowerCase()));
  const bares = new Set(headWords.map(bare));
  const named = new Map<string, string>();
  const opening = new Map<string, string>();
  const written = new Map<string, string>();
  const bareOf = new Map<string, string>();
  for (const text of texts) {
    for (const match of text.matchAll(WORD())) {
      const word = match[0].replace(/[.]$/u, '');
      // toLowerCase is French's lower case (see text.ts), at a tenth of toLocaleLowerCase's cost.
      const lower = word.toLowerCase();
      // A word of a to z is its own bare form; another is made bare only if its lower case could be a headline word's.
      const bareForm = /^[a-z\d]*$/u.test(lower) ? lower : undefined;
      const wanted = lowers.has(lower) || (bareForm === undefined ? /\p{L}{3}/u.test(word) : bares.has(bareForm));
      if (!wanted) continue;
      // At a sentence's start, only a capital inside the word says a name ("Météo-France", "SNCF").
      const opens = opensSentence(text, match.index);
      if (lowers.has(lower)) {
        if (opens) {
          if (/\p{Lu}/u.test(word.slice(1)) && !opening.has(lower)) opening.set(lower, word);
        } else if (/\p{Lu}/u.test(word) && !named.has(lower)) named.set(lower, word);
      }
      const form = opens && !/\p{Lu}/u.test(word.slice(1)) ? lower : word;
      if (!/\p{L}{3}/u.test(word)) continue;
      let key = bareForm ?? bareOf.get(word);
      if (key === undefined) bareOf.set(word, (key = bare(word)));
      if (bares.has(key) && !written.has(key)) written.set(key, form);
    }
  }
  for (const [lower, word] of opening) if (!named.has(lower)) named.set(lower, word);
  return { named, written };
}

/** Words after which a headline's "A" is the preposition ("A LA SNCF", "A L’ÉLYSÉE"), not the verb ("A ANNONCÉ"). */
const AFTER_PREPOSITION = new Set(['la', 'le', 'les', 'l’', 'un', 'une']);
const STARTS_DIGIT = /^\d/u;
const NEXT_WORD = lazyPattern(() => /^\s+([\p{L}\d°][\p{L}\d°’-]*)/u);

/**
 * Whether "A" before `rest` is the preposition "à", which capitals write without its accent: the text writes "à"
 * before the same word ("à Paris"), or the word is an article or a figure ("A LA SNCF", "A 20 ANS"). The verb
 * ("LA SNCF A ANNONCÉ") stays "a".
 */
function isPreposition(rest: string, texts: readonly string[]): boolean {
  const next = NEXT_WORD().exec(rest)?.[1];
  if (next === undefined) return false;
  // toLowerCase is French's lower case (see text.ts), at a tenth of toLocaleLowerCase's cost on a long text.
  const lower = next.toLowerCase();
  const article = lower.startsWith('l’') ? 'l’' : lower;
  if (AFTER_PREPOSITION.has(article) || STARTS_DIGIT.test(lower)) return true;
  return texts.some((text) => text.toLowerCase().includes(`à ${lower}`));
}

export function sentenceCased(headline: string, texts: readonly string[]): string {
  if (/\p{Ll}/u.test(headline) || (headline.match(/\p{Lu}{2,}/gu) ?? []).length < 2) return headline;
  const { named, written } = namedForms(headline, texts);
  const cased = headline.replace(WORD(), (raw, at: number) => {
    const word = raw.replace(/[.]$/u, '');
    const lower = word.toLocaleLowerCase('fr');
    if (lower === 'a' && isPreposition(headline.slice(at + raw.length), texts)) return `à${raw.slice(word.length)}`;
    // "LA SNCF ANNONCE" beside "a annoncé": an é that ends the word may be a participle's the headline does not say.
    const accented = lower === bare(word) ? written.get(lower) : undefined;
    const unaccented = accented !== undefined && !/ée?s?$/u.test(accented) ? accented : undefined;
    return `${named.get(lower) ?? unaccented ?? lower}${raw.slice(word.length)}`;
  });
  const first = /\p{L}/u.exec(cased);
  return first ? `${cased.slice(0, first.index)}${cased.charAt(first.index).toLocaleUpperCase('fr')}${cased.slice(first.index + 1)}` : cased;
}
