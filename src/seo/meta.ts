/** seo: title, meta description, slug and keywords, each holding the focus keyphrase. */
import slugify from 'slugify';
import type { Keyphrase, Meta, Sentence } from '../types.js';
import { config } from '../config.js';
import { capitalise, fold, lowerFirst } from '../text.js';
import { createChooser } from '../writing/variety.js';
import { fill } from '../writing/templates.js';
import { typeset } from '../writing/french/index.js';
import { findPhrase, onlyFunctionWords, parseKeyphrase } from './assessments/text/keyphrase.js';
import { titleWidth } from './assessments/text/width.js';
import { assessmentConfig } from './assessments/config.js';
import { shorterForms } from '../writing/blocks/headline.js';
import { loadJson } from '../data.js';

export interface MetaInput {
  readonly headline?: string;
  readonly keyphrase: Keyphrase;
  /** The lead's sentences first, then the rest of the source: the description is taken from them. */
  readonly sentences: readonly Sentence[];
  readonly keywords: readonly string[];
  readonly inputHash: number;
  readonly seed: number;
  readonly date?: string;
  readonly url?: string;
  readonly image?: Meta['image'];
  readonly sourceUrl?: string;
  readonly siteName?: string;
  readonly author?: string;
  readonly links?: Meta['links'];
}

const chars = (text: string): number => [...text].length;
const has = (text: string, phrase: string): boolean => fold(text).includes(fold(phrase));

/** The keyphrase begins the text as Yoast reads a title: only function words before it ("La BCE abaisse…" for "BCE"). */
function opensWith(text: string, kp: string): boolean {
  const keyphrase = parseKeyphrase(kp, 'exact');
  if (!keyphrase) return false;
  const phrase = findPhrase(keyphrase, text);
  return phrase.found && onlyFunctionWords(phrase.wordsBefore, 'exact');
}

/** "Informatique : Sortie d’une nouvelle version" → "sortie d’une nouvelle version" (a rubric before the colon goes). */
function headlineRest(headline: string): string {
  const parts = headline.split(/\s*:\s+/u);
  const rest = parts.length > 1 && parts[0]!.split(' ').length <= 3 ? parts.slice(1).join(' : ') : headline;
  return /^[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ][a-zß-öø-ÿāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżž]/u.test(rest) ? lowerFirst(rest) : rest;
}

const TRAILING_LINKS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'à', 'au', 'aux']);
const SLUG_WORDS = 8;
/** TRAILING_LINKS as slugify writes them, with the elided words: a cut slug does not end on one. */
const SLUG_LINKS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'a', 'au', 'aux', 'd', 'l', 'qu', 'jusqu', 'en', 'et', 'un', 'une', 'dans', 'sur', 'pour', 'par', 'avec']);

/**
 * The headline without the keyphrase's words at its end, since the title opens with the keyphrase:
 * "sortie d’une nouvelle version 12.10 d’Ubuntu" → "sortie d’une nouvelle version" after "Ubuntu 12.10".
 */
function withoutTrailingKeyphrase(rest: string, kp: string): string {
  const kpWords = new Set(fold(kp).split(/\s+/u));
  const words = rest.split(' ');
  const bare = (word: string): string => fold(word).replace(/^(?:d|l|qu)’/u, '').replace(/[.,;:!?]+$/u, '');
  while (words.length > 2 && (kpWords.has(bare(words[words.length - 1]!)) || TRAILING_LINKS.has(bare(words[words.length - 1]!)))) words.pop();
  return words.join(' ');
}

let trailingTimes: readonly string[] | undefined;

/** The headline without the words that end it to say when ("cette semaine", "lundi"; lexicon/headline.json trailingTimes). */
function withoutTrailingTime(rest: string): string {
  if (!trailingTimes) {
    const { weekdays } = loadJson<{ readonly weekdays: readonly string[] }>('lexicon/dates.json');
    trailingTimes = [...loadJson<{ readonly trailingTimes: readonly string[] }>('lexicon/headline.json').trailingTimes, ...weekdays];
  }
  for (const time of trailingTimes) if (rest.endsWith(` ${time}`) && rest.length > time.length + 12) return rest.slice(0, rest.length - time.length - 1).replace(/[\s,]+$/u, '');
  return rest;
}

/**
 * The title opens with the keyphrase. Without a headline it is the H1 too: it takes none of the body's
 * `headings` ("Façade… : l’essentiel" would come twice when the conclusion's heading is the same).
 */
export function makeTitle(input: Pick<MetaInput, 'headline' | 'keyphrase' | 'inputHash' | 'seed'> & { readonly firstHeading?: string; readonly headings?: readonly string[] }): string {
  const chooser = createChooser(input.inputHash, input.seed);
  const kp = input.keyphrase.text;
  const max = config.titleMaxChars;
  const taken = new Set((input.headings ?? []).map(fold));
  if (input.headline === undefined) {
    // No headline: the title is the H1 too, and a label that a subheading gives ("Le volet sanitaire")
    // would be said twice in a row; a generic one that no subheading says.
    const fits = (text: string): boolean => chars(text) <= max && !taken.has(fold(text)) && !taken.has(fold(text.replace(/^.*?\s:\s/u, '')));
    const generic = fill(chooser, 'title.generic', 'title', { kp }, fits).text;
    if (fits(generic)) return generic;
  }
  // The keyphrase opens the title (Yoast's best score), without saying it twice.
  const rest = input.headline ? headlineRest(typeset(input.headline)) : undefined;
  if (rest !== undefined && opensWith(rest, kp) && chars(rest) <= max) return capitalise(rest);
  if (rest !== undefined && !fold(rest).includes(fold(kp))) {
    const combined = fill(chooser, 'title.withHeadline', 'title', { kp, rest: withoutTrailingKeyphrase(rest, kp) }).text;
    if (chars(combined) <= max) return combined;
    // "Froid : jusqu’à −12 °C attendus dans le Nord-Est cette semaine" is one character too long; without saying
    // when, it still says what happens, which a label ("Froid : le contexte climatique") does not.
    const timeless = withoutTrailingTime(rest);
    if (timeless !== rest) {
      const shorter = fill(chooser, 'title.withHeadline', 'title', { kp, rest: withoutTrailingKeyphrase(timeless, kp) }).text;
      if (chars(shorter) <= max) return shorter;
    }
  }
  // A headline too long for a title says what happened in a shorter form before a label does ("L’action de
  // Samsung Electronics était en baisse de 6,81 %", not "Samsung Electronics : le contexte des marchés financiers").
  const short = rest === undefined || chars(rest) <= max ? undefined : shortTitle(rest, kp, chooser);
  if (short !== undefined) return short;
  if (input.firstHeading) {
    const heading = fold(input.firstHeading).startsWith(fold(kp)) ? input.firstHeading : fill(chooser, 'title.withHeadline', 'title', { kp, rest: lowerFirst(input.firstHeading) }).text;
    if (chars(heading) <= max) return heading;
  }
  if (rest !== undefined && fold(rest).includes(fold(kp)) && chars(rest) <= max) return capitalise(rest);
  const generic = fill(chooser, 'title.generic', 'title', { kp }, (text) => chars(text) <= max && !taken.has(fold(text))).text;
  if (chars(generic) <= max) return generic;
  return capitalise([...kp].slice(0, max).join(''));
}

/**
 * The longest shorter form of the headline (src/writing/blocks/headline.ts) that makes a title within Yoast's
 * width and the title's characters: opening on the keyphrase, or after it when the form does not hold it.
 */
function shortTitle(rest: string, kp: string, chooser: ReturnType<typeof createChooser>): string | undefined {
  const { maximum, fontSize } = assessmentConfig.titleWidth;
  const fits = (text: string): boolean => chars(text) <= config.titleMaxChars && titleWidth(text, fontSize) <= maximum;
  for (const form of shorterForms(rest)) {
    // The keyphrase opens the title (Yoast's best score); one that the form holds further on would come twice.
    const title = opensWith(form, kp) ? capitalise(form) : has(form, kp) ? undefined : fill(chooser, 'title.withHeadline', 'title', { kp, rest: withoutTrailingKeyphrase(form, kp) }).text;
    if (title !== undefined && fits(title)) return title;
  }
  return undefined;
}

/** Cut at the last word that fits, and say so with an ellipsis. */
function cut(text: string, max: number): string {
  if (chars(text) <= max) return text;
  const words = text.split(' ');
  let out = '';
  for (const word of words) {
    if (chars(`${out} ${word}…`) > max) break;
    out = out ? `${out} ${word}` : word;
  }
  return `${out.replace(/[\s,;:.]+$/u, '')}…`;
}

/**
 * "18h30 – Le service est rétabli…": the time a live blog stamps on an entry. Inside the page it orders
 * the entries; in a search result it is an hour of no day, so the description goes without it.
 */
const LIVE_TIME = /^\d{1,2} ?h ?\d{2} +[–—-] +(?=\p{Lu})/u;

export function makeDescription(input: MetaInput): string {
  const { descriptionMinChars: min, descriptionMaxChars: max } = config;
  const chooser = createChooser(input.inputHash, input.seed);
  const kp = input.keyphrase.text;
  const texts = input.sentences.map((s) => s.text.replace(/[\u00A0\u202F]/g, ' ').replace(LIVE_TIME, ''));
  const start = texts.find((t) => has(t, kp)) ?? texts[0] ?? kp;
  const prefixed = (): string => fill(chooser, 'description.prefix', 'description', { kp, sentence: lowerFirst(start) }).text;
  let description = has(start, kp) ? start : prefixed();
  for (const next of texts) {
    if (chars(description) >= min) break;
    if (next !== start) description = `${description} ${next}`;
  }
  let cutDescription = cut(description.replace(/\s+/g, ' ').trim(), max);
  // The keyphrase came after the cut, or ends on its ellipsis ("nécropole gauloise…", where Yoast does not
  // find it): say it first.
  if (!has(cutDescription.replace(/\S*…$/u, ''), kp)) cutDescription = cut(prefixed().replace(/\s+/g, ' ').trim(), max);
  return cutDescription;
}

/**
 * slugify, with d’OpenAI → d-openai and 3,5 → 3-5 rather than dopenai and 35; a version number keeps
 * its dot (ubuntu-12.10), so that a keyphrase such as "Ubuntu 12.10" is found in the slug as written.
 */
export function makeSlug(title: string, keyphrase: string): string {
  const DOT = 'xdotx';
  const clean = (text: string): string =>
    slugify(text.replace(/[’']/g, ' ').replace(/(\d),(\d)/g, '$1-$2').replace(/(\d)\.(?=\d)/g, `$1${DOT}`), { lower: true, strict: true, locale: 'fr' }).replaceAll(DOT, '.');
  const kp = clean(keyphrase);
  // The keyphrase leads; its place in the title goes, with an elided article before it ("d-openai"), or
  // with the articles that open the title before it ("la-bce-abaisse" → "bce-abaisse").
  const opening = new RegExp(`^(?:(?:${[...SLUG_LINKS].join('|')})-)+${kp}(?=-|$)`).exec(clean(title))?.[0];
  const rest = (opening ? clean(title).slice(opening.length) : clean(title).replace(new RegExp(`(?:^|-)(?:[a-z]-)?${kp}(?=-|$)`), '')).split('-').filter(Boolean);
  const all = [...kp.split('-'), ...rest].filter(Boolean);
  const words = all.slice(0, SLUG_WORDS);
  const kpWords = kp.split('-').filter(Boolean).length;
  // Cut inside a number ("7 000" → "7") or after a link word ("jusqu-a"): the slug ends on the last whole word.
  if (all.length > SLUG_WORDS && /^\d+$/u.test(all[SLUG_WORDS]!)) while (words.length > kpWords && /^\d+$/u.test(words[words.length - 1]!)) words.pop();
  if (all.length > SLUG_WORDS) while (words.length > kpWords && SLUG_LINKS.has(words[words.length - 1]!)) words.pop();
  return words.join('-') || 'article';
}

export function makeMeta(input: MetaInput & { readonly title: string }, h1: string): Meta {
  const title = input.title;
  return {
    title,
    h1,
    description: makeDescription(input),
    slug: makeSlug(title, input.keyphrase.text),
    keyphrase: input.keyphrase.text,
    keywords: input.keywords,
    ...(input.date !== undefined && { date: input.date }),
    ...(input.url !== undefined && { url: input.url }),
    ...(input.image !== undefined && { image: input.image }),
    ...(input.sourceUrl !== undefined && { sourceUrl: input.sourceUrl }),
    ...(input.siteName !== undefined && { siteName: input.siteName }),
    ...(input.author !== undefined && { author: input.author }),
    ...(input.links !== undefined && { links: input.links }),
  };
}
