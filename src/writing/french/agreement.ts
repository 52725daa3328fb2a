/**
 * Determiners and adjectives that agree with their noun: le/la/l’/les, un/une/des, ce/cet/cette/ces,
 * son/sa/ses, nouveau/nouvel/nouvelle. The choice is french-determiners' and french-adjectives';
 * gender and number come from nouns.ts, elision from 02-elision.ts (french-contractions, with the
 * h aspiré and Plume's overrides). Every function returns undefined when the gender it needs is
 * unknown (a proper name the dictionary lacks): the caller then writes the name without one.
 */
import { createRequire } from 'node:module';
import type { DetType } from 'french-determiners';
import type { Gender, GrammaticalNumber } from './nouns.js';
import { describeNoun, plainText } from './nouns.js';
import { startsElision } from './02-elision.js';

export type { Gender, GrammaticalNumber, Noun } from './nouns.js';
export { describeNoun, genderOf, numberOf } from './nouns.js';

export type DeterminerKind = 'definite' | 'indefinite' | 'demonstrative' | 'possessive';

export interface AgreementOptions {
  /** What the caller knows better than the lexicon (the source wrote "la" before the phrase). */
  readonly gender?: Gender;
  readonly number?: GrammaticalNumber;
}

export interface DeterminerOptions extends AgreementOptions {
  /** An adjective between the determiner and the noun, in its base form ("nouveau"): it is agreed, and decides elision. */
  readonly adjective?: string;
  /** Possessive only: one owner (son, sa, ses; the default) or several (leur, leurs). */
  readonly owners?: GrammaticalNumber;
}

export interface AdjectiveOptions extends AgreementOptions {
  /** Before the noun (the default: nouvel investisseur, bel hôpital) or after it, or as an attribute. */
  readonly position?: 'before' | 'after';
}

const KINDS: Readonly<Record<DeterminerKind, DetType>> = {
  definite: 'DEFINITE',
  indefinite: 'INDEFINITE',
  demonstrative: 'DEMONSTRATIVE',
  possessive: 'POSSESSIVE',
};

// Required on first use: the CLI's cold start pays only for the packages an article needs.
const require = createRequire(import.meta.url);
let determiners: typeof import('french-determiners') | undefined;
let adjectives: typeof import('french-adjectives') | undefined;
const getDet: typeof import('french-determiners').getDet = (...args) => (determiners ??= require('french-determiners') as typeof import('french-determiners')).getDet(...args);
const agree: typeof import('french-adjectives').agree = (...args) => (adjectives ??= require('french-adjectives') as typeof import('french-adjectives')).agree(...args);

const firstWord = (text: string): string => plainText(text).split(' ')[0] ?? '';

function features(nounPhrase: string, options: AgreementOptions): { gender: Gender | undefined; number: GrammaticalNumber } {
  const noun = describeNoun(nounPhrase);
  return { gender: options.gender ?? noun.gender, number: options.number ?? noun.number };
}

/**
 * The adjective agreed with the noun phrase: agreeAdjective('nouveau', 'investisseur') → "nouvel",
 * ('nouveau', 'puces') → "nouvelles", ('nouveau', 'héros') → "nouveau" (h aspiré).
 */
export function agreeAdjective(adjective: string, nounPhrase: string, options: AdjectiveOptions = {}): string | undefined {
  const { gender, number } = features(nounPhrase, options);
  if (!gender) return undefined;
  const before = (options.position ?? 'before') === 'before';
  const noun = firstWord(nounPhrase);
  // french-adjectives asks french-contractions whether the noun elides; Plume's answer includes its overrides.
  return agree(adjective, gender, number, noun, before, before ? { [noun]: { contracts: startsElision(noun) } } : undefined);
}

/** An article, French or foreign, that opens a name: "El Niño", "La Réunion", "Los Angeles", "The Economist". */
const OWN_ARTICLE = /^(?:El|La|Le|Les|Los|Las|Il|The|Der|Die|Das) \p{Lu}/u;

/**
 * The determiner of a noun phrase (written without one), elided where French elides it:
 * determiner('definite', 'investisseur') → "l’", ('demonstrative', 'hôpital') → "cet",
 * ('demonstrative', 'héros') → "ce", ('indefinite', 'puces', { adjective: 'nouveau' }) → "de".
 */
export function determiner(kind: DeterminerKind, nounPhrase: string, options: DeterminerOptions = {}): string | undefined {
  // "El Niño", "La Réunion", "Los Angeles": a name that carries its own article takes no other.
  if (OWN_ARTICLE.test(nounPhrase)) return undefined;
  const { gender, number } = features(nounPhrase, options);
  const adjective = options.adjective === undefined ? undefined : agreeAdjective(options.adjective, nounPhrase, options);
  if (options.adjective !== undefined && adjective === undefined) return undefined;
  const next = adjective ?? firstWord(nounPhrase);
  const elides = startsElision(next);
  const owners = options.owners ?? 'S';
  if (number === 'S' && elides) {
    // Before a vowel the gender does not show: l’entreprise, son entreprise, cet hôpital (and cette IA).
    if (kind === 'definite') return 'l’';
    if (kind === 'possessive') return owners === 'S' ? 'son' : 'leur';
  }
  if (!gender && number === 'S' && !(kind === 'possessive' && owners === 'P')) return undefined;
  const chosen = getDet(KINDS[kind], gender ?? 'M', number, owners, adjective !== undefined, `${adjective ?? ''} ${plainText(nounPhrase)}`, false);
  if (chosen === 'ce' && elides) return 'cet';
  if (chosen === 'de' && elides) return 'd’';
  return chosen;
}

/** The noun phrase with its determiner (and adjective): "l’investisseur", "cet hôpital", "le nouvel hôpital". */
export function withDeterminer(kind: DeterminerKind, nounPhrase: string, options: DeterminerOptions = {}): string | undefined {
  const chosen = determiner(kind, nounPhrase, options);
  if (chosen === undefined) return undefined;
  const adjective = options.adjective === undefined ? '' : `${agreeAdjective(options.adjective, nounPhrase, options)} `;
  return `${chosen}${chosen.endsWith('’') ? '' : ' '}${adjective}${nounPhrase}`;
}
