/** Named-entity candidates: runs of capitalised words, as compromise's #ProperNoun+ would give, tuned for French. */
import { compareText, escapeRegExp, isSpaceCode, lowerCase } from '../text.js';
import { lefffGender } from '../writing/french/lefff.js';
import { describeNoun, withDeterminer as agreed } from '../writing/french/agreement.js';
import { activeForms, finiteNumbers } from '../writing/french/verbs.js';
import { adjectivesBeforeNoun, isDictionaryPhrase } from '../writing/french/nouns.js';
import { keptForArticle, remembered } from '../remember.js';
import { loadJson } from '../data.js';
import stopwords from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };

/** Acronyms of roles that open a capitalised run without being part of the name. */
const ROLE_ACRONYMS = new Set(['PDG', 'DG', 'DRH', 'CEO', 'DSI']);

const frenchStopwords = new Set((stopwords as Record<string, string[]>).fr);
const JOINERS = new Set(['de', 'du', 'la', 'le', 'd’', 'ben', 'bin', 'al', 'el', 'van', 'von', 'der', 'di', 'da', 'dos', 'and', 'of', 'the', 'for', '&']);
const CAPITALISED = /^[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ\d’.&-]*$/u;
/** The capitals of Latin Extended-A that a name may open on, by char code (the rest of the block is no French or nearby letter). */
const LATIN_A_CAPITALS: ReadonlySet<number> = new Set(Array.from('ĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ', (c) => c.charCodeAt(0)));
/** The small letters of Latin Extended-A that a common word may open on, by char code. */
const LATIN_A_SMALL: ReadonlySet<number> = new Set(Array.from('āăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżž', (c) => c.charCodeAt(0)));

/**
 * The word opens on a capital: /^[A-ZÀ-ÖØ-ÞĀĂĄ…ŹŻŽ]/u, told by its first char code (À-Þ without ×). Every word of every
 * sentence is asked, twice per reading; a pattern run for each cost more than the rest of the test.
 */
export function opensOnCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x80 ? c >= 65 && c <= 90 : c < 0x100 ? c >= 0xc0 && c <= 0xde && c !== 0xd7 : LATIN_A_CAPITALS.has(c);
}

const OPENS_ON_LOWER_CASE = /^\p{Ll}/u;
/** /^\p{Ll}/u: the word opens on a lower-case letter; no pattern is run for a word that opens on an ASCII character. */
export function opensOnLowerCase(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x80 ? c >= 97 && c <= 122 : OPENS_ON_LOWER_CASE.test(word);
}

/** The word opens on a small letter: /^[a-zß-öø-ÿāăą…źżž]/u, told by its first char code (ß-ÿ without ÷), as opensOnCapital. */
export function opensOnSmallLetter(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x80 ? c >= 97 && c <= 122 : c < 0x100 ? c >= 0xdf && c !== 0xf7 : LATIN_A_SMALL.has(c);
}

/** isStopword of a word already in lower case (lowerCase): a caller that lowers a word once for several look-ups. */
export const isLoweredStopword = (lower: string): boolean => frenchStopwords.has(lower);

export function isStopword(word: string): boolean {
  return isLoweredStopword(lowerCase(word));
}

/** Tokens joined as the text writes them: "d’ électricité" is "d’électricité" (most runs elide nothing: no pattern is run for them). */
export function joinTokens(tokens: readonly string[]): string {
  const joined = tokens.join(' ');
  return joined.includes('’ ') ? joined.replace(/’ /g, '’') : joined;
}

/** Words and punctuation marks; punctuation ends a run. Kept per article (see remember.ts): the facts, their names and the keyphrase read each sentence. */
// "Sotheby’s", "McDonald’s": an English possessive "’s" ends its word (a French "s’" elides the next one).
const tokens = remembered((sentence: string): readonly string[] => sentence.match(/[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ\d][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ\d.&-]*(?:’s(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ſ\d’])|’)?|[^\sA-Za-zÀ-ÖØ-öø-ÿĀ-ſ\d]/gu) ?? []);

/** Adjectives of nations, parties and institutions ("européenne", "socialiste", "démocratique", "centrale", "supérieur", "civile", "civils", "hospitalière", "lyonnais", "toulousain", "national", "fédéral", "exécutif", "décoratifs"). */
const NAME_ADJECTIVE = /^\p{Ll}{2,}(?:iques?|istes?|ales?|éennes?|iennes?|aises?|ais|oises?|aine?s?|aires?|ieure?s?|iers?|ières?|iles?|ils?|els?|elles?|ifs?|ives?|ional|éral|ntral|icipal|dial|tial)$/u;

/** A name adjective that is no stopword and no verb ("indique" ends like "-ique"). */
const isNameAdjective = (word: string): boolean => NAME_ADJECTIVE.test(word) && !isStopword(word) && finiteNumbers(word).length === 0;

/**
 * "CO2", "CH4", "N2O": a chemical formula, two element symbols or more and counts of 2 to 9, is no name
 * ("TF1", "COP28" and "A320" are).
 */
const isFormula = (word: string): boolean => /\d/u.test(word) && /^(?:[A-Z][a-z]?[2-9]?){2,}$/u.test(word);

let measures: ReadonlySet<string> | undefined;

/** A magnitude, a currency or a unit after a number (lexicon/markers.json): the number is a figure. */
function isMeasured(next: string | undefined): boolean {
  if (next === undefined) return false;
  if (!measures) {
    const { magnitudes, currencies, units } = loadJson<{ readonly magnitudes: readonly string[]; readonly currencies: readonly string[]; readonly units: readonly string[] }>('lexicon/markers.json');
    measures = new Set([...magnitudes, ...currencies, ...units]);
  }
  return measures.has(bare(next).toLowerCase());
}

/** The words between a figure and a unit it is the price or the magnitude of ("euros le MWh", "millions de MWh"). */
const BEFORE_UNIT: ReadonlySet<string> = new Set(['le', 'la', 'l’', 'par', 'de', 'd’']);

/** /\d$/u: the word ends on a digit (0 to 9), told by its last char code. */
export const endsOnDigit = (word: string | undefined): boolean => {
  const c = word === undefined ? NaN : word.charCodeAt(word.length - 1);
  return c >= 48 && c <= 57;
};

/**
 * "256 Go", "13,8 Md€", "1 300 MW": a unit's symbol after a figure, alone or with the sign after it (lexicon/markers.json),
 * is no name. A word of four letters or more stays one ("les 24 Heures du Mans").
 */
function isUnitSymbol(words: readonly string[], i: number): boolean {
  // "44,90 euros le MWh", "2 euros par kWh": a price per unit names the unit after its article.
  // So does a magnitude ("3,4 millions de MWh").
  const before = words[i - 1];
  const perUnit = before !== undefined && BEFORE_UNIT.has(before) && (endsOnDigit(words[i - 2]) || isMeasured(words[i - 2]));
  if (!perUnit && !endsOnDigit(before)) return false;
  const word = bare(words[i]!);
  return isMeasured(`${word}${words[i + 1] ?? ''}`) || (word.length <= 3 && isMeasured(word));
}

let betweenFigures: ReadonlySet<string> | undefined;

/** "34 à 17", "7 sur 8" (lexicon/numbers.json): the figure at `i` opens a score, a range or a ratio. */
function opensFigurePair(words: readonly string[], i: number): boolean {
  betweenFigures ??= new Set(loadJson<{ readonly betweenFigures: readonly string[] }>('lexicon/numbers.json').betweenFigures);
  return betweenFigures.has(words[i + 1] ?? '') && /^\d/u.test(words[i + 2] ?? '');
}

/** A token without the full stop that ends its sentence. */
const bare = (word: string): string => (word.endsWith('.') ? word.slice(0, -1) : word);

/** A word the Lefff knows as a noun, in the singular if need be ("systèmes"; not "seuls", "certains"). */
export const isLefffNoun = (word: string): boolean => lefffGender(word) !== undefined || (/[sx]$/u.test(word) && lefffGender(word.slice(0, -1)) !== undefined);

/**
 * "les avions Rafale supplémentaires": an adjective in the plural after a name in the singular agrees
 * with another noun; it is no part of the name ("les Émirats arabes unis" agree).
 */
function agreesWith(name: string, adjective: string): boolean {
  // Of the name adjectives, only "-ais" ends in s in the singular ("lyonnais").
  return !(/s$/u.test(adjective) && !/ais$/u.test(adjective) && !/[sx]$/u.test(name));
}

let weekdaysAndMonths: ReadonlySet<string> | undefined;

/** "mars", "lundi": a month or a weekday (lexicon/dates.json), lower case. */
export function isMonthOrWeekday(word: string): boolean {
  if (!weekdaysAndMonths) {
    const { months, weekdays } = loadJson<{ readonly months: readonly string[]; readonly weekdays: readonly string[] }>('lexicon/dates.json');
    weekdaysAndMonths = new Set([...months, ...weekdays]);
  }
  return weekdaysAndMonths.has(word);
}

/**
 * "Conseil supérieur | du notariat", "Agence nationale | de la sécurité des systèmes d’information": after
 * a capitalised word and its adjectives, a name written in sentence case goes on with its complements,
 * "de" and a common noun the Lefff knows (an adjective may follow each). The number of tokens it takes
 * from `at`; 0 when none follows ("le Conseil municipal de mardi" ends before the weekday, "le Conseil
 * supérieur du notariat estime" before the verb).
 */
function complementAt(words: readonly string[], at: number): number {
  // "beaux-arts": a compound is known by its last word.
  const noun = (word: string | undefined): boolean =>
    word !== undefined && /^\p{Ll}{3,}$|^\p{Ll}+-\p{Ll}{3,}$/u.test(word) && isLefffNoun(word.slice(word.lastIndexOf('-') + 1)) && !isStopword(word) && !isMonthOrWeekday(word) && !(finiteNumbers(word).length > 0 && lefffGender(word) === undefined);
  const bareAt = (k: number): string => bare(words[k] ?? '');
  let end = at;
  let j = at;
  while (j - at < 12 && /^(?:de|du|des|d’)$/u.test(words[j] === 'et' && j > at ? (words[++j] ?? '') : (words[j] ?? ''))) {
    j++;
    if (words[j - 1] === 'de' && /^(?:la|l’)$/u.test(words[j] ?? '')) j++;
    if (!noun(bareAt(j))) break;
    j++;
    end = j;
    // A full stop ends the name with the sentence.
    if (words[j - 1]!.endsWith('.')) break;
    if (NAME_ADJECTIVE.test(bareAt(j)) && finiteNumbers(bareAt(j)).length === 0) end = ++j;
    if (words[j - 1]!.endsWith('.')) break;
  }
  return end > at ? end - at + topicAt(words, end, noun) : 0;
}

/**
 * "le Centre d’information | sur l’eau.", "l’Observatoire national | pour la biodiversité,": the topic a name ends on, a
 * preposition and a noun, where the sentence or the clause ends with it (elsewhere, "sur" may open a complement of
 * the verb: "le Conseil de sécurité se réunit sur la question du Soudan"). The number of tokens it takes from `at`.
 */
function topicAt(words: readonly string[], at: number, noun: (word: string | undefined) => boolean): number {
  if (!/^(?:sur|pour|contre)$/u.test(words[at] ?? '') || words[at - 1]!.endsWith('.')) return 0;
  let j = at + 1;
  if (/^(?:la|le|les|l’)$/u.test(words[j] ?? '')) j++;
  if (!noun(bare(words[j] ?? ''))) return 0;
  j++;
  // "pour l’agriculture, l’alimentation et l’environnement": a list of topics goes on past the comma, where it is not known to end.
  const listed = words[j] === ',' && /^(?:la|le|les|l’|des|du|de)$/u.test(words[j + 1] ?? '');
  return words[j - 1]!.endsWith('.') || (/^[,;:)(»]$/u.test(words[j] ?? '') && !listed) ? j - at : 0;
}

/**
 * "École des beaux-arts", "Fondation du patrimoine", "Agence de la transition écologique": at `i`, the complement of a
 * one-word name that is a capitalised common noun, after an article or a preposition. Not at the start of a
 * sentence, where the capital is the sentence's ("Faute de fourrage, les éleveurs…", "Infirmière de formation,
 * elle…"), nor after a noun, whose complement it is ("l’hélicoptère Choucas | de la gendarmerie"), unless it is "des".
 */
const opensComplement = (words: readonly string[], i: number, runStart: number): boolean =>
  words[i] === 'des' || (/^(?:de|du|d’)$/u.test(words[i]!) && runStart > 0 && isStopword(words[runStart - 1]!.replace(/’$/u, '')));

/** "Autorité", "École": a capitalised word that is a common noun heads a name that its complement ends. */
const isCommonHead = (word: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(word) && isLefffNoun(word.toLowerCase());

/** The number of sentence-case words a name takes after its head (see sentenceCaseAt). */
const SENTENCE_CASE_WORDS = 2;

/**
 * "l’Assurance maladie", "l’association Mobilité citoyenne", "le groupe Écologie et solidarités": a common noun
 * capitalised inside a sentence heads a name written in sentence case, which goes on with the lower-case nouns
 * after it (two at most, "et" between them). The number of tokens it takes from `at`; 0 when none follows.
 * A noun that is also a verb ("la Commission porte plainte"), a participle, a stopword, a weekday or a month
 * ends the name; so does any word the Lefff does not know as a noun ("le Sénat examine").
 */
function sentenceCaseAt(words: readonly string[], at: number): number {
  const noun = (word: string): boolean =>
    /^\p{Ll}{3,}$/u.test(word) && isLefffNoun(word) && !isStopword(word) && !isMonthOrWeekday(word) && finiteNumbers(word).length === 0 && !isParticiple(word);
  let end = at;
  for (let taken = 0, j = at; taken < SENTENCE_CASE_WORDS; taken++) {
    const k = words[j] === 'et' ? j + 1 : j;
    if (!noun(bare(words[k] ?? ''))) break;
    end = j = k + 1;
    if (words[k]!.endsWith('.')) break;
  }
  return end - at;
}

/**
 * "l’Assurance", "le groupe Écologie", "l’association Mobilité": a common noun in the singular capitalised inside
 * a sentence, after an article or the noun it names ("ses États membres", "les États membres" are a class by
 * convention, no name).
 */
function headsSentenceCase(words: readonly string[], at: number): boolean {
  const head = words[at]!;
  const before = words[at - 1];
  if (before === undefined || OPENS_SENTENCE.test(before) || !isCommonHead(head) || lefffGender(head.toLowerCase()) === undefined) return false;
  return /^(?:le|la|l’|du|de|d’|au)$/iu.test(before) || (/^\p{Ll}{3,}$/u.test(before) && !isStopword(before) && lefffGender(before) !== undefined);
}

/**
 * "voir", "lancer", "finir", "prendre": a verb in the infinitive, known by its present in the third person ("voit",
 * "lance", "finit", "prend").
 */
function isInfinitive(word: string): boolean {
  const present = /er$/u.test(word) ? [`${word.slice(0, -2)}e`] : /ir$/u.test(word) ? [`${word.slice(0, -1)}t`, `${word.slice(0, -2)}t`] : /re$/u.test(word) ? [word.slice(0, -2), `${word.slice(0, -2)}t`] : [];
  return present.some((form) => finiteNumbers(form).includes('S'));
}

/** Whether `word` is an adjective in the plural agreeing with the last word of `run`, a plural after "des" ("des Nations | unies"). */
const ofPluralName = (run: readonly string[], word: string): boolean =>
  run.at(-2) === 'des' && /[sx]$/u.test(run.at(-1)!) && /^\p{Ll}+s$/u.test(bare(word)) && (isNameAdjective(bare(word)) || isParticiple(bare(word))) && !isLefffNoun(bare(word));

let listedNames: ReadonlyMap<string, readonly (readonly string[])[]> | undefined;

/**
 * The names of several words that lexicon/gender.json lists, open on a capital and go on in lower case ("Émirats
 * arabes unis", "Arabie saoudite"): the lower-case words of each, under the capitalised words they follow.
 */
function namesGoingOnInLowerCase(): ReadonlyMap<string, readonly (readonly string[])[]> {
  if (listedNames) return listedNames;
  const map = new Map<string, string[][]>();
  for (const name of Object.keys(loadJson<{ readonly nouns: Readonly<Record<string, unknown>> }>('lexicon/gender.json').nouns)) {
    const words = name.split(' ');
    const at = words.findIndex((word) => /^\p{Ll}/u.test(word));
    if (at <= 0 || !/^\p{Lu}/u.test(words[0]!)) continue;
    const head = words.slice(0, at).join(' ');
    map.set(head, [...(map.get(head) ?? []), words.slice(at)]);
  }
  return (listedNames = map);
}

/** How many words from `at` end a name the lexicon lists whole that `run` opens ("Émirats | arabes unis"); 0 if none. */
function listedRestAt(run: readonly string[], words: readonly string[], at: number): number {
  const rests = namesGoingOnInLowerCase().get(run.join(' '));
  if (!rests) return 0;
  const rest = rests.find((r) => r.every((word, k) => words[at + k]?.replace(/[.,;:]$/u, '') === word));
  return rest?.length ?? 0;
}

/** "touchée", "fermés": a past participle, whatever the Lefff says of it as a noun. */
const isParticiple = (word: string): boolean => [word, word.replace(/e?s?$/u, '')].some((w) => activeForms(w) !== undefined);

/**
 * "Palme d’or", "Coupe du monde": one capitalised word whose "de" leads to a common noun is a thing, not a
 * name ("la Grèce d’honorer…", "au Royaume-Uni d’ici…" lead to a verb or an adverb).
 */
function isCommonCompound(words: readonly string[], runStart: number, length: number): boolean {
  if (length !== 1) return false;
  const joiner = words[runStart + 1] ?? '';
  const next = (words[runStart + 2] ?? '').replace(/\.$/u, '');
  if (!/^\p{Ll}/u.test(next)) return false;
  if (/^(?:d’|du)$/iu.test(joiner)) return lefffGender(next) !== undefined;
  // "la Quinzaine des cinéastes", "la Fête des mères": after "des", only a capitalised common noun ("la Bretagne des
  // années 1980", "la France des campagnes" are places).
  return joiner === 'des' && !isStopword(next) && isLefffNoun(bare(words[runStart] ?? '').toLowerCase());
}

/** The char codes of "d" and "l": of all characters, only "D" and "L" fold to them (/…/iu). */
const SMALL_D = 100;
const SMALL_L = 108;

/**
 * Whether the word opens on the letter of `code` ("d", "l") or its capital: /^(?:de|du|des|d’)$/iu and /^(?:la|l’)$/iu
 * need it, and are run only on a word that does.
 */
export const opensOnCode = (word: string | undefined, code: number): boolean => word !== undefined && (word.charCodeAt(0) | 0x20) === code;

/**
 * "ministre du Travail", "ministère de l’Intérieur", "chargée de l’Espace": a capitalised word after a minister is the
 * portfolio, not a name (one word and its adjectives; in "ministre de l’Économie Bruno Le Maire", the name after it).
 */
function isPortfolio(words: readonly string[], runStart: number, length: number): boolean {
  // The "de" before the run first: readEntities asks of every run, and most follow none.
  let at = runStart - 1;
  if (opensOnCode(words[at], SMALL_L) && /^(?:la|l’)$/iu.test(words[at]!)) at--;
  if (!opensOnCode(words[at], SMALL_D) || !/^(?:de|du|des|d’)$/iu.test(words[at]!)) return false;
  // "ministre de la Transition écologique": the portfolio's adjectives are in lower case; a second capital is a name's.
  if (words.slice(runStart + 1, runStart + length).some((word) => /^\p{Lu}/u.test(word))) return false;
  // "la ministre déléguée chargée de l’Espace": a minister's charge is a portfolio too; "le ministère britannique de
  // l’Intérieur": so is a foreign minister's.
  const minister = isNationality(words[at - 1] ?? '') ? at - 2 : at - 1;
  if (/^(?:ministre|ministres|ministère|ministères|secrétaire|secrétariat|portefeuille|chargée?s?)$/iu.test(words[minister] ?? '')) return true;
  // "ministre de l’Économie et des Finances": a portfolio joined to one is one too (its adjectives may stand between).
  if (words[at - 1] !== 'et' && words[at - 1] !== ',') return false;
  for (let head = at - 2; head >= Math.max(0, at - 5); head--) if (/^\p{Lu}/u.test(words[head]!)) return isPortfolio(words, head, 1);
  return false;
}

let eponymHeads: ReadonlySet<string> | undefined;

/**
 * "la maladie de Parkinson", "l’échelle de Saffir-Simpson": a name after a disease, a scale or a law it names is part
 * of that thing's name, not a person or a body the text cites (lexicon/markers.json eponymHeads).
 */
function namesAfterEponym(words: readonly string[], runStart: number): boolean {
  eponymHeads ??= new Set(loadJson<{ readonly eponymHeads: readonly string[] }>('lexicon/markers.json').eponymHeads);
  return /^(?:de|d’)$/u.test(words[runStart - 1] ?? '') && eponymHeads.has((words[runStart - 2] ?? '').toLowerCase());
}

let nationalities: ReadonlySet<string> | undefined;
/** "brésilien", "française": a noun or adjective of nationality, masculine or feminine singular (lexicon/nationalities.json). */
const isNationality = (word: string): boolean =>
  (nationalities ??= new Set(loadJson<{ readonly nationalities: readonly string[] }>('lexicon/nationalities.json').nationalities)).has(word);

/**
 * "le Brésilien", "la Française", "au Coréen Park Min-ho": after a singular article, a noun of
 * nationality (lexicon/nationalities.json) speaks of a person the text names elsewhere or right after
 * it; it is no name of its own. The plural stays a name ("les Jamaïcains" may be a team).
 */
function isPersonByNationality(words: readonly string[], at: number): boolean {
  // "la première Française à s’imposer", "la cinquième Française": an adjective or an ordinal before the noun may stand between them.
  const before = lowerCase(words[at - 1] ?? '');
  const article = adjectivesBeforeNoun().has(before) || /\p{L}ième$/u.test(before) ? at - 2 : at - 1;
  if (!/^(?:le|la|l’|du|au|un|une)$/iu.test(words[article] ?? '')) return false;
  const noun = bare(words[at] ?? '').toLowerCase();
  if (isNationality(noun)) return true;
  // "le Lyonnais", "la Niçoise": a person by the town they come from, as by their nation; not "Le Parisien", a paper's
  // title (its article is capitalised inside the sentence).
  const opening = article === 0 || OPENS_SENTENCE.test(words[article - 1] ?? '');
  return (opening || /^\p{Ll}/u.test(words[article]!)) && isDemonym(noun);
}

/**
 * A noun of origin, which the Lefff knows in both genders with the endings of demonyms: "lyonnais" and "lyonnaise",
 * "parisien" and "parisienne" ("palais", "marais" have no feminine; "-aine" is left out: "la Lorraine" is a region).
 */
function isDemonym(noun: string): boolean {
  const pair = /(?:ais|ois|ain)$/u.test(noun) ? [noun, `${noun}e`] : /(?:ien|éen)$/u.test(noun) ? [noun, `${noun}ne`] : /(?:aise|oise)$/u.test(noun) ? [noun.slice(0, -1), noun] : /(?:ienne|éenne)$/u.test(noun) ? [noun.slice(0, -2), noun] : undefined;
  return pair !== undefined && lefffGender(pair[0]!) === 'M' && lefffGender(pair[1]!) === 'F';
}

/** An elided word: "l’", "d’", "qu’", "jusqu’". */
const ELIDING = /^(?:[cdjlmnst]|qu|lorsqu|puisqu|jusqu|quoiqu|presqu|quelqu)’$/iu;

/**
 * "à San Francisco le Vista Pro 2": a "le" or "la" in lower case that no "de" leads to is the article of what follows, not
 * a word of the name before it ("Rio de la Plata"), unless it gives a one-word name its epithet ("Alexandre le Grand").
 */
function isArticleBetween(words: readonly string[], i: number, run: readonly string[]): boolean {
  if (words[i] !== 'le' && words[i] !== 'la') return false;
  if (run.at(-1) === 'de') return false;
  return !(run.length === 1 && /^\p{Lu}/u.test(words[i + 1] ?? '') && !/^\p{Lu}/u.test(words[i + 2] ?? ''));
}

let commonCapitals: ReadonlySet<string> | undefined;
const isCommonCapital = (word: string): boolean => (commonCapitals ??= new Set(loadJson<{ readonly commonCapitals: readonly string[] }>('lexicon/markers.json').commonCapitals)).has(word);

let roles: ReadonlySet<string> | undefined;
/** "pilote", "meneur", "l’ailier": a noun of lexicon/roles.json, which a person's name may follow; the post of one person. */
export const isRole = (word: string): boolean => (roles ??= new Set(loadJson<{ readonly roles: readonly string[] }>('lexicon/roles.json').roles)).has(word.replace(/^l’/u, '').toLowerCase());

let titledBy: ReadonlySet<string> | undefined;
/** "festival", "émission": a noun whose name follows it as a title (lexicon/markers.json titledBy). */
const isTitledBy = (word: string): boolean => (titledBy ??= new Set(loadJson<{ readonly titledBy: readonly string[] }>('lexicon/markers.json').titledBy)).has(word);

let frontedAdjectives: ReadonlySet<string> | undefined;
/** "Originaire", "Natif", "Issue": an adjective that opens a sentence with its complement "de" (lexicon/markers.json frontedAdjectives). */
const isFrontedAdjective = (word: string): boolean =>
  (frontedAdjectives ??= new Set(loadJson<{ readonly frontedAdjectives: readonly string[] }>('lexicon/markers.json').frontedAdjectives)).has(lowerCase(word));

let civilities: ReadonlySet<string> | undefined;
/** "Mme", "Mlle": a civility written without a full stop (lexicon/markers.json). */
const isCivility = (word: string): boolean => (civilities ??= new Set(loadJson<{ readonly civilities: readonly string[] }>('lexicon/markers.json').civilities)).has(word);

/** Small words an acronym skips: "Direction nationale du contrôle de gestion" is DNCG. */
const ACRONYM_SKIPS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'à', 'au', 'aux', 'en', 'pour', 'sur']);

/** A word's initial as an acronym writes it: a capital without its accent. */
const initialOf = (word: string): string => word.charAt(0).toUpperCase().normalize('NFD').charAt(0);

/**
 * The name that a text spells `acronym` with, before it in brackets ("l’Agence régionale de santé (ARS)"): the words
 * before the brackets and the index of the name's first (acronymStart); undefined when the text spells it nowhere.
 * `anyCase`: a name the text writes in lower case counts too ("l’agence régionale de santé (ARS)").
 */
export function acronymSpelling(acronym: string, text: string, anyCase = false): { readonly words: readonly string[]; readonly start: number } | undefined {
  if (!/^\p{Lu}{2,8}$/u.test(acronym)) return undefined;
  const at = text.indexOf(`(${acronym})`);
  if (at < 0) return undefined;
  const words = text.slice(0, at).trim().split(/\s+/u);
  // acronymStart wants a name that opens on a capital.
  const read = anyCase ? words.map((word) => word.replace(/['’]/gu, '’').replace(/^((?:[ld]’)?)(\p{Ll})/iu, (_, elided: string, letter: string) => `${elided}${letter.toUpperCase()}`)) : words;
  const start = acronymStart(read, acronym);
  return start === undefined ? undefined : { words, start };
}

/**
 * Where the name that `acronym` spells starts among `words` (which end just before it), or undefined:
 * every word but the small ones gives its initial, elided articles aside ("l’Organisation mondiale de
 * la santé" is OMS), and the name opens on a capital. Written as words of a text or as its tokens.
 */
export function acronymStart(words: readonly string[], acronym: string): number | undefined {
  let letters = 0;
  for (let start = words.length - 1; start >= 0 && words.length - start <= 12; start--) {
    const word = words[start]!.replace(/^(?:l’|d’)/iu, '');
    if (word === '' || ACRONYM_SKIPS.has(lowerCase(word))) continue;
    // "l’énergie" gives the E of CRE: an initial counts without its accent.
    if (!/^\p{L}/u.test(word) || initialOf(word) !== acronym.charAt(acronym.length - 1 - letters)) return undefined;
    letters++;
    if (letters === acronym.length) return /^\p{Lu}/u.test(word) ? start : undefined;
  }
  return undefined;
}

/**
 * "la Direction nationale du contrôle de gestion (DNCG)", "l’Organisation mondiale de la santé (OMS)":
 * an institution whose acronym follows in parentheses is named by every word its letters stand for,
 * the lower-case ones too; with `unspelt`, one its initials do not spell (headBeforeAcronym). Start → end (the
 * index of the parenthesis) of each such name.
 */
function namesBeforeAcronyms(words: readonly string[], unspelt: boolean): ReadonlyMap<number, number> {
  const spans = new Map<number, number>();
  words.forEach((word, open) => {
    const acronym = words[open + 1] ?? '';
    if (word !== '(' || words[open + 2] !== ')' || !/^\p{Lu}[\p{Lu}\p{Ll}]{1,9}$/u.test(acronym)) return;
    const start = (/^\p{Lu}{2,8}$/u.test(acronym) ? acronymStart(words.slice(0, open), acronym) : undefined) ?? (unspelt ? headBeforeAcronym(words, open) : undefined);
    if (start !== undefined) spans.set(start, open);
  });
  return spans;
}

/** The lower-case words a name may take between its head and its acronym: no more than this. */
const WORDS_BEFORE_ACRONYM = 10;

/**
 * "l’Office anti-stupéfiants (Ofast)", "l’Institut philippin de volcanologie et de sismologie (Phivolcs)": an
 * acronym that the name's initials do not spell (said as a word, or taken from another language) still ends
 * the name, when only lower-case words, none of them a verb, come between it and the name's head, a
 * capitalised common noun. Where that head is, or undefined.
 */
function headBeforeAcronym(words: readonly string[], open: number): number | undefined {
  let k = open - 1;
  while (k >= 0 && open - k <= WORDS_BEFORE_ACRONYM && /^\p{Ll}[\p{Ll}’-]*$/u.test(words[k]!) && !(finiteNumbers(words[k]!).length > 0 && !isLefffNoun(words[k]!))) k--;
  if (k < 0 || k === open - 1 || !/^\p{Lu}\p{Ll}+$/u.test(words[k]!)) return undefined;
  // After an article, a capitalised word inside a sentence is a noun that heads a name ("l’Office", which could
  // be a verb); not a surname after its first name ("Jean Martin de la commune (PS)").
  return /^(?:le|la|l’|les|du|des|au|aux)$/iu.test(words[k - 1] ?? '') ? k : undefined;
}

/** A title's words, and the word a sentence must hold for the title to be in it (its first capitalised one). */
let titles: readonly { readonly words: readonly string[]; readonly needle: string }[] | undefined;

/**
 * "le procureur de la République de Nantes", "le Premier ministre sortant": the capitalised words of a
 * title (lexicon/roles.json) are no names. Their indexes among `words`.
 */
function titleWords(sentence: string, words: readonly string[]): ReadonlySet<number> {
  titles ??= loadJson<{ readonly titles: readonly string[] }>('lexicon/roles.json').titles.map((text) => {
    const parts = text.split(' ');
    return { words: parts, needle: parts.find((word) => /^\p{Lu}/u.test(word)) ?? parts[0]! };
  });
  const found = new Set<number>();
  for (const { words: title, needle } of titles) {
    if (!sentence.includes(needle)) continue;
    words.forEach((_, at) => {
      const matches = title.every((word, k) => {
        const token = (words[at + k] ?? '').replace(/\.$/u, '');
        return k === 0 ? lowerCase(token) === lowerCase(word) : token === word;
      });
      if (matches) title.forEach((word, k) => /^\p{Lu}/u.test(word) && found.add(at + k));
    });
  }
  return found;
}

/**
 * « Les Heures claires », « Le Dernier Train »: a short quotation that opens on a capital is a title
 * (of a film, a book, a show); its capitalised words are no names. The indexes of its words.
 */
function titleInQuotes(words: readonly string[]): ReadonlySet<number> {
  const found = new Set<number>();
  words.forEach((word, open) => {
    if (word !== '«') return;
    const close = words.indexOf('»', open);
    if (close < 0 || close - open - 1 > 6 || !/^\p{Lu}/u.test(words[open + 1] ?? '')) return;
    for (let k = open + 1; k < close; k++) found.add(k);
  });
  return found;
}

let cardinalPoints: ReadonlySet<string> | undefined;
const isCardinalPoint = (word: string): boolean => (cardinalPoints ??= new Set(loadJson<{ readonly cardinalPoints: readonly string[] }>('lexicon/markers.json').cardinalPoints)).has(word.replace(/\.$/u, ''));

/**
 * "Théo « Saken » Martin", "Joaquín « El Chapo » Guzmán": one to three capitalised words in quotation marks between
 * a first name and a surname are a nickname; the index of the closing mark, when the surname follows it.
 */
function nicknameEnd(words: readonly string[], open: number): number | undefined {
  const close = words.indexOf('»', open);
  if (close < open + 2 || close > open + 4) return undefined;
  const capitalised = (word: string | undefined): boolean => word !== undefined && /^\p{Lu}/u.test(word) && CAPITALISED.test(word) && !isStopword(word.toLowerCase());
  return words.slice(open + 1, close).every(capitalised) && capitalised(words[close + 1]) ? close : undefined;
}

let streets: ReadonlySet<string> | undefined;
const isStreet = (word: string): boolean => (streets ??= new Set(loadJson<{ readonly streets: readonly string[] }>('lexicon/markers.json').streets)).has(word);
let venues: ReadonlySet<string> | undefined;
const isVenue = (word: string): boolean => (venues ??= new Set(loadJson<{ readonly venues: readonly string[] }>('lexicon/markers.json').venues)).has(word);

/** After these marks a capital says nothing: a quotation or a new sentence starts, or a dateline ends ("Lyon, 3 mars (AFP) – Un incendie…"). */
const OPENS_SENTENCE = /(?:^[«"(“:]|[.!?…]|^[–—-])$/u;

/** Words written with a capital somewhere else than at the start of a sentence: the names of the text. */
export function capitalisedInside(sentences: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const sentence of sentences) {
    const words = tokens(sentence);
    words.forEach((word, i) => {
      // The capital first: most words have none, and the word before is then not looked at.
      if (i > 0 && opensOnCapital(word) && !OPENS_SENTENCE.test(words[i - 1]!)) names.add(word.replace(/[.’]$/u, ''));
    });
  }
  return names;
}

/**
 * Whether the word at `i` opens a name or goes on with one: capitalised, in no title, no formula nor unit; not a
 * stopword that the sentence's capital gives its capital. The per-word tests of readEntities are functions of their
 * own: V8 optimises a smaller loop body faster, in the first articles of a batch.
 */
function isNameWordAt(words: readonly string[], i: number, titled: ReadonlySet<number>): boolean {
  const word = words[i]!;
  const capital = opensOnCapital(word) && CAPITALISED.test(word) && !titled.has(i) && !isFormula(bare(word)) && !isUnitSymbol(words, i);
  return capital && !((i === 0 || OPENS_SENTENCE.test(words[i - 1]!)) && isStopword(word.replace(/’$/, '')));
}

/**
 * Where the way's word is before the name that opens at `i` ("la rue Crébillon", "la place de la Concorde"), or with
 * `adjectives` a venue's ("le stade Ernest-Wallon", "les mers du Sud"); undefined when none is. In an address, the way
 * follows its number or a comma ("au 27, rue Gambetta", "…, boulevard de Belfort").
 */
function wayBeforeName(words: readonly string[], i: number, adjectives: boolean): number | undefined {
  let way = i - 1;
  while (way > i - 3 && /^(?:de|du|des|d’|la|l’)$/u.test(words[way] ?? '')) way--;
  return way > 0 && (isStreet(words[way]!) || (adjectives && isVenue(words[way]!))) && /^(?:la|le|l’|les|du|de|des|au|aux|en|,|\d+(?:bis|ter)?)$/iu.test(words[way - 1]!) ? way : undefined;
}

/** "Alim’confiance": an apostrophe inside a name, glued to the word after it, elides no article. */
const gluedAfterApostrophe = (word: string, next: string, sentence: string): boolean =>
  word.endsWith('’') && /^\p{Ll}/u.test(next) && !ELIDING.test(word) && sentence.includes(`${word}${next}`);

/**
 * "Ubuntu 12.10", "Unity 3D": a version number at `i` belongs to the name `run` before it (a year does not, nor a
 * figure that measures: "le quartier de Maurepas 22 millions", "Paul Dersain 7,4 %", "l’État 500 000 euros", nor one
 * that opens a score: "l’ASM Clermont Auvergne 34 à 17").
 */
function isVersionAt(words: readonly string[], i: number, run: readonly string[]): boolean {
  const word = words[i]!;
  return /^\d+(?:\.\d+)*[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]?$/u.test(word) && !/^(1[89]|20)\d\d$/.test(word) && !JOINERS.has(run[run.length - 1]!) && !isMeasured(words[i + 1]) && !opensFigurePair(words, i) && !/^(?:\d{3}\b|[%‰°])/u.test(words[i + 1] ?? '') && !(words[i + 1] === ',' && /^\d/u.test(words[i + 2] ?? ''));
}

/**
 * Whether the name `run` (not empty), opened at `runStart`, may go on with a complement at `i`: after its adjective or
 * its capitalised common noun ("Conseil supérieur | du notariat"), or after a one-word name that is a capitalised
 * common noun, where opensComplement allows one ("École | des beaux-arts").
 */
const mayTakeComplement = (words: readonly string[], i: number, run: readonly string[], runStart: number): boolean =>
  run.length >= 2 ? /^\p{Ll}/u.test(run.at(-1)!) || isCommonHead(run.at(-1)!) : opensComplement(words, i, runStart) && isCommonHead(run[0]!);

/**
 * Whether `word` is an adjective that the name `run` (one or two words) takes: after one capitalised word that agrees
 * with it and is no acronym ("la Gauche | démocratique"), or after its first adjective ("la Banque centrale |
 * européenne"); "Enedis indique" is a name and its verb.
 */
const takesNameAdjective = (run: readonly string[], word: string): boolean =>
  isNameAdjective(bare(word)) && (/^\p{Ll}/u.test(run.at(-1)!) ? run.length === 2 : run.length === 1 && !/^\p{Lu}+$/u.test(run[0]!) && agreesWith(run[0]!, bare(word)));

/**
 * A sentence's capitalised runs as findEntities finds them without `names`, and what `names` would change: the
 * runs that only a name of `names` confirms, and the words whose presence there would read the sentence otherwise.
 */
interface EntityReading {
  /** The runs found without `names`. */
  readonly names: readonly string[];
  /** For each of `names`, the word that `names` must hold for the run to count when given; undefined when it counts anyway. */
  readonly confirmedBy: readonly (string | undefined)[];
  /** Words that, held by `names`, make a reading with them differ otherwise: the sentence is then read again with them. */
  readonly rereadIf: readonly string[];
}

/**
 * Capitalised runs of a sentence. A run of one word at the start of the sentence ("Rappelons",
 * "Lundi") counts only when `names` shows that word capitalised elsewhere, or when no `names` is given
 * and it is not a common French word. With `adjectives`, a one-word run takes the adjectives that follow
 * it ("la Gauche démocratique"): the names a reader is given keep them, the keyphrase candidates do not
 * need them.
 *
 * The reading without `names` is kept for the article (remember.ts), and the runs with `names` taken from it: the
 * facts read each sentence with the text's names, the keyphrase's candidates the same sentences without them.
 */
export function findEntities(sentence: string, names?: ReadonlySet<string>, { adjectives = false }: { readonly adjectives?: boolean } = {}): string[] {
  const reading = (adjectives ? readingWithAdjectives : readingWithout)(sentence);
  if (names === undefined) return [...reading.names];
  if (reading.rereadIf.some((word) => names.has(word))) return [...readEntities(sentence, names, adjectives).names];
  return reading.names.filter((_, i) => reading.confirmedBy[i] === undefined || names.has(reading.confirmedBy[i]!));
}

const readingWithout = remembered((sentence: string): EntityReading => readEntities(sentence, undefined, false));
const readingWithAdjectives = remembered((sentence: string): EntityReading => readEntities(sentence, undefined, true));

/** findEntities's reading of a sentence, with `names` or without (see EntityReading). */
function readEntities(sentence: string, names: ReadonlySet<string> | undefined, adjectives: boolean): EntityReading {
  const words = tokens(sentence);
  const runs: string[] = [];
  const confirmedBy: (string | undefined)[] = [];
  const rereadIf: string[] = [];
  let run: string[] = [];
  let runStart = 0;
  const flush = (): void => {
    // Most words end no run: nothing to do (and no array made for each of them).
    if (run.length === 0) return;
    while (run.length && JOINERS.has(lowerCase(run[run.length - 1]!))) run.pop();
    // "Mme Hélène Garnier" is Hélène Garnier, as "M. Yannick Ferraud" is Yannick Ferraud.
    if (run.length > 1 && isCivility(run[0]!)) {
      run.shift();
      runStart++;
    }
    // "la Française des jeux", "la Lyonnaise des eaux": a nationality whose complement goes on in lower case is a name's head.
    if (run.length && isPersonByNationality(words, runStart) && !/^\p{Ll}/u.test(run.slice(1).find((word) => !JOINERS.has(word) && word !== 'des') ?? '')) {
      // "le Coréen Park Min-ho": the name is what follows the nationality, if a name follows.
      run.shift();
      runStart++;
      if (JOINERS.has(run[0]?.toLowerCase() ?? '')) run = [];
    }
    // "l’ancien ministre de l’Économie Julien Fabre": the portfolio's word before the minister's name is no part of it;
    // nor is it, with its adjectives, before the country whose minister it is ("la ministre de l’Environnement des
    // Palaos", "le ministre des Affaires étrangères du Japon").
    if (run.length > 1 && isCommonHead(run[0]!) && isPortfolio(words, runStart, 1)) {
      let name = 1;
      const joiner = (word: string): boolean => word === 'des' || JOINERS.has(word);
      while (name < run.length && /^\p{Ll}/u.test(run[name]!) && !joiner(run[name]!)) name++;
      const joined = name;
      while (name < run.length && joiner(run[name]!)) name++;
      if (name < run.length && /^\p{Lu}/u.test(run[name]!) && (name > joined || (name === 1 && run.length > 2))) {
        run = run.slice(name);
        runStart += name;
      }
    }
    let initial = runStart === 0 || OPENS_SENTENCE.test(words[runStart - 1] ?? '');
    // "Originaire de St-Étienne, M. Leroy…": the adjective that opens the sentence, with its "de", is no word of the
    // name after it ("Originaire de St-Étienne" was listed among the text's names).
    if (initial && run.length > 2 && JOINERS.has(run[1]!.toLowerCase()) && isFrontedAdjective(run[0]!)) {
      let name = 1;
      while (name < run.length && JOINERS.has(run[name]!.toLowerCase())) name++;
      run = run.slice(name);
      runStart += name;
      initial = false;
    }
    // "« Voir la Terre par le hublot… »": a verb in the infinitive that opens the sentence has the sentence's capital; the
    // name, if any, comes after its article.
    // A noun would take "de" before the article ("Banque de France"); a verb takes the article itself ("Lancer la Coupe Davis").
    const opensOnInfinitive = initial && run.length > 2 && /^(?:la|le|l’)$/u.test(run[1]!) && isInfinitive(run[0]!.toLowerCase());
    // Without `names`, the word is read as the verb; with names that hold it, as a name's.
    if (opensOnInfinitive && names === undefined) rereadIf.push(run[0]!);
    if (opensOnInfinitive && !names?.has(run[0]!)) {
      let name = 1;
      while (name < run.length && JOINERS.has(run[name]!)) name++;
      run = run.slice(name);
      runStart += name;
      initial = false;
    }
    // "Marcher 7 000 pas…": a number after the word does not make it a name; nor does an adjective taken after it
    // ("Côté rochelais, la déception dominait": "Côté" opens the sentence, capitalised nowhere else).
    const wordsOfName = run.filter((word) => !/^\d/u.test(word) && !/^\p{Ll}/u.test(word)).length;
    const confirmer = initial && wordsOfName === 1 ? run[0]!.replace(/’$/u, '') : undefined;
    const unconfirmed = names !== undefined && confirmer !== undefined && !names.has(confirmer);
    // "le retour sur Terre de Léa Marchetti": a thing everyone knows (lexicon/markers.json commonCapitals) heads no name of
    // two capitalised words after its "de" ("la Terre de Feu" is one name); the name is theirs.
    if (run.length >= 4 && /^(?:de|du|d’)$/u.test(run[1]!) && run.slice(2).every((word) => /^\p{Lu}/u.test(word)) && isCommonCapital(run[0]!)) {
      run = run.slice(2);
      runStart += 2;
    }
    // "le meneur de Monaco Hugo Delattre", "l’intérieur du Mans Yanis Bokassa": after a role and its "de", three capitalised
    // words are a place and, without the comma, the person's first name and surname: two names ("du Mans" says "Le Mans",
    // which the place's word alone does not).
    if (run.length === 3 && run.every((word) => /^\p{Lu}/u.test(word)) && /^(?:de|du|d’)$/u.test(words[runStart - 1] ?? '') && isRole(words[runStart - 2] ?? '')) {
      if (words[runStart - 1] !== 'du') {
        runs.push(run[0]!);
        confirmedBy.push(undefined);
      }
      run = run.slice(1);
      runStart++;
    }
    if (run.length && !unconfirmed && !isPortfolio(words, runStart, run.length) && !isCommonCompound(words, runStart, run.length) && !namesAfterEponym(words, runStart)) {
      runs.push(joinTokens(run));
      confirmedBy.push(confirmer);
    }
    run = [];
  };
  // The names a reader is given end on an acronym that their initials do not spell; the keyphrase's candidates,
  // which count a name seen once as a noun phrase too, keep those spelt only.
  const spelt = namesBeforeAcronyms(words, adjectives);
  // Words of a title are no names; most sentences hold neither a title nor a quotation.
  const inTitle = /[«A-ZÀ-ÖØ-Þ]/u.test(sentence) ? titleWords(sentence, words) : new Set<number>();
  const quoted = sentence.includes('«') ? titleInQuotes(words) : new Set<number>();
  const titled = inTitle.size === 0 ? quoted : new Set([...inTitle, ...quoted]);
  let skipTo = -1;
  let complement = 0;
  words.forEach((word, i) => {
    if (i < skipTo) return;
    if (word === '«' && (run.length === 1 || run.length === 2)) {
      const close = nicknameEnd(words, i);
      if (close !== undefined) {
        // "Lee « Caliste » Min-jun": the nickname is part of the name, which goes on after it.
        run.push(...words.slice(i, close + 1));
        skipTo = close + 1;
        return;
      }
    }
    const end = spelt.get(i);
    if (end !== undefined) {
      flush();
      runStart = i;
      run = words.slice(i, end);
      flush();
      skipTo = end;
      return;
    }
    if (isNameWordAt(words, i, titled)) {
      if (!run.length) runStart = i;
      // "la rue Crébillon", "la place de la Concorde": the way's word belongs to its name; with adjectives, so does a venue's ("le stade Ernest-Wallon", "les mers du Sud").
      const way = run.length ? undefined : wayBeforeName(words, i, adjectives);
      if (way !== undefined) {
        runStart = way;
        run.push(...words.slice(way, i));
      }
      const next = words[i + 1] ?? '';
      if (gluedAfterApostrophe(word, next, sentence)) {
        run.push(`${word}${bare(next)}`);
        skipTo = i + 2;
        if (next.endsWith('.')) flush();
        return;
      }
      run.push(bare(word));
      if (word.endsWith('.')) flush();
    } else if (run.length && isVersionAt(words, i, run)) {
      run.push(bare(word));
      flush();
    } else if (adjectives && run.length > 0 && /^[b-hj-xz]\.?$/u.test(word) && !JOINERS.has(run.at(-1)!.toLowerCase())) {
      // "K2-291 c", "Proxima b", "TRAPPIST-1 e": a letter alone after a name (no French word but "a", "à" and
      // "y") is a planet's, of its star's designation, in the names a reader is given (the keyphrase's
      // candidates do not need it, as they do not need adjectives).
      run.push(bare(word));
      flush();
    } else if (adjectives && run.length > 0 && mayTakeComplement(words, i, run, runStart) && (complement = complementAt(words, i)) > 0) {
      // "Conseil supérieur du notariat", "Haute Autorité de santé", "École des beaux-arts": the complement of a
      // name written in sentence case, after its adjective or its capitalised common noun.
      run.push(...words.slice(i, i + complement).map(bare));
      skipTo = i + complement;
      flush();
    } else if (run.length && word === '+' && sentence.includes(`${run.at(-1)!}+`)) {
      // "Canal+", "Disney+": a plus sign glued to a name is part of it.
      run[run.length - 1] += '+';
    } else if (run.length === 1 && (word === 'à' || word === 'en') && /^\p{Lu}/u.test(words[i + 1] ?? '') && isTitledBy(words[runStart - 1] ?? '') && isCommonHead(run[0]!)) {
      // "le festival Jazz à Vienne", "le festival Rock en Seine": after a noun that names by a title (lexicon/markers.json
      // titledBy), a capitalised common noun, "à" or "en" and a capitalised word are one title ("le festival Lollapalooza à
      // Paris" is held there).
      run.push(word);
    } else if (run.length && JOINERS.has(lowerCase(word)) && !isArticleBetween(words, i, run)) {
      run.push(word);
    } else if (run.length && word === 'l’' && words[i - 1] === 'de' && isCardinalPoint(words[i + 1] ?? '')) {
      // "Afrique de l’Ouest", "Europe de l’Est": a cardinal point after "de l’" is part of the name, as after "du"
      // ("Afrique du Sud"); before another name, "de l’" joins two ("la sonde Lunaris de l’Agence spatiale européenne").
      run.push(word);
    } else if (run.length && word === 'des' && /^\p{Lu}/u.test(words[i + 1] ?? '')) {
      // "Théâtre des Quais", "Architectes des Bâtiments de France": "des" joins two capitalised words of one name.
      run.push(word);
    } else if (adjectives && run.length >= 3 && /^\p{Lu}/u.test(run.at(-1)!) && ofPluralName(run, word)) {
      // "le Programme des Nations unies", "le musée des Arts décoratifs": an adjective (or a participle) in the plural after
      // a name's last word in the plural, "des" before it, agrees with that word.
      run.push(bare(word));
      if (word.endsWith('.')) flush();
    } else if (adjectives && (run.length === 1 || run.length === 2) && takesNameAdjective(run, word)) {
      // Only after a run of one or two words (most words follow none): the adjective test is the dearer.
      // "la Gauche démocratique", "la Banque centrale européenne": one capitalised word and its adjectives are
      // one name; "Enedis indique" is a name and its verb.
      run.push(bare(word));
      if (word.endsWith('.')) flush();
    } else if (run.length && /^\p{Ll}/u.test(word) && (complement = listedRestAt(run, words, i)) > 0) {
      // "les Émirats arabes unis", "l’Arabie saoudite", "la Polynésie française": a name the lexicon lists whole
      // (lexicon/gender.json) goes on in lower case.
      run.push(...words.slice(i, i + complement).map(bare));
      skipTo = i + complement;
      if (words[skipTo - 1]!.endsWith('.')) flush();
    } else if (adjectives && run.length === 1 && /^\p{Ll}/u.test(word) && headsSentenceCase(words, runStart) && (complement = sentenceCaseAt(words, i)) > 0) {
      // "l’Assurance maladie", "le groupe Écologie et solidarités": a name in sentence case, its head capitalised
      // inside the sentence (at its start, "Mobilité réduite pour…" has the sentence's capital).
      run.push(...words.slice(i, i + complement).map(bare));
      skipTo = i + complement;
      // "l’Observatoire local des loyers": its complement follows, as after an adjective ("Observatoire national des loyers").
      const more = words[skipTo - 1]!.endsWith('.') ? 0 : complementAt(words, skipTo);
      run.push(...words.slice(skipTo, skipTo + more).map(bare));
      skipTo += more;
      flush();
    } else if (run.length) {
      // Most words end no run: flush is not called for them.
      flush();
    }
  });
  flush();
  return readingOf(runs, confirmedBy, rereadIf);
}

/**
 * The names of readEntities's runs, each with the word that confirms it: one loop, not readEntities's chain of maps
 * and filters over its lists, whose arrays came of another kind for some sentences, and V8 then undid and optimised
 * again the whole of readEntities (twice in 78 warm articles, about 16 ms each time).
 */
function readingOf(runs: readonly string[], confirmedBy: readonly (string | undefined)[], rereadIf: readonly string[]): EntityReading {
  const names: string[] = [];
  const confirmers: (string | undefined)[] = [];
  for (let i = 0; i < runs.length; i++) {
    // "PDG d’OpenAI" is a role before a name: keep the name.
    const name = runs[i]!
      .replace(/’$/, '')
      .replace(/^[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ]{2,4}\s+(?:d’|de\s+|du\s+)(?=[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ])/u, (prefix) => (ROLE_ACRONYMS.has(prefix.split(/\s|’/)[0]!) ? '' : prefix));
    if (name.length > 1) {
      names.push(name);
      confirmers.push(confirmedBy[i]);
    }
  }
  return { names, confirmedBy: confirmers, rereadIf };
}

/**
 * findEntities of a text, as the keyphrase's candidates read it, and with its adjectives (the article's readings,
 * kept): the names of the headline are read again to choose the keyphrase (src/index.ts).
 */
export const namesIn = (text: string): readonly string[] => readingWithout(text).names;
export const namesWithAdjectivesIn = (text: string): readonly string[] => readingWithAdjectives(text).names;

/** "XIᵉ", "XXe", "Ier": a Roman ordinal, capitalised without being a name. */
export function isOrdinal(word: string): boolean {
  return /^[IVXLC]+(?:e|ᵉ|er|ᵉʳ|re|ʳᵉ|ème)$/u.test(word);
}

/** "du boson" says "le boson", "aux usines" says "les usines". */
export const CONTRACTED: Readonly<Record<string, string>> = { du: 'le', au: 'le', des: 'les', aux: 'les' };

/** CONTRACTED as a map: a word read before a name is looked up there, not as a property (a fresh string is internalised for that). */
const CONTRACTED_ARTICLES: ReadonlyMap<string, string> = new Map(Object.entries(CONTRACTED));
const DEFINITE_ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'les', 'l’']);
/** Words before a name that say its definite article surely: the article itself, or "au" and "aux". */
const SURE_ARTICLES: ReadonlySet<string> = new Set([...DEFINITE_ARTICLES, 'au', 'aux']);

/**
 * /[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ\d]/u of one character, by its code (NaN, past either end of a text, is none): a letter of
 * a word or a digit.
 */
export const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x17f && c !== 0xd7 && c !== 0xf7);
/** isWordCode, or a hyphen: what joins a word before a name to it ("Météo-France"). */
const isWordOrHyphenCode = (c: number): boolean => c === 45 || isWordCode(c);

/** The determiner the source puts before a name most often ("le Wall Street Journal", "les Émirats"), if any. */
export function determinerBefore(name: string, texts: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  let bare = 0;
  // "du Science & Technology Facilities Council" alone is not taken (a "du" may be partitive): a
  // determiner written as such ("la Tour Eiffel", "le Wall Street Journal") or "au"/"aux" is needed, or a
  // "du" before a name whose head the lexicon knows as masculine ("du Tour de France", "du Conseil d’État"),
  // or a "des" before one whose head is the plural of a common noun.
  let direct = 0;
  let masculine: boolean | undefined;
  const masculineHead = (): boolean => (masculine ??= ((noun) => noun.gender === 'M' && noun.number === 'S' && noun.from !== 'unknown')(describeNoun(name)));
  // "des Hospices de Beaune", "des Sables-d’Olonne": a name whose head is the plural of a common noun
  // takes "les", which "des" contracts with "de" (an indefinite "des" goes before common nouns, not names).
  let plural: boolean | undefined;
  const pluralHead = (): boolean => (plural ??= ((head) => /[sx]$/u.test(head) && ((noun) => noun.number === 'P' && noun.from !== 'unknown')(describeNoun(head.toLowerCase())))(name.split(/[\s-]/u)[0]!));
  forEachMention(name, texts, (text, start, at) => {
    // "Paris" is not in "Parisien", nor "France" in "Météo-France": the name must be a word of its own.
    if (isWordCode(text.charCodeAt(at + name.length)) || isWordOrHyphenCode(text.charCodeAt(at - 1))) return false;
    const before = /(?:^|[\s(])(le|la|les|l’|du|des|au|aux|d’|de|à)\s*$/iu.exec(text.slice(Math.max(start, at - 6), at))?.[1]?.toLowerCase();
    // "le syndicat SNCTA", "la compagnie easyJet": a name after the common noun it names takes that noun's
    // article, which says nothing of its own (the "du SNCTA" elsewhere does).
    const noun = before ? undefined : /(?:^|\s)(\p{Ll}[\p{Ll}-]{2,})\s+$/u.exec(text.slice(Math.max(start, at - 30), at))?.[1];
    if (noun !== undefined && isLefffNoun(noun) && !isStopword(noun) && finiteNumbers(noun).length === 0) return false;
    const determiner = before ? (CONTRACTED_ARTICLES.get(before) ?? before) : undefined;
    // "au Financial Times", "aux Philippines" say le and les as surely as the article itself; so does "du
    // Portugal" for a name of one word (a longer one after "du" may be partitive).
    if (before && (SURE_ARTICLES.has(before) || ((before === 'du' || before === 'des') && !name.includes(' ')) || (before === 'du' && masculineHead()) || (before === 'des' && pluralHead()))) direct++;
    if (determiner && DEFINITE_ARTICLES.has(determiner)) counts.set(determiner, (counts.get(determiner) ?? 0) + 1);
    else bare++;
    return false;
  });
  const best = [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0];
  return best && best[1] >= bare && direct > 0 ? best[0] : undefined;
}

/**
 * "en Californie", "en Grèce": a place named after "en" takes an article ("la Californie") that a source
 * naming it only so never shows. Cities take no article and none goes after "en".
 */
export function namedAfterEn(name: string, texts: readonly string[]): boolean {
  return forEachMention(name, texts, (text, start, at) => afterEn(text, start, at));
}

/**
 * Whether "en" and white space come right before `at` (/(?:^|\s)en\s+$/i on the text before it, which starts at
 * `start`), read backwards from `at`: the pattern scanned that text from its start for every mention.
 */
function afterEn(text: string, start: number, at: number): boolean {
  let end = at;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end < at && end - start >= 2 && (text[end - 1] === 'n' || text[end - 1] === 'N') && (text[end - 2] === 'e' || text[end - 2] === 'E') && (end - start === 2 || isSpaceCode(text.charCodeAt(end - 3)));
}

/** What stands between two texts joined for a search: a character no text holds (checked), neither a space nor a letter. */
const TEXT_BREAK = '\u0000';

/** Texts joined for a search, and where each of them starts in the join (in order). */
interface JoinedTexts {
  readonly text: string;
  readonly starts: readonly number[];
}
const joinedTexts = keptForArticle<readonly string[], JoinedTexts | null>();

function joinOf(texts: readonly string[]): JoinedTexts | null {
  if (texts.some((text) => text.includes(TEXT_BREAK))) return null;
  const starts: number[] = [];
  let start = 0;
  for (const text of texts) {
    starts.push(start);
    start += text.length + TEXT_BREAK.length;
  }
  return { text: texts.join(TEXT_BREAK), starts };
}

/**
 * Where the text that holds `at` starts in the join: the last start at or before it, found by halves (what
 * join.lastIndexOf(TEXT_BREAK, at) + 1 gives, without reading back over the text for each mention).
 */
function startOf(starts: readonly number[], at: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= at) low = middle;
    else high = middle - 1;
  }
  return starts[low]!;
}

/**
 * Calls `visit` at each mention of `name` in `texts` (not overlapping, in order) until it returns true, with the text
 * it reads and where the mention's own text starts in it: one search of the texts joined (once for all the names of
 * an article) rather than one for each of a long source's thousands of sentences for each name. Whether it stopped.
 */
export function forEachMention(name: string, texts: readonly string[], visit: (text: string, start: number, at: number) => boolean): boolean {
  let joined = joinedTexts.get(texts);
  if (joined === undefined) joinedTexts.set(texts, (joined = joinOf(texts)));
  if (joined === null || name === '' || name.includes(TEXT_BREAK)) {
    for (const text of texts) for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) if (visit(text, 0, at)) return true;
    return false;
  }
  const { text, starts } = joined;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) if (visit(text, startOf(starts, at), at)) return true;
  return false;
}

let placePrepositions: ReadonlySet<string> | undefined;
/** Words after which a name says where ("en Chine", "au Soudan", "à Paris"; lexicon/french.json placePrepositions). */
export const isPlacePreposition = (word: string): boolean =>
  (placePrepositions ??= new Set(loadJson<{ readonly placePrepositions: readonly string[] }>('lexicon/french.json').placePrepositions)).has(word);

const LAST_WORD = /\S+$/u;

/**
 * Whether every mention of `name` comes right after a word that makes it a place ("en France", "à Lyon"; see
 * isPlacePreposition): read back from each mention, the word before it alone.
 */
export function onlyAsPlace(name: string, texts: readonly string[]): boolean {
  let seen = false;
  for (const text of texts) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const before = text.slice(Math.max(0, at - 16), at).trimEnd();
      const word = before.slice(before.search(LAST_WORD)).toLowerCase();
      if (!isPlacePreposition(word)) return false;
      seen = true;
    }
  }
  return seen;
}

/**
 * What (?:^|[\s(«])(le|la|les|l’)\s?(\p{Ll}[\p{Ll}-]*)\s<name>(?![\p{L}\d]) (flags iu) finds in `text`, read at each
 * mention that `mentions` (the name, flags giu) finds: a pattern of \p{Ll} built for each name cost about 6.8 M
 * instructions to compile, the search a few thousand. A name with a digit, which the article and the noun
 * never hold: the first mention with its class before it is where the pattern's leftmost match ends.
 */
function modelClassBefore(text: string, mentions: RegExp): RegExpExecArray | null {
  // Literals here, not at the module's top: a pattern of \p{…} costs its parse where it is created, in a run that may never come here.
  for (mentions.lastIndex = 0; ; ) {
    const mention = mentions.exec(text);
    if (!mention) return null;
    const end = mention.index + mention[0].length;
    // An article and a class noun right before the name ("la famille "), the name ending a word.
    const found = /^[\p{L}\d]/u.test(text.slice(end, end + 2)) ? null : /(?:^|[\s(«])(le|la|les|l’)\s?(\p{Ll}[\p{Ll}-]*)\s$/iu.exec(text.slice(0, mention.index));
    if (found) return found;
    mentions.lastIndex = mention.index + 1;
  }
}

/**
 * The name with its determiner, ready for a template ("le Wall Street Journal", "OpenAI"): the one the
 * source writes, else the one the gender dictionary gives a country or a body ("de France" → "la France").
 */
export function withArticle(name: string, texts: readonly string[]): string {
  const determiner = determinerBefore(name, texts);
  if (!determiner && /\d/u.test(name)) {
    // "A350" after its class only ("le gros-porteur A350", "la famille A320"): a model takes an article in
    // French, which its class gives ("du gros-porteur A350", not "d’A350").
    let mentions: RegExp | undefined;
    for (const text of texts) {
      const found = text.includes(name) ? modelClassBefore(text, (mentions ??= new RegExp(escapeRegExp(name), 'giu'))) : null;
      const article = found?.[1]!.toLowerCase();
      if (found) return `${article}${article === 'l’' ? '' : ' '}${found[2]} ${name}`;
    }
  }
  if (!determiner) {
    const noun = describeNoun(name);
    // "Rassemblement national", "Banque centrale européenne": a capitalised common noun and its adjectives
    // name a body, which French says with the article of that noun ("le groupe Rassemblement national" gives none).
    const [head, ...adjectives] = name.split(' ');
    const body = noun.from === 'lefff' && adjectives.length > 0 && isCommonHead(head!) && adjectives.every(isNameAdjective);
    // "rue Gambetta", "boulevard de Belfort": a way named in an address without its article takes the article of its noun.
    const way = noun.from === 'lefff' && adjectives.length > 0 && isStreet(head!);
    // "la France métropolitaine", "l’Europe centrale": a place of the dictionary keeps its article before its adjectives.
    const place = noun.from === 'dictionary' && noun.head === head && adjectives.length > 0 && adjectives.every((word) => /^\p{Ll}/u.test(word) && isNameAdjective(word));
    // A name the dictionary lists whole, of one word or several ("Bangladesh", "Côte d’Ivoire"), takes its article.
    return isDictionaryPhrase(name) || body || way || place ? (agreed('definite', name, { ...(noun.gender && { gender: noun.gender }), number: noun.number }) ?? name) : name;
  }
  return determiner === 'l’' ? `l’${name}` : `${determiner} ${name}`;
}
