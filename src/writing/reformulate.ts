/**
 * Safe reformulations of a source sentence. Each is a named rule that keeps the meaning;
 * each returns undefined when it does not apply.
 */
import { loadJson } from '../data.js';
import { alternativesOf, capitalise, escapeRegExp, holdsFigure, isSpaceCode, lazyPattern, lowerFirst } from '../text.js';
import { remembered } from '../remember.js';
import { startsElision } from './french/02-elision.js';
import { describeNoun, type GrammaticalNumber } from './french/nouns.js';
import { activeForms, finiteNumbers } from './french/verbs.js';
import { lefffGender } from './french/lefff.js';
import { acronymStart, isRole, isStopword } from '../analysis/entities.js';
import { isSpelledNumeral } from '../analysis/numbers.js';

interface ConnectorLexicon { readonly lowerableStarts: readonly string[]; readonly imperatives: readonly string[]; readonly contextOpeners: readonly string[]; readonly contrastAdverbs: readonly string[] }

/** The first word can lose its capital (a determiner or a pronoun) without becoming wrong. */
export function canLowerFirst(sentence: string): boolean {
  const { lowerableStarts } = loadJson<ConnectorLexicon>('lexicon/connectors.json');
  const first = /^[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]+’?/u.exec(sentence)?.[0]?.toLowerCase();
  // "Lundi soir, les actions…", "Aujourd’hui, il y a…": a time phrase before the main clause is no name.
  return first !== undefined && (lowerableStarts.includes(first) || isFrontedTime(/^[^,]*/u.exec(sentence)![0]));
}

let imperative: RegExp | undefined;

/** Endings of common words (participles, adverbs, gerunds) that a proper noun rarely has. */
const COMMON_ENDING = /(?:é|ée|és|ées|ant|ment|ants|ante|antes|ise|isé|isée|ue|ues|us)$/u;

/**
 * A sentence that continues another ("Par ailleurs, …", "On apprend que …"): a name keeps its
 * capital; a determiner, a pronoun, a preposition or a word with a common ending is lowered.
 */
export function asContinuation(sentence: string, names: readonly string[]): string | undefined {
  // "…, notons en particulier…" speaks to the reader: it cannot follow "On apprend que".
  imperative ??= new RegExp(`(?<![\\p{L}])(?:${loadJson<ConnectorLexicon>('lexicon/connectors.json').imperatives.join('|')})(?![\\p{L}])`, 'u');
  if (imperative.test(sentence.replace(/«[^»]*»/gu, ' ').toLowerCase())) return undefined;
  const first = /^[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]+/u.exec(sentence)?.[0] ?? '';
  const lowerable = canLowerFirst(sentence);
  // "Samsung annonçait…", "Altman a proposé…": the first word is a name, or a word of one ("Le" of "Le Parisien" is not).
  if (names.some((name) => sentence.startsWith(name) || (!lowerable && name.split(' ').includes(first)))) return sentence;
  // "D’ici 2030, …", "D’abord, …": an elided word before a word in lower case is no name.
  if (lowerable || ELIDED_COMMON().test(sentence)) return lowerFirst(sentence);
  if (/^[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ][a-zß-öø-ÿāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżž]+$/u.test(first) && COMMON_ENDING.test(first)) return lowerFirst(sentence);
  return undefined;
}

const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_DIGIT = /^\d/u;
const ELIDED_COMMON = lazyPattern(() => /^[DdLlJjQq]u?’\p{Ll}/u);

const DEMONSTRATIVES: Readonly<Record<string, string>> = { Ce: 'Le', Cette: 'La', Ces: 'Les' };

/**
 * Rule "definite-article": "Ce projet ne manque pas…" → "Le projet ne manque pas…", so that the
 * sentence reads alone. "Cet" becomes "L’" only before a vowel, as it always is.
 */
export function withDefiniteArticle(sentence: string): string | undefined {
  const match = /^(Ce|Cet|Cette|Ces) ([a-zß-öø-ÿāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżž][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ-]*)(’?)/u.exec(sentence);
  // "Ce n’est", "Ce sont", "Ce qui": a pronoun, not a determiner.
  if (!match || match[3] || /^(?:sont|est|qui|que|dont|fut|sera|serait|était|ne|y)$/u.test(match[2]!)) return undefined;
  const elides = match[1] === 'Cet' || (match[1] === 'Cette' && startsElision(match[2]!));
  const article = elides ? 'L’' : `${DEMONSTRATIVES[match[1]!]} `;
  return `${article}${sentence.slice(match[1]!.length + 1)}`;
}

/** A demonstrative determiner inside a sentence, with "de" or "à" before it, and the word after it. */
const INNER_DEMONSTRATIVE = /(?<![\p{L}’])(?:(de|à) )?(ce|cet|cette|ces) ([a-zß-öø-ÿāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżž][\p{L}-]*)(?![’\p{L}])/gu;
const DEFINITE: Readonly<Record<string, string>> = { ce: 'le', cet: 'l’', cette: 'la', ces: 'les' };
const CONTRACTED: Readonly<Record<string, string>> = { 'de le': 'du', 'de les': 'des', 'à le': 'au', 'à les': 'aux' };

/**
 * The definite article that says what a demonstrative (ce, cet, cette, ces; lower case) pointed at, after `before`
 * ("de", "à", or none) and before the word `next`, with the space after it: "la ", "du ", "de l’", "aux ".
 */
function definiteFor(demonstrative: string, before: string | undefined, next: string): string {
  const article = (demonstrative === 'ce' || demonstrative === 'cette') && startsElision(next) ? 'l’' : DEFINITE[demonstrative]!;
  const joined = before ? CONTRACTED[`${before} ${article}`] ?? `${before} ${article}` : article;
  return joined.endsWith('’') ? joined : `${joined} `;
}
let timeNouns: ReadonlySet<string> | undefined;
let notPointingBack: ReadonlySet<string> | undefined;

/** Nouns after which a demonstrative points at no sentence before: the time of the news and idioms (lexicon/connectors.json notPointingBack). */
const pointingNowhere = (): ReadonlySet<string> =>
  (notPointingBack ??= new Set(loadJson<{ readonly notPointingBack: readonly string[] }>('lexicon/connectors.json').notPointingBack));

const LETTER = /\p{L}/u;
const PLURAL_END = /[sx]$/u;
const DEFINITE_ARTICLES = ['le ', 'la ', 'les ', 'l’', 'du ', 'des ', 'au ', 'aux '] as const;

/** Whether `before` names `noun` with a definite article ("les pièces détachées" for "pièces"), in the singular or the plural. */
function namedDefinitely(noun: string, before: string): boolean {
  const lower = before.toLowerCase();
  const forms = new Set([noun, noun.replace(PLURAL_END, ''), `${noun}s`]);
  return [...forms].some((form) => DEFINITE_ARTICLES.some((article) => {
    const at = lower.indexOf(`${article}${form}`);
    return at >= 0 && (at === 0 || !LETTER.test(lower.charAt(at - 1))) && !LETTER.test(lower.charAt(at + article.length + form.length));
  }));
}

/**
 * Rule "definite-article" inside a sentence read out of its paragraph: "Les pièces détachées … Le délai de livraison
 * de ces pièces" → "des pièces"; a demonstrative points back at a sentence the reader no longer has, which named the
 * thing with a definite article (`previous`). Not one whose thing that sentence counted or did not name ("ces
 * départements" after "12 départements", "un tournoi de ce niveau"), nor one that says when or is an idiom ("cette
 * année", "à ce sujet": lexicon/connectors.json notPointingBack, months and weekdays), nor a pronoun ("ce que").
 * withoutDemonstratives, for a sentence read as an answer, says every such demonstrative with the article.
 */
export function namedBeforeDefinitely(sentence: string, previous: string): string {
  if (!timeNouns) {
    const { months, weekdays } = loadJson<{ readonly months: readonly string[]; readonly weekdays: readonly string[] }>('lexicon/dates.json');
    timeNouns = new Set([...pointingNowhere(), ...months, ...weekdays, 'dernier', 'dernière', 'derniers', 'dernières']);
  }
  // Quotations are never altered: only the text between them.
  return sentence
    .split(QUOTATION)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(INNER_DEMONSTRATIVE, (match, before: string | undefined, demonstrative: string, noun: string) => {
            if (timeNouns!.has(noun) || PRONOUN_AFTER_CE.test(noun) || !namedDefinitely(noun, previous)) return match;
            return `${definiteFor(demonstrative, before, noun)}${noun}`;
          }),
    )
    .join('');
}

const QUOTATION = /(«[^»]*»)/u;
/** "ce sont", "ce qui", "ce n’est": "ce" is a pronoun there, not a determiner. */
const PRONOUN_AFTER_CE = /^(?:qui|que|qu|dont|sont|est|sera|serait|fut|était|ne|n|y)$/u;

let contextOpener: ReturnType<typeof contextOpenerPatterns> | undefined;

/**
 * Rule "drop-context-opener": "Malgré tout, des analystes jugent…" → "Des analystes jugent…". A connector
 * that ties the sentence to the one before it points at nothing once the sentence is read alone.
 */
export function withoutContextOpener(sentence: string): string {
  const { opening, incise } = (contextOpener ??= contextOpenerPatterns());
  const opener = opening.exec(sentence)?.[0];
  if (opener === undefined) return withoutIncise(sentence, incise);
  const rest = sentence.slice(opener.length);
  return `${rest.charAt(0).toLocaleUpperCase('fr')}${rest.slice(1)}`;
}

/** The lexicon's context openers where a sentence opens, and set off after its first phrase. */
function contextOpenerPatterns(): { readonly opening: RegExp; readonly incise: RegExp } {
  const openers = loadJson<ConnectorLexicon>('lexicon/connectors.json').contextOpeners.map(escapeRegExp).join('|');
  return { opening: new RegExp(`^(?:${openers}), (?=\\S)`, 'iu'), incise: new RegExp(`^([^,«»“”"]{2,60}?), (?:${openers}), (?=\\S)`, 'iu') };
}

/**
 * The same connector set off after the subject, "Boeing, de son côté, n’a livré…" → "Boeing n’a livré…",
 * a phrase that opens on a determiner or a name; after a fronted phrase, the phrase keeps its comma: "Aux
 * États-Unis, en revanche, l’activité progresse" → "Aux États-Unis, l’activité progresse".
 */
function withoutIncise(sentence: string, incise: RegExp): string {
  const match = incise.exec(sentence);
  if (!match) return sentence;
  const subject = match[1]!;
  const first = subject.split(' ')[0]!;
  const opensSubject = SUBJECT_DETERMINER.test(subject) || (/^\p{Lu}/u.test(first) && !isStopword(first.replace(/’.*$/u, '')));
  return `${subject}${opensSubject ? '' : ','} ${sentence.slice(match[0].length)}`;
}

const SUBJECT_DETERMINER = /^(?:le|la|les|l’|un|une|des|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos|votre|vos) ?/iu;

let contrastAdverb: RegExp | undefined;
let anyContrastAdverb: RegExp | undefined;

/**
 * Rule "drop-contrast-adverb": "le marché reste toutefois étroit" → "le marché reste étroit". A contrast
 * adverb inside the clause, between two words (lexicon/connectors.json contrastAdverbs), contrasts with the
 * sentence before; read alone, as an answer, it contrasts with nothing. Quotations keep their words; set off
 * by commas or opening the sentence, the adverb is a context opener (withoutContextOpener).
 */
export function withoutContrastAdverb(sentence: string): string {
  if (!contrastAdverb || !anyContrastAdverb) {
    const { contrastAdverbs } = loadJson<ConnectorLexicon>('lexicon/connectors.json');
    contrastAdverb = new RegExp(`(?<=[\\p{L}’]) (?:${contrastAdverbs.map(escapeRegExp).join('|')})(?= [\\p{L}\\d«])`, 'giu');
    anyContrastAdverb = new RegExp(alternativesOf(contrastAdverbs), 'iu');
  }
  // Most sentences hold none of the adverbs: found without the look-behind, which tests every letter.
  if (!anyContrastAdverb.test(sentence)) return sentence;
  if (!sentence.includes('«')) return sentence.replace(contrastAdverb, '');
  return sentence.split(QUOTATION).map((part) => (part.startsWith('«') ? part : part.replace(contrastAdverb!, ''))).join('');
}

/** A source sentence holds a contrast adverb inside its clause (see withoutContrastAdverb); kept per article, as the FAQ asks for each question. */
export const holdsContrastAdverb = remembered((sentence: string): boolean => withoutContrastAdverb(sentence) !== sentence);

const PRONOUN_STARTS = ['il', 'elle', 'ils', 'elles', 'ce', 'cet', 'cela', 'ceci', 'celui', 'celle', 'ceux', 'celles', 'cette', 'ces', 'c’', 'leur', 'leurs', 'son', 'sa', 'ses', 'mais', 'et', 'or', 'donc', 'y', 'chacun', 'chacune'];

/**
 * The sentence as it can be read out of its paragraph, or undefined: no leading pronoun to resolve
 * (a leading demonstrative becomes an article), no quotation unless allowed, not too long.
 */
export function standAlone(sentence: string, allow: { readonly quotes?: boolean } = {}): string | undefined {
  return (allow.quotes ? standAloneQuoting : standAloneNotQuoting)(sentence);
}

// Kept per article (see remember.ts), one cache for each answer to `allow.quotes`, the only option that counts.
const standAloneQuoting = remembered((sentence: string) => standAloneText(sentence, { quotes: true }));
const standAloneNotQuoting = remembered((sentence: string) => standAloneText(sentence, {}));

/** A sentence of more pieces between white space than this is too long to stand alone. */
const MAX_STANDING_PIECES = 40;

/** Whether `text.split(/\s+/)` has more than `most` pieces, read by char code up to there (no array of its words). */
function splitsIntoMoreThan(text: string, most: number): boolean {
  let pieces = 1;
  for (let at = 0; at < text.length; at++) {
    if (!isSpaceCode(text.charCodeAt(at))) continue;
    while (at + 1 < text.length && isSpaceCode(text.charCodeAt(at + 1))) at++;
    if (++pieces > most) return true;
  }
  return false;
}

function standAloneText(sentence: string, allow: { readonly quotes?: boolean }): string | undefined {
  const opened = withoutContextOpener(sentence);
  const text = withDefiniteArticle(opened) ?? opened;
  const first = /^[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]+’?/u.exec(text)?.[0]?.toLowerCase() ?? '';
  // "Il y a…", "Il faut…": an impersonal "il" speaks of nothing before it.
  const impersonal = /^Il (?:y a|faut)\s/u.test(text);
  if ((PRONOUN_STARTS.includes(first) && !impersonal) || (!allow.quotes && /[«»]/u.test(text)) || splitsIntoMoreThan(text, MAX_STANDING_PIECES)) return undefined;
  // "Pour y parvenir, il a annoncé…": past a fronted phrase, a subject pronoun (or a "y" in the phrase) speaks of what came before.
  if (text.includes(', ') && FRONTED_PRONOUN.test(text)) return undefined;
  // "Le gouvernement dispose de trois mois pour s’y opposer": "y" after an elided pronoun speaks of what came before ("il n’y a" does not).
  if (ANAPHORIC_Y.test(text)) return undefined;
  // The pronouns below are the text's own, not those of its quotations.
  const said = text.includes('«') ? text.replace(/«[^»]*»/gu, ' ') : text;
  // "La branche maladie en représente plus de 60 %", "trois parcs y verront le jour": "en" or "y" before a verb
  // speaks of a noun of the sentence before.
  if (anaphoricEnOrY(said)) return undefined;
  // "Parmi eux, 19 maisons défilent…", "Un autre prévoit…": a pronoun stands for a noun of the sentence before.
  if (pointsBackByPronoun(said)) return undefined;
  // "Soixante-trois autres passagers ont été secourus": others than those the sentence before counted.
  if (countsOthers(said)) return undefined;
  // "Une quarantaine de délégations ont applaudi son intervention": whose?
  if (possessorLeftBehind(said)) return undefined;
  // "Les signataires s’engagent sur cinq priorités :" announces what follows it; alone, it says nothing.
  if (/:\s*$/u.test(text)) return undefined;
  return text;
}

let pluralVerb: RegExp | undefined;
const ANY_POSSESSIVE = /(?:son|sa|ses)\s/u;

/**
 * "Une quarantaine de délégations ont applaudi son intervention", "Les recruteurs ont été séduits par son envergure":
 * a singular possessive after a plural verb is not its subject's, and with no singular noun or name between them,
 * its owner is in a sentence before. (The verbs are those the cuts agree with a subject, lexicon/sentence-cuts.json.)
 */
function possessorLeftBehind(text: string): boolean {
  // Without "son", "sa" or "ses" there is no possessive to own: the verbs' pattern, which tests every letter, is not run.
  if (!ANY_POSSESSIVE.test(text)) return false;
  pluralVerb ??= new RegExp(`(?<![\\p{L}’-])(?:${loadJson<CutLexicon>('lexicon/sentence-cuts.json').verbs.P.join('|')})(?![\\p{L}’-])`, 'u');
  const verb = pluralVerb.exec(text);
  if (!verb) return false;
  const after = text.slice(verb.index + verb[0].length);
  const possessive = /(?<![\p{L}’-])(?:son|sa|ses)\s/u.exec(after);
  if (!possessive) return false;
  return !/(?<![\p{L}’-])(?:le|la|un|une|du|au|ce|cet|cette|chaque)\s|(?<![\p{L}’-])l’|\s\p{Lu}/u.test(after.slice(0, possessive.index + 1));
}

/** A word before "autre" or "autres" (its case as written). */
const BEFORE_OTHERS = lazyPattern(() => /(?<![\p{L}\d’-])([\p{L}\d-]+) autres?(?![\p{L}’-])/gu);

/** "63 autres", "les treize autres passagers", "soixante-trois autres": a figure of others, whose first ones a sentence before counted. */
function countsOthers(text: string): boolean {
  // Two or more: "une autre réunion" is said of one thing, which indefiniteStarts reads.
  if (!text.includes(' autre')) return false;
  for (const [, word] of text.matchAll(BEFORE_OTHERS())) if (/^\d+$/u.test(word!) || isSpelledNumeral(word!)) return true;
  return false;
}

interface PronounLexicon {
  readonly tonicPronouns: { readonly always: readonly string[]; readonly prepositions: readonly string[]; readonly pronouns: readonly string[] };
  readonly indefiniteStarts: readonly string[];
}
let tonic: RegExp | undefined;
/** The pronouns any match of `tonic` holds, found without its look-behind, which tests every letter of a sentence. */
let tonicWords: RegExp | undefined;
let indefinite: RegExp | undefined;

/**
 * A stressed pronoun ("parmi eux", "d’entre elles", "selon lui"), or an indefinite subject followed by its
 * verb ("Un autre prévoit…", "Certains estiment…"; not "Un autre accord prévoit…"): lexicon/connectors.json,
 * tonicPronouns and indefiniteStarts. `text` is the sentence without its quotations.
 */
function pointsBackByPronoun(text: string): boolean {
  if (!tonic || !indefinite) {
    const { tonicPronouns, indefiniteStarts } = loadJson<PronounLexicon>('lexicon/connectors.json');
    const after = `(?:${tonicPronouns.prepositions.map(escapeRegExp).join('|')})\\s(?:${tonicPronouns.pronouns.join('|')})`;
    tonic = new RegExp(`(?<![\\p{L}’-])(?:${tonicPronouns.always.map(escapeRegExp).join('|')}|${after})(?![\\p{L}’-])`, 'iu');
    tonicWords = new RegExp(alternativesOf([...tonicPronouns.always, ...tonicPronouns.pronouns]), 'iu');
    indefinite = new RegExp(`^(?:${indefiniteStarts.map(escapeRegExp).join('|')})\\s(\\p{Ll}+)(?![\\p{L}’-])`, 'iu');
  }
  if (tonicWords!.test(text) && tonic.test(text)) return true;
  const verb = indefinite.exec(text)?.[1];
  return verb !== undefined && isVerbAfterPronoun(verb);
}

/** A word after a pronoun that is its verb: an auxiliary, or a word that is only a finite verb (no noun of the Lefff, no stopword). */
const isVerbAfterPronoun = (word: string): boolean => EN_AUXILIARY.test(word) || (!isStopword(word) && isFiniteOnly(word));

const ANAPHORIC_Y = /(?<![\p{L}’'])(?:s|l|d)’y\s/u;
/** "en a vendu", "en est à", "en sont": before an auxiliary, "en" is always the pronoun. */
const EN_AUXILIARY = /^(?:a|ont|avait|avaient|aura|auront|aurait|auraient|est|sont|était|étaient|sera|seront)$/u;
const EN_OR_Y_BEFORE_WORD = lazyPattern(() => /(?<![\p{L}’'])(?:n’)?(?:en|y)\s(\p{Ll}+)(?=[\s,.]|$)/gu);

/**
 * "en" or "y" as a pronoun: before its verb (isVerbAfterPronoun), "en représente", "n’en a", "y verront" ("en
 * hausse", "en cours", "en plus" are phrases); not in "s’en", nor after "qui" or "que", nor the impersonal "il y
 * a", "il n’y avait". `text` is the sentence without its quotations.
 */
function anaphoricEnOrY(text: string): boolean {
  if (!text.includes('en ') && !text.includes('y ')) return false;
  for (const match of text.matchAll(EN_OR_Y_BEFORE_WORD())) {
    const word = match[1]!;
    const before = text.slice(Math.max(0, match.index - 4), match.index);
    // "s’en", and "qui en réunit 76", "ce qui en faisait…": in a relative clause, the pronoun speaks of a noun of the sentence.
    if (/(?:(?:s|m|t)’|(?<![\p{L}’])(?:qui|que)\s)$/u.test(before)) continue;
    if (/(?<![\p{L}’])il\s$/iu.test(before)) continue;
    if (isVerbAfterPronoun(word)) return true;
  }
  return false;
}
// The fronted phrase may hold commas of its own ("Né le 3 avril 1942 à Libreville, au Gabon, il était arrivé…").
const FRONTED_PRONOUN = /^(?:(?:[^,«»]{1,60}, ){1,3}(?:il(?! y a | faut )|elle|ils|elles) |[^,«»]*\sy\s[^,«»]*, )/u;

let firstPerson: { readonly words: RegExp; readonly idioms: RegExp } | undefined;

/**
 * "Nous avons accueilli 142 000 festivaliers", "Notre budget est de 8,6 millions": outside « », a word of
 * the first person (lexicon/french.json) makes the sentence the words of someone only its context names.
 * Not "avant notre ère" (an idiom of the lexicon), nor "Me Sophie Tanguy" (Maître, before a name).
 */
export function speaksInFirstPerson(sentence: string): boolean {
  if (!firstPerson) {
    const lexicon = loadJson<{ readonly firstPerson: readonly string[]; readonly firstPersonIdioms: readonly string[] }>('lexicon/french.json');
    const word = (w: string): string => (w.endsWith('’') ? `${escapeRegExp(w.slice(0, -1))}[’']` : `${escapeRegExp(w)}(?![\\p{L}’'-])`);
    firstPerson = {
      words: new RegExp(`(?<![\\p{L}’'-])(?:${lexicon.firstPerson.map(word).join('|')})`, 'u'),
      idioms: new RegExp(`(?<![\\p{L}])(?:${lexicon.firstPersonIdioms.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'giu'),
    };
  }
  const said = sentence.replace(/«[^»]*»|“[^”]*”/gu, ' ').replace(firstPerson.idioms, ' ').replace(/(?<![\p{L}])Me(?=\s+\p{Lu})/gu, ' ');
  // A capital only opens the sentence ("Nous avons…"); elsewhere a capitalised word is a name.
  return firstPerson.words.test(lowerFirst(said.trimStart()));
}

/** "ce", "cet", "cette", "ces", the word before them and the word after them (past "derniers", "prochaine"…): a determiner and its noun, or a pronoun ("ce qui", "ces derniers"). */
const DEMONSTRATIVE = lazyPattern(() => /(?<![\p{L}’-])(?:(de|à)\s+)?(ce|cet|cette|ces)\s+((?:(?:derni|prochain|premi)\p{Ll}*\s+|\d+(?:[\s\u00A0\u202F]\d{3})*(?:,\d+)?\s+)?)(\p{Ll}[\p{L}-]*)?/giu);
/**
 * Rule "definite-article": "la chaleur explique l’essentiel de cette hausse" → "… de la hausse", "elle étudierait
 * ces propositions" → "… les propositions": read alone, as an FAQ answer or the conclusion's recap, a sentence
 * says with the definite article what its demonstrative pointed at in the sentence before ("dans 100 de ces 128 pays"
 * → "… des 128 pays": a figure may stand between them). Outside « », and not
 * the time of the news ("cette année", "ces derniers mois") nor an idiom ("à ce sujet", "à cet égard";
 * lexicon/connectors.json, notPointingBack). Undefined when a
 * demonstrative pronoun points back ("ce dernier", "ces derniers"), which no article replaces.
 */
export function withoutDemonstratives(sentence: string): string | undefined {
  if (!/(?<![\p{L}’-])ce[st]?/iu.test(sentence)) return sentence;
  const unpointed = pointingNowhere();
  let refused = false;
  const rewrite = (part: string): string =>
    part.replace(DEMONSTRATIVE(), (whole: string, before: string | undefined, determiner: string, adjective: string, noun: string | undefined) => {
      const lower = noun?.toLowerCase();
      // "ces derniers", "ce dernier a démissionné": a pronoun that points back; "ce qui" none.
      const pronoun = adjective !== '' && (lower === undefined || finiteNumbers(lower).length > 0);
      if (pronoun) refused = true;
      if (pronoun || lower === undefined || (adjective === '' && PRONOUN_AFTER_CE.test(lower)) || unpointed.has(lower)) return whole;
      const next = adjective === '' ? lower : adjective.toLowerCase();
      const article = definiteFor(determiner.toLowerCase(), before?.toLowerCase(), next);
      return `${STARTS_UPPER.test(before ?? determiner) ? capitalise(article) : article}${adjective}${noun}`;
    });
  const text = sentence.includes('«') ? sentence.split(QUOTATION).map((part) => (part.startsWith('«') ? part : rewrite(part))).join('') : rewrite(sentence);
  return refused ? undefined : text;
}

export function standsAlone(sentence: string, allow: { readonly quotes?: boolean } = {}): boolean {
  return standAlone(sentence, allow) !== undefined;
}

/** "a expliqué son président exécutif": a reporting clause whose role, said with a possessive, a name is set in apposition to. */
const POSSESSIVE_ROLE = lazyPattern(() => /^\p{Ll}[^,«»]*\s(?:son|sa|ses|leur|leurs)\s[^,«»]+$/u);

/** Rule "drop-attribution": "X, a rapporté le Wall Street Journal." → "X." */
export function dropAttribution(sentence: string, attribution: string | undefined): string | undefined {
  if (!attribution) return undefined;
  let at = sentence.lastIndexOf(`, `, sentence.indexOf(attribution));
  // ", a expliqué son président exécutif, Antoine Roussel": the attribution is the name (analysis/facts.ts); the
  // reporting clause before its apposition goes with it.
  const before = sentence.lastIndexOf(', ', at - 1);
  if (before > 0 && sentence.startsWith(attribution, at + 2) && POSSESSIVE_ROLE().test(sentence.slice(before + 2, at))) at = before;
  if (at <= 0 || /^selon\b/iu.test(sentence)) return undefined;
  const head = sentence.slice(0, at).trim();
  if (head.split(/\s+/).length < 6 || (head.match(/«/g) ?? []).length !== (head.match(/»/g) ?? []).length) return undefined;
  return `${head}.`;
}

interface SettingLexicon { readonly settings: readonly string[]; readonly documents: readonly string[]; readonly documentParticiples: readonly string[] }

/**
 * "Theresa May devant les députés britanniques" → "Theresa May": the speaker, without the setting, which
 * may also come first ("à la sortie de l’audience Me Sophie Tanguy" → "Me Sophie Tanguy").
 */
export function speakerOnly(attribution: string): string {
  const { settings } = loadJson<SettingLexicon>('lexicon/markers.json');
  const author = authorOfDocument(attribution);
  if (author !== undefined) return speakerOnly(author);
  const opening = /^(?:à|au|aux|lors|devant|dans|pendant|durant|après|avant|sur|en)\s[^A-ZÀ-ÖØ-Þ]*(?=\p{Lu})/u.exec(attribution)?.[0];
  const speaker = opening ? attribution.slice(opening.length) : attribution;
  const at = settings.map((word) => speaker.indexOf(` ${word} `)).filter((i) => i > 0).sort((a, b) => a - b)[0];
  return at === undefined ? speaker : speaker.slice(0, at);
}

/**
 * "les chiffres provisoires du ministère de l’Éducation nationale" → "le ministère de l’Éducation
 * nationale": an attribution that names a document (lexicon/markers.json, documents) speaks through its
 * author, the complement after it, without what was done with the document ("publié mardi"); "" when it
 * names none ("les premiers témoignages").
 */
function authorOfDocument(attribution: string): string | undefined {
  const { documents, documentParticiples } = loadJson<SettingLexicon>('lexicon/markers.json');
  const words = attribution.split(/\s+/u);
  const at = words.findIndex((word, i) => i <= 3 && documents.includes(word.replace(/^[dl]’/u, '')));
  if (at < 0) return undefined;
  // "un sondage de l’institut Ipsos publié la semaine dernière": what was done with the document is no part of its author.
  const done = words.findIndex((word, i) => i > at + 1 && documentParticiples.includes(word));
  const rest = words.slice(at + 1, done < 0 ? undefined : done).join(' ');
  const complement = /(?:^|\s)(du|des|de la|de l’|d’)\s*(\S.*)$/u.exec(rest);
  if (!complement) return '';
  const article = { du: 'le ', des: 'les ', 'de la': 'la ', 'de l’': 'l’', 'd’': '' }[complement[1]!] ?? '';
  return `${article}${complement[2]!}`;
}

/** Rule "move-attribution": "X, a rapporté le Wall Street Journal." → "Selon le Wall Street Journal, x." */
export function moveAttribution(sentence: string, attribution: string | undefined, names: readonly string[]): { source: string; rest: string } | undefined {
  const head = dropAttribution(sentence, attribution);
  if (!head || !attribution) return undefined;
  const rest = asContinuation(head, names);
  return rest === undefined ? undefined : { source: attribution, rest };
}

/** A clause and the mark before it (",", ";" or ":"; "" for the first). */
interface Clause {
  readonly text: string;
  readonly mark: string;
}

/** Cut a sentence into clauses at commas, semicolons and colons outside « » and ( ), each with the mark before it. */
function markedClauses(sentence: string): Clause[] {
  const out: Clause[] = [];
  let depth = 0;
  let start = 0;
  let mark = '';
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i]!;
    if (c === '«' || c === '(') depth++;
    else if ((c === '»' || c === ')') && depth > 0) depth--;
    // "25, 6" is a decimal written loosely; "contre 251, le projet" is a cut.
    else if (depth === 0 && (c === ',' || c === ';' || c === ':') && sentence[i + 1] === ' ' && !(/\d/.test(sentence[i - 1] ?? '') && /\d/.test(sentence[i + 2] ?? ''))) {
      out.push({ text: sentence.slice(start, i).trim(), mark });
      start = i + 1;
      mark = c;
    }
  }
  out.push({ text: sentence.slice(start).trim().replace(/[.!?…]+$/u, ''), mark });
  return out.filter((clause) => clause.text !== '');
}

/** Cut a sentence into clauses at commas, semicolons and colons outside « » and ( ). */
export function clauses(sentence: string): string[] {
  return markedClauses(sentence).map((clause) => clause.text);
}

/** A clause can stand first when it opens with a capital, a determiner, a pronoun or a preposition. */
function startsClause(clause: string): boolean {
  return /^[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ«\d]/u.test(clause) || canLowerFirst(clause);
}

// One match rather than a split and a filter: the runs between white space, counted (a pattern's call is cheap, each piece made and tested is not).
export const wordCount = (text: string): number => text.match(/\S+/g)?.length ?? 0;

/**
 * Rule "acronym": in a restatement, an institution the source names in full before its acronym is named
 * by the acronym ("La Commission nationale de l’informatique et des libertés (CNIL) a prononcé…" → "La
 * CNIL a prononcé…"), when the letters spell the words. The copy of the source keeps the full name.
 */
const ACRONYM_IN_BRACKETS = lazyPattern(() => /\(\p{Lu}{2,8}\)/u);

export function withAcronyms(sentence: string): string {
  // Most sentences hold no acronym in brackets: the pattern below tries up to twelve words at each word of the sentence.
  if (!sentence.includes('(') || !ACRONYM_IN_BRACKETS().test(sentence)) return sentence;
  // "(FDSEA) du Cantal" stays: the acronym and what follows would read as a name the source never writes.
  return sentence.replace(/((?:\S+ ){1,12}?)\((\p{Lu}{2,8})\)(?! (?:du|de|des|d’) ?\p{Lu})/gu, (whole, before: string, acronym: string) => {
    const words = before.trim().split(' ');
    const start = acronymStart(words, acronym);
    if (start === undefined) return whole;
    const elided = /^(?:l’|d’)/iu.exec(words[start]!)?.[0] ?? '';
    return [...words.slice(0, start), `${elided}${acronym}`].join(' ');
  });
}

let subordinator: RegExp | undefined;

/** Whether the text opens on a subordinating conjunction (lexicon/sentence-cuts.json subordinators). */
function opensSubordinate(text: string): boolean {
  subordinator ??= new RegExp(`^(?:${loadJson<CutLexicon>('lexicon/sentence-cuts.json').subordinators.map(escapeRegExp).join('|')})(?=\\s|(?<=’))`, 'iu');
  return subordinator.test(text);
}

/** Rule "figure-clause": the clause of `sentence` that holds `needle`, long enough to make sense alone. */
const BETWEEN_THEM = /\b(?:d’|d')entre (?:eux|elles)\b/iu;

export function clauseAround(sentence: string, needle: string): string | undefined {
  const parts = withoutGappedTail(clauses(sentence), needle);
  const index = parts.findIndex((part) => holdsFigure(part, needle));
  if (index < 0) return undefined;
  let from = index;
  let to = index;
  // "devrait coûter…", "dont la construction…": a clause that starts with a verb or a relative needs the one before.
  while (from > 0 && !startsClause(parts[from]!)) from--;
  while (wordCount(parts.slice(from, to + 1).join(', ')) < 7 && (from > 0 || to < parts.length - 1)) {
    if (from > 0) from--;
    else to++;
  }
  // "Les syndicats CGT, FO et SUD réclament…": a part that opens on the last items of a list ends a subject whose
  // first items are the verbless parts before it.
  while (from > 0 && continuesList(parts[from]!, parts[from - 1]!)) from--;
  // "En Île-de-France, les prix ont reculé de 4,2 %": the phrases that open the sentence before its main
  // clause (a place, a time, a source) say where the figure holds; the clause keeps them.
  if (from > 0 && frontedOnly(parts.slice(0, from))) from = 0;
  // "La ministre, Theresa May, a annoncé…": a span that opens on an apposition has lost its subject…
  if (from > 0 && parts.slice(from + 1, to + 1).some(opensOnVerb)) return undefined;
  // "…de la trêve et, à plus long terme, d’un cessez-le-feu": a part that ends on "et" or a preposition goes on past
  // the phrase set between commas after it, to the end of the sentence (where what it joins ends is not known).
  if (DANGLING_END.test(parts[to]!)) to = parts.length - 1;
  // "principalement dans les Alpes, en Provence et dans le Jura": a list of places or times goes on to its last item.
  while (to > from && to < parts.length - 1 && !holdsFiniteVerb(`· ${parts[to]!}`) && endsPlaceList(parts[to + 1]!)) to++;
  // "…dans les vallées de la Vésubie, | de la Roya et de la Tinée": a list of complements of the same preposition goes
  // on from the clause's last one to its end ("…dix-huit morts dans les vallées de la Vésubie." said them of one valley).
  while (to < parts.length - 1 && continuesComplementList(parts[to]!, parts[to + 1]!)) to++;
  // …and one followed by a noun phrase ("…, d’ici cinq ans, la fameuse Tapisserie") has lost an object, as has one
  // followed by it after phrases of place or time set between commas ("expérimentent depuis quatre ans, sur le domaine
  // de Marcenat, des mélanges de prairies").
  const next = parts[to + 1];
  const afterDetached = parts.slice(to + 1).find((part) => !OPENS_ON_PLACE_OR_TIME.test(part));
  if (afterDetached !== undefined && NOUN_PHRASE_START.test(afterDetached)) return undefined;
  // …and one that ends on a phrase of time or place set between a noun and its complement ("On lui doit la découverte,
  // en 1974, | de l’épave de la Madrague de Giens") has lost what that noun is of.
  if (to > from && next !== undefined && OPENS_ON_PLACE_OR_TIME.test(parts[to]!) && COMPLEMENT_START.test(next)) return undefined;
  // …and one that opens on a phrase without a verb, followed by a name, has lost the subject it was set before
  // ("Âgée de 36 ans, ingénieure de formation et ancienne pilote d’essai, Léa Marchetti est…"; not "Lyon attend
  // −6 °C au lever du jour, Strasbourg −10 °C").
  if (next !== undefined && /^\p{Lu}\p{Ll}/u.test(next) && !holdsFiniteVerb(`· ${parts[from]!}`)) return undefined;
  // …and one followed by a verb ("Une femme de 78 ans, surprise par…, a été secourue") has lost its predicate,
  // as has one that ends on a relative clause before more of the sentence ("L’accord, qui doit entrer en vigueur lundi, prévoit…").
  if (next !== undefined && (opensOnVerb(next) || RELATIVE.test(parts[to]!))) return undefined;
  // …as has one whose predicate comes after a participle phrase set between commas ("demandent que l’objectif de
  // replanter 50 000 kilomètres de haies, fixé par le gouvernement en 2023, soit assorti d’un budget").
  const afterParticiples = parts.slice(to + 1).find((part) => !opensOnParticiplePhrase(part));
  if (afterParticiples !== undefined && afterParticiples !== next && (opensOnVerb(afterParticiples) || opensOnSubjunctive(afterParticiples))) return undefined;
  const span = parts.slice(from, to + 1).join(', ');
  // "Si les gens veulent encore des maraîchers … dans dix ans": a subordinate clause whose main clause is left
  // behind (", il faut qu’ils le comprennent") says nothing alone; one with its main clause after it does.
  if (opensSubordinate(span) && !parts.slice(from + 1, to + 1).some((part) => holdsFiniteVerb(part, { unlessNoun: true }))) return undefined;
  // "31 % d’entre eux seulement approuvent…": "d’entre eux" speaks of a noun left behind.
  if (BETWEEN_THEM.test(span)) return undefined;
  // "le gendarme financier du football, qui avait placé le club sous surveillance en 2024": the verb of a
  // relative clause is no predicate; the span needs one outside its relative clauses.
  // So is the verb of a relative clause inside a part ("avec des encours qui atteignent 612 milliards").
  if (!holdsFiniteVerb(parts.slice(from, to + 1).filter((part) => !RELATIVE.test(part)).map(withoutRelativeTail).join(', '), { unlessNoun: true })) return undefined;
  // "Pour un montant de 25 millions d’euros", "à deux ans de prison et 30 000 euros d’amende pour favoritisme
  // et prise illégale d’intérêts": a phrase without a verb says nothing alone ("prise" is a noun there).
  if (!holdsFiniteVerb(span, { unlessNoun: true })) return undefined;
  // "En fait, elle reviendra dans 950 ans": read alone, without its connector, and not on a pronoun
  // that speaks of a noun left behind.
  return standAlone(capitalise(withAcronyms(span)), { quotes: true });
}

/**
 * "CGT, FO et SUD réclament…", "Les enfants, les personnes âgées et les asthmatiques sont…": `part` opens on a
 * few words joined by "et" or "ou" to what follows, no verb before, and the verbless part `before` it is an
 * item of the same list: a name after a name, a noun phrase after a noun phrase (not "Disponibles pour les
 * abonnés, ces photos et vidéos disparaissent…", whose subject is whole).
 */
function continuesList(part: string, before: string): boolean {
  const joined = LIST_JOIN.exec(part);
  if (joined === null || wordCount(joined[1]!) > 4 || holdsFiniteVerb(`· ${joined[1]!}`) || holdsFiniteVerb(before)) return false;
  const { subjectStarts } = loadJson<CutLexicon>('lexicon/sentence-cuts.json');
  const opensOnDeterminer = (text: string): boolean => subjectStarts.includes(/^\S+?(?:’|(?=\s|$))/u.exec(text)?.[0]?.toLowerCase() ?? '');
  if (/^\p{Lu}/u.test(part)) return /(?:^|\s)\p{Lu}[\p{L}\d’-]*$/u.test(before);
  return opensOnDeterminer(part) && opensOnDeterminer(before);
}
const LIST_JOIN = /^(.+?)\s(?:et|ou)\s/u;
const NOUN_PHRASE_START = /^(?:(?:le|la|les|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs)\s|l’)/u;
/** What opens a noun's complement: "de l’épave", "du navire", "d’un navire". */
const COMPLEMENT_START = /^(?:de|du|des)\s|^d’/u;
/**
 * A phrase of place or time set between commas ("sur le domaine de Marcenat", "d’ici cinq ans"), which may come between
 * a verb and its object. Not "selon…" nor "contre…", after which a noun phrase goes on a list or sums up ("selon le bilan
 * de l’OFB, le Muséum…", "contre 3,1 jours, un écart jugé…").
 */
const OPENS_ON_PLACE_OR_TIME = /^(?:à|au|aux|en|dans|sur|sous|chez|vers|depuis|pendant|avant|après|lors\sde|près\sde|d’ici|jusqu’)(?:\s|(?<=’))/u;
/** A part that ends on a conjunction or a preposition: what it joins comes after the comma. */
const DANGLING_END = /(?:\s(?:et|ou|ni|mais|de|du|des|à|au|aux|en|pour|par|avec|dans|sur|que)|\s(?:d|qu)’)$/u;

/**
 * "en Provence et dans le Jura": a phrase on a preposition, no verb and no gerund ("en faisant payer…"), that ends
 * a list with "et" or "ou"; it goes on a verbless part before it ("principalement dans les Alpes").
 */
const endsPlaceList = (part: string): boolean => PLACE_LIST_END.test(part) && !/^en\s\p{L}+ant\s/u.test(part) && !holdsFiniteVerb(`· ${part}`);
const PLACE_LIST_END = /^(?:en|dans|à|au|aux|sur|chez|vers|depuis|jusqu’à)\s[^,]*\s(?:et|ou)\s[^,]+$/u;

/** "de la Roya et de la Tinée": the last items of a list whose words repeat their preposition; $1 is that preposition. */
const COMPLEMENT_LIST_END = /^((?:de|à)\sla|de\sl’|d’|du|des|de|en|au|aux|à)\s?[^,]*\s(?:et|ou)\s\1\s?[^,]+$/u;

/** Whether `next` ends a list that the end of `part` opens with the same preposition ("…de la Vésubie" + "de la Roya et de la Tinée"). */
function continuesComplementList(part: string, next: string): boolean {
  const preposition = COMPLEMENT_LIST_END.exec(next)?.[1];
  if (preposition === undefined || holdsFiniteVerb(`· ${next}`)) return false;
  const at = part.lastIndexOf(preposition.endsWith('’') ? ` ${preposition}` : ` ${preposition} `);
  return at >= 0 && !/[,;:]/u.test(part.slice(at)) && part.slice(at).split(/\s+/u).length <= 6;
}

/**
 * "… réunit 7,8 % et celle de Lutte ouvrière, menée par Josiane Perrot, 4,6 %": a part that ends on a second
 * subject whose verb is left out ("et celle de…") has its figure after the comma; the part holding `needle` before
 * that subject is cut there, so that no clause ends on a subject without its figure.
 */
function withoutGappedTail(parts: readonly string[], needle: string): readonly string[] {
  return parts.map((part, i) => {
    const gap = i < parts.length - 1 ? GAPPED_TAIL.exec(part) : null;
    return gap !== null && holdsFigure(part.slice(0, gap.index), needle) ? part.slice(0, gap.index) : part;
  });
}
const GAPPED_TAIL = /\s(?:et|ou)\s(?:celle|celles|celui|ceux)\s(?:de\s|d’|du\s|des\s)[^,]*$/u;

/**
 * "a annoncé…", "devrait coûter…", "s’est félicité…", "ne sera…": a clause that opens on a finite verb,
 * past its clitics (lexicon/sentence-cuts.json), whose subject is before it.
 */
function opensOnVerb(part: string): boolean {
  const { clitics } = loadJson<CutLexicon>('lexicon/sentence-cuts.json');
  const words = part.split(/\s+/u);
  let at = 0;
  for (;;) {
    const elided = clitics.find((clitic) => clitic.endsWith('’') && words[at]?.startsWith(clitic) && words[at]!.length > clitic.length);
    if (elided !== undefined) return finiteNumbers(words[at]!.slice(elided.length)).length > 0;
    // "se sont", "ne sera", "n’y a"; "en hausse", "y compris" are no clitics before a verb.
    const clitic = words[at] !== undefined && clitics.includes(words[at]!) && (!/^(?:en|y)$/u.test(words[at]!) || isFiniteOnly(words[at + 1] ?? ''));
    if (at < 2 && words.length > at + 1 && clitic) at++;
    // "contre 2 heures auparavant": a preposition before a figure, though "contre" is a verb form too.
    else return finiteNumbers(words[at] ?? '').length > 0 && !(words[at] !== undefined && isPrepositionAt(words, at, loadJson<CutLexicon>('lexicon/sentence-cuts.json')));
  }
}

const isFiniteOnly = (word: string): boolean => finiteNumbers(word).length > 0 && lefffGender(word) === undefined;

/**
 * "En Île-de-France", "Sur les douze derniers mois", "Selon l’Insee": the parts before a main clause are
 * phrases that open on a preposition (lexicon/sentence-cuts.json, notMainClause) and hold no verb.
 */
function frontedOnly(parts: readonly string[]): boolean {
  const { notMainClause } = loadJson<CutLexicon>('lexicon/sentence-cuts.json');
  const opensOnPreposition = notMainClause.includes(/^\S+/u.exec(parts[0]!)?.[0]?.toLowerCase() ?? '');
  return (opensOnPreposition || isFrontedTime(parts[0]!)) && parts.every((part) => !holdsFiniteVerb(part));
}

let frontedTime: RegExp | undefined;

/** "L’an dernier", "Mardi soir": a time phrase that opens a sentence without a preposition (lexicon/sentence-cuts.json frontedTimes). */
export function isFrontedTime(part: string): boolean {
  if (!frontedTime) {
    const { frontedTimes, afterWeekday } = loadJson<{ readonly frontedTimes: readonly string[]; readonly afterWeekday: readonly string[] }>('lexicon/sentence-cuts.json');
    const { weekdays } = loadJson<{ readonly weekdays: readonly string[] }>('lexicon/dates.json');
    const weekday = `(?:${weekdays.map(escapeRegExp).join('|')})(?: (?:${afterWeekday.map(escapeRegExp).join('|')}))?`;
    frontedTime = new RegExp(`^(?:${frontedTimes.map(escapeRegExp).join('|')}|${weekday})$`, 'iu');
  }
  return frontedTime.test(part);
}

const LONG_SENTENCE = 25;

/**
 * Rule "short-form": the sentence without its attribution, read alone (see standAlone), and cut after
 * its first clauses when it is long. Undefined when the sentence cannot stand alone.
 */
export function shortened(sentence: string, attribution: string | undefined, allow: { readonly quotes?: boolean } = {}): string | undefined {
  const byAttribution = (allow.quotes ? shortFormsQuoting : shortFormsNotQuoting)(sentence);
  if (byAttribution.has(attribution)) return byAttribution.get(attribution);
  const short = shortForm(sentence, attribution, allow);
  byAttribution.set(attribution, short);
  return short;
}

// Kept per article (see remember.ts): for each sentence, its short form by attribution, one cache for each answer to `allow.quotes`.
const shortFormsQuoting = remembered((_sentence: string) => new Map<string | undefined, string | undefined>());
const shortFormsNotQuoting = remembered((_sentence: string) => new Map<string | undefined, string | undefined>());

function shortForm(sentence: string, attribution: string | undefined, allow: { readonly quotes?: boolean }): string | undefined {
  const alone = standAlone(withAcronyms(dropAttribution(sentence, attribution) ?? sentence), allow);
  if (alone === undefined) return undefined;
  if (wordCount(alone) <= LONG_SENTENCE) return alone;
  // Two clauses joined by a semicolon are two sentences: the short form is the first (a comma would splice them).
  const firstOfTwo = /^(.+?)\s*;\s+\S/u.exec(alone)?.[1];
  const short = firstOfTwo !== undefined && balancedMarks(firstOfTwo) ? `${firstOfTwo}.` : alone;
  if (wordCount(short) <= LONG_SENTENCE) return wordCount(short) >= 8 ? short : undefined;
  // A long sentence loses its relative clauses ("Le groupe, qui domine le marché, a annoncé…" →
  // "Le groupe a annoncé…"), then what follows a clause that opens with a conjunction.
  const marked = markedClauses(short);
  const parts = marked.map((clause) => clause.text);
  // A part that follows a dropped relative and opens on a verb is the predicate: no comma before it
  // ("La mesure, qui entrera…, concernera" → "La mesure concernera").
  // So do the participles that follow a dropped relative and qualify its noun ("les archives, dont une lettre
  // signée de Louis XVI, datée de 1776, qui…": "datée de 1776" goes with the letter, not with the archives).
  let dropping = false;
  const kept = marked.flatMap(({ text: part, mark }, i) => {
    const afterDropped = dropping;
    dropping = i > 0 && (RELATIVE.test(part) || (dropping && (opensOnParticiple(part) || apposition(part))));
    // A comma left before the verb by a dropped relative goes ("Le groupe, qui …, a annoncé" → "Le groupe a annoncé");
    // one that closes an apposition stays ("Le ministre, Jean-Noël Morin, a annoncé…, qui sera versée" keeps it).
    const predicate = (i > 1 && RELATIVE.test(parts[i - 1]!) && opensOnVerb(part)) || (afterDropped && VERB_AFTER_DROPPED.test(part));
    return dropping ? [] : [{ part, mark, predicate }];
  });
  const stop = kept.findIndex(({ part }, i) => i > 0 && CONJUNCTION.test(part));
  // Nothing dropped: no short form ("Seule ombre au tableau : le centre…" is the sentence itself).
  if (kept.length === parts.length && stop <= 0) return undefined;
  // Each kept part after the mark it had: a colon stays a colon.
  const joined = (stop > 0 ? kept.slice(0, stop) : kept).map(({ part, mark, predicate }, i) => (i === 0 ? part : `${predicate ? ' ' : mark === ':' || mark === ';' ? ` ${mark} ` : ', '}${part}`)).join('');
  if (joined === short.replace(/[.!?…]+$/u, '') || wordCount(joined) < 8) return undefined;
  // "Le conducteur du train, un homme de 52 ans, et une passagère … ont été tués": parts cut before the
  // verb of a subject they share with what follows say nothing alone.
  if (!holdsFiniteVerb(joined.split(', ').map(withoutRelativeTail).join(', '))) return undefined;
  return `${joined}.`;
}

/**
 * "le gestionnaire du réseau de transport d’électricité": a noun phrase without a verb, which after a dropped
 * relative names a noun of it ("dont 620 millions pour le raccordement assuré par RTE, le gestionnaire du
 * réseau…"): kept, it would stand for the figure before the relative ("Le projet a coûté 2,9 Mds€, le gestionnaire…").
 */
const apposition = (part: string): boolean => (/^(?:le|la|les|l’|un|une)\s?/u.test(part) || opensOnRole(part)) && !holdsFiniteVerb(`· ${part}`);

/**
 * "patron d’un chalutier de 18 mètres": a role said without its article, with its complement, names a person as a
 * noun phrase does ("qui revient pour aider son père, | patron d’un chalutier…": kept, it named Anna instead).
 */
const opensOnRole = (part: string): boolean => {
  const first = /^(\p{Ll}+)\s(?:de|du|des|d’)/u.exec(part)?.[1];
  return first !== undefined && isRole(first);
};

/** "datée de 1776", "signés en 2020": a part that opens on a past participle, agreed or not, and no finite verb. */
function opensOnParticiple(part: string): boolean {
  const first = /^\p{Ll}+/u.exec(part)?.[0];
  if (first === undefined || finiteNumbers(first).length > 0) return false;
  return [first, first.replace(/(?:e|s|es)$/u, '')].some((form) => /[éiust]$/u.test(form) && activeForms(form) !== undefined);
}

const RELATIVE = /^(?:(?:qui|que|dont|où|lequel|laquelle|lesquels|lesquelles|auquel|auxquels|duquel)(?=\s)|qu’)/u;
/** An auxiliary or a modal that opens the predicate after a dropped relative clause. */
const VERB_AFTER_DROPPED = /^(?:a|ont|est|sont|va|vont|avait|avaient|sera|seront|devrait|devraient|pourrait|peut|doit)\s/u;

/** "avec des encours qui atteignent…" → "avec des encours": a part without the relative clause it ends on. */
const withoutRelativeTail = (part: string): string => part.replace(/\s(?:qui|que|dont|où|lequel|laquelle|lesquels|lesquelles)\s.*$|\squ’.*$/u, '');

/** A clause that opens on a relative pronoun ("qui domine le marché"): its verb is not the sentence's. */
export const isRelativeClause = (clause: string): boolean => RELATIVE.test(clause);

/** A phrase that holds a clause of its own ("La loi qu’il a votée", "le ministre qui a présenté…"): not a plain subject. */
export function holdsRelativeClause(phrase: string): boolean {
  // "n’a été fondée qu’en 2015": after a negation, "qu’" restricts ("only"), unless a subject follows it.
  const restrictive = /(?:^|\s)(?:ne\s|n’)/u.test(phrase) ? /\squ’(?!(?:il|ils|elle|elles|on)\s)/gu : undefined;
  const padded = ` ${restrictive ? phrase.replace(restrictive, ' ') : phrase} `;
  return /\s(?:qui|que|dont|où|lequel|laquelle)\s|\squ’/u.test(padded);
}
const CONJUNCTION = /^(?:et|mais|car|or|tandis que|alors que|puisque|parce que|ce qui|ce que|si bien que)(?=\s)/u;

interface CutLexicon {
  readonly minimumWords: number;
  readonly minimumPartWords: number;
  readonly subjectPronouns: readonly string[];
  readonly subjectStarts: readonly string[];
  readonly cuts: readonly { readonly id: string; readonly at: string; readonly opens: string; readonly needs: 'any' | 'clause' | 'pronoun' | 'verb' | 'subject-verb' | 'clause-verb' | 'name-relative' | 'apposition-relative' }[];
  readonly verbs: Readonly<Record<GrammaticalNumber, readonly string[]>>;
  readonly subjectDeterminers: Readonly<Record<GrammaticalNumber, readonly string[]>>;
  readonly pronouns: Readonly<Record<string, string>>;
  /** Words between a subject and its verb: "les Philippines en comptaient". */
  readonly clitics: readonly string[];
  /** Adverbs that may stand before a detached participle that opens a sentence ("Déjà traduit en trente langues, le livre…"). */
  readonly participleAdverbs: readonly string[];
  /** Finite verb forms that are prepositions before a figure ("entre 38 et 41"). */
  readonly prepositionsBeforeFigures: readonly string[];
  /** Finite verb forms that are prepositions before a pair joined by "et" ("entre l’UE et le Mercosur"). */
  readonly prepositionsBeforePairs: readonly string[];
  readonly prepositionsBeforeNouns: readonly string[];
  /** Prepositions before a noun where they open the text; elsewhere they may be a pronoun before a verb. */
  readonly openingPrepositions: readonly string[];
  readonly participleAuxiliaries: readonly string[];
  readonly subjunctiveAuxiliaries: readonly string[];
  /** First words of a part that is not a main clause: a preposition, a subordinating conjunction. */
  readonly notMainClause: readonly string[];
  /** Words after the cut that speak of both clauses ("tous deux"): the sentence stays whole. */
  readonly bothClauses: readonly string[];
  /** Words that tie a clause to whoever said it: a cut would leave one part without its source. */
  readonly reported: readonly string[];
  /** Words that open a subordinate clause ("si", "lorsque", "parce que"), which is no sentence without its main clause. */
  readonly subordinators: readonly string[];
  /** Most words between a subject's determiner and its verb ("le ministre de la Culture estime"). */
  readonly maximumSubjectWords: number;
  readonly relativePronouns: readonly string[];
}

const CAPITAL = /^[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ]/u;

/** Words a pair "entre A et B" may hold before its "et": past them, "entre" is taken for the verb. */
const PAIR_WORDS = 5;

/**
 * The word at `i` is a preposition that is a verb form too: "entre" or "contre" before a figure ("entre 38
 * et 41 degrés"), "entre" before a pair joined by "et" within a few words ("entre l’Union européenne et le
 * Mercosur").
 */
function isPrepositionAt(words: readonly string[], i: number, lexicon: CutLexicon): boolean {
  const word = words[i]!.toLowerCase();
  if (/^\d/u.test(words[i + 1] ?? '') && lexicon.prepositionsBeforeFigures.includes(word)) return true;
  if (!lexicon.prepositionsBeforePairs.includes(word)) return false;
  const after = words.slice(i + 1, i + 2 + PAIR_WORDS);
  const stop = after.findIndex((w) => /[,;:.]$/u.test(w));
  return (stop < 0 ? after : after.slice(0, stop + 1)).includes('et');
}

/**
 * A verb form the subject's number allows, which is not also a noun ("vide", "double": in "la salle
 * vide" the word is an adjective) unless it is one of the common verbs of the lexicon ("est", "reste").
 */
function isVerbOf(word: string, number: GrammaticalNumber, lexicon: CutLexicon): boolean {
  if (lexicon.verbs[number].includes(word)) return true;
  return finiteNumbers(word).includes(number) && lefffGender(word) === undefined;
}

/**
 * Does `tail` open with a clause of its own: a subject (a name, or a determiner and a noun the lexicon
 * knows) then, past a clitic or two, a verb that agrees with it? "Panos Panayiotopoulos reçoit la
 * Défense", "les Philippines en comptaient près de 200 000".
 */
function opensWithSubjectAndVerb(tail: string, lexicon: CutLexicon): boolean {
  const words = tail.split(' ');
  let at = 0;
  let number: GrammaticalNumber;
  if (CAPITAL.test(words[0]!)) {
    while (at < words.length && CAPITAL.test(words[at]!) && !/[,;:.]$/u.test(words[at]!)) at++;
    number = 'S';
  } else {
    const elided = /^(l’|d’)(.+)$/u.exec(words[0]!);
    const determiner = elided ? elided[1]! : words[0]!;
    number = lexicon.subjectDeterminers.S.includes(determiner) ? 'S' : 'P';
    if (!lexicon.subjectDeterminers[number].includes(determiner)) return false;
    const noun = elided ? elided[2]! : words[1];
    if (noun === undefined || (!CAPITAL.test(noun) && lefffGender(noun) === undefined)) return false;
    at = elided ? 1 : 2;
    // The verb is the first word that can be one, close enough to be the subject's.
    const limit = Math.min(words.length, at + lexicon.maximumSubjectWords);
    while (at < limit && (isPrepositionAt(words, at, lexicon) || !isVerbOf(withoutClitic(words[at]!, lexicon), number, lexicon))) {
      if (/[,;:.«»()]/u.test(words[at]!)) return false;
      // "un programme qui mobilise…": the verb is the relative clause's, the noun phrase an apposition.
      if (isRelativePronoun(words[at]!, lexicon)) return false;
      at++;
    }
    return at < limit && goesOn(words, at);
  }
  while (at < words.length && lexicon.clitics.includes(words[at]!)) at++;
  const verb = words[at];
  return verb !== undefined && isVerbOf(withoutClitic(verb, lexicon), number, lexicon) && goesOn(words, at);
}

/** "qui", "dont", or an elided "qu’" opening "qu’il…": a relative pronoun of the lexicon. */
const isRelativePronoun = (word: string, lexicon: CutLexicon): boolean => {
  const lower = word.toLowerCase();
  return lexicon.relativePronouns.some((pronoun) => (pronoun.endsWith('’') ? lower.startsWith(pronoun) : lower === pronoun));
};

/** "s’entraîne" → "entraîne". */
const withoutClitic = (word: string, lexicon: CutLexicon): string => {
  const elided = /^[a-z]’/u.exec(word)?.[0];
  return elided !== undefined && lexicon.clitics.includes(elided) ? word.slice(elided.length) : word;
};

/** A verb goes on into its clause; one followed by "et" or nothing is more likely an adjective in a list ("le cas grave et…"). */
const goesOn = (words: readonly string[], verbAt: number): boolean =>
  verbAt + 1 < words.length && !/[,;.]$/u.test(words[verbAt]!) && !['et', 'ou', 'ni'].includes(words[verbAt + 1]!);

/** True when the text holds one of `phrases` as whole words. */
function holdsPhrase(text: string, phrases: readonly string[]): boolean {
  const padded = ` ${text.toLowerCase()} `;
  return phrases.some((phrase) => padded.includes(` ${phrase} `));
}

let determinersBeforeNoun: ReadonlySet<string> | undefined;

/**
 * The part before a cut is a main clause that speaks for itself: no comma, a verb (not a noun such as
 * "président"), no preposition or conjunction first, no clause of its own ("Il a dit que…", "le
 * ministre qui…"), no attribution.
 */
function isMainClause(head: string, lexicon: CutLexicon): boolean {
  const words = head.replace(/«[^»]*»|\([^)]*\)/gu, ' ').split(/\s+/u).filter(Boolean);
  const first = (/^[^’]+’?/u.exec(words[0] ?? '')?.[0] ?? '').toLowerCase();
  if (head.includes(',') || lexicon.notMainClause.includes(first) || holdsRelativeClause(head) || holdsPhrase(head, lexicon.reported)) return false;
  // "Parti de la troisième place sur la grille, Ferrand a bouclé…": a participle first says something of the
  // subject after the comma; alone it is no sentence ("place" there is a noun, not the verb it could be).
  if (opensOnParticiple(head.charAt(0).toLowerCase() + head.slice(1))) return false;
  return holdsFiniteVerb(words.join(' '));
}

/** The most words of a phrase set off at the start of a sentence ("en 2014,", "sur les 57 réacteurs français,"). */
const MAX_FRONTED_WORDS = 6;

/**
 * "en 2014, Facebook revient…", "sur les 57 réacteurs français, 49 sont…": the text opens on a short phrase
 * without a verb, set off by a comma, before its subject. A subject and its apposition ("la ministre de la
 * Culture, Rachida Dati, a…") open on a determiner or a name: no such phrase.
 */
export function opensOnFrontedPhrase(text: string): boolean {
  const comma = text.indexOf(', ');
  if (comma <= 0) return false;
  const phrase = text.slice(0, comma);
  const first = /^[\p{L}]+’?/u.exec(phrase)?.[0] ?? '';
  const { subjectDeterminers } = loadJson<CutLexicon>('lexicon/sentence-cuts.json');
  if (first === '' || CAPITAL.test(first) || subjectDeterminers.S.includes(first) || subjectDeterminers.P.includes(first)) return false;
  return phrase.split(/\s+/u).length <= MAX_FRONTED_WORDS && !/[«»()]/u.test(phrase) && !holdsFiniteVerb(`· ${phrase}`);
}

/** "soit assorti d’un budget": a subjunctive auxiliary and its participle (not "soit environ 350 000 litres"). */
function opensOnSubjunctive(part: string): boolean {
  const [first = '', second = ''] = part.split(/\s+/u);
  return loadJson<CutLexicon>('lexicon/sentence-cuts.json').subjunctiveAuxiliaries.includes(first) && opensOnParticiplePhrase(second);
}

/** "fixé par le gouvernement en 2023": a part that opens on a past participle and has no finite verb. */
function opensOnParticiplePhrase(part: string): boolean {
  return opensOnParticiple(part) && !holdsFiniteVerb(part);
}

/**
 * "Arrivés troisièmes, les Américains…", "Né le 3 avril 1942 à Libreville, le pianiste…": a sentence that opens on a
 * past participle detached from its subject by a comma. After "que" French sets it off with a comma of its own ("que,
 * arrivés troisièmes, les Américains…"); run into "que" ("qu’arrivés troisièmes, les Américains") it reads as a slip.
 */
export function opensOnDetachedParticiple(text: string): boolean {
  const comma = text.indexOf(',');
  // "Déjà traduit en trente langues, le livre…": an adverb may stand before the participle, which is then no finite
  // verb, though it may have the form of one ("traduit"): no subject comes before it.
  const lower = text.toLowerCase();
  const [opening = '', next = ''] = lower.split(/[\s,]+/u, 2);
  const adverb = loadJson<CutLexicon>('lexicon/sentence-cuts.json').participleAdverbs.includes(opening);
  const first = (adverb ? next : /^\p{L}+/u.exec(opening)?.[0]) ?? '';
  if (comma < 0 || first === '' || (!adverb && finiteNumbers(first).length > 0)) return false;
  // holdsFiniteVerb reads after the first word: the participle's.
  const phrase = adverb ? text.slice(lower.indexOf(first, opening.length), comma) : text.slice(0, comma);
  return [first, first.replace(/e?s?$/u, '')].some((w) => activeForms(w) !== undefined) && !holdsFiniteVerb(phrase);
}

/**
 * True when the text holds a finite verb after its first word: "n’a", "s’est" after an elided negation
 * or pronoun; "revient" is also a noun (le prix de revient), but not after a determiner. `unlessNoun`:
 * a form the Lefff also knows as a noun ("prise", "montant") is not taken for one, unless it is a verb
 * of the lexicon ("a", "est").
 */
export function holdsFiniteVerb(text: string, { unlessNoun = false }: { readonly unlessNoun?: boolean } = {}): boolean {
  return (unlessNoun ? finiteVerbUnlessNoun : finiteVerb)(text);
}

// Kept per article (see remember.ts), one cache for each answer to `unlessNoun`: the cuts, the titles and the FAQ ask
// again about the same clauses (28 of some 50 asks per article of the corpus).
const finiteVerb = remembered((text: string): boolean => findsFiniteVerb(text, false));
const finiteVerbUnlessNoun = remembered((text: string): boolean => findsFiniteVerb(text, true));

function findsFiniteVerb(text: string, unlessNoun: boolean): boolean {
  const lexicon = loadJson<CutLexicon>('lexicon/sentence-cuts.json');
  const words = text.replace(/«[^»]*»|\([^)]*\)/gu, ' ').split(/\s+/u).filter(Boolean);
  const determiners = (determinersBeforeNoun ??= new Set([...lexicon.subjectDeterminers.S, ...lexicon.subjectDeterminers.P, 'du', 'au', 'aux', 'de']));
  return words.some((raw, i) => {
    const word = raw.replace(/^(?:n|s|m|t|j)’/u, '').replace(/[,.;:]$/u, '');
    if (i === 0 || finiteNumbers(word).length === 0 || determiners.has(words[i - 1]!.toLowerCase())) return false;
    // "comprises entre 38 et 41 degrés", "entre l’Union européenne et le Mercosur": a preposition.
    if (isPrepositionAt(words, i, lexicon)) return false;
    // "à cause de", "En cause, le prix…", "en moyenne": after a preposition, a verb form is a noun ("il en reste": a pronoun).
    const before = words[i - 1]!.toLowerCase();
    if (lexicon.prepositionsBeforeNouns.includes(before) || lexicon.participleAuxiliaries.includes(before)) return false;
    if (lexicon.openingPrepositions.includes(before) && (i === 1 || (lefffGender(word) !== undefined && !isPronounBefore(words[i - 2]!, lexicon)))) return false;
    if (!unlessNoun || isVerbOf(word, 'S', lexicon) || isVerbOf(word, 'P', lexicon)) return true;
    // "Mistral AI lève 600 millions d’euros": a word that is a noun too ("une lève") is the verb between a name, its
    // subject, and an object that opens on a figure or a determiner.
    const next = words[i + 1] ?? '';
    return STARTS_UPPER.test(words[i - 1]!) && (STARTS_DIGIT.test(next) || determiners.has(next.toLowerCase()));
  });
}

/** A subject pronoun or a clitic ("il", "n’", "y"), after which "en" is the pronoun before a verb. */
const isPronounBefore = (word: string, lexicon: CutLexicon): boolean => {
  const lower = word.toLowerCase();
  return lexicon.subjectPronouns.includes(lower) || lexicon.clitics.includes(lower);
};

/** The gender a singular determiner gives its noun. */
const ARTICLE_GENDERS: Readonly<Record<string, 'M' | 'F'>> = { le: 'M', la: 'F', un: 'M', une: 'F', ce: 'M', cet: 'M', cette: 'F' };

/**
 * The number of the verb that opens a second clause: a common verb of the lexicon, or a finite form of
 * one number only that the Lefff does not also know as a noun ("décrit", "emploie"). `participle`:
 * the form is also a masculine singular past participle, which "a été faite … et décrit" could share
 * with the auxiliary were the subject masculine.
 */
function sharedVerb(verb: string, lexicon: CutLexicon): { readonly number: GrammaticalNumber; readonly participle: boolean } | undefined {
  if (lexicon.verbs.S.includes(verb)) return { number: 'S', participle: false };
  if (lexicon.verbs.P.includes(verb)) return { number: 'P', participle: false };
  const numbers = finiteNumbers(verb);
  if (numbers.length !== 1 || lefffGender(verb) !== undefined) return undefined;
  return { number: numbers[0]!, participle: activeForms(verb) !== undefined };
}

/**
 * The subject that a verb after ", et" shares with the sentence, as the next sentence can say it: the
 * pronoun that agrees with a subject noun ("L’exposition …, et a attiré…" → "Elle a attiré…"), or a
 * name subject said again ("Samsung …, et a annoncé…" → "Samsung a annoncé…"). Undefined when the
 * sentence does not open with a plain subject, when the verb does not agree with it, or when the verb
 * may be a participle the subject would agree with (a name's gender is not known).
 */
function sharedSubject(sentence: string, verb: string, lexicon: CutLexicon): string | undefined {
  const shared = sharedVerb(verb, lexicon);
  if (!shared) return undefined;
  const verbNumber = shared.number;
  const name = /^(?:[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ.&-]*\s)+(?=[a-zß-öø-ÿāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżž])/u.exec(sentence)?.[0]?.trim();
  // "Selon les premières estimations, …": a capitalised common word opens no name.
  const first = name?.split(' ')[0] ?? '';
  if (name && !/^(?:Le|La|Les|L’|Un|Une|Des|Ce|Cet|Cette|Ces|Son|Sa|Ses|Leur|Leurs|Il|Elle|Ils|Elles|On)$/u.test(first)) {
    return verbNumber === 'S' && !shared.participle && !isStopword(first) && lefffGender(first.toLowerCase()) === undefined ? name : undefined;
  }
  // The noun may be capitalised as the first word of a title ("La Tapisserie de Bayeux"); the Lefff must still know it.
  const opening = /^([A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]+’?)\s?([A-Za-zÀ-ÖØ-öø-ÿĀ-ſ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ-]*)/u.exec(sentence);
  if (!opening) return undefined;
  const article = opening[1]!.toLowerCase();
  const number: GrammaticalNumber | undefined = lexicon.subjectDeterminers.S.includes(article) ? 'S' : lexicon.subjectDeterminers.P.includes(article) ? 'P' : undefined;
  const noun = describeNoun(lowerFirst(opening[2]!));
  if (!number || number !== verbNumber || !noun.gender || (noun.from !== 'lefff' && noun.from !== 'dictionary')) return undefined;
  // "la poste": the article says the gender of a noun that has both.
  const gender = ARTICLE_GENDERS[article] ?? noun.gender;
  if (shared.participle && gender === 'M') return undefined;
  return lexicon.pronouns[`${gender}${number}`];
}

const CONTRACTED_ARTICLES: Readonly<Record<string, string>> = { au: 'Le', aux: 'Les', le: 'Le', la: 'La', les: 'Les', 'l’': 'L’' };

/**
 * The name that ", qui …" speaks of, said again to open the second sentence ("…, pour Samsung, qui va
 * devoir…" → "Samsung"), with its article ("au Brésil" → "Le Brésil"), when the relative runs to the end of
 * the sentence and its verb agrees with the name. Undefined after "de" ("le patron de Google, qui…" may
 * speak of the patron) or a preposition of place ("l’hôpital à El-Facher, qui…"), after an apposition, or when
 * the name is not plainly one.
 */
function relativeAntecedent(head: string, rest: string, lexicon: CutLexicon): string | undefined {
  if (/,\s/u.test(rest.replace(/«[^»]*»|\([^)]*\)/gu, ' '))) return undefined;
  // "Bernard Couderc, éleveur à Saint-Flour, qui a vendu…": in a phrase without a verb of its own, set
  // between commas, the name may be the complement of the noun the relative speaks of.
  const phrase = head.slice(head.lastIndexOf(', ') + 1);
  if (head.includes(', ') && !holdsFiniteVerb(phrase)) return undefined;
  const match = /(?:^|\s)(?:(au|aux|le|la|les|l’)\s?)?((?:[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ’.&-]*\s){0,3}[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ.&-]*)$/u.exec(head);
  if (!match || match.index === 0) return undefined;
  const before = head.slice(0, match.index).trim().split(/\s+/u).at(-1)!.toLowerCase();
  // "l’unique hôpital qu’elle soutient à El-Facher, qui manque de sang": after "à", "en", "dans"…, the name says
  // where, and the relative may speak of the noun before it ("El-Facher manque de sang" said it of the city).
  if (/^(?:de|du|des|d’.*|à|en|dans|sur|chez|vers|depuis|entre|par)$/u.test(before) || before.endsWith(',')) return undefined;
  const [, article, name] = match;
  // "…du prix Femina, qui sera décerné…": right after a common noun, the name is that noun's ("Femina sera décerné" said it of the name alone).
  if (article === undefined && /^\p{Ll}/u.test(before) && lefffGender(before) !== undefined && finiteNumbers(before).length === 0 && !isStopword(before)) return undefined;
  const number: GrammaticalNumber = article === 'les' || article === 'aux' ? 'P' : 'S';
  const words = rest.split(/\s+/u);
  let at = 0;
  while (at < words.length - 1 && lexicon.clitics.includes(words[at]!)) at++;
  if (!isVerbOf(withoutClitic(words[at]!, lexicon), number, lexicon) || !goesOn(words, at)) return undefined;
  return article ? `${CONTRACTED_ARTICLES[article]}${article === 'l’' ? '' : ' '}${name}` : name;
}

/**
 * "…, une mesure qui obligerait à regrouper…" → "Cette mesure obligerait à regrouper…": a noun in apposition at the
 * end of a clause, with its relative, is a sentence of its own opening on the demonstrative (which speaks of what
 * the clause said, as the apposition did). Only after a clause with its verb (not "Le maire, un homme qui…, a
 * dit") and not after a reported clause, when the noun's gender is the article's and the relative's verb agrees
 * with it, and no main verb follows.
 */
function appositionRestated(head: string, rest: string, lexicon: CutLexicon): string | undefined {
  const match = /^(un|une) (\p{Ll}[\p{Ll}-]+) qui (\p{L}+)(?=[\s,])/u.exec(rest);
  // "Ils estiment que … au secteur, un coût qui serait répercuté…": the apposition is theirs too; cut off, it is no longer.
  if (!match || !holdsFiniteVerb(head.replace(/«[^»]*»|\([^)]*\)/gu, ' ')) || holdsPhrase(head, lexicon.reported)) return undefined;
  const [whole, article, noun, verb] = match as unknown as [string, string, string, string];
  if (lefffGender(noun) !== (article === 'une' ? 'F' : 'M') || !isVerbOf(verb, 'S', lexicon)) return undefined;
  // "gravitent un frère engagé…, une mère qui préfère le silence et un professeur…": an item of a list of people or
  // things, not an apposition to the clause ("Cette mère préfère le silence et un professeur…" changed what it says).
  if (/\s(?:et|ou)\s(?:un|une|des)\s/u.test(rest.replace(/«[^»]*»|\([^)]*\)/gu, ' '))) return undefined;
  if (/,\s(?:a|ont|est|sont|avait|avaient|sera|seront)\s/u.test(rest)) return undefined;
  const demonstrative = article === 'une' ? 'Cette' : startsElision(noun) ? 'Cet' : 'Ce';
  return `${demonstrative} ${noun} ${rest.slice(whole.length - verb.length)}`;
}

/** As many « as », and ( as ): a cut did not leave a quotation or an aside open. */
export const balancedMarks = (text: string): boolean =>
  (text.match(/«/g) ?? []).length === (text.match(/»/g) ?? []).length && (text.match(/\(/g) ?? []).length === (text.match(/\)/g) ?? []).length;

/** Does `tail` open with what the cut needs: a subject pronoun, or any subject (pronoun, determiner, name)? */
function opensWith(tail: string, needs: CutLexicon['cuts'][number]['needs'], lexicon: CutLexicon): boolean {
  if (needs === 'any' || needs === 'verb' || needs === 'name-relative' || needs === 'apposition-relative') return true;
  if (needs === 'subject-verb' || needs === 'clause-verb') return opensWithSubjectAndVerb(tail, lexicon) && !lexicon.bothClauses.some((words) => tail.includes(words)) && !holdsPhrase(tail, lexicon.reported);
  const first = /^[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]+’?/u.exec(tail)?.[0] ?? '';
  if (needs === 'pronoun') return lexicon.subjectPronouns.includes(first);
  return lexicon.subjectStarts.includes(first.toLowerCase()) || CAPITAL.test(first);
}

/** The first safe cut of a sentence, as two sentences, or undefined. */
function cutOnce(sentence: string, lexicon: CutLexicon): [string, string] | undefined {
  for (const cut of lexicon.cuts) {
    for (let at = sentence.indexOf(cut.at); at >= 0; at = sentence.indexOf(cut.at, at + 1)) {
      const head = sentence.slice(0, at).trim();
      const rest = sentence.slice(at + cut.at.length).trim();
      // A quotation after the cut would need a capital inside « »: it stays where it is.
      if (!/^[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]/u.test(rest) || !opensWith(rest, cut.needs, lexicon) || !balancedMarks(head) || !balancedMarks(rest)) continue;
      if (cut.needs === 'apposition-relative') {
        const restated = appositionRestated(head, rest, lexicon);
        if (restated === undefined || sentenceLength(head) < lexicon.minimumPartWords || sentenceLength(restated) < lexicon.minimumPartWords) continue;
        return [`${head}.`, restated];
      }
      const subject = cut.needs === 'verb' ? sharedSubject(head, /^\S+/u.exec(rest)?.[0] ?? '', lexicon) : cut.needs === 'name-relative' ? relativeAntecedent(head, rest, lexicon) : undefined;
      if ((cut.needs === 'verb' || cut.needs === 'name-relative') && !subject) continue;
      if (cut.needs === 'verb' && holdsRelativeClause(head)) continue;
      if (cut.needs === 'subject-verb' && !isMainClause(head, lexicon)) continue;
      const tail = subject ? `${subject} ${rest}` : cut.opens ? `${cut.opens}${rest}` : `${rest.charAt(0).toLocaleUpperCase('fr')}${rest.slice(1)}`;
      if (sentenceLength(head) < lexicon.minimumPartWords || sentenceLength(rest) < lexicon.minimumPartWords) continue;
      return [`${head}.`, tail];
    }
  }
  return undefined;
}

// The runs between white space that hold a letter or a digit, as one match (each starts where a run starts: linear).
const sentenceLength = (text: string): number => text.match(/(?<!\S)\S*[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ0-9]\S*/gu)?.length ?? 0;

/**
 * Rule "split-long": a sentence of more than twenty words (Yoast's limit) is cut at the safe places
 * listed in lexicon/sentence-cuts.json (a semicolon, ", mais il…", ", et il…", ", car…", ", ce qui…"),
 * when each part keeps six words or more and no quotation or parenthesis is cut; a part still too
 * long is cut again. Undefined when there is nothing to cut.
 */
export function splitLong(sentence: string): readonly string[] | undefined {
  const lexicon = loadJson<CutLexicon>('lexicon/sentence-cuts.json');
  if (sentenceLength(sentence) <= lexicon.minimumWords) return undefined;
  const halves = cutOnce(sentence, lexicon);
  if (!halves) return undefined;
  return halves.flatMap((half) => (sentenceLength(half) > lexicon.minimumWords ? (splitLong(half) ?? [half]) : [half]));
}

interface ReportingLexicon { readonly equivalents: readonly (readonly string[])[] }

/** `sentence.lastIndexOf(`, ${verb} `)`, read at the places of ", " (`commas`, in order). */
function lastBefore(sentence: string, commas: readonly number[], verb: string): number {
  for (let i = commas.length - 1; i >= 0; i--) {
    const at = commas[i]!;
    if (sentence.startsWith(verb, at + 2) && sentence.charCodeAt(at + 2 + verb.length) === 32) return at;
  }
  return -1;
}

/**
 * Rule "vary-reporting-verb": the reporting verb of a trailing attribution (", a rapporté le FT.")
 * replaced by an equivalent of the same tense when `recent` verbs already used it.
 */
export function varyReportingVerb(sentence: string, recent: readonly string[]): { text: string; verb: string } | undefined {
  const { equivalents } = loadJson<ReportingLexicon>('lexicon/reporting-verbs.json');
  // Where ", " stands, read once: each verb is looked for there, not searched for as ", verb " in the whole sentence
  // (21 verbs for each source sentence, most of which have none).
  const commas: number[] = [];
  for (let at = sentence.indexOf(', '); at >= 0; at = sentence.indexOf(', ', at + 2)) commas.push(at);
  if (commas.length === 0) return undefined;
  for (const group of equivalents) {
    for (const verb of group) {
      const at = lastBefore(sentence, commas, verb);
      if (at < 0 || /[«»]/u.test(sentence.slice(at))) continue;
      if (!recent.includes(verb)) return { text: sentence, verb };
      const other = group.find((v) => v !== verb && !recent.includes(v));
      if (!other) return { text: sentence, verb };
      return { text: `${sentence.slice(0, at)}, ${other} ${sentence.slice(at + verb.length + 3)}`, verb: other };
    }
  }
  return undefined;
}
