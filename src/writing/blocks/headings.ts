/** Subheadings: a neutral heading for a topic, and its variant with the keyphrase. */
import type { DraftHeading, WriteContext } from '../context.js';
import { fill, variantsOf } from '../templates.js';
import type { Sentence } from '../../types.js';
import { capitalise, fold, lowerFirst } from '../../text.js';
import { nounPhrases, phraseWordKey, type NounPhrase } from '../../analysis/keywords.js';
import { config } from '../../config.js';
import { typeset } from '../french/index.js';
import { finiteNumbers } from '../french/verbs.js';
import { lefffGender } from '../french/lefff.js';
import { isStopword } from '../../analysis/entities.js';
import { describeNoun } from '../french/agreement.js';
import { loadJson } from '../../data.js';

/** Headings already used in the article, so that none comes twice. */
export type UsedHeadings = Set<string>;

/** A fixed heading family (key figures, FAQ…): `heading.<id>` and `heading.<id>.kp`. */
export function fixedHeading(context: WriteContext, id: string, used: UsedHeadings): DraftHeading {
  const neutral = fill(context.chooser, `heading.${id}`, `heading.${id}`, {});
  const withKp = fill(context.chooser, `heading.${id}.kp`, `heading.${id}.kp`, { kp: context.keyphrase.text, kpDef: context.keyphrase.withDeterminer });
  used.add(neutral.text);
  context.guard.addHeading();
  return { type: 'heading', level: 2, text: neutral.text, withKeyphrase: withKp.text, provenance: { sources: [], template: neutral.template } };
}

/** A topic heading from the lexicon, when no heading of its topic heads the article yet; its keyphrase variant is "Keyphrase : heading". */
export function topicHeading(context: WriteContext, options: readonly string[], slot: string, used: UsedHeadings, level: 2 | 3, sources: readonly string[] = []): DraftHeading {
  // A topic names one section: a second section of it says "Le contexte", not "Le volet politique" after "Le contexte politique".
  const fresh = options.some((h) => used.has(h)) ? [] : options;
  // Nor "Le contexte" after "Le contexte culturel": a fallback that a used heading opens with reads as its repeat.
  const pool = fresh.length ? fresh : variantsOf('heading.fallback').filter((h) => ![...used].some((u) => fold(u).startsWith(fold(h))));
  const text = pool.length ? context.chooser.pick(slot, pool, 'heading.topic') : `${variantsOf('heading.fallback')[0]}`;
  used.add(text);
  const withKp = fill(context.chooser, 'heading.topic.kp', slot, { kp: context.keyphrase.text, heading: lowerFirst(text) });
  return { type: 'heading', level, text: typeset(text), withKeyphrase: withKp.text, provenance: { sources, template: `topic:${slot}` } };
}

/** Whether a heading is one of heading.fallback's, which name no subject ("Les détails"). */
export const isFallbackHeading = (text: string): boolean => variantsOf('heading.fallback').some((h) => typeset(h) === text);

/** The words that link a heading's nouns ("couverture de la vaccination"): "à", "en", "et" link a verb or two phrases more often. */
const LINKS: ReadonlySet<string> = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'l']);
const contentWords = (phrase: NounPhrase): readonly string[] => phrase.words.filter((w) => !LINKS.has(w.toLowerCase()));
/** "à", "au", "en", "et" inside a phrase, or a capital (a name cut short: "le réseau des Autoroutes"). */
const unsafe = (phrase: NounPhrase): boolean => /\p{Lu}/u.test(phrase.text) || /(?:^|\s|’)(?:à|au|aux|en|et)(?:\s|$)/iu.test(phrase.text);
/** The least particularity of a heading's phrase: two words of the section that the rest of the text does not write. */
const MIN_PARTICULAR = 1;

/** Words after which a noun phrase goes on: "le montant de (dommages et intérêts)", "les physiciens de mieux (comprendre)". */
const GOES_ON: ReadonlySet<string> = new Set(['de', 'du', 'des', 'd’', 'et', 'ou']);

/**
 * Whether the phrase is whole wherever the texts write it: what follows it is a stop, a small word that does not
 * join it to more ("sur", "qui", "a") or a verb, never "de", "et" or another noun or adjective of it.
 */
function whole(phrase: string, texts: readonly string[]): boolean {
  return texts.every((text) => {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      const next = /^\s*([\p{L}’-]+)/u.exec(text.slice(at + phrase.length))?.[1];
      if (next === undefined) continue;
      if (/^\p{L}/u.test(text.slice(at + phrase.length, at + phrase.length + 1))) return false;
      const word = next.toLowerCase();
      if (GOES_ON.has(word) || GOES_ON.has(word.replace(/’.*/u, '’'))) return false;
      if (!isStopword(word) && (finiteNumbers(word).length === 0 || lefffGender(word) !== undefined)) return false;
    }
    return true;
  });
}

let locutionNouns: ReadonlySet<string> | undefined;
/** "la tête (du club)", "le fruit (du hasard)": a noun that heads a locution more often than it names a thing (lexicon/french.json). */
const isLocutionNoun = (word: string): boolean =>
  (locutionNouns ??= new Set(loadJson<{ readonly locutionNouns: readonly string[] }>('lexicon/french.json').locutionNouns.map(phraseWordKey))).has(word);

/** "l’exposition notons": a word after the noun that ends as a verb of "nous" or "vous" and that the lexicon knows as no noun. */
const verbLike = (phrase: string): boolean => phrase.split(/\s+/u).slice(1).some((w) => /(?:ons|ez)$/u.test(w) && describeNoun(w).from === 'rule');

/** Whether each word after "de", "du", "des" or "d’" in a phrase is a noun the lexicon knows ("l’eau de rester" is not a noun phrase). */
function complementsAreNouns(phrase: string): boolean {
  const words = phrase.split(/\s+|(?<=’)/u);
  return words.every((word, i) => i === 0 || !GOES_ON.has(words[i - 1]!.toLowerCase()) || LINKS.has(word.toLowerCase().replace(/’$/u, '')) || describeNoun(word).from === 'lefff' || describeNoun(word).from === 'dictionary');
}

const textKeys = new Map<string, readonly string[]>();
/** Past this many texts the keys start again: a batch of thousands of sources keeps a bounded map. */
const MAX_TEXT_KEYS = 20_000;
/** A text's words, each by its plural-insensitive key (worked out once a text: every section compares with all the rest). */
function keysOf(text: string): readonly string[] {
  let keys = textKeys.get(text);
  if (keys === undefined) {
    if (textKeys.size >= MAX_TEXT_KEYS) textKeys.clear();
    textKeys.set(text, (keys = (text.toLowerCase().match(/[a-zà-öø-ÿā-ſ\d][a-zà-öø-ÿā-ſ\d-]*/gu) ?? []).map(phraseWordKey)));
  }
  return keys;
}

/** How often the texts write each word (by its key). */
function wordCounts(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const key of keysOf(text)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** Whether one of the texts writes these words (by their keys) one after the other. */
function writtenIn(texts: readonly string[], words: readonly string[]): boolean {
  return texts.some((text) => {
    const keys = keysOf(text);
    for (let i = keys.indexOf(words[0]!); i >= 0 && i + words.length <= keys.length; i = keys.indexOf(words[0]!, i + 1)) if (words.every((w, k) => keys[i + k] === w)) return true;
    return false;
  });
}

/**
 * The noun phrase most particular to a section, as the source writes it with its article ("Le plan de sauvegarde de
 * l’emploi"): a phrase the section holds and no other part of the text, whose noun comes back in the section more
 * than elsewhere, of words the rest of the text seldom writes. None when no phrase is whole, the heading would be too
 * long, or it would say the keyphrase alone.
 */
export function particularPhrase(section: readonly string[], others: readonly string[], keyphrase: string): string | undefined {
  const inSection = wordCounts(section);
  const elsewhere = wordCounts(others);
  const particular = (word: string): number => (inSection.get(word) ?? 0) / (1 + (elsewhere.get(word) ?? 0));
  const phrases = nounPhrases(section);
  // "l’agence régionale" that the section always writes "l’agence régionale de santé": a name cut short. The most
  // times a longer phrase that opens on them is written, by the words it opens on.
  const longest = new Map<string, number>();
  for (const phrase of phrases) {
    for (let n = 1; n < phrase.words.length; n++) {
      const key = phrase.words.slice(0, n).join(' ');
      longest.set(key, Math.max(longest.get(key) ?? 0, phrase.count));
    }
  }
  let best: { text: string; score: number } | undefined;
  for (const phrase of phrases) {
    const words = contentWords(phrase);
    if (words.length < 2 || phrase.proper || unsafe(phrase) || (longest.get(phrase.words.join(' ')) ?? 0) >= phrase.count) continue;
    // "Frequent there": its noun comes back in the section ("au monde autorisé" is no subject of it), more than elsewhere.
    const head = inSection.get(words[0]!) ?? 0;
    if (head < 2 || head <= (elsewhere.get(words[0]!) ?? 0) / 2) continue;
    // Frequent in the section and rare elsewhere; the first of equals, where a paragraph says what it is about.
    const score = (phrase.count * words.reduce((n, w) => n + particular(w), 0)) / Math.sqrt(words.length);
    if (score < MIN_PARTICULAR || (best && score <= best.score)) continue;
    const text = phrase.withDeterminer;
    if (text === undefined || text.length > config.maxHeadingLength || phrase.generic || fold(phrase.text) === fold(keyphrase)) continue;
    // "l’eau de rester": a complement that is no noun is a verb's.
    if (isLocutionNoun(words[0]!) || isLocutionNoun(words[words.length - 1]!) || verbLike(phrase.text) || !complementsAreNouns(phrase.text)) continue;
    if (!isNounPhrase(text) || !whole(phrase.text, section) || writtenIn(others, phrase.words)) continue;
    best = { text, score };
  }
  return best === undefined ? undefined : capitalise(best.text);
}

/** A heading from the section's most particular noun phrase (particularPhrase), when it has one not used yet. */
export function phraseHeading(context: WriteContext, sentences: readonly Sentence[], slot: string, used: UsedHeadings, level: 2 | 3): DraftHeading | undefined {
  // A long source (a report, not a news text) has hundreds of sections to compare with all the rest: its topics name them.
  if (context.sentences.length > config.maxSentencesForPhraseHeadings) return undefined;
  const ids = new Set(sentences.map((s) => s.id));
  const others = context.sentences.filter((s) => !ids.has(s.id) && s.origin === 'body').map((s) => s.text);
  const text = particularPhrase(sentences.map((s) => s.text), others, context.keyphrase.text);
  if (text === undefined || used.has(text)) return undefined;
  used.add(text);
  const withKp = fill(context.chooser, 'heading.topic.kp', slot, { kp: context.keyphrase.text, heading: lowerFirst(text) });
  return { type: 'heading', level, text: typeset(text), withKeyphrase: withKp.text, provenance: { sources: [...ids], template: `heading.phrase:${slot}` } };
}

/**
 * A heading a question can surely name ("le parcours sportif"): no word after the first that may be a
 * finite verb without being a noun ("Le maillot jaune résiste", "Les élus s’inquiètent" are sentences;
 * "attaque" is a noun too). An adjective that is also a verb form ("politique") makes it unsure: false.
 * A word that is both, right after a noun or an adjective rather than an article or a preposition, is the
 * verb ("Le long-courrier reste à la traîne", "La grève continue"; "le reste du budget" is a noun).
 */
export function isNounPhrase(heading: string): boolean {
  const words = heading.split(/\s+/u);
  return !words.slice(1).some((word, i) => {
    const verb = word.replace(/^[snm]’/u, '');
    if (!/^\p{Ll}+$/u.test(verb) || finiteNumbers(verb).length === 0) return false;
    return verb !== word || lefffGender(verb) === undefined || !isStopword(words[i]!.toLowerCase().replace(/’$/u, ''));
  });
}
