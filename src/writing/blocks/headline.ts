/**
 * The H1 of a source that has no headline: the main clause of its lede, as the source writes it. It says
 * what happened ("Trois hommes armés et cagoulés ont braqué mardi soir une bijouterie de la rue Crébillon")
 * where a label ("Centre de Nantes : le contexte sécuritaire") would only repeat the first subheading.
 * Nothing is added: the sentence loses its attribution, and is cut after a clause or before an adjunct
 * (lexicon/headline.json) when long; when that gives none, it loses what says when, where or how, or
 * the announcement around what was announced (withoutCircumstances, announcedFact). A passive of the
 * passé composé loses its auxiliary, as headlines say it ("Une bijouterie braquée par trois hommes armés").
 */
import { lazyPattern } from '../../text.js';
import type { Fact, Sentence } from '../../types.js';
import { config } from '../../config.js';
import { loadJson } from '../../data.js';
import { isPassive } from '../passive-clause.js';
import { balancedMarks, clauses, dropAttribution, holdsFiniteVerb, isRelativeClause, standAlone, wordCount } from '../reformulate.js';
import { sentenceKey } from '../guard.js';
import { activeForms, finiteNumbers } from '../french/verbs.js';
import { findNumbers, isSpelledNumeral } from '../../analysis/numbers.js';
import { isStopword } from '../../analysis/entities.js';
import { lefffGender } from '../french/lefff.js';
import { remembered } from '../../remember.js';

interface HeadlineLexicon {
  readonly adjuncts: readonly string[];
  /** Words after "pour" that say for which period ("l’année prochaine"): a title may end before "pour". */
  readonly periodsAfterFor: readonly string[];
  readonly coordinations: readonly string[];
  readonly beforeAmount: readonly string[];
  readonly complementsAfterIncise: readonly string[];
  readonly beforeBareNoun: readonly string[];
  readonly beforeInfinitive: readonly string[];
  readonly notInfinitives: readonly string[];
  readonly inciseOpeners: readonly string[];
  readonly frontedOpeners: readonly string[];
  readonly placeOpeners: readonly string[];
  readonly partsOfDay: readonly string[];
  readonly auxiliaries: readonly string[];
  readonly announcements: readonly string[];
  readonly nominalPassives: readonly string[];
  readonly titleCuts: readonly string[];
  readonly relatives: readonly string[];
  readonly governingAdjectives: readonly string[];
  readonly indefinites: readonly string[];
  readonly beforeFigure: readonly string[];
  readonly durations: readonly string[];
  readonly beforePlace: readonly string[];
  readonly prepositionalPhrases: readonly string[];
  readonly periodsAfterVerb: readonly string[];
  readonly timesAfterWeekday: readonly string[];
  readonly datives: readonly string[];
  readonly predeterminers: readonly string[];
  readonly scopedWords: readonly string[];
}

interface DatesLexicon {
  readonly months: readonly string[];
  readonly weekdays: readonly string[];
}

export interface Headline {
  readonly text: string;
  /** The source sentence it is cut from. */
  readonly sentenceId: string;
}

/** Fewer words than this say too little to head an article. */
const MIN_WORDS = 6;
/** A shorter form of a headline follows the keyphrase in a title, which says the rest: it may say less than a headline. */
const MIN_FORM_WORDS = 4;
/** A quotation longer than a title's ("« Les Heures claires »") is someone's words: no headline of them. */
const MAX_QUOTED_WORDS = 5;

const chars = (text: string): number => [...text].length;

/** "réparabilité", "boiseries", "14 %", "Lyon": the head ends on a word that may end a noun phrase, so that a complement after it may go. */
export function endsNounPhrase(head: string): boolean {
  const lastTwo = /(?:^|\s)((?:\S+\s)?[\p{L}\d%’-]+)$/u.exec(head.trimEnd())?.[1] ?? '';
  const word = /[\p{L}\d%’-]+$/u.exec(lastTwo)?.[0] ?? '';
  if (!word) return false;
  if (/[\d%]$/u.test(word) || /^\p{Lu}/u.test(word)) return true;
  const lower = word.toLowerCase().replace(/^(?:d|l|s|n|qu)’/u, '');
  // "a adopté une directive | sur le devoir de vigilance": a noun after an indefinite article alone says which only with its complement.
  const { indefinites } = loadJson<HeadlineLexicon>('lexicon/headline.json');
  if (indefinites.includes(lastTwo.split(/\s/u)[0]!.toLowerCase()) && lastTwo.includes(' ')) return false;
  // "a survécu mardi soir | à la motion": the day says when, and what follows is the verb's complement;
  // "des résultats inférieurs | aux attentes": an adjective that governs a complement.
  const { partsOfDay, governingAdjectives } = loadJson<HeadlineLexicon>('lexicon/headline.json');
  const { weekdays } = loadJson<DatesLexicon>('lexicon/dates.json');
  if (weekdays.includes(lower) || partsOfDay.includes(lower)) return false;
  if ([lower, lower.replace(/s$/u, ''), lower.replace(/e?s?$/u, '')].some((form) => governingAdjectives.includes(form))) return false;
  // "le musée", "la découverte": a participle's form right after a determiner is a noun.
  if ((isParticiple(lower) && !nounAfterDeterminer(lastTwo, lower)) || isStopword(lower) || (lower.endsWith('ment') && !nounAfterDeterminer(lastTwo, lower))) return false;
  // A noun, or an adjective after one ("son rapport annuel"): a word that is no verb.
  return [lower, lower.replace(/[sx]$/u, '')].some((form) => form.length > 2 && lefffGender(form) !== undefined) || !holdsFiniteVerb(lastTwo);
}

/** "du", "au", "aux": a preposition and an article in one word, which determines the noun after it as an article does. */
const CONTRACTED_ARTICLES = ['du', 'au', 'aux'];

/**
 * "de son gouvernement", "l’enseignement": a word in -ment after a determiner is a noun when the Lefff knows one,
 * not an adverb ("a légèrement", "a également").
 */
function nounAfterDeterminer(lastTwo: string, lower: string): boolean {
  const [before = '', word = ''] = lastTwo.toLowerCase().split(/\s+/u);
  const determined = word ? subjectArticles().includes(before) || CONTRACTED_ARTICLES.includes(before) : before.startsWith('l’');
  return determined && lefffGender(lower) !== undefined;
}

/** "passera de 0,25 euro | à 0,23 euro", "la nuit de samedi | à dimanche": the end of a span, which its start does not say alone. */
const RANGE_TO = ['à', 'au'];
const RANGE_FROM = /(?:^|\s)(?:de|du|d’)\s?(\d[\d,.\u00A0\u202F]*|\S+)(?:\s\S+)?$/u;

/**
 * A span starts on a figure, a number in words, a name, a day or a month ("de 0,25 euro", "de deux", "de Paris",
 * "de samedi", "de janvier"); "de" before a common noun completes it ("par 62 mètres de fond | au large de Belle-Île",
 * "déposée par les groupes de gauche | à l’Assemblée nationale"), and what follows says where.
 */
function startsSpan(head: string): boolean {
  const from = RANGE_FROM.exec(head)?.[1];
  if (from === undefined) return false;
  const { months, weekdays } = loadJson<DatesLexicon>('lexicon/dates.json');
  const word = from.toLowerCase();
  return /^[\d\p{Lu}]/u.test(from) || isSpelledNumeral(word) || weekdays.includes(word) || months.includes(word);
}

/**
 * What may end a span that startsSpan opens, as its start does: a figure, a name, a number in words, a day, a month,
 * a time of day ("à 0,23 euro", "à Lyon", "à dimanche", "à midi"). "a reculé de 6,81 % | à l’ouverture de la Bourse"
 * opens no span: what follows says when. A headline, longer than a page title, keeps a period after it ("de 14 % au
 * troisième trimestre"), as cutPoints keeps it after a verb.
 */
function endsSpan(after: string): boolean {
  const { months, weekdays } = loadJson<DatesLexicon>('lexicon/dates.json');
  const word = (/^[\p{L}\d’-]+/u.exec(after)?.[0] ?? '').toLowerCase();
  return /^[\d\p{Lu}]/u.test(after) || isSpelledNumeral(word) || weekdays.includes(word) || months.includes(word) || partsOfDay().includes(word);
}

/** "l’annulation de 40 % des vols | à Marseille-Provence": a share of a noun, which what follows says of which; without it, of all. */
const SHARE = lazyPattern(() => /\d\s?%\s(?:de|des|du|d’)\s?[\p{L}-]+$/u);

/** "à", "au", "aux": after a verb that gives its object to someone, they say to whom. */
const TO_WHOM = ['à', 'au', 'aux'];
let dativeForms: ReadonlySet<string> | undefined;

/**
 * "a commandé 42 avions | à Dassault Aviation", "inflige une amende | à une application": the text holds a verb
 * that gives its object to someone (lexicon/headline.json datives), in any simple tense or as a participle; what
 * "à" opens after it is the verb's second complement, not where.
 */
function givesTo(text: string): boolean {
  if (!dativeForms) {
    const forms = new Set<string>();
    for (const participle of loadJson<HeadlineLexicon>('lexicon/headline.json').datives) {
      for (const ending of ['', 'e', 's', 'es']) forms.add(`${participle}${ending}`);
      const active = activeForms(participle);
      if (active) for (const tense of ['present', 'imperfect', 'future', 'conditional'] as const) forms.add(active[tense].S).add(active[tense].P);
    }
    dativeForms = forms;
  }
  return text.toLowerCase().split(/[\s’]+/u).some((word) => dativeForms!.has(word));
}

/**
 * "à dimanche | les côtes atlantiques", "à Berlin | le record du monde": a determiner that no preposition
 * governs opens the verb's object after an adjunct, which a cut before the adjunct would lose. One after "tout",
 * "toutes" (lexicon/headline.json predeterminers) is in the noun phrase they open ("dans toutes les régions").
 */
function leavesObject(rest: string): boolean {
  const { prepositions } = loadJson<{ readonly prepositions: readonly string[] }>('lexicon/french.json');
  const { subjectDeterminers } = loadJson<{ readonly subjectDeterminers: Readonly<Record<'S' | 'P', readonly string[]>> }>('lexicon/sentence-cuts.json');
  const { predeterminers } = loadJson<HeadlineLexicon>('lexicon/headline.json');
  const determiners = [...subjectDeterminers.S, ...subjectDeterminers.P].filter((d) => !prepositions.includes(d));
  const words = rest.toLowerCase().split(/\s+/u).filter((word) => /[\p{L}\d]/u.test(word));
  const governed = (before: string): boolean => prepositions.includes(before) || predeterminers.includes(before) || ['et', 'ou'].includes(before);
  return words.some((word, i) => i > 0 && (determiners.includes(word) || (word.startsWith('l’') && word.length > 2)) && !governed(words[i - 1]!));
}

/**
 * Where the text may end early: after each of its clauses, and before each adjunct outside « » and ( ).
 * For a title (`forTitle`), also before a complement that follows a noun phrase (lexicon/headline.json
 * titleCuts): "La Cour des comptes a publié son rapport annuel | sur l’application des lois…"; for the page's
 * title (`periods`), which is shorter than a headline, also before a period that says when (isPeriodAfterVerb).
 */
function cutPoints(text: string, forTitle = false, periods = false): number[] {
  const points = clauseEnds(text);
  const cut: CutSearch = { text, forTitle, periods, firstClauseEnd: mainClauseEnd(text, points), lexicon: loadJson<HeadlineLexicon>('lexicon/headline.json'), adjunctOpenings: openingsOfAdjuncts() };
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '«' || c === '(') depth++;
    else if ((c === '»' || c === ')') && depth > 0) depth--;
    else if (c === ' ' && depth === 0 && cutsAt(cut, i)) points.push(i);
  }
  return [...new Set(points)].sort((a, b) => b - a);
}

/**
 * Where each of the text's clauses ends. A function of its own, not cutPoints's first loop: the clauses of a text of
 * a new kind come as a list of another kind, and V8 then undid and optimised again the whole of cutPoints.
 */
function clauseEnds(text: string): number[] {
  const ends: number[] = [];
  let end = 0;
  for (const part of clauses(text)) {
    end = text.indexOf(part, end) + part.length;
    ends.push(end);
  }
  return ends;
}

/** What cutsAt reads of the text that cutPoints cuts, worked out once for all its spaces. */
interface CutSearch {
  readonly text: string;
  readonly forTitle: boolean;
  readonly periods: boolean;
  /** Where the text's first clause ends (mainClauseEnd). */
  readonly firstClauseEnd: number;
  readonly lexicon: HeadlineLexicon;
  /** Each adjunct as a cut before it reads it (openingsOfAdjuncts). */
  readonly adjunctOpenings: readonly string[];
}

let openings: readonly string[] | undefined;
/** Each adjunct as a cut before it reads it: with the space after it, none after an elision. */
const openingsOfAdjuncts = (): readonly string[] => (openings ??= loadJson<HeadlineLexicon>('lexicon/headline.json').adjuncts.map((a) => `${a}${a.endsWith('’') ? '' : ' '}`));

/**
 * Whether cutPoints may cut the text at the space at `i`, outside « » and ( ). A function of its own, not the body of
 * cutPoints's loop: V8 optimises a function this size many times faster, and optimises it again when a text of a
 * new kind comes (cutPoints was optimised twice in a batch worker's first hundred articles, 60 ms each time).
 */
function cutsAt({ text, forTitle, periods, firstClauseEnd, lexicon, adjunctOpenings }: CutSearch, i: number): boolean {
  const { adjuncts, beforeInfinitive, notInfinitives, coordinations, beforeAmount, beforeBareNoun, titleCuts, relatives, beforeFigure, durations, beforePlace, prepositionalPhrases, periodsAfterVerb, timesAfterWeekday, periodsAfterFor } = lexicon;
  const rest = text.slice(i + 1);
  const opening = adjunctOpenings.findIndex((a) => rest.startsWith(a));
  const adjunct = opening === -1 ? undefined : adjuncts[opening];
  const next = adjunct === undefined ? '' : (/^[\p{L}’-]+/u.exec(rest.slice(adjunct.length).trim())?.[0] ?? '');
  const infinitive = /^\p{Ll}+(?:er|ir|re|oir)$/u.test(next) && !notInfinitives.includes(next);
  if (adjunct !== undefined && (!beforeInfinitive.includes(adjunct) || infinitive)) return true;
  // "… lève 600 millions d’euros | et devient…": a clause coordinated on its verb; "… recrute un attaquant | pour
  // 25 millions d’euros": a price.
  const word = /^\p{L}+/u.exec(rest)?.[0] ?? '';
  const after = rest.slice(word.length + 1);
  const verb = /^[\p{L}’-]+/u.exec(after)?.[0] ?? '';
  if (coordinations.includes(word) && (holdsFiniteVerb(`${word} ${verb}`, { unlessNoun: true }) || verbBeforeObject(verb, after.slice(verb.length).trim()))) return true;
  if (beforeAmount.includes(word) && findNumbers(after).some((n) => n.kind === 'amount' && after.startsWith(n.text))) return true;
  // "… s’est qualifié pour les demi-finales | en battant le Norvégien…": a gerund says how, as an adjunct does.
  if (word === 'en' && isGerund(verb)) return true;
  // "… à cinq ans de prison | pour détournement de fonds publics": the charge, a noun without its article.
  if (beforeBareNoun.includes(word) && STARTS_LOWER.test(verb) && !isStopword(verb) && lefffGender(verb) !== undefined) return true;
  // "… d’une cyberattaque | qui paralyse ses systèmes": a relative clause says more of a noun the head already names.
  if (forTitle && i < firstClauseEnd && relatives.includes(word) && endsNounPhrase(text.slice(0, i))) return true;
  // "… des championnats de France | en 1 min 52 s 31": the time or the year it took.
  if (forTitle && i < firstClauseEnd && beforeFigure.includes(word) && (/^\d/u.test(after) || isDuration(after, durations)) && endsNounPhrase(text.slice(0, i)) && !claimsScope(text.slice(0, i))) return true;
  // "… des quotas de pêche du cabillaud | pour l’année prochaine", "… | pour 2027": the period it is for.
  if (forTitle && i < firstClauseEnd && word === 'pour' && (/^\d{4}(?!\d)/u.test(after) || periodsAfterFor.some((period) => after.startsWith(`${period} `) || after === period)) && endsNounPhrase(text.slice(0, i))) return true;
  // "… ont progressé de 22 % | en France": the place.
  if (forTitle && i < firstClauseEnd && beforePlace.includes(word) && /^\p{Lu}\p{Ll}/u.test(after) && endsNounPhrase(text.slice(0, i)) && !leavesObject(text.slice(i + 1, firstClauseEnd))) return true;
  // "… a légèrement augmenté | au troisième trimestre 2026 en France": a period says when, after a verb too,
  // when neither an object nor another figure follows it (lexicon/headline.json periodsAfterVerb).
  // "… est entré en éruption dimanche | en début d’après-midi", "… dimanche | à 14 h 20": the weekday says when.
  if (periods && i < firstClauseEnd && (timesAfterWeekday.some((time) => rest.startsWith(time)) || /^à \d{1,2}\s?h/u.test(rest)) && endsOnWeekday(text.slice(0, i))) return true;
  if (periods && i < firstClauseEnd && word === 'au' && isPeriodAfterVerb(after, text.slice(i + 1, firstClauseEnd), periodsAfterVerb)) return true;
  if (!(forTitle && i < firstClauseEnd && titleCuts.includes(word))) return false;
  // Not before an infinitive ("cherche par tous les moyens | à contrer Snapchat"), which completes the verb; a word
  // the lexicon knows as a noun or an adjective is none ("au premier semestre"), nor "partir" of "à partir de".
  const infinitiveNext = /^\p{Ll}+(?:er|ir|re|oir)$/u.test(verb) && !notInfinitives.includes(verb) && lefffGender(verb) === undefined && !prepositionalPhrases.some((phrase) => rest.startsWith(phrase));
  // "condamné à la réclusion criminelle | à perpétuité": "à" and a noun without a determiner make a locution that completes what comes before.
  const locution = word === 'à' && /^\p{Ll}/u.test(verb) && !verb.includes('’') && !isStopword(verb) && !isSpelledNumeral(verb) && !prepositionalPhrases.some((phrase) => rest.startsWith(phrase));
  return !infinitiveNext && !locution && !/^\d/u.test(after) && endsNounPhrase(text.slice(0, i)) && !leavesObject(text.slice(i + 1, firstClauseEnd)) && !(RANGE_TO.includes(word) && startsSpan(text.slice(0, i)) && (endsSpan(after) || (!periods && opensPeriod(after, periodsAfterVerb)))) && !(TO_WHOM.includes(word) && givesTo(text.slice(0, i))) && !SHARE().test(text.slice(0, i)) && !claimsScope(text.slice(0, i));
}

/**
 * Where the first clause ends: at the end of the first part that holds a verb, with the parts before it, which a
 * name in apposition or a fronted phrase makes ("La Première ministre, Catherine Aubry, a engagé…"); at the end of
 * the first part when none holds one (a headline without a verb).
 */
function mainClauseEnd(text: string, ends: readonly number[]): number {
  // "Le président du Brésil, Luiz Carvalho, entame une visite": a verb that is a noun too, after its subject.
  return ends.find((end) => holdsFiniteVerb(text.slice(0, end)) || verbAfterSubject(text.slice(0, end))) ?? ends[0] ?? text.length;
}

/** "battant", "recourant": a present participle, whose stem the verb's third person plural shares ("battent"); not "avant", "tant". */
const isGerund = (word: string): boolean => /^\p{Ll}{3,}ant$/u.test(word) && finiteNumbers(`${word.slice(0, -3)}ent`).length > 0;

/** Words before the last noun of a head that a claim's scope may follow (lexicon/headline.json scopedWords). */
const SCOPE_WORDS = 6;

/**
 * "le premier programme | au monde", "la plus forte hausse de ses ventes | depuis dix ans": the head ends on a noun
 * phrase that a first, a last, an only one or a superlative opens; what follows says among what, and the head
 * without it claims more than the source. (A place after "en" says where it happens: "le premier tour de l’élection |
 * en Bourgogne-Franche-Comté" may go.)
 */
function claimsScope(head: string): boolean {
  const { scopedWords } = loadJson<HeadlineLexicon>('lexicon/headline.json');
  const words = head.toLowerCase().split(/\s+/u).slice(-SCOPE_WORDS - 1);
  return words.some((word, i) => i > 0 && (scopedWords.includes(word) || (['plus', 'moins'].includes(word) && ['le', 'la', 'les'].includes(words[i - 1]!))));
}

/** "cinq jours", "trente ans": a number in words and a unit of time (lexicon/headline.json durations). */
function isDuration(text: string, durations: readonly string[]): boolean {
  const [number = '', unit = ''] = text.split(/\s+/u);
  return isSpelledNumeral(number) && durations.includes(unit.replace(/[,.;:]$/u, ''));
}

const isWeekday = (word: string): boolean => loadJson<DatesLexicon>('lexicon/dates.json').weekdays.includes(word.toLowerCase());
const partsOfDay = (): readonly string[] => loadJson<HeadlineLexicon>('lexicon/headline.json').partsOfDay;

/** The text ends on a weekday ("… en éruption dimanche"). */
const endsOnWeekday = (text: string): boolean => loadJson<DatesLexicon>('lexicon/dates.json').weekdays.includes(/\p{L}+$/u.exec(text)?.[0]?.toLowerCase() ?? '');

/**
 * `after` opens on an ordinal and a period ("troisième trimestre 2026"), and the rest of the clause (`clause`,
 * from "au" on) holds no object and no figure but the period's year.
 */
let periodPattern: RegExp | undefined;

/** "troisième trimestre 2026": an ordinal and a period (lexicon/headline.json periodsAfterVerb). */
function opensPeriod(after: string, periods: readonly string[]): boolean {
  periodPattern ??= new RegExp(String.raw`^\p{Ll}+(?:ier|ième|ond)\s+(?:${periods.join('|')})(?:\s+\d{4})?(?![\p{L}\d])`, 'u');
  return periodPattern.test(after);
}

function isPeriodAfterVerb(after: string, clause: string, periods: readonly string[]): boolean {
  if (!opensPeriod(after, periods)) return false;
  const period = periodPattern!.exec(after)!;
  const rest = clause.slice(clause.indexOf(period[0]) + period[0].length);
  return !/\d/u.test(rest) && !leavesObject(clause);
}

/** Articles and possessives that open an object, not the complement of a noun ("des", "du" may: "baisse des ventes"). */
const OBJECT_DETERMINERS = /^(?:le|la|les|l’|un|une|son|sa|ses|leur|leurs)(?=\s|$)|^l’/u;

/**
 * "… et relance le championnat", "… et double ses ventes": after "et", a finite form that is a noun too
 * ("la relance") is the verb when an article or a possessive follows, since a noun there would have its own.
 */
const verbBeforeObject = (verb: string, rest: string): boolean => finiteNumbers(verb).length > 0 && OBJECT_DETERMINERS.test(rest);

const opensWith = (text: string, openers: readonly string[]): boolean => {
  const lower = text.toLowerCase();
  return openers.some((o) => lower.startsWith(o) && /^[\s,]/u.test(lower.slice(o.length)));
};

/** "spécialisé", "situées": a past participle, in any gender and number. */
const isParticiple = (word: string): boolean => [word, word.replace(/e?s?$/u, '')].some((form) => form.length > 2 && activeForms(form) !== undefined);

/** "ont progressé…", "s’étend…", "vendu…": the text opens on a finite verb or a past participle, not on an adjective ("neuves ont…"). */
export function opensOnVerb(text: string): boolean {
  const word = /^[\p{L}’-]+/u.exec(text)?.[0]?.replace(/^(?:s|n)’/u, '') ?? '';
  return /^\p{Ll}/u.test(word) && (finiteNumbers(word).length > 0 || isParticiple(word));
}

/** "180 000 foyers privés d’électricité": a headline without a verb says what happened with a participle. */
export const holdsParticiple = (text: string): boolean => text.split(/\s+/u).some((word) => /^\p{Ll}+$/u.test(word) && isParticiple(word));

interface CircumstancePatterns {
  /** The day after a compound tense, a pronominal one too ("s’est qualifié mercredi"): $1 is the verb it follows. */
  readonly day: RegExp;
  /** The day between a simple tense and its object ("entame mercredi une visite"): $1 the word before the verb, $2 the verb. */
  readonly simpleDay: RegExp;
  /** The month that ends the sentence. */
  readonly month: RegExp;
  /** The date that ends the sentence: "vendredi 10 juillet", "le 3 septembre 2025". */
  readonly date: RegExp;
  /** The day from which something happens, inside the sentence: "examine à partir de lundi une proposition". */
  readonly fromDay: RegExp;
  /** What opens on an announcement: "Theresa May a annoncé jeudi matin que ". */
  readonly announcement: RegExp;
  /** A passive's auxiliary in the passé composé: $1 is what comes before it, $2 the participle. */
  readonly passive: RegExp;
}

let circumstancePatterns: CircumstancePatterns | undefined;

/** The lexicon's words hold no character a pattern would read: joined as they are. */
function patterns(): CircumstancePatterns {
  if (circumstancePatterns) return circumstancePatterns;
  const { auxiliaries, partsOfDay, announcements, nominalPassives } = loadJson<HeadlineLexicon>('lexicon/headline.json');
  const { months, weekdays } = loadJson<DatesLexicon>('lexicon/dates.json');
  return (circumstancePatterns = {
    day: new RegExp(`(\\s(?:[sn]’)?(?:${auxiliaries.join('|')})\\s(?:\\p{Ll}+\\s)?\\p{Ll}+)\\s(?:ce\\s)?(?:${weekdays.join('|')})(?:\\s(?:${partsOfDay.join('|')}))?(?=[\\s,])`, 'u'),
    simpleDay: new RegExp(`(\\S+)\\s(\\p{Ll}+)\\s(?:ce\\s)?(?:${weekdays.join('|')})(?:\\s(?:${partsOfDay.join('|')}))?(?=\\s(?:(?:le|la|les|un|une|son|sa|ses|leur|leurs)\\s|l’))`, 'u'),
    month: new RegExp(`\\sen\\s(?:${months.join('|')})(?:\\s\\d{4})?$`, 'u'),
    fromDay: new RegExp(`\\s(?:à partir d[eu]|dès)\\s(?:ce\\s)?(?:${weekdays.join('|')})(?:\\s\\d{1,2}(?:er|ᵉʳ)?\\s(?:${months.join('|')}))?(?:\\s(?:${partsOfDay.join('|')}))?(?=\\s\\p{L})`, 'u'),
    date: new RegExp(`,?\\s(?:le\\s|ce\\s)?(?:(?:${weekdays.join('|')})\\s)?\\d{1,2}(?:er|ᵉʳ)?\\s(?:${months.join('|')})(?:\\s\\d{4})?$`, 'u'),
    announcement: new RegExp(`^[^«»]{3,120}?\\s(?:${announcements.join('|')})(?:\\s\\p{Ll}+){0,2}\\s(?:que\\s|qu’)(?=\\p{L})`, 'u'),
    passive: new RegExp(`^([^;:«»()]{3,}?)\\s(?:${nominalPassives.join('|')})\\s(\\p{Ll}[\\p{L}-]*)(?=[\\s,]|$)`, 'u'),
  });
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The lede without what says when, where or how around what happened: its incises (", d’ici cinq ans,",
 * ", spécialisé dans l’électroménager,"), its fronted adjunct ("Après sept ans de travaux, "), the day
 * after a compound tense ("a adopté lundi soir le budget"), the day from which ("examine à partir de lundi une
 * proposition"), what brackets hold but a figure or a clause
 * ("(ANSM)", "(Seine-Maritime)"), and the month or the date that ends it ("a ralenti en février",
 * "s’est achevée vendredi 10 juillet"); for a page title (`pageTitle`), also the day between a simple tense and its
 * object ("entame mercredi une visite"). An incise that opens on a determiner or a name may be an item of a list ("les écoles, les
 * crèches et…"), one with a verb a clause: they stay.
 */
function withoutCircumstances(text: string, pageTitle = false): string {
  const { inciseOpeners, frontedOpeners, placeOpeners } = loadJson<HeadlineLexicon>('lexicon/headline.json');
  const { day, simpleDay, month, date, fromDay } = patterns();
  const parts = clauses(text);
  let out = parts[0] ?? text;
  // "X, incise, Y" → "X Y": both its commas go.
  let dropped = false;
  parts.slice(1).forEach((part, i) => {
    const last = i === parts.length - 2;
    const first = /^\p{L}+/u.exec(part)?.[0] ?? '';
    const incise = !last && ((/^\p{Ll}/u.test(first) && (opensWith(part, inciseOpeners) || isParticiple(first))) || isNameApposition(parts[i]!, part, parts[i + 2]!)) && !holdsFiniteVerb(part) && !/[«(]/u.test(part);
    if (!incise) out += `${dropped ? ' ' : ', '}${part}`;
    dropped = incise;
  });
  const fronted = /^([^,]{3,80}), (?=\p{L})/u.exec(out);
  if (fronted && opensWith(fronted[1]!, frontedOpeners) && !holdsFiniteVerb(fronted[1]!) && !/[«(]/u.test(fronted[1]!)) out = capitalised(out.slice(fronted[0].length));
  // "À Saint-Martin-des-Prés, les parents occupent l’école": for a page title, the place fronted before the subject goes too.
  else if (pageTitle && fronted && isFrontedPlace(fronted[1]!, placeOpeners)) out = capitalised(out.slice(fronted[0].length));
  out = out.replace(day, (match, verb: string) => (isParticiple(verb.slice(verb.lastIndexOf(' ') + 1)) ? verb : match)).replace(fromDay, '');
  // "Luiz Carvalho entame mercredi une visite": a simple tense, its object right after the day; not a noun after its article ("la réunion lundi").
  // Only for a page title, shorter than a headline: a present may say a day to come ("Le tribunal rend jeudi sa décision"), which the headline keeps.
  if (pageTitle) out = out.replace(simpleDay, (match, before: string, verb: string) => (finiteNumbers(verb).length > 0 && !subjectArticles().includes(before.toLowerCase()) ? `${before} ${verb}` : match));
  // "a battu à Berlin le record": a place between the verb and its object, for a page title too; not after a verb
  // that gives its object to someone ("a offert à Marie le livre"), where it says to whom.
  if (pageTitle) out = out.replace(PLACE_BEFORE_OBJECT(), (match, verb: string) => ((isParticiple(verb) || finiteNumbers(verb).length > 0) && !givesTo(verb) ? verb : match));
  // "(ANSM)", "(Seine-Maritime)": an acronym or a place in brackets, which the article says; not a figure or a clause.
  out = out.replace(/\s\(([^()]*)\)(?=[\s,]|$)/gu, (match, inside: string) => (/\d/u.test(inside) || holdsFiniteVerb(inside) ? match : ''));
  return out.replace(month, '').replace(date, '');
}

/** "À Saint-Martin-des-Prés", "En Nouvelle-Aquitaine", "Aux États-Unis": a preposition of place and a name of a few words, without a verb. */
function isFrontedPlace(phrase: string, openers: readonly string[]): boolean {
  const [opener, ...name] = phrase.split(/\s+/u);
  return openers.includes(opener!.toLowerCase()) && name.length >= 1 && name.length <= MAX_PLACE_WORDS && /^\p{Lu}/u.test(name[0]!) && name.every((word) => /^(?:\p{Lu}|de$|du$|des$|la$|le$|les$|sur$|en$|d’\p{Lu})/u.test(word)) && !holdsFiniteVerb(phrase);
}

/** The words of a fronted place's name, at most ("Saint-Martin-des-Prés", "Val de Loire"). */
const MAX_PLACE_WORDS = 4;

/** A verb, then "à" or "en" and a name, then a determiner: the place where the verb's action took place, before its object. */
const PLACE_BEFORE_OBJECT = lazyPattern(() => /(?<=\s)(\p{Ll}+)\s(?:à|en)\s\p{Lu}[\p{L}’]*(?:-\p{L}[\p{L}’]*)*(?=\s(?:le|la|les|l’|un|une|des|son|sa|ses|leur|leurs)\s)/gu);

/** "44 ans": a person's age, in apposition to their name. */
const AGE = /^\d{1,3}\s?ans$/u;

/**
 * "Marcel Obiang, | l’une des grandes figures du jazz français, | est mort…", "Nadia Berrada, | 44 ans, | a remporté…":
 * between a name and the verb, a part that opens on a determiner, or an age, says who the name is, an apposition; a
 * list goes on with a name or with "et" ("Paris, Lyon et Lille").
 */
function isNameApposition(before: string, part: string, after: string): boolean {
  const opener = /^[\p{L}’]+/u.exec(part)?.[0]?.toLowerCase() ?? '';
  const determined = subjectArticles().includes(opener) || (opener.startsWith('l’') && opener.length > 2) || AGE.test(part);
  return determined && /\s\p{Lu}[\p{L}-]+$/u.test(before) && opensOnVerb(after);
}

/** "Theresa May a annoncé jeudi matin que la France va prêter…" → "La France va prêter…". */
function announcedFact(text: string): string | undefined {
  const announced = patterns().announcement.exec(text);
  return announced ? capitalised(text.slice(announced[0].length)) : undefined;
}

/**
 * The lede as it is; then without its circumstances; then, when it reports an announcement, what was
 * announced, shorter first. Each worked out only when the one before gives no headline.
 */
function* attempts(text: string, pageTitle = false): Generator<string, void, undefined> {
  yield text;
  yield withoutCircumstances(text, pageTitle);
  const announced = announcedFact(text);
  if (announced === undefined) return;
  yield withoutCircumstances(announced, pageTitle);
  yield announced;
}

const STARTS_LOWER = /^\p{Ll}/u;

/** What opens a relative clause inside a part. */
const RELATIVE = lazyPattern(() => /\s(?:qui|que|qu’|dont|où|lequel|laquelle|lesquels|lesquelles)(?=[\s\p{L}])/u);

/** ", Lyon et Montpellier", ", Lyon, Nantes ou Lille": names that go on with a list, to its last after "et" or "ou". */
const LIST_GOES_ON = /^,\s\p{Lu}[\p{L}-]*(?:,\s\p{Lu}[\p{L}-]*)*\s(?:et|ou)\s\p{Lu}/u;

/** "M. Gérard Vallon", "Mme Claire Besson": an apposition that is a name alone, every word of it capitalised. */
const NAME_ONLY = lazyPattern(() => /^\s*\p{Lu}[\p{L}.’-]*(?:\s+\p{Lu}[\p{L}.’-]*)*\s*$/u);

/**
 * What the cut leaves out goes on with the clause: a bare noun phrase after an incise ("…va prêter au
 * Royaume-Uni, d’ici cinq ans, la Tapisserie de Bayeux"; "…a adopté lundi soir, après six heures de
 * débats, le budget") is the object the head would lose, and so is a complement in "à" right after an apposition
 * ("…a condamné l’ancien maire, M. Gérard Vallon, à cinq ans de prison"). Right after a head of one clause, it is an
 * apposition to it ("Airbus a livré 766 avions en 2024, un chiffre supérieur à son objectif"); so it is after a
 * passive, which takes no object.
 */
function continuesClause(head: string, rest: string): boolean {
  // "… leurs programmes à Nice, | Lyon et Montpellier": the head ends on the first name of a list that goes on.
  if (LIST_GOES_ON.test(rest) && /\p{Lu}[\p{L}-]*$/u.test(head)) return true;
  const { subjectDeterminers } = loadJson<{ readonly subjectDeterminers: Readonly<Record<'S' | 'P', readonly string[]>> }>('lexicon/sentence-cuts.json');
  const determiners = [...subjectDeterminers.S, ...subjectDeterminers.P];
  // After a clause, every part of the rest is later; before an adjunct, the first is the adjunct itself.
  const parts = clauses(rest);
  const later = /^\s*[,;:]/u.test(rest) ? parts : parts.slice(1);
  // An incise before the head's verb ("Le président du Brésil, | Luiz Carvalho, | entame une visite…") leaves its object
  // whole: after it, a noun phrase is an apposition ("…, la première d’un chef d’État brésilien depuis 2013").
  const headParts = clauses(head);
  const verbPart = headParts.length > 1 ? headParts.findIndex((part) => holdsFiniteVerb(part) || opensOnVerb(part)) : -1;
  // A verb that has its object already ("entame une visite… | en France, la première…"): a noun phrase after the adjunct is in apposition.
  const afterIncise = (verbPart > 0 ? verbPart < headParts.length - 1 : headParts.length > 1) || (later.length < parts.length && !givesObject(headParts[Math.max(verbPart, 0)]!));
  const { complementsAfterIncise } = loadJson<HeadlineLexicon>('lexicon/headline.json');
  const passive = isPassive(clauses(head).filter((part) => !isRelativeClause(part)).join(' '));
  const counted = givesFigure(clauses(head)[0] ?? head);
  return later.some((part, i) => {
    const first = /^\p{L}+’?/u.exec(part)?.[0]?.toLowerCase() ?? '';
    // "…a condamné l’ancien maire, M. Gérard Vallon, | à cinq ans de prison": right after a name in apposition, the verb's complement.
    const afterName = i > 0 ? NAME_ONLY().test(later[i - 1]!) : clauses(head).length > 1 && NAME_ONLY().test(clauses(head).at(-1)!);
    if (afterName && complementsAfterIncise.includes(first)) return !holdsFiniteVerb(part, { unlessNoun: true });
    // "une délibération instaurant la gratuité pour les familles dont le quotient est inférieur…": the verb of a relative clause makes no clause of the part.
    // A passive takes no object: after it, a noun phrase is in apposition ("décernée au film « Les Heures claires », | un drame familial").
    // A verb whose object is a figure has it ("Le CAC 40 a gagné 1,2 %, soit…, pour clôturer à…, | son plus haut niveau…"): after it, an apposition.
    return (i > 0 || afterIncise) && determiners.includes(first) && !holdsFiniteVerb(part.split(RELATIVE())[0]!) && !passive && !counted;
  });
}

/** Prepositions that open a verb's indirect object ("se sont accordés sur une réduction", "a survécu à une motion"). */
const INDIRECT_OBJECT = /^(?:sur|à|contre|avec)$/u;
const CONTRACTED_OBJECT = /^(?:au|aux)$/u;

/**
 * "entame une visite", "a adopté le budget", "se sont accordés sur une réduction": a finite verb, or a participle after
 * an auxiliary, and an article or a possessive right after it, or after the preposition of its indirect object.
 */
function givesObject(clause: string): boolean {
  const { auxiliaries } = loadJson<HeadlineLexicon>('lexicon/headline.json');
  const words = clause.split(/\s+/u);
  const objectAt = (i: number): boolean =>
    OBJECT_DETERMINERS.test(words[i] ?? '') || CONTRACTED_OBJECT.test(words[i] ?? '') || (INDIRECT_OBJECT.test(words[i] ?? '') && OBJECT_DETERMINERS.test(words[i + 1] ?? ''));
  return words.some((word, i) => objectAt(i + 1) && (finiteNumbers(word).length > 0 || (auxiliaries.includes(words[i - 1] ?? '') && isParticiple(word))) && !subjectArticles().includes((words[i - 1] ?? '').toLowerCase()));
}

/** "a gagné 1,2 %", "a livré 766 avions": the clause ends on a figure right after its verb, which is the verb's object. */
function givesFigure(clause: string): boolean {
  const found = /(\p{Ll}+)\s\d[\d\s\u00A0\u202F,.]*(?:%|\p{Ll}+)?$/u.exec(clause);
  return found !== null && (finiteNumbers(found[1]!).length > 0 || isParticiple(found[1]!));
}

/**
 * "Les juges estiment que la fermeture de l’usine": the head ends inside the clause that a verb introduces with
 * "que", before that clause's verb; it says nothing. Not after a comparative ("deux fois plus qu’en 2023"), whose
 * "que" no verb comes before.
 */
function endsInCompletive(head: string): boolean {
  const found = [...head.matchAll(/(\S+)\s(?:que\s|qu’)/gu)].at(-1);
  if (found === undefined) return false;
  const verb = found[1]!.replace(/^(?:n|s)’/u, '');
  return /^\p{Ll}/u.test(verb) && finiteNumbers(verb).length > 0 && !holdsFiniteVerb(head.slice(found.index + found[0].length));
}

/**
 * The head holds a clause of its own: its verb is not only that of a relative clause. Read without its
 * relative clauses, as one text: after an incise the verb opens a part ("Le groupe, qui compte 48
 * magasins, | a fermé son site").
 */
function holdsMainVerb(head: string): boolean {
  const main = clauses(head).filter((part) => !isRelativeClause(part)).join(' ');
  return holdsFiniteVerb(main, { unlessNoun: true }) || verbAfterSubject(main);
}

/** Most words of the subject before a verb that is a noun too ("la confiance dans le gouvernement | tombe"). */
const MAX_SUBJECT_WORDS = 6;

let articles: readonly string[] | undefined;
/** The determiners that open a subject (lexicon/sentence-cuts.json subjectDeterminers), singular and plural: made once, every cut of every headline may ask. */
function subjectArticles(): readonly string[] {
  const { S, P } = loadJson<{ readonly subjectDeterminers: Readonly<Record<'S' | 'P', readonly string[]>> }>('lexicon/sentence-cuts.json').subjectDeterminers;
  return (articles ??= [...S, ...P]);
}

/**
 * "Le Conseil constitutionnel censure sept articles", "La confiance dans le gouvernement tombe à 24 %": a finite form
 * that is a noun too ("la censure", "une tombe") is the verb when it follows the subject that opens the text (an
 * article and a few words), with no article or preposition right before it, and an article, a figure or a
 * preposition right after it; a noun there would have its own article.
 */
function verbAfterSubject(text: string): boolean {
  const { prepositions } = loadJson<{ readonly prepositions: readonly string[] }>('lexicon/french.json');
  const articles = subjectArticles();
  const words = text.split(/\s+/u).map((word) => word.replace(/[,;:.]$/u, ''));
  const opener = words[0]?.toLowerCase() ?? '';
  if (!articles.includes(opener) && !/^l’\p{L}/u.test(opener)) return false;
  const after = (word: string): boolean => articles.includes(word) || /^\d/u.test(word) || isSpelledNumeral(word) || prepositions.includes(word) || /^[ld]’/u.test(word);
  for (let i = 2; i < Math.min(words.length - 1, MAX_SUBJECT_WORDS + 1); i++) {
    const word = words[i]!;
    const before = words[i - 1]!.toLowerCase();
    // "entame mercredi une visite": the day the verb says comes between it and its object.
    const day = isWeekday(words[i + 1]!) ? (partsOfDay().includes(words[i + 2]?.toLowerCase() ?? '') ? 2 : 1) : 0;
    const next = words[i + 1 + day] ?? '';
    if (/^\p{Ll}/u.test(word) && finiteNumbers(word).length > 0 && !articles.includes(before) && !prepositions.includes(before) && after(next.toLowerCase())) return true;
    // The subject ends at its first verb: past it, the rest is no subject.
    if (holdsFiniteVerb(words.slice(0, i + 1).join(' '))) return false;
  }
  return false;
}

/**
 * "Treize marins ont été secourus après le naufrage…" → "Treize marins secourus après le naufrage…": the
 * auxiliary of a passive in the passé composé goes when what comes before it is the subject alone (no verb
 * of its own) and what follows is a participle.
 */
function withoutAuxiliary(text: string): string | undefined {
  const found = patterns().passive.exec(text);
  if (!found || holdsFiniteVerb(found[1]!) || !isParticiple(found[2]!)) return undefined;
  return `${found[1]} ${text.slice(found[0].length - found[2]!.length)}`;
}

/** The headline `sentence` gives, or undefined when none reads alone, fits, and differs from every sentence. */
function headlineOf(sentence: Sentence, fact: Fact | undefined, sentenceKeys: ReadonlySet<string>, lengths: readonly number[] = [config.headlinePreferredChars, config.headlineMaxChars]): string | undefined {
  const text = (dropAttribution(sentence.text, fact?.attribution) ?? sentence.text).replace(/\s*[.!?…]+$/u, '');
  // A headline's length first, cut as a title may be cut; else the longest a headline may be.
  const tried = new Set<string>();
  for (const maxChars of lengths) {
    for (const attempt of attempts(text)) {
      if (tried.has(`${maxChars}\n${attempt}`)) continue;
      tried.add(`${maxChars}\n${attempt}`);
      for (const head of headsOf(attempt, sentenceKeys, maxChars, true)) return head;
    }
  }
  return undefined;
}

let shrink: number | undefined;

/**
 * The most characters that standAlone and withoutAuxiliary can take from a head: one context opener with its
 * commas and space (lexicon/connectors.json), "Cette " made "La ", one auxiliary of nominalPassives with its
 * space. A head longer than a headline's length by more cannot fit: headsOf skips its checks.
 */
function maxShrink(): number {
  if (shrink !== undefined) return shrink;
  const { contextOpeners } = loadJson<{ readonly contextOpeners: readonly string[] }>('lexicon/connectors.json');
  const { nominalPassives } = loadJson<HeadlineLexicon>('lexicon/headline.json');
  return (shrink = Math.max(...contextOpeners.map(chars)) + 4 + 3 + Math.max(...nominalPassives.map(chars)) + 1);
}

/** Every head of `text` that makes a headline of at most `maxChars` characters, longest first (see headlineFrom). */
function* headsOf(text: string, sentenceKeys: ReadonlySet<string>, maxChars: number, forTitle: boolean, periods = false): Generator<string, void, undefined> {
  for (const end of [text.length, ...cutPoints(text, forTitle, periods)]) {
    const head = text.slice(0, end).replace(/[\s,;:]+$/u, '');
    if (chars(head) - maxShrink() > maxChars) continue;
    // The length is the headline's: a passive's is measured without its auxiliary ("Treize marins secourus…").
    if (wordCount(head) < MIN_WORDS || !balancedMarks(head) || !holdsMainVerb(head) || continuesClause(head, text.slice(end)) || endsInCompletive(head)) continue;
    // "Cette commande porte…" → "La commande porte…"; none that opens on a pronoun.
    const alone = standAlone(`${head}.`, { quotes: true })?.replace(/\s*\.$/u, '');
    if (alone === undefined || wordCount(alone) < MIN_WORDS) continue;
    if ([...alone.matchAll(/«([^»]*)»/gu)].some((m) => wordCount(m[1]!) > MAX_QUOTED_WORDS)) continue;
    // The article prints every source sentence: a headline that is one of them whole would be a duplicate.
    // A passive headline says less of who did what, and may count against the article's passive share:
    // the passé composé's is said without its auxiliary, as headlines say it; any other, none.
    const headline = isPassive(alone) ? withoutAuxiliary(alone) : alone;
    if (headline === undefined || chars(headline) > maxChars || (headline !== alone && isPassive(headline))) continue;
    if (!sentenceKeys.has(sentenceKey(headline))) yield headline;
  }
}

/**
 * What a title may say of the event when the headline gives no title that fits: the heads of the lead's
 * sentences that make a headline (see headlineOf) of at most `maxChars` characters, each sentence's longest
 * first, in the order of `sentences` ("Le CAC 40 a gagné 1,2 %" from "Le CAC 40 a gagné 1,2 %, soit 96,41
 * points, pour clôturer…"). None is a source sentence whole.
 */
export function leadTitleForms(sentences: readonly Sentence[], facts: readonly Fact[], sentenceKeys: ReadonlySet<string>, maxChars: number, kept?: Map<string, readonly string[]>): string[] {
  const forms: string[] = [];
  for (const sentence of sentences) {
    let own = kept?.get(sentence.id);
    if (own === undefined) {
      own = sentenceTitleForms(sentence, facts, sentenceKeys, maxChars);
      kept?.set(sentence.id, own);
    }
    for (const head of own) if (!forms.includes(head)) forms.push(head);
  }
  return forms;
}

/**
 * One sentence's heads for leadTitleForms, in order, each once. `kept` there holds them by sentence for one article,
 * the same `facts`, `sentenceKeys` and `maxChars`: each keyphrase weighed cuts the lead's sentences that name it.
 */
function sentenceTitleForms(sentence: Sentence, facts: readonly Fact[], sentenceKeys: ReadonlySet<string>, maxChars: number): readonly string[] {
  const forms: string[] = [];
  const fact = facts.find((f) => f.sentenceId === sentence.id);
  const text = (dropAttribution(sentence.text, fact?.attribution) ?? sentence.text).replace(/\s*[.!?…]+$/u, '');
  for (const attempt of new Set(attempts(text, true))) for (const head of headsOf(attempt, sentenceKeys, maxChars, true, true)) if (!forms.includes(head)) forms.push(head);
  return forms;
}

/**
 * Shorter forms of a headline that say what happened, longest first: cut after one of its clauses or before an
 * adjunct, as it is and without its circumstances (see headlineFrom); each holds its main verb and at least
 * MIN_WORDS words. A title that the whole headline would make too long takes one of them. Kept for the article
 * (remember.ts): each keyphrase weighed, then the title, asks for the same headline's.
 */
export const shorterForms = remembered(formsOf);

/**
 * Whether the words after a comma of a verbless headline are an item of news of their own: a subject and its participle
 * ("42 000 canards abattus"), not a participle that tells of the words before the comma ("…, M. Gérard Vallon, | condamné à…").
 */
function opensItem(after: string): boolean {
  const comma = after.indexOf(',');
  const words = (comma < 0 ? after : after.slice(0, comma)).trim().split(/\s+/u);
  return words.length >= 2 && words.slice(1).some((word) => /^\p{Ll}+$/u.test(word) && isParticiple(word));
}

function formsOf(headline: string): readonly string[] {
  const forms = new Set<string>();
  // A headline written without a verb ("180 000 foyers privés d’électricité dans le Sud-Ouest") gives forms without one:
  // up to a participle, or its first item of news when another follows ("un nouveau foyer dans les Landes, 42 000 canards abattus").
  const verbless = !headline.includes(':') && !holdsMainVerb(headline);
  for (const text of new Set([headline, withoutCircumstances(headline, true)])) {
    for (const end of [text.length, ...cutPoints(text, true, true)]) {
      const head = text.slice(0, end).replace(/[\s,;:]+$/u, '');
      const says = verbless ? holdsParticiple(head) || (text.startsWith(', ', end) && opensItem(text.slice(end + 2))) : holdsMainVerb(head);
      if (head === headline || wordCount(head) < MIN_FORM_WORDS || !balancedMarks(head) || !says || continuesClause(head, text.slice(end)) || endsInCompletive(head)) continue;
      forms.add(head);
    }
  }
  return [...forms].sort((a, b) => chars(b) - chars(a));
}

/**
 * The lede's headline, from the first body sentence, else from the first bullet (a source of bullets
 * only, or a lede that gives none); undefined when neither gives one. A headline is never a bullet
 * whole: the lead, the key figures and the FAQ say the bullets, and would be left a sentence short.
 */
export function leadHeadline(sentences: readonly Sentence[], facts: readonly Fact[], keys: ReadonlySet<string> = new Set(sentences.map((s) => sentenceKey(s.text)))): Headline | undefined {
  const ledes = [sentences.find((s) => s.origin === 'body'), sentences.find((s) => s.origin === 'bullet')];
  // A longer headline, as a last resort, still says the news, where the fallback, a label ("Mer Baltique : l’essentiel"), says none.
  for (const lengths of [undefined, [config.headlineLastResortChars]]) {
    for (const lede of ledes) {
      if (lede === undefined) continue;
      const text = headlineOf(lede, facts.find((f) => f.sentenceId === lede.id), keys, lengths);
      if (text !== undefined) return { text, sentenceId: lede.id };
    }
  }
  return undefined;
}

/**
 * "« Nous ne laisserons aucun canton sans médecin »": a headline that is a quotation whole, with its speaker
 * before it as the press writes it ("Sophie Marchal : « … »"), when a sentence of the source gives the same
 * words to a speaker it names ("« Nous ne laisserons aucun canton sans médecin. … », a déclaré Sophie Marchal").
 * Alone, the H1 said the quotation's first sentence again, which the body prints, and said nothing of who spoke.
 */
export function quotedHeadline(headline: string, facts: readonly Fact[]): Headline | undefined {
  const quoted = /^«\s*([^«»]+?)\s*»$/u.exec(headline.trim())?.[1];
  if (quoted === undefined) return undefined;
  const said = quoted.toLowerCase();
  for (const fact of facts) {
    const { quote, attribution } = fact;
    if (quote === undefined || attribution === undefined || !quote.toLowerCase().startsWith(said)) continue;
    const speaker = fact.entities.find((name) => attribution.startsWith(name));
    if (speaker !== undefined) return { text: `${speaker} : ${headline.trim()}`, sentenceId: fact.sentenceId };
  }
  return undefined;
}
