/** Numbers of a French sentence, with the words that say what they measure ("7 000 milliards de dollars"). */
import type { NumberFact } from '../types.js';
import { loadJson } from '../data.js';
import { isLefffNoun, isMonthOrWeekday, isStopword } from './entities.js';
import { escapeRegExp, lazyPattern } from '../text.js';
import { adjectivesBeforeNoun } from '../writing/french/nouns.js';
import { activeForms, finiteNumbers } from '../writing/french/verbs.js';
import { lefffGender } from '../writing/french/lefff.js';
import { allMatches } from './matches.js';
import { isRateBase, isReference, isRelativeTime, isThreshold, shareOf } from './references.js';

interface MarkerLexicon {
  readonly magnitudes: readonly string[];
  readonly currencies: readonly string[];
  readonly units: readonly string[];
  readonly nounComplements: readonly string[];
  readonly notBareComplements: readonly string[];
  readonly durations: Readonly<Record<'hours' | 'minutes' | 'seconds', readonly string[]>>;
  readonly lengthsOfTime: { readonly before: readonly string[]; readonly nounsBeforeDe: readonly string[] };
  readonly ranges: readonly { readonly before?: string; readonly between: string }[];
  readonly dateRanges: readonly { readonly before: string; readonly between: string }[];
  readonly yearRanges: readonly { readonly before: string; readonly between: string }[];
  readonly notPlurals: readonly string[];
  readonly outOf: readonly string[];
  /** Units of length whose figure "sur" another gives the two sides of a surface ("73 centimètres sur 92"). */
  readonly dimensions: readonly string[];
  readonly namedBy: readonly string[];
  readonly events: { readonly distances: readonly string[]; readonly names: readonly string[] };
}
interface DateLexicon { readonly months: readonly string[] }
interface NumeralLexicon {
  readonly units: readonly string[];
  readonly magnitudes: readonly string[];
  readonly approximations: readonly string[];
  /** "les dix derniers": a rank, not a count. */
  readonly ranks: readonly string[];
}

let pattern: RegExp | undefined;
let spelledPattern: RegExp | undefined;
let durationPattern: RegExp | undefined;
let lengthBefore: RegExp | undefined;

/** "3 h 30" (hours and minutes without "min"): a length of time only after "en" or a noun of length and "de" (lexicon/markers.json lengthsOfTime). */
function isLengthOfTime(text: string, start: number): boolean {
  if (!lengthBefore) {
    const { before, nounsBeforeDe } = loadJson<MarkerLexicon>('lexicon/markers.json').lengthsOfTime;
    lengthBefore = new RegExp(String.raw`(?:^|[\s(])(?:(?:${byLength(before.map(escapeRegExp))})|(?:${byLength(nounsBeforeDe.map(escapeRegExp))})\s+de)\s+$`, 'iu');
  }
  return lengthBefore.test(text.slice(Math.max(0, start - 30), start));
}

/** "2 h 09 min 41 s", "1 h 04 min", "3 min 04 s", "9 s 58": a length of time written in parts (lexicon/markers.json, durations). */
function durationsPattern(): RegExp {
  if (durationPattern) return durationPattern;
  const { durations } = loadJson<MarkerLexicon>('lexicon/markers.json');
  const unit = (words: readonly string[]): string => `(?:${byLength(words.map(escapeRegExp))})`;
  const [h, min, sec] = [unit(durations.hours), unit(durations.minutes), unit(durations.seconds)];
  const part = (unit: string, digits: string): string => String.raw`${digits}[\s\u00A0\u202F]?${unit}`;
  const tail = String.raw`(?:[\s\u00A0\u202F]?\d{2}[\s\u00A0\u202F]?${sec})?`;
  // "1 min 52 s 31": a race's time ends on its hundredths, unless the two digits go on to a noun ("3 min 04 s 12 coureurs").
  const hundredths = String.raw`(?:[\s\u00A0\u202F]?\d{2}(?![\s\u00A0\u202F]*[\p{L}\d]))?`;
  durationPattern = new RegExp(
    String.raw`(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ſ\d,.])(?:${part(h, String.raw`\d{1,2}`)}[\s\u00A0\u202F]?${part(min, String.raw`\d{2}`)}${tail}|(?<clock>${part(h, String.raw`\d{1,2}`)}[\s\u00A0\u202F]?\d{2})|${part(min, String.raw`\d{1,2}`)}[\s\u00A0\u202F]?${part(sec, String.raw`\d{2}`)}${hundredths}|${part(sec, String.raw`\d{1,2}`)}[\s\u00A0\u202F]?\d{2})(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ſ\d])`,
    'gu',
  );
  return durationPattern;
}

function numberPattern(): RegExp {
  if (pattern) return pattern;
  const { magnitudes, nounComplements } = loadJson<MarkerLexicon>('lexicon/markers.json');
  const { months } = loadJson<DateLexicon>('lexicon/dates.json');
  const digits = String.raw`\d{1,3}(?:[  \u202F]\d{3})+(?:[.,]\d+)*|\d+(?:[.,]\d+)*`;
  pattern = new RegExp(
    String.raw`(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ſ\d])(?:(?:(?<day>\d{1,2}(?:er)?)\s+)?(?<month>${months.join('|')})(?:\s+(?<year>\d{4}))|(?<dayOnly>\d{1,2}(?:er)?)\s+(?<monthOnly>${months.join('|')})|(?<number>${digits}(?:\s*x\s*\d+)?)(?:\s*(?<percent>%|pour cent))?(?:\s+(?<magnitude>${magnitudes.join('|')}))?(?:\s+(?<of>de\s+|d’\s*)(?<unit>[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ€$£]+)|\s+(?<noun>[a-zß-öø-ÿāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżž€$£°µ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ°]*(?:-[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]+)*[€$]?)(?<per>\/[a-z]{1,3}[²³]?(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ſ])|²|³|\s+(?:carrés?|cubes?))?(?<complement>\s+(?:${nounComplements.map(escapeRegExp).join('|')})|\s+(?:de\s+|d’\s*)(?<bare>[a-zß-öø-ÿ]{3,}(?:-[a-zß-öø-ÿ]+)*)(?![’'A-Za-zÀ-ÖØ-öø-ÿĀ-ſ\d-]))?)?)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ſ\d-])`,
    // No u flag: every character here is in the Basic Multilingual Plane, where the matches are the same,
    // and the case-insensitive Unicode mode makes the pattern three times slower to compile.
    'gi',
  );
  return pattern;
}

/**
 * "publiés", "installées": a plural past participle that the Lefff does not know as a noun qualifies what
 * comes before the figure; it is no unit ("salariés", "blessés" are nouns and stay units).
 */
function isParticipleOnly(word: string): boolean {
  const singulars = [word.replace(/s$/u, ''), word.replace(/es$/u, '')].filter((w) => w !== word);
  return singulars.some((w) => activeForms(w) !== undefined) && singulars.every((w) => lefffGender(w) === undefined);
}

/** The endings of past and present participles: "recommandés", "prévue", "restants" (not the "-ques" of "électriques"). */
const PARTICIPLE_ENDING = /(?:é|ée|és|ées|is|ie|ies|(?<!q)(?:u|ue|us|ues)|ant|ants|ante|antes)$/u;

const byLength = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');

/** A numeral in words, of one word or more ("huit", "soixante-trois", "vingt et une"): never "un" or "une" alone. */
function numeralSource(): string {
  const { units } = loadJson<NumeralLexicon>('lexicon/numbers.json');
  return `(?:${byLength(units)})(?:[- ](?:et[- ])?(?:${byLength([...units, 'un', 'une'])}))*`;
}

let spelledNumeral: RegExp | undefined;

/** "huit", "soixante-trois", "vingt-et-un": a word that is a numeral of two or more, as the figures read them. */
export function isSpelledNumeral(word: string): boolean {
  spelledNumeral ??= new RegExp(`^${numeralSource()}$`, 'i');
  return spelledNumeral.test(word);
}

/**
 * "sept à " of "sept à huit heures", "deux ou " of "deux ou trois jours": a numeral in words that "à" or "ou" joins
 * to the figure at `at` opens a range, cited whole ("huit heures" alone says neither end); "" when none does. Not
 * after "de": "étendre la garantie de deux à trois ans" says a change from one figure to the other, not a range.
 */
function spelledRangeStart(text: string, at: number): string {
  const opening = /(?:^|[\s(])((?:de\s+|d’)?)(\p{L}+(?:-\p{L}+)*\s+(?:à|ou)\s+)$/iu.exec(text.slice(Math.max(0, at - 40), at));
  if (opening === null || opening[1] !== '') return '';
  const numeral = opening[2]!.split(/\s/u)[0]!;
  return isSpelledNumeral(numeral) || /^une?$/iu.test(numeral) ? opening[2]! : '';
}

/** "vingt-et-une toiles", "six mois", "plus d’un million de visiteurs": figures written in words. */
function spelledNumberPattern(): RegExp {
  if (spelledPattern) return spelledPattern;
  const { magnitudes, approximations } = loadJson<NumeralLexicon>('lexicon/numbers.json');
  const numeral = numeralSource();
  spelledPattern = new RegExp(
    String.raw`(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ſ\d’-])(?:(?:${byLength(approximations)})\s*)?(?:(?<big>(?:un|une|${numeral})\s+(?:${byLength(magnitudes)}))|(?<small>${numeral}))(?:\s+(?:de\s+|d’\s*)(?<of>[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]+)|\s+(?<noun>[a-zß-öø-ÿāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżž][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ-]*))?(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ſ\d])`,
    // No u flag: every character here is in the Basic Multilingual Plane, where the matches are the same,
    // and the case-insensitive Unicode mode makes the pattern three times slower to compile.
    'gi',
  );
  return spelledPattern;
}

function kindOf(groups: Record<string, string | undefined>): NumberFact['kind'] {
  const { currencies } = loadJson<MarkerLexicon>('lexicon/markers.json');
  if (groups.month || groups.monthOnly) return 'date';
  if (groups.percent) return 'percent';
  const unit = (groups.unit ?? groups.noun ?? '').toLowerCase();
  if (currencies.includes(unit)) return 'amount';
  const value = Number(groups.number);
  if (/^\d{4}$/.test(groups.number ?? '') && value >= 1800 && value <= 2100 && !groups.magnitude) return 'year';
  return 'count';
}

let weekdayBefore: RegExp | undefined;
/** `before` ends on a weekday ("samedi "). */
const afterWeekday = (before: string): boolean =>
  (weekdayBefore ??= new RegExp(String.raw`(?:^|\s)(?:${loadJson<{ readonly weekdays: readonly string[] }>('lexicon/dates.json').weekdays.join('|')})\s+$`, 'iu')).test(before);

/** The digits at [start, end) of `text` are the hour of "22 h 47", "8 h" or "19h30", or the minutes after it. */
function isClockTime(text: string, start: number, end: number): boolean {
  const digits = text.slice(start, end);
  if (!/^\d{1,2}$/u.test(digits)) return false;
  const hour = Number(digits) <= 24 && /^\s?h(?:\s?[0-5]\d)?(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ſ\d])/u.test(text.slice(end));
  const minutes = /(?<![\d,.])(?:[01]?\d|2[0-4])\s?h\s?$/u.test(text.slice(Math.max(0, start - 6), start));
  // "à 10 heures", "vers 21 heures", "dès 8 heures 30": after these words, "heures" says the time, not a length
  // (which "de" would follow: "après 6 heures de débats", "à 3 heures de route").
  // So does a weekday before it ("de samedi 6 heures à dimanche 20 heures"), or a time of day before the bracket
  // that gives the same time in another zone ("à 16 heures à New York (22 heures à Paris)").
  const spelt = Number(digits) <= 24 && /^\s+heures?\b(?!\s+(?:de\s|d’))/u.test(text.slice(end)) && (/(?:^|\s)(?:à|vers|dès|jusqu’à|avant|après)\s+$/iu.test(text.slice(Math.max(0, start - 12), start)) || afterWeekday(text.slice(Math.max(0, start - 10), start)) || /\d\s?(?:h|heures?)\b[^()]{0,30}\(\s*$/u.test(text.slice(Math.max(0, start - 45), start)));
  return hour || minutes || spelt;
}

/** The digits at [start, end) of `text` are one side of a score or a tally ("menée 5-4", "6-3, 7-5"): neither measures anything alone. */
function isScore(text: string, start: number, end: number): boolean {
  return /^\d{1,3}$/u.test(text.slice(start, end)) && (/^[-–]\d/u.test(text.slice(end, end + 2)) || /(?<![\d,.])\d{1,3}[-–]$/u.test(text.slice(Math.max(0, start - 5), start)));
}

/**
 * "60 nouvelles caméras", "quatorze nouvelles lignes": an adjective that stands before its noun (lexicon/french.json)
 * measures nothing alone; the figure `phrase` goes on to the noun after it (the text from `end`), or stops before
 * the adjective. Any other `noun` leaves it as it is.
 */
function throughAdjective(phrase: string, noun: string, text: string, end: number): string {
  if (!adjectivesBeforeNoun().has(noun.toLowerCase())) return phrase;
  const next = /^\s+([a-zß-öø-ÿāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżž]{3,}(?:-[a-zß-öø-ÿāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżž]+)*)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ſ\d])/u.exec(text.slice(end))?.[0];
  return next !== undefined && !isStopword(next.trim()) ? `${phrase}${next}` : phrase.slice(0, phrase.length - noun.length).trimEnd();
}

/**
 * " lourds" of "650 poids| lourds": a plural word right after a figure's noun, no participle, adverb, small word or verb;
 * '' if none. The Lefff lists many such adjectives as nouns too ("lourd", "urgentiste"): in apposition, they still say which ones.
 */
function adjectiveAfter(after: string): string {
  const adjective = /^\s(\p{Ll}{3,}[sx])(?![\p{L}\d’-])/u.exec(after)?.[1];
  if (adjective === undefined || PARTICIPLE_ENDING.test(adjective) || /ments?$/u.test(adjective) || isStopword(adjective) || finiteNumbers(adjective).length > 0) return '';
  return ` ${adjective}`;
}

/**
 * "six ans | de prison": a figure's noun and the complement that says what it counts, "de" and a bare noun
 * in lower case, not one that others share ("de garrigue et de pinède"), a stopword, a month or a word of
 * `notBare` ("de plus", "de suite").
 */
function withBareComplement(phrase: string, after: string, notBare: readonly string[]): string {
  const found = /^\s+(?:de\s+|d’\s*)([a-zß-öø-ÿ]{3,}(?:-[a-zß-öø-ÿ]+)*)(?![’'A-Za-zÀ-ÖØ-öø-ÿĀ-ſ\d-])/u.exec(after);
  if (!found) return phrase;
  const bare = found[1]!;
  const coordinated = /^\s+(?:et|ou)\s/u.test(after.slice(found[0].length));
  return coordinated || isStopword(bare) || isMonthOrWeekday(bare) || notBare.includes(bare) ? phrase : `${phrase}${found[0]}`;
}

/**
 * A figure as a list or a label cites it: the whole range for one end of a range ("entre 450 et 600 millions
 * d’euros"), the figure itself otherwise; undefined for one end of a span that may say a change ("de 110 à
 * 210 euros"), which would misstate it cited alone.
 */
export function citedAs(n: NumberFact): string | undefined {
  return n.span === undefined ? n.text : n.range;
}

let magnitudeOnly: RegExp | undefined;

/**
 * A figure as a list of figures cites it out of its sentence ("14 920 passages", "40 % des personnes hospitalisées"),
 * or undefined where it would tell the reader nothing there: a reference ("100 000 habitants" of a rate, "15 ans" of
 * an age group, a person's age), a figure that says nothing of what it measures ("46 %", "12"), except an amount,
 * whose currency says it; a span that may say a change (citedAs).
 */
export function listedAs(n: NumberFact): string | undefined {
  const cited = citedAs(n);
  if (cited === undefined || n.reference) return undefined;
  if (n.of !== undefined && n.span === undefined) return `${n.text}${n.of}`;
  const unit = n.text.replace(n.value, '').replace(/%|pour cent/u, '').trim();
  // "2,4 millions": a magnitude alone says how many, not of what.
  magnitudeOnly ??= new RegExp(`^(?:${loadJson<MarkerLexicon>('lexicon/markers.json').magnitudes.join('|')})$`, 'iu');
  return n.kind === 'amount' || (/\p{L}/u.test(unit) && !magnitudeOnly.test(unit)) ? cited : undefined;
}

/**
 * Whether the figure at `at` comes right after a noun that names by it, itself after its article ("l’association
 * 40 millions d’automobilistes"): read back over one word, never the whole sentence.
 */
function opensName(text: string, at: number, namedBy: readonly string[]): boolean {
  const before = /(?:^|[\s’'(])(?:l[’']|la |le |les |une? |du |des |d[’']|de la )(\p{L}+) $/u.exec(text.slice(Math.max(0, at - 40), at));
  return before !== null && namedBy.some((noun) => noun.toLowerCase() === before[1]!.toLowerCase());
}

/** A capitalised word right before a figure, after a word of the same sentence: "la Ligue 1", "du CAC 40", "l’Airbus 320". */
const NAME_BEFORE = lazyPattern(() => /(?:[\p{L}\d,)]\s|[\s(][LlDd]’)(\p{Lu}[\p{L}-]*)\s$/u);

/**
 * "la Ligue 1", "le Top 14", "le CAC 40": a bare figure right after a capitalised word inside a sentence ends a name
 * and measures nothing; as a figure, "1" became a key figure and was put in bold in "s’est imposé 2-1". Not after a
 * day or a month ("Mardi 3"), nor a year ("l’Euro 2024" is dated by it).
 */
function endsName(text: string, at: number): boolean {
  const before = NAME_BEFORE().exec(text.slice(Math.max(0, at - 40), at))?.[1];
  return before !== undefined && !isMonthOrWeekday(before);
}

let racePattern: RegExp | undefined;

/** Whether the figure at `at` is the distance of a race's name ("100 m papillon", lexicon/markers.json events): read from the figure on, a few words. */
function namesRace(text: string, at: number): boolean {
  if (!racePattern) {
    const { distances, names } = loadJson<MarkerLexicon>('lexicon/markers.json').events;
    racePattern = new RegExp(String.raw`^\d+[\s\u00A0\u202F]?(?:${byLength(distances.map(escapeRegExp))})[\s\u00A0\u202F]+(?:${byLength(names.map(escapeRegExp))})(?![\p{L}\d])`, 'iu');
  }
  return racePattern.test(text.slice(at, at + 40));
}

/**
 * "1,40 mètre", "1,2 tonne", "0,5 kilomètre": below two, French writes the unit in the singular; it is the unit
 * of the lexicon that its plural is. Not the first part of a length of time ("1 heure et 52 minutes"), which
 * cited alone would misstate it.
 */
function singularUnit(noun: string, number: string | undefined, units: readonly string[], after: string): boolean {
  if (number === undefined || !units.includes(`${noun}s`) || /^\s+et\s+\d/u.test(after)) return false;
  const value = Number(number.replace(/[\s\u00A0\u202F]/gu, '').replace(',', '.'));
  return Number.isFinite(value) && value < 2;
}

/**
 * "8 000 emplois", "33 centièmes", "312 cas": a plural noun after a figure says what it counts. A word of three
 * letters ("cas", "bus") only when the Lefff knows it as a noun: "vus", "lus" are participles.
 */
function isPluralNoun(written: string): boolean {
  const word = written.toLowerCase();
  if (notPlurals().has(word) || !/^[a-zß-öø-ÿāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżž]{2,}(?:-[a-zß-öø-ÿāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżž]+)*[sx]$/u.test(word)) return false;
  // "737 MAX": a word in capitals is a name's.
  return word.length > 3 || (written === word && isLefffNoun(word));
}

let invariables: ReadonlySet<string> | undefined;
/** Words ending in s that are no plural and that the stopword list lacks ("en 2025 auprès de fonds européens"; lexicon/markers.json). */
const notPlurals = (): ReadonlySet<string> => (invariables ??= new Set(loadJson<MarkerLexicon>('lexicon/markers.json').notPlurals));

/**
 * A figure with all the fields of NumberFact, in one order, those it lacks undefined: figures made with some fields
 * and not others were objects of a dozen shapes, which the lists and the FAQ read (listedAs) at places V8 could not
 * make fast, and a shape come late made it undo and optimise again the functions that read them. No figure is listed
 * nor written out field by field; a test compares figures with toEqual, which reads an undefined field as none.
 */
function numberFact(n: NumberFact): NumberFact {
  return { text: n.text, value: n.value, kind: n.kind, spelled: n.spelled, scale: n.scale, span: n.span, range: n.range, reference: n.reference, of: n.of };
}

/** A length of time in parts ("2 h 09 min 41 s"), where it is in its text, and whether a figure of the text told it. */
interface Duration {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  told: boolean;
}

/**
 * The lengths of time in parts of a text, undefined where it has none (most texts): findNumbers's loop then reads
 * no list of them. An empty list and a list of durations are arrays of two kinds: a text with a duration, come after
 * V8 had optimised findNumbers on texts without one, made it undo and optimise again the whole of findNumbers.
 */
function durationsIn(text: string): Duration[] | undefined {
  const pattern = durationsPattern();
  let found: Duration[] | undefined;
  // Each match holds digits: none is empty, and exec goes on past it.
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m.groups?.clock === undefined || isLengthOfTime(text, m.index)) (found ??= []).push({ start: m.index, end: m.index + m[0].length, text: m[0], told: false });
  }
  return found;
}

/** The duration of `durations` that holds the place `at`, if any. */
function durationAt(durations: readonly Duration[], at: number): Duration | undefined {
  for (const d of durations) if (at >= d.start && at < d.end) return d;
  return undefined;
}

/** Every number of the text, in order. The unit is kept only when it is a known unit, currency or a "de + noun". */
/** "les moins de", "aux plus de": before "12 ans", the words of an age group. */
const AGE_GROUP = /(?:^|[\s(])(?:les|des|aux) (?:moins|plus) de $/iu;

export function findNumbers(text: string): NumberFact[] {
  const { units, currencies, notBareComplements, nounComplements, outOf, namedBy, dimensions } = loadJson<MarkerLexicon>('lexicon/markers.json');
  const found: NumberFact[] = [];
  // Where each figure in digits is in the text, by its index in `found`.
  const spans = new Map<number, { readonly start: number; readonly end: number }>();
  // The figures quoted as a threshold, a target or a ceiling, by their index in `found` (isThreshold).
  const targets = new Set<number>();
  // "en 2 h 09 min 41 s": the parts of a length of time make one figure, in its place among the others.
  // "une autonomie de 3 h 30" is a length; "à 23 h 12" a time of day, which the figures leave out (isClockTime).
  // Every figure of these two patterns has a digit (a month's date its year or its day): a sentence without one is not searched.
  const digits = /\d/u.test(text);
  const durations = digits ? durationsIn(text) : undefined;
  for (const match of digits ? allMatches(numberPattern(), text) : []) {
    const groups = match.groups ?? {};
    const duration = durations === undefined ? undefined : durationAt(durations, match.index);
    if (duration) {
      if (!duration.told) found.push(numberFact({ text: duration.text, value: duration.text, kind: 'count' }));
      duration.told = true;
      continue;
    }
    // "à 22 h 47", "à 8 h", "à 10 heures": a time of day measures nothing, its hour nor its minutes.
    if (isClockTime(text, match.index, match.index + (groups.number?.length ?? 0))) continue;
    // "l’association 40 millions d’automobilistes": a figure right after a noun that names by it opens a name.
    if (opensName(text, match.index ?? 0, namedBy)) continue;
    // "le 100 m papillon": a distance that names a race measures nothing; its time does.
    if (namesRace(text, match.index ?? 0)) continue;
    // "Menée 5-4": a score is told in its sentence, never as a figure.
    if (isScore(text, match.index, match.index + (groups.number?.length ?? 0))) continue;
    // "la gratuité pour les moins de 12 ans": an age group counts nobody; "12 ans" listed alone would read as a length of time.
    if (AGE_GROUP.test(text.slice(Math.max(0, (match.index ?? 0) - 20), match.index)) && /^\d+\s+ans\b/u.test(text.slice(match.index ?? 0))) continue;
    let phrase = match[0];
    let kind = kindOf(groups);
    // "2015 et" or "12.10 sort": a following common word is not a unit, unless the lexicon says so or it is a
    // plural noun ("33 centièmes", "8 000 emplois").
    const noun = groups.noun?.toLowerCase();
    // "7 vices-ministres": a hyphenated noun is one word.
    // "95 % recommandés par l’OMS", "les 2 % restants": a share says what it is of with "de" ("37 % des élèves"); a
    // participle right after it is no unit (an adjective stays: "100 % électriques").
    if (noun && ((groups.percent !== undefined && PARTICIPLE_ENDING.test(noun)) || (!units.includes(noun) && !singularUnit(noun, groups.number, units, text.slice((match.index ?? 0) + match[0].length)) && !currencies.includes(noun) && !(isPluralNoun(groups.noun!) && !isStopword(noun) && !isParticipleOnly(noun))))) {
      phrase = phrase.slice(0, phrase.length - noun.length - (groups.per?.length ?? 0) - (groups.complement?.length ?? 0)).trimEnd();
    } else if (noun && kind === 'year' && phrase.endsWith(groups.noun!)) {
      // "avant 1970 seuls 9 pays": after a year, a word the Lefff does not know as a noun is the sentence's, not
      // the figure's; a noun makes it a count ("2000 personnes").
      if (isLefffNoun(noun)) kind = 'count';
      else phrase = phrase.slice(0, phrase.length - noun.length - (groups.per?.length ?? 0) - (groups.complement?.length ?? 0)).trimEnd();
    }
    // "49 vagues de chaleur" keeps its complement; not "de plus", "de leur", "de Paris" (the pattern ignores case),
    // nor one that others share ("2 800 hectares de garrigue et de pinède": the figure is not the garrigue's alone).
    const bare = groups.bare;
    const coordinated = bare !== undefined && /^\s+(?:et|ou)\s+(?:de\s|d’|des\s|du\s|[a-zß-öø-ÿ])/u.test(text.slice((match.index ?? 0) + match[0].length));
    if (bare && phrase.endsWith(groups.complement!) && (coordinated || bare !== bare.toLowerCase() || isStopword(bare) || isMonthOrWeekday(bare) || notBareComplements.includes(bare))) {
      phrase = phrase.slice(0, phrase.length - groups.complement!.length).trimEnd();
    } else if (bare && phrase.endsWith(groups.complement!) && adjectivesBeforeNoun().has(bare.toLowerCase())) {
      // "120 kilomètres de nouvelles pistes": the complement goes on to the noun after its adjective, or goes
      // ("120 kilomètres de nouvelles" was listed).
      const through = throughAdjective(phrase, bare, text, (match.index ?? 0) + match[0].length);
      phrase = through.length > phrase.length ? through : phrase.slice(0, phrase.length - groups.complement!.length).trimEnd();
    }
    // "60 nouvelles caméras", "3 grandes villes": the figure goes on to the noun after the adjective.
    if (noun && phrase.endsWith(groups.noun!)) phrase = throughAdjective(phrase, groups.noun!, text, (match.index ?? 0) + match[0].length);
    // "650 poids lourds", "1 200 emplois directs": a plural noun keeps the plural adjective after it, which says which
    // ones ("650 poids" says nothing of them); not a participle, which opens a clause ("42 000 canards abattus…").
    if (noun && kind === 'count' && phrase.endsWith(groups.noun!) && /[sx]$/u.test(noun)) phrase += adjectiveAfter(text.slice((match.index ?? 0) + phrase.length));
    // "3 % de la taxe", "12 de ses vaches", "en 2024 de nouvelles règles": after "de", a determiner or a
    // year's next words say nothing the number measures.
    // A unit of the lexicon is a noun even where the stopword list holds it ("5,1 millions de personnes").
    const unit = groups.unit?.toLowerCase();
    if (unit && ((isStopword(unit) && !units.includes(unit)) || kind === 'year')) phrase = phrase.slice(0, phrase.length - (groups.of?.length ?? 0) - unit.length).trimEnd();
    // "21,3 % de part d’audience": a unit after "de" keeps its fixed complement too ("34,8 % de part" says nothing).
    else if (unit && phrase.endsWith(groups.unit!)) {
      const after = text.slice((match.index ?? 0) + match[0].length);
      // "41 % de bonnes opinions": after "de" too, an adjective before its noun measures nothing alone ("41 % de bonnes").
      const through = throughAdjective(phrase, groups.unit!, text, (match.index ?? 0) + match[0].length);
      const fixed = nounComplements.find((c) => after.startsWith(` ${c}`) && !/^[\p{L}\d’-]/u.test(after.slice(c.length + 1)));
      if (through.length > phrase.length) phrase = through;
      else if (through.length < phrase.length) phrase = phrase.slice(0, phrase.length - groups.unit!.length - (groups.of?.length ?? 0)).trimEnd();
      else if (fixed) phrase = `${phrase} ${fixed}`;
      // "29 % d’opinions favorables": a share's noun keeps the adjective after it, which says which ones ("29 %
      // d’opinions" says nothing of them); not a present participle, which opens a clause ("58 % d’élèves atteignant…").
      else if (kind === 'percent') {
        const adjective = /^\s(\p{Ll}{3,})(?![\p{L}\d’-])/u.exec(after)?.[1];
        if (adjective !== undefined && !/ant$/u.test(adjective) && !isStopword(adjective) && !isLefffNoun(adjective) && finiteNumbers(adjective).length === 0) phrase = `${phrase} ${adjective}`;
      }
    }
    const value = groups.month || groups.monthOnly ? match[0] : groups.number!;
    // "Lyon (−6,1 %)", "+2,3 %": a sign written against the figure is part of it ("2024-2030" is a span).
    const at = match.index ?? 0;
    if (kind === 'count' && phrase === groups.number && endsName(text, at)) continue;
    if (noun && text.startsWith(phrase, at)) phrase += halfAfter(text, at + phrase.length);
    // "5 milliards de dollars jamaïcains": the nationality of a currency is part of it (a Jamaican dollar is no US dollar).
    phrase += currencyNationality(phrase, text, at, currencies);
    // "16,42/20", "16,42 sur 20": a mark and the scale it is out of are one figure.
    const last = found.length - 1;
    const previous = spans.get(last);
    const gap = previous === undefined ? '' : text.slice(previous.end, at);
    // "73 centimètres sur 92": a length and the second side of the same surface are one figure, its dimensions.
    const dimension = previous !== undefined && gap === ' sur ' && WHOLE_NUMBER.test(phrase) && phrase === groups.number && dimensions.includes(unitOf(found[last]!));
    if (previous && phrase === groups.number && WHOLE_NUMBER.test(phrase) && ((isBare(found[last]!) && valueOf(found[last]!) <= Number(phrase) && outOf.some((w) => gap === w || joins(gap, w))) || dimension)) {
      found[last] = numberFact({ ...found[last]!, text: text.slice(previous.start, at + phrase.length), scale: dimension ? found[last]!.scale : phrase });
      spans.set(last, { start: previous.start, end: at + phrase.length });
      continue;
    }
    const sign = kind !== 'date' && kind !== 'year' && /[−+-]/u.test(text.charAt(at - 1)) && (at === 1 || /[\s(]/u.test(text.charAt(at - 2))) ? text.charAt(at - 1) : '';
    // "la saison 2025-2026": two years that a hyphen joins are one span, cited whole (its first year is no figure of its own).
    const season = kind === 'year' ? /\d{4}[-–]$/u.exec(text.slice(Math.max(0, at - 5), at))?.[0] : undefined;
    const seasonSpan = season === undefined ? undefined : `${season}${phrase}`;
    // "pour 100 000 habitants", "les enfants de moins de 15 ans": a reference, which a list of figures leaves out;
    // "40 % des personnes hospitalisées": what a bare share is of, which a list cites with it.
    const figure = { text, start: at, end: at + phrase.length, value, kind, unit: (/^\s*(\S+)/u.exec(phrase.slice(groups.number?.length ?? phrase.length))?.[1] ?? '').toLowerCase() };
    // "un objectif de 18 GW en 2035 et de 45 GW en 2050": a figure that "et de" adds to a target (past its year) is one too.
    const target = [...targets].filter((i) => found.slice(i + 1).every((n) => n.kind === 'year' || n.kind === 'date')).pop();
    const added = target === undefined ? '' : text.slice(spans.get(target)?.end ?? at, at);
    const threshold = isThreshold(text, at) || (target !== undefined && /\set\s+(?:de\s+|d’|à\s+)$/u.test(added) && !/[.;:]/u.test(added));
    const reference = isReference(figure) ? true : undefined;
    // "312 cas pour 100 000 habitants": a rate is one figure, cited whole as its sentence says it; its base alone
    // would say another figure, and "312" alone says nothing. The base stays a reference of its own.
    const rated = previous !== undefined && !found[last]!.reference && (found[last]!.kind === 'count' || found[last]!.kind === 'amount') && RATE_GAP().test(gap) && isRateBase(figure);
    if (rated) {
      found[last] = numberFact({ ...found[last]!, text: text.slice(previous.start, at + phrase.length) });
      spans.set(last, { start: previous.start, end: at + phrase.length });
    }
    if (threshold) targets.add(found.length);
    // "la barre des 10 % des suffrages exprimés" is no 10 % of the votes anyone won.
    const share = kind === 'percent' && !threshold && /%$|pour cent$/u.test(phrase) ? shareOf(text, at, at + phrase.length) : undefined;
    found.push(numberFact({ text: `${sign}${phrase}`, value, kind, span: seasonSpan, range: seasonSpan, reference, of: share }));
    spans.set(found.length - 1, { start: at - sign.length, end: at + phrase.length });
  }
  // "Seuls 51,3 % ont été vaccinées, alors que l’objectif est de 75 %": a threshold or a target beside a measure of its kind is a reference.
  for (const index of targets) {
    const target = found[index]!;
    if (found.some((other, i) => !targets.has(i) && !other.reference && other.kind === target.kind && unitOf(other) === unitOf(target))) found[index] = numberFact({ ...target, reference: true });
  }
  const ranged = withRanges(text, found, spans);
  const { ranks } = loadJson<NumeralLexicon>('lexicon/numbers.json');
  for (const match of allMatches(spelledNumberPattern(), text)) {
    const groups = match.groups ?? {};
    const noun = (groups.noun ?? '').toLowerCase();
    const big = groups.big !== undefined;
    // "les deux hommes" is not a figure; "deux ans", "vingt toiles" and "un million de visiteurs" are.
    const isFigure = big || units.includes(noun) || !/^(?:deux|trois|quatre|cinq|six|sept|huit|neuf)$/iu.test(groups.small ?? '');
    if (!isFigure || (!groups.of && !groups.noun && !big)) continue;
    if (noun && (units.includes(noun) === false) && /^(?:et|ou|à|de|en|pour|par|sur|qui|que)$/u.test(noun)) continue;
    // "les dix derniers", "les trois premières": a rank in a list, which counts nothing.
    if (ranks.includes(noun)) continue;
    const unit = groups.of ?? groups.noun ?? '';
    // "une dizaine de petites stations": after "de" too, an adjective before the noun measures nothing alone.
    const counted = groups.noun ?? groups.of;
    const whole = groups.noun ? `${match[0]}${halfAfter(text, (match.index ?? 0) + match[0].length)}` : match[0];
    const through = counted ? throughAdjective(whole, counted, text, (match.index ?? 0) + whole.length) : whole;
    // Without a noun after it, the adjective after "de" stays: "une dizaine de nouvelles" says more than "une dizaine de".
    const measured = groups.noun === undefined && through.length < match[0].length ? match[0] : through;
    // "six ans de prison", as "12 ans de prison": the figure keeps its bare complement.
    const complete = groups.noun && (measured.endsWith(groups.noun) || measured.length > match[0].length) ? withBareComplement(measured, text.slice((match.index ?? 0) + measured.length), notBareComplements) : measured;
    // "entre trois et cinq ans": two numerals that "et" joins (not "vingt et un") are the ends of a range, cited
    // with its "entre" ("Trois et cinq ans" says neither).
    const before = text.slice(Math.max(0, (match.index ?? 0) - 6), match.index ?? 0);
    const between = /\s+et\s+(?!(?:un|une|onze)\b)/u.test(match[0]) && /(?:^|\s)entre\s+$/iu.test(before) ? `${/entre\s+$/iu.exec(before)![0]}${complete}` : undefined;
    const phrase = between ?? `${spelledRangeStart(text, match.index ?? 0)}${complete}`;
    // "Douze minutes plus tard": a length that says when only from another fact is a reference (references.ts).
    const relative = isRelativeTime(text.slice((match.index ?? 0) + match[0].length)) ? true : undefined;
    ranged.push(numberFact({ text: phrase, value: phrase, kind: currencies.includes(unit.toLowerCase()) ? 'amount' : 'count', spelled: true, reference: relative }));
  }
  return ranged;
}

/** " et demi" of "quatre ans et demi", " et demie" of "2 heures et demie", at `at` in `text`: the half is the figure's; else "". */
function halfAfter(text: string, at: number): string {
  return /^ et demie?(?![\p{L}’-])/u.exec(text.slice(at))?.[0] ?? '';
}

let nationalities: ReadonlySet<string> | undefined;

/** " jamaïcains" when `phrase`, at `at` in `text`, ends on a currency that a nationality follows ("dollars jamaïcains"); else "". */
function currencyNationality(phrase: string, text: string, at: number, currencies: readonly string[]): string {
  const currency = /\S+$/u.exec(phrase)?.[0]?.toLowerCase();
  if (currency === undefined || !currencies.includes(currency) || text.slice(at, at + phrase.length) !== phrase) return '';
  const adjective = /^ (\p{Ll}+)(?![\p{L}’-])/u.exec(text.slice(at + phrase.length))?.[1];
  if (adjective === undefined) return '';
  nationalities ??= new Set(loadJson<{ readonly nationalities: readonly string[] }>('lexicon/nationalities.json').nationalities);
  return nationalities.has(adjective) || nationalities.has(adjective.replace(/s$/u, '')) ? ` ${adjective}` : '';
}

const WHOLE_NUMBER = /^\d+$/u;
/** Between a measure and the base of its rate: at most two words of what it counts ("cas", "cas confirmés"), then the rate's word. */
const RATE_GAP = lazyPattern(() => /^(?:\s+\p{Ll}[\p{Ll}-]*){0,2}\s+(?:pour|sur|par|aux)\s+$/u);
const STARTS_DIGIT = /^\d/u;

/** "12", "16,42": a count that says nothing of what it measures, and has no sign. */
const isBare = (n: NumberFact): boolean => n.kind === 'count' && n.text === n.value && !n.spelled;

/** "2,5 points" → "points"; "8" → "". */
const unitOf = (n: NumberFact): string => n.text.replace(n.value, '').replace(/^[−+-]/u, '').trim();
const valueOf = (n: NumberFact): number => Number(n.value.replace(/[\s\u00A0\u202F]/gu, '').replace(',', '.'));

/** "18" before "21 avril": a day of the month that comes before the date's own day. */
const isDayBefore = (day: NumberFact, date: NumberFact): boolean => {
  const first = Number(day.value);
  return Number.isInteger(first) && first >= 1 && first < Number.parseInt(date.text, 10);
};

/** " à ", " et ": the gap between two figures is the word `between` with white space around it. */
const joins = (gap: string, between: string): boolean => /^\s/u.test(gap) && /\s$/u.test(gap) && gap.trim() === between;

/**
 * "entre 450": the word `before` (any case), white space and the figure at `at`; the word and its space as
 * written, or undefined. Read backwards from the figure: a pattern anchored at the figure scanned the
 * sentence from its start for every pair of figures, and was compiled for each.
 */
function openingWord(text: string, at: number, before: string): string | undefined {
  let end = at;
  while (end > 0 && /\s/u.test(text.charAt(end - 1))) end--;
  const start = end - before.length;
  if (end === at || start < 0 || text.slice(start, end).toLowerCase() !== before.toLowerCase()) return undefined;
  return start === 0 || /[\s(]/u.test(text.charAt(start - 1)) ? text.slice(start, at) : undefined;
}

/** The text from `a` to `b`, and the same opening on the first of `words` that joins them ("du 18 au 21 avril"); undefined when none does. */
function spanOf(text: string, a: { readonly start: number; readonly end: number }, b: { readonly start: number; readonly end: number }, words: MarkerLexicon['dateRanges']): { span: string; range: string } | undefined {
  const gap = text.slice(a.end, b.start);
  for (const { before, between } of words) {
    const opening = joins(gap, between) ? openingWord(text, a.start, before) : undefined;
    if (opening === undefined) continue;
    const span = text.slice(a.start, b.end);
    return { span, range: `${opening.toLowerCase()}${span}` };
  }
  return undefined;
}

/**
 * "8 à 10 centimes", "remportée 4 à 3", "entre 450 et 600 millions d’euros": two figures joined by a range's
 * words (lexicon/markers.json) are one span, which each end carries whole: a key figure bolds it whole, never
 * its "8" alone. A span that a word before it marks as a range ("entre") is one figure for a list too; "de 8 à
 * 10 centimes" may as well be a change ("passant de 110 à 210 euros"), which a list leaves out rather than
 * misstate. Not a span: "3,8 % à 10h15" (a time of day is no figure), "respectivement 93,7 % et 93,1 %" (no
 * "entre"), "le sans-plomb 98 à 1,742 euro" (a bare figure and a smaller measured one), "4,2 millions d’euros
 * à 312 salariés" (two units).
 */
function withRanges(text: string, found: readonly NumberFact[], spans: ReadonlyMap<number, { readonly start: number; readonly end: number }>): NumberFact[] {
  const { ranges, dateRanges, yearRanges } = loadJson<MarkerLexicon>('lexicon/markers.json');
  const out = [...found];
  for (let i = 0; i + 1 < found.length; i++) {
    const [a, b, first, second] = [spans.get(i), spans.get(i + 1), found[i]!, found[i + 1]!];
    // A length of time in parts ("2 h 09 min") has no span: it ends no range.
    if (!a || !b) continue;
    // "du 18 au 21 avril": a day before a later date of its month spans the days between, cited whole;
    // "de 2005 à 2025", "entre 2005 et 2009": so do two years that a range's words join.
    const dated = second.kind === 'date' && isBare(first) && STARTS_DIGIT.test(second.text) && isDayBefore(first, second);
    if (dated || (first.kind === 'year' && second.kind === 'year')) {
      const joined = spanOf(text, a, b, dated ? dateRanges : yearRanges);
      if (joined) {
        out[i] = numberFact({ ...first, span: joined.span, range: joined.range });
        out[i + 1] = numberFact({ ...second, span: joined.span, range: joined.range });
      }
      continue;
    }
    if ([first.kind, second.kind].some((k) => k === 'date' || k === 'year')) continue;
    if (unitOf(first) !== '' && unitOf(first) !== unitOf(second)) continue;
    const gap = text.slice(a.end, b.start);
    for (const { before, between } of ranges) {
      if (!joins(gap, between)) continue;
      const opening = before === undefined ? '' : openingWord(text, a.start, before);
      if (opening === undefined) continue;
      // Without a word that opens a range, the figures rise ("8 à 10 centimes") or both are bare (a score, "4 à 3").
      if (before === undefined && !(valueOf(first) < valueOf(second)) && unitOf(second) !== '') continue;
      const span = text.slice(a.start, b.end);
      const range = before === undefined ? undefined : `${opening.toLowerCase()}${span}`;
      out[i] = numberFact({ ...first, span, range: range ?? first.range });
      out[i + 1] = numberFact({ ...second, span, range: range ?? second.range });
      break;
    }
  }
  return out;
}
