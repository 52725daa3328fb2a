/** split: Source → Sentence[], with compromise's sentence splitter and French repairs on top. */
import { createRequire } from 'node:module';
import type { Sentence, Source } from '../types.js';
import { loadJson, packagePath } from '../data.js';
import { escapeRegExp, lazyPattern } from '../text.js';

interface AbbreviationLexicon { readonly abbreviations: readonly string[] }

/**
 * compromise's own sentence splitter, without the term tokenizing that nlp() would add: built from
 * compromise's sources by scripts/compromise-sentences.mjs, without the rest of compromise, whose world
 * it does not read (its English abbreviations aside; the French ones are rejoinAbbreviations's work).
 */
let splitter: ((text: string) => string[]) | undefined;
const splitByCompromise = (text: string): string[] =>
  (splitter ??= (createRequire(import.meta.url)(packagePath('dist/compromise-sentences.cjs')) as { splitSentences: (text: string) => string[] }).splitSentences)(text);

/** compromise keeps « … plus. » Puis … together: cut after a closing quote that ends a sentence. */
function splitAfterClosingQuote(text: string): string[] {
  // Most sentences close no quotation: the pattern, a look-behind tried at each character, is not run on them.
  if (!text.includes('»')) return [text];
  return text.split(/(?<=[.!?…]\s?»)\s+(?=[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ«])/u);
}

/**
 * compromise's quotation merge can swallow the sentence after a quotation's attribution ("« … presse », a
 * dénoncé Karim Benali, à la sortie de la réunion. Quelque 200 salariés…" came out whole, and a key figure
 * read "À la sortie de la réunion. Quelque 200 salariés…"): cut after a word that ends a sentence on two letters in lower case ("réunion.", "Benali.")
 * outside the quotation marks. Only after such a word: "J. K. Rowling", "3,5 %." and abbreviations stay
 * compromise's and rejoinAbbreviations's to judge.
 */
function splitAfterQuotation(text: string): string[] {
  if (!text.includes('«')) return [text];
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (const m of text.matchAll(/[«»]|(?<=\p{Ll}{2}[.!?])\s+(?=\p{Lu})/gu)) {
    if (m[0] === '«') depth++;
    else if (m[0] === '»') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      out.push(text.slice(start, m.index));
      start = m.index + m[0].length;
    }
  }
  out.push(text.slice(start));
  return out;
}

/** compromise can cut inside a quotation: glue pieces back until « and » balance. */
function rejoinQuotations(pieces: readonly string[]): string[] {
  const out: string[] = [];
  let pending = '';
  for (const piece of pieces) {
    pending = pending ? `${pending} ${piece}` : piece;
    const opened = (pending.match(/«/g) ?? []).length;
    const closed = (pending.match(/»/g) ?? []).length;
    if (opened <= closed) {
      out.push(pending);
      pending = '';
    }
  }
  if (pending) out.push(pending);
  return out;
}

let abbreviationEnd: RegExp | undefined;

/**
 * "entre 16h30 et 19 h. Le service…", "a duré 3 min. Puis…": a unit's symbol after a number takes no full
 * stop in French, so a full stop after it ends the sentence ("min", "km" are abbreviations elsewhere).
 */
const UNIT_END = lazyPattern(() => /(?<=\d[ \u00A0\u202F]?(?:h|min|s|km|kg|m|cm|mm|g)\.)\s+(?=\p{Lu})/u);
const ENDS_ON_UNIT = /\d[ \u00A0\u202F]?(?:h|min|s|km|kg|m|cm|mm|g)\.$/u;

/** "…, etc. Selon la préfecture, …": "etc." closes the sentence it ends when a capital follows (compromise keeps them together). */
const ETC_END = lazyPattern(() => /(?<=(?:^|[\s,(])etc\.)\s+(?=\p{Lu})/u);

/** "J.-P.", "J.-M.": a first name's initials, which the surname follows ("Selon J.-P. Durand"). */
const HYPHENATED_INITIALS = /(?:^|[\s(])\p{Lu}\.-\p{Lu}\.$/u;

/**
 * compromise still cuts after some French abbreviations ("av. J.-C.") and after a first name's initials ("J.-P.
 * Durand"): a piece that ends with one, or a piece that starts with a small letter, belongs to the sentence before.
 */
function rejoinAbbreviations(pieces: readonly string[]): string[] {
  const { abbreviations } = loadJson<AbbreviationLexicon>('lexicon/abbreviations.json');
  abbreviationEnd ??= new RegExp(`(?:^|[\\s(])(?:${abbreviations.map(escapeRegExp).join('|')})\\.$`, 'u');
  const out: string[] = [];
  for (const piece of pieces) {
    const previous = out[out.length - 1];
    if (previous !== undefined && ((abbreviationEnd.test(previous) && !ENDS_ON_UNIT.test(previous)) || HYPHENATED_INITIALS.test(previous) || /^[a-zß-öø-ÿāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżž]/u.test(piece))) out[out.length - 1] = `${previous} ${piece}`;
    else out.push(piece);
  }
  return out;
}

export function splitParagraph(paragraph: string): string[] {
  const pieces = splitByCompromise(paragraph)
    .map((s) => s.trim())
    .filter(Boolean)
    .flatMap(splitAfterClosingQuote)
    .flatMap(splitAfterQuotation)
    // Each cut needs its mark (a figure, an ellipsis): a piece without it is not searched.
    .flatMap((s: string) => (/\d/u.test(s) ? s.split(UNIT_END()) : [s]))
    .flatMap((s: string) => (s.includes('…') || s.includes('...') ? s.split(/(?<=\.\.\.|…)\s+(?=[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ])/u) : [s]))
    .flatMap((s: string) => (s.includes('etc.') ? s.split(ETC_END()) : [s]));
  // A quotation that compromise cut inside ("« C’est fini." | "» Puis il est parti.") is whole again only here: it may end a sentence too.
  return rejoinQuotations(rejoinAbbreviations(pieces)).flatMap(splitAfterClosingQuote);
}

export function splitSentences(source: Source): readonly Sentence[] {
  const bullets = source.bullets.map((text, i): Sentence => ({ id: `b${i + 1}`, text, origin: 'bullet', paragraph: -1 }));
  let count = 0;
  const body = source.paragraphs.flatMap((paragraph, p) =>
    splitParagraph(paragraph).map((text): Sentence => ({ id: `s${++count}`, text, origin: 'body', paragraph: p })),
  );
  return [...bullets, ...body];
}
