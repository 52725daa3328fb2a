/**
 * What a figure is to its sentence, read from the words around it: a reference the news counts by or names a group
 * with, rather than a measure of it ("pour 100 000 habitants", "les enfants de moins de 15 ans", "Karim Haddad,
 * 34 ans"), and what a bare share is of ("40 % des personnes hospitalisées"). The lists of the article's figures,
 * which read each figure out of its sentence, need both (lexicon/figures.json).
 */
import { loadJson } from '../data.js';
import { isLefffNoun, isStopword } from './entities.js';
import { alternativesOf, escapeRegExp } from '../text.js';
import { finiteNumbers } from '../writing/french/verbs.js';
import { lefffGender } from '../writing/french/lefff.js';

interface FigureLexicon {
  readonly rateBases: readonly string[];
  readonly openEnded: readonly string[];
  readonly ageOpeners: readonly string[];
  readonly havingAge: readonly string[];
  readonly ageAtNot: readonly string[];
  readonly relativeTimes: readonly string[];
  readonly deaths: readonly string[];
  readonly persons: readonly string[];
  readonly counted: readonly string[];
  readonly thresholds: readonly string[];
  readonly sizedGroups: readonly string[];
  readonly thresholdWords: number;
  readonly shareLinks: readonly string[];
  readonly shareWords: number;
  readonly shareEnds: readonly string[];
}

interface Patterns {
  readonly rateBase: RegExp;
  readonly openEnded: RegExp;
  readonly ageOpener: RegExp;
  readonly havingAge: RegExp;
  readonly ageAt: RegExp;
  readonly relativeTime: RegExp;
  readonly death: RegExp;
  readonly persons: ReadonlySet<string>;
  readonly counted: ReadonlySet<string>;
  readonly sizedGroups: ReadonlySet<string>;
  readonly lengths: ReadonlySet<string>;
  readonly approximation: RegExp;
  readonly threshold: RegExp;
}

let patterns: Patterns | undefined;


function patternsOf(): Patterns {
  if (patterns) return patterns;
  const lexicon = loadJson<FigureLexicon>('lexicon/figures.json');
  const { roles } = loadJson<{ readonly roles: readonly string[] }>('lexicon/roles.json');
  const { nationalities } = loadJson<{ readonly nationalities: readonly string[] }>('lexicon/nationalities.json');
  const { dimensions } = loadJson<{ readonly dimensions: readonly string[] }>('lexicon/markers.json');
  const { approximations } = loadJson<{ readonly approximations: readonly string[] }>('lexicon/numbers.json');
  // "et 31 ans" of "âgés de 24 et 31 ans": the second age of two that the opener gives.
  const bound = String.raw`(?:(?:plus|moins)\s+de\s+)?(?:\d+\s+(?:et|à)\s+)?`;
  patterns = {
    rateBase: new RegExp(String.raw`(?:^|\s)(${alternativesOf(lexicon.rateBases)})\s+$`, 'iu'),
    openEnded: new RegExp(String.raw`^\s+(?:${alternativesOf(lexicon.openEnded)})(?![\p{L}\d])`, 'iu'),
    ageOpener: new RegExp(String.raw`(?:^|[\s’'(])(?:${alternativesOf(lexicon.ageOpeners)})\s+${bound}$`, 'iu'),
    havingAge: new RegExp(String.raw`(?:^|\s)(?:${alternativesOf(lexicon.havingAge)})\s+(?:plus|moins)\s+de\s+$`, 'iu'),
    // "à 17 ans", "jusqu’à 64 ans", not "condamné à 12 ans".
    ageAt: new RegExp(String.raw`(?:^|[\s’'(])(?<!(?:^|[\s’'(])(?:${alternativesOf(lexicon.ageAtNot)})\s+)à\s+$`, 'iu'),
    relativeTime: new RegExp(String.raw`^\s+(?:${alternativesOf(lexicon.relativeTimes)})(?![\p{L}\d])`, 'iu'),
    death: new RegExp(String.raw`(?:^|\s)(?:${alternativesOf(lexicon.deaths)})\s+à\s+$`, 'iu'),
    persons: new Set([...lexicon.persons, ...roles, ...nationalities, ...nationalities.map((n) => `${n}s`)].map((w) => w.toLowerCase())),
    counted: new Set(lexicon.counted),
    sizedGroups: new Set(lexicon.sizedGroups.map((w) => w.toLowerCase())),
    lengths: new Set(dimensions),
    approximation: new RegExp(String.raw`(?:^|\s)(?:${alternativesOf(approximations)})\s*$`, 'iu'),
    // The threshold's noun, then a few words without a figure or the end of a clause ("l’objectif fixé par l’OMS est de").
    threshold: new RegExp(String.raw`(?<![\p{L}-])(${alternativesOf(lexicon.thresholds)})(?![\p{L}’-])((?:[^\d.;:!?]*?[\s’])?)$`, 'iu'),
  };
  return patterns;
}

/** "femme", "passager", "gagnant": a noun of a person, as the lexicon lists them (figures.json persons, roles, nationalities). */
export const isPersonNoun = (word: string): boolean => patternsOf().persons.has(word.toLowerCase());

/** 100, 1 000, 100 000: a round figure a rate is counted per. */
function isPowerOfTen(value: string): boolean {
  const digits = value.replace(/[\s\u00A0\u202F]/gu, '');
  return /^10{2,}$/u.test(digits);
}

export interface FigureAt {
  /** The whole sentence. */
  readonly text: string;
  /** Where the figure's digits start in it, and where its phrase ends. */
  readonly start: number;
  readonly end: number;
  /** The digits ("100 000"). */
  readonly value: string;
  /** The noun after the figure ("habitants", "ans"), lower case, or "" when it has none. */
  readonly unit: string;
  readonly kind: 'amount' | 'percent' | 'year' | 'date' | 'count';
}

/**
 * Whether the figure is a reference, not a measure of the news: the base of a rate ("312 cas pour 100 000
 * habitants"), the bound of a group ("les enfants de moins de 15 ans", "les communes de moins de 3 500 habitants",
 * "les personnes âgées de 65 ans et plus", "46 % des spectateurs ont moins de 25 ans") or a person's age ("Karim
 * Haddad, 34 ans", "une femme de 78 ans", "âgé de 67 ans", "mort à 72 ans", "entrée à 17 ans à l’École"), an hour
 * of the day ("entre 20 heures et 8 heures"), the whole of a part ("79 des 87 personnes"), a length that says when
 * from another fact ("17 ans plus tard"). A length of time stays a measure ("une peine de 12 ans", "pendant 150 ans",
 * "condamné à 12 ans").
 */
export function isReference(figure: FigureAt): boolean {
  if (figure.kind !== 'count') return false;
  if (isRateBase(figure)) return true;
  const p = patternsOf();
  const before = figure.text.slice(Math.max(0, figure.start - 60), figure.start);
  const after = figure.text.slice(figure.end);
  // "les entreprises de plus de 50 salariés", "les enfants de moins de 15 ans": a group's noun, then its bound.
  const groupNoun = /(?:^|[\s’])(\p{L}+)\s+de\s+(?:plus|moins)\s+de\s+$/u.exec(before)?.[1]?.toLowerCase();
  if (groupNoun !== undefined && p.counted.has(figure.unit) && p.sizedGroups.has(groupNoun)) return true;
  if (figure.unit === 'heures' && isHourOfDay(figure.value, before, after)) return true;
  // "79 des 87 personnes", "23 des 33 sièges": the whole of a part, which says how many there are to count from.
  if (/(?:^|\s)\d[\d\u00A0\u202F ]*\s+des\s+$/u.test(before)) return true;
  // "17 ans plus tard": a length that says when only from another fact.
  if (figure.unit !== '' && isRelativeTime(after)) return true;
  if (figure.unit !== 'ans' || !/^\d+$/u.test(figure.value)) return false;
  // "les demandeurs d’emploi de moins de 55 ans": under an age, a group; over one, a group of persons ("les personnes de
  // plus de 65 ans"), or a length ("une peine de plus de 10 ans").
  if (groupNoun !== undefined && (/de\s+moins\s+de\s+$/u.test(before) || /[sx]$/u.test(groupNoun) || p.persons.has(groupNoun))) return true;
  if (p.openEnded.test(after) || p.ageOpener.test(before) || p.havingAge.test(before) || p.death.test(before)) return true;
  // "entre à 17 ans à l’École", "un retour à 62 ans": an age after "à", unless a complement makes it a length ("à 20 ans de prison").
  if (p.ageAt.test(before) && /^\d+\s+ans$/u.test(figure.text.slice(figure.start, figure.end))) return true;
  // "Karim Haddad, 34 ans, et…", "Karim Haddad (34 ans)": an age in apposition to a name.
  if (/\p{Lu}[\p{L}’-]*(?:,\s|\s\()$/u.test(before) && /^\s*(?:[,.;)]|et\s|$)/u.test(after)) return true;
  // "À 19 ans, l’ailier…": an age opens the sentence.
  if (/^\s*À\s+$/u.test(before) && /^\s*,/u.test(after)) return true;
  // "une femme de 78 ans", "la Kényane de 27 ans": a person's age after "de".
  const noun = /(?:^|[\s’])(\p{L}+)\s+de\s+$/u.exec(before)?.[1]?.toLowerCase();
  return noun !== undefined && p.persons.has(noun);
}

/** Whether the words `after` a length of time place it from another fact ("plus tard", "auparavant"). */
export function isRelativeTime(after: string): boolean {
  return patternsOf().relativeTime.test(after);
}

/**
 * Whether the figure is the base of a rate, a round figure that the measure before it is counted per ("100 000
 * habitants" of "312 cas pour 100 000 habitants", "1 000 naissances" of "3,5 décès sur 1 000 naissances"); not an
 * extent after "sur" ("sur 1 000 kilomètres de côtes").
 */
export function isRateBase(figure: FigureAt): boolean {
  if (figure.kind !== 'count' || !isPowerOfTen(figure.value)) return false;
  const p = patternsOf();
  const base = p.rateBase.exec(figure.text.slice(Math.max(0, figure.start - 60), figure.start))?.[1]?.toLowerCase();
  return base !== undefined && !(base === 'sur' && p.lengths.has(figure.unit));
}

/**
 * "entre 20 heures et 8 heures", "de 5 heures à minuit", "à partir de 21 heures": hours that say when in the day, as
 * "à 21 heures" does (findNumbers leaves those out), not how long ("pendant 24 heures", "dans les 24 heures").
 */
function isHourOfDay(value: string, before: string, after: string): boolean {
  if (!/^\d{1,2}$/u.test(value) || Number(value) > 24) return false;
  return (/(?:^|\s)entre\s+$/iu.test(before) && /^\s+et\s+\d{1,2}\s+heures?/u.test(after))
    || /(?:^|\s)entre\s+\d{1,2}\s+heures?\s+et\s+$/iu.test(before)
    || (/(?:^|\s)de\s+$/iu.test(before) && /^\s+à\s+(?:\d{1,2}\s+heures?|minuit|midi)/u.test(after))
    || /(?:^|\s)de\s+\d{1,2}\s+heures?\s+à\s+$/iu.test(before)
    || /(?:^|\s)à\s+partir\s+de\s+$/iu.test(before);
}

/** A word the Lefff reads as a finite verb and not as a noun ("avaient", "pourraient"): it ends a noun phrase. */
const isVerb = (word: string): boolean => finiteNumbers(word.toLowerCase()).length > 0 && lefffGender(word.toLowerCase()) === undefined;

/** "utilisés", "prévue": a past participle the Lefff knows as no noun. */
const isParticiple = (word: string): boolean => /(?:é|ée|és|ées|is|ise|ises|it|ite|its|ites)$/u.test(word) && !isLefffNoun(word.toLowerCase());

/**
 * A word that may open what a share is of, after its article: a noun ("des personnes", which the stopwords hold), or
 * a word that is no stopword nor verb ("des voix", "des TER", "des nouveaux étoilés"). Not a figure: "90,8 % des
 * 712 400 candidats" would list the candidates twice.
 */
const opensPhrase = (word: string): boolean => /^\p{L}/u.test(word) && (isLefffNoun(word.toLowerCase()) || (!isStopword(word) && !isVerb(word)));

let linkPattern: RegExp | undefined;

/**
 * What a bare share is of, as written after it (" des personnes hospitalisées", " du cheptel départemental",
 * " de la population active"), or undefined when its sentence does not say it in words a list can lift: none
 * follows ("en hausse de 46 %"); the share is the size of a change ("une chute de 35 % des ventes" is no 35 % of
 * the sales) or one of a series ("de 30 %, 25 % et 50 % des vols"); a possessive or a demonstrative points back
 * ("41 % de ses effectifs"); the phrase runs longer than the lexicon lets a list lift.
 */
export function shareOf(text: string, start: number, end: number): string | undefined {
  const { shareLinks, shareWords, shareEnds } = loadJson<FigureLexicon>('lexicon/figures.json');
  const p = patternsOf();
  let before = text.slice(Math.max(0, start - 40), start);
  // "près de 40 %": the approximation is the figure's; what comes before it says what the figure is to the sentence.
  before = before.replace(p.approximation, ' ');
  if (/(?:^|[\s’])(?:de|d’)\s*$/iu.test(before) || /(?:%|pour cent)\s*(?:,|et|ou)\s*$/u.test(before)) return undefined;
  // The words up to a mark that ends a phrase; a decimal comma ("3,5") is no such mark.
  const after = /^[^,;:.!?()«»"—–]*/u.exec(text.slice(end).replace(/(\d)[,.](\d)/gu, '$1\u0000$2'))![0].replace(/\u0000/gu, ',');
  // "des ", "de l’": a link is a word of its own ("du" is not the start of "durable").
  linkPattern ??= new RegExp(String.raw`^\s+(?:${shareLinks.map((l) => (l.endsWith('’') ? escapeRegExp(l) : String.raw`${escapeRegExp(l)}\s+`)).join('|')})`, 'u');
  const link = linkPattern.exec(after);
  if (!link) return undefined;
  const tokens = after.slice(link[0].length).split(/[\s\u00A0\u202F]+/u).filter((t) => t !== '');
  // "de l’île": an elided article opens the word it goes with.
  const bare = (token: string): string => token.replace(/^(?:l’|d’)/u, '');
  if (tokens.length === 0 || !opensPhrase(bare(tokens[0]!))) return undefined;
  const kept: string[] = [tokens[0]!];
  let ended = tokens.length === 1 ? 'end' : '';
  for (let i = 1; i < tokens.length && ended === ''; i++) {
    const token = tokens[i]!;
    if (kept.length >= shareWords) return undefined;
    // "des personnes âgées de 65 ans et plus": a figure inside the phrase may have its own bound after it; a phrase
    // that holds one is not lifted.
    if (/^\d/u.test(token)) return undefined;
    // "de", "du", "des", "de la", "d’affaires", "l’île": a complement goes on, up to its noun.
    if (/^(?:de|du|des|la|l’.+|d’.+)$/u.test(token)) kept.push(token);
    else if (shareEnds.includes(token.toLowerCase())) ended = 'preposition';
    // "des chèques n’ont pas été utilisés": an elided negation or pronoun opens the verb's group.
    else if (isStopword(token) || (/^\p{Ll}+ant$/u.test(token) && !isLefffNoun(token)) || /^(?:n|s|qu|c|j|m|t)’/iu.test(token)) ended = 'word';
    else if (isVerb(token)) ended = 'verb';
    else kept.push(token);
    if (i === tokens.length - 1 && ended === '') ended = 'end';
  }
  // A complement cut before its noun ("des vols de") says nothing.
  while (kept.length > 0 && /^(?:de|du|des|la)$/u.test(kept[kept.length - 1]!)) kept.pop();
  // "des principes actifs utilisés en Europe": a participle cut from its own complement says it half.
  // "des personnes interrogées lui accordent…" keeps it.
  if (ended === 'preposition' && kept.length > 1 && isParticiple(kept[kept.length - 1]!)) kept.pop();
  if (kept.length === 0) return undefined;
  return `${link[0].replace(/\s+$/u, ' ').replace(/’\s$/u, '’')}${kept.join(' ')}`;
}

/**
 * Whether the figure starting at `start` is quoted as a threshold, a target or a ceiling ("la barre des 10 %",
 * "l’objectif fixé par l’OMS est de 75 %"): a reference beside a measure of the same kind, which findNumbers
 * decides with the sentence's figures.
 */
export function isThreshold(text: string, start: number): boolean {
  const { thresholdWords } = loadJson<FigureLexicon>('lexicon/figures.json');
  const found = patternsOf().threshold.exec(text.slice(Math.max(0, start - 80), start));
  // The figure is the threshold's complement ("la barre des 10 %", "fixé à 19 %", "est de 75 %"), not a figure the
  // sentence compares with it ("le plafond autorisé, contre 34 % en 2023").
  return found !== null && /(?:^|\s)(?:de|des|du|d’|à)\s*$/u.test(found[2]!) && found[2]!.trim().split(/\s+/u).filter((w) => w !== '').length <= thresholdWords;
}
