/**
 * Gender and number of a French noun phrase, from its head word (the first: "système" in "système
 * d’exploitation", "tour" in "tour Eiffel"). Resolved as everywhere in Plume: the custom dictionary
 * (lexicon/gender.json) → the Lefff → a rule (acronyms masculine, endings learnt from the Lefff).
 * A proper name neither of them knows ("Sam Altman", "Samsung") has no gender: callers say it
 * without a determiner.
 */
import { createRequire } from 'node:module';
import { loadJson } from '../../data.js';
import { lowerFirst } from '../../text.js';
import type { Gender } from './lefff.js';
import { genderByEnding, lefffGender } from './lefff.js';
import { CLOSE, OPEN } from './segments.js';

export type { Gender } from './lefff.js';
export type GrammaticalNumber = 'S' | 'P';

export interface Noun {
  /** The word that gives the phrase its gender and number. */
  readonly head: string;
  /** Undefined for a proper name that neither the dictionary nor the Lefff knows. */
  readonly gender: Gender | undefined;
  readonly number: GrammaticalNumber;
  /** One form for both numbers ("cas", "relais", "GPU"): `number` is then only the default, S. */
  readonly invariable: boolean;
  readonly from: 'dictionary' | 'lefff' | 'rule' | 'unknown';
}

/**
 * Values: "M" or "F", followed by "P" for a name that is always plural ("États-Unis": "MP"); "-" for a name said
 * without an article though its head would give it one ("France Travail", "Radio France").
 */
interface GenderDictionary { readonly nouns: Readonly<Record<string, string>> }

type Found = Omit<Noun, 'head'>;

// Required on first use (a plural head word), like the other CommonJS packages of agreement.
const require = createRequire(import.meta.url);
let words: typeof import('french-words') | undefined;
const getPlural: typeof import('french-words').getPlural = (...args) => (words ??= require('french-words') as typeof import('french-words')).getPlural(...args);

const ACRONYM = /^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9&]+$/u;
const CAPITALISED = /^[A-ZÀ-ÖØ-ÞŒ]/u;
const LOWER_WORD = /^[a-zß-öø-ÿœæ’-]+$/u;
/** Words that join the parts of a name ("Tapisserie de Bayeux", "Tahnoun ben Zayed"): not a sign of a common noun phrase. */
const JOINING = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'à', 'au', 'aux', 'en', 'sur', 'sous', 'ben', 'bin', 'al', 'el', 'van', 'von', 'der', 'den', 'di', 'da', 'dos', 'del', 'y']);

/** The text of a slot value without its protection marks, in NFC, with Plume's apostrophe. */
export function plainText(text: string): string {
  return text.replaceAll(OPEN, '').replaceAll(CLOSE, '').normalize('NFC').replace(/'/g, '’').trim().replace(/\s+/gu, ' ');
}

let beforeNoun: ReadonlySet<string> | undefined;
/** Adjectives that stand before their noun ('vaste étude', 'ancien maire'), lower case (lexicon/french.json). */
export const adjectivesBeforeNoun = (): ReadonlySet<string> => (beforeNoun ??= new Set(loadJson<{ adjectivesBeforeNoun: readonly string[] }>('lexicon/french.json').adjectivesBeforeNoun));

let unique: ReadonlySet<string> | undefined;
const uniqueFunctions = (): ReadonlySet<string> => (unique ??= new Set(loadJson<{ uniqueFunctions: readonly string[] }>('lexicon/french.json').uniqueFunctions));

/**
 * A role as the attribute of "être": "la conseillère municipale" → "conseillère municipale". With its
 * definite article after "est", a function without a complement would make its holder the only one
 * ("Sophie Le Gall est la conseillère municipale"); French says a function there without one. A role
 * with a complement ("le maire de Rennes", "la ministre chargée de l’Espace") or that opens on an
 * adjective ("le nouveau premier ministre"), or a function one person holds ("le président français",
 * lexicon/french.json), names one holder, and keeps its article.
 */
export function asAttribute(role: string): string {
  const bare = /^(?:le |la |l’)(\p{Ll}[\p{L}-]*)((?: [\p{Ll}-]+)*)$/u.exec(role);
  if (!bare || adjectivesBeforeNoun().has(bare[1]!) || uniqueFunctions().has(bare[1]!) || /(?:^| )(?:de|du|des|à|au|aux)(?= |$)|(?:^| )d’/u.test(bare[2]!)) return role;
  return `${bare[1]}${bare[2]}`;
}

let dictionary: ReadonlyMap<string, string> | undefined;

function dictionaryEntry(form: string): Found | undefined {
  // A Map, so that a word such as "constructor" finds nothing on Object.prototype.
  dictionary ??= new Map(Object.entries(loadJson<GenderDictionary>('lexicon/gender.json').nouns));
  const value = dictionary.get(form) ?? dictionary.get(lowerFirst(form)) ?? dictionary.get(form.toLowerCase());
  if (value === undefined) return undefined;
  // No gender: callers say it as a name the dictionary does not know, without a determiner.
  if (value === '-') return { gender: undefined, number: 'S', invariable: true, from: 'dictionary' };
  const plural = value.endsWith('P');
  return { gender: value.startsWith('F') ? 'F' : 'M', number: plural ? 'P' : 'S', invariable: plural || ACRONYM.test(form) || /[sxz]$/u.test(form), from: 'dictionary' };
}

/** The singulars whose plural (french-words' rule) is `word`: "puces" → "puce", "travaux" → "travail". */
function singulars(word: string): string[] {
  const candidates = [word.replace(/[sx]$/u, ''), word.replace(/aux$/u, 'al'), word.replace(/aux$/u, 'ail')];
  return [...new Set(candidates)].filter((c) => c !== word && c.length >= 2 && getPlural(null, c) === word);
}

function lefff(word: string): Gender | undefined {
  return lefffGender(word) ?? (CAPITALISED.test(word) ? lefffGender(word.toLowerCase()) : undefined);
}

/** A word as the Lefff knows it, or its singular; `plurals: false` for names ("Paris" is not the plural of "pari"). */
function lexical(word: string, plurals: boolean): Found | undefined {
  const gender = lefff(word);
  if (gender) return { gender, number: 'S', invariable: /[sxz]$/u.test(word), from: 'lefff' };
  if (!plurals) return undefined;
  for (const singular of singulars(word)) {
    const found = dictionaryEntry(singular) ?? lexical(singular, false);
    if (found) return { ...found, number: 'P', invariable: false };
  }
  return undefined;
}

/**
 * A common word the Lefff lacks: its head part when it is a compound ("chefs-d’œuvre" → chef,
 * "beaux-arts" → arts, "cyberattaque" → attaque), else the endings rule ("cloud" → M).
 */
function compound(word: string): Found | undefined {
  const parts = word.split('-');
  // "contre-la-montre", "hors-la-loi": the noun after the article is a complement, not the head; a phrase
  // made a noun is masculine.
  if (parts.length > 2 && /^(?:la|le|les)$/u.test(parts[1]!)) return { gender: 'M', number: 'S', invariable: true, from: 'rule' };
  if (parts.length > 1) {
    const withComplement = /^([^-]+)-(?:de-|d’|du-|des-|à-)/u.exec(word);
    const head = withComplement ? withComplement[1]! : parts[parts.length - 1]!;
    return common(head);
  }
  for (let start = 3; start <= word.length - 4; start++) {
    const tail = lexical(word.slice(start), true);
    if (tail) return tail;
  }
  return undefined;
}

function common(word: string): Found {
  const found = dictionaryEntry(word) ?? lexical(word, true) ?? compound(word);
  if (found) return found;
  const singular = /[^sxz][sx]$/u.test(word) && word.length > 3 ? word.slice(0, -1) : undefined;
  return { gender: genderByEnding(singular ?? word), number: singular ? 'P' : 'S', invariable: false, from: 'rule' };
}

/** A capitalised head: a name, unless the dictionary or the Lefff knows the word ("Commission européenne", "Tapisserie de Bayeux"). */
function proper(head: string, words: readonly string[]): Found {
  // "Jeux olympiques", "Émirats arabes unis": a plural head is read as such only in a phrase with an adjective.
  const adjective = words.slice(1).some((w) => LOWER_WORD.test(w) && !JOINING.has(w) && !/^[dl]’/u.test(w));
  const found = lexical(head, adjective);
  return found ?? { gender: undefined, number: 'S', invariable: false, from: 'unknown' };
}

/** An acronym the dictionary lacks: the Lefff's few ("ADSL", "FM"), else masculine ("le CNRS"). */
function acronym(head: string): Found {
  // "GPUs" is read as the plural of "GPU"; French mostly leaves acronyms invariable ("les GPU").
  const plural = /[A-Z]s$/u.test(head);
  const singular = plural ? head.slice(0, -1) : head;
  const found = dictionaryEntry(singular) ?? (lefffGender(singular) ? { gender: lefffGender(singular), from: 'lefff' as const } : undefined);
  return { gender: found?.gender ?? 'M', number: plural ? 'P' : 'S', invariable: !plural, from: found?.from ?? 'rule' };
}

const cache = new Map<string, Noun>();

/** Gender and number of a noun phrase written without its determiner ("puces", "tour Eiffel", "IA"). */
export function describeNoun(nounPhrase: string): Noun {
  const text = plainText(nounPhrase);
  let noun = cache.get(text);
  if (noun) return noun;
  const words = text.split(' ');
  // "vaste étude", "nouvelle loi": an adjective before the noun leaves the noun to say gender and number.
  if (words.length > 1 && adjectivesBeforeNoun().has(words[0]!)) words.shift();
  const head = (words[0] ?? '').replace(/[.,;:!?»)]+$/u, '');
  const found =
    dictionaryEntry(text) ??
    (ACRONYM.test(head) || /^[A-Z]{2,}s$/u.test(head)
      ? dictionaryEntry(head) ?? acronym(head)
      : CAPITALISED.test(head)
        ? dictionaryEntry(head) ?? proper(head, words)
        : common(head));
  noun = { head, ...found };
  // A batch of thousands of articles must not grow the cache without end.
  if (cache.size >= 10_000) cache.clear();
  cache.set(text, noun);
  return noun;
}

/** Whether the dictionary lists the whole phrase, a name of several words ("Côte d’Ivoire", "Tour de France"). */
export function isDictionaryPhrase(nounPhrase: string): boolean {
  return dictionaryEntry(plainText(nounPhrase)) !== undefined;
}

/** The gender of a noun phrase's head, or undefined for a proper name the dictionary does not list. */
export function genderOf(nounPhrase: string): Gender | undefined {
  return describeNoun(nounPhrase).gender;
}

/** Singular or plural, read from the head word's form ("puces" P, "puce" S; "cas" S by default). */
export function numberOf(nounPhrase: string): GrammaticalNumber {
  return describeNoun(nounPhrase).number;
}
