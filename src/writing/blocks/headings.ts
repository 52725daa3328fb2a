/** Subheadings: a neutral heading for a topic, and its variant with the keyphrase. */
import type { Keyphrase } from '../../types.js';
import type { DraftHeading, WriteContext } from '../context.js';
import { fill, variantsOf } from '../templates.js';
import { capitalise, fold, lowerFirst } from '../../text.js';
import { typeset } from '../french/index.js';
import { finiteNumbers } from '../french/verbs.js';
import { lefffGender } from '../french/lefff.js';
import { isMonthOrWeekday, isRole, isStopword } from '../../analysis/entities.js';
import { subjectOf } from '../../analysis/subject.js';
import type { SectionLabels } from '../../analysis/topics.js';
import type { Sentence } from '../../types.js';
import { SALIENCE_WINDOW, isNationality, readsWhole } from '../../analysis/keywords.js';
import { loadJson } from '../../data.js';
import { isClassNoun } from '../class-anaphor.js';
import { isPersonNoun } from '../../analysis/references.js';
import { keptForArticle } from '../../remember.js';

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

const contentWords = (text: string): string[] => fold(text).split(/[\s’'-]+/u).filter((word) => word.length >= 4);

let quantityNouns: ReadonlySet<string> | undefined;
const PREPOSITIONS = new Set(['de', 'du', 'des', 'd’', 'à', 'au', 'aux', 'en']);

/**
 * Whether a phrase can head a section as the name of what it tells. Not an amount ("la quarantaine de musées",
 * lexicon/french.json quantityNouns), nor a nationality before a name ("le suédois Arcturus Pharma"); not a phrase
 * joined by "des", as often the article of a verb's next object as a preposition ("la commune | des travaux réalisés");
 * in the plural, a noun and its adjectives that all say it ("Les deux-roues motorisé" is the source's singular).
 */
function headsSection(phrase: Keyphrase): boolean {
  const words = phrase.text.split(' ');
  quantityNouns ??= new Set(loadJson<{ readonly quantityNouns: readonly string[] }>('lexicon/french.json').quantityNouns);
  if (quantityNouns.has(words[0]!.toLowerCase()) || isNationality(words[0]!) || words.includes('des')) return false;
  const plural = /^les\s/iu.test(phrase.withDeterminer);
  return !plural || words.some((word) => PREPOSITIONS.has(word.toLowerCase())) || words.every((word) => /[sxz]$/u.test(word));
}

/** The salient phrases, best first, that a section may be headed by: past these, a phrase names too little of the story. */
const MAX_HEADING_PHRASES = 40;

interface HeadingPhrase {
  readonly phrase: string;
  readonly text: string;
  readonly folded: string;
}

/** What phraseHeading reads of an article, worked out once for all its sections (a long source has hundreds). */
interface HeadingPhrases {
  readonly candidates: readonly HeadingPhrase[];
  readonly whole: (phrase: string) => boolean;
}

const headingPhrases = keptForArticle<readonly Keyphrase[], HeadingPhrases>();

function headingPhrasesOf(context: WriteContext): HeadingPhrases {
  let known = headingPhrases.get(context.phrases);
  if (known) return known;
  // "Télescope spatial James-Webb : le télescope James-Webb": a phrase that shares a word with the keyphrase says it again in the heading's variant.
  const keyphraseWords = new Set(contentWords(context.keyphrase.text));
  const candidates = context.phrases
    .filter((phrase) => !phrase.proper && phrase.text.includes(' ') && headsSection(phrase) && !contentWords(phrase.text).some((word) => keyphraseWords.has(word)))
    .map((phrase) => {
      const folded = fold(phrase.text);
      return { phrase: phrase.text, text: capitalise(phrase.withDeterminer), folded };
    })
    .filter((candidate) => isNounPhrase(candidate.text) && !isRoundabout(candidate.phrase.split(' '), /^les\s/iu.test(candidate.text)))
    .slice(0, MAX_HEADING_PHRASES);
  let wholeOf: ((phrase: string) => string) | undefined;
  const answers = new Map<string, boolean>();
  // "Le projet de zone" of "projet de zone commerciale": a phrase the text always says inside a longer one is cut short.
  // Read where the phrases were ranked: the first sentences of a long source, not all of them for each phrase.
  const whole = (phrase: string): boolean => {
    let answer = answers.get(phrase);
    if (answer === undefined) answers.set(phrase, (answer = (wholeOf ??= readsWhole(context.sentences.slice(0, SALIENCE_WINDOW)))(phrase) === phrase));
    return answer;
  };
  known = { candidates, whole };
  headingPhrases.set(context.phrases, known);
  return known;
}

/**
 * The first of the source's salient phrases that the sentences `sources` say and no heading names yet, with its article
 * ("La zone de surveillance"): a common noun phrase of two words or more, read as one, that is not the keyphrase
 * (the heading's variant carries it). Where a section's topic has no label left, it says what the section tells;
 * a fallback ("Les détails") says nothing.
 */
function phraseHeading(context: WriteContext, section: readonly Sentence[], used: UsedHeadings): NamedHeading | undefined {
  if (section.length === 0) return undefined;
  const said = section.map((s) => fold(s.text)).join('\n');
  const named = [...used].map(fold);
  const { candidates, whole } = headingPhrasesOf(context);
  for (const candidate of candidates) {
    if (named.some((heading) => heading.includes(candidate.folded)) || !saysWhole(said, candidate.folded)) continue;
    if (whole(candidate.phrase)) return { text: candidate.text, phrase: candidate.phrase };
  }
  return undefined;
}

/** A letter or a digit as the last code point of a text, or as its first. */
const ENDS_ON_WORD_CHAR = /[\p{L}\d]$/u;
const OPENS_ON_WORD_CHAR = /^[\p{L}\d]/u;

/**
 * Whether `text` says `phrase` as whole words, as (?<![\p{L}\d])phrase(?![\p{L}\d]) would find it: a pattern of
 * \p{L} built for each phrase cost more to compile than the search. Two code units on each side hold the code point
 * the pattern's lookbehind and lookahead read.
 */
function saysWhole(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const end = at + phrase.length;
    if (!ENDS_ON_WORD_CHAR.test(text.slice(Math.max(0, at - 2), at)) && !OPENS_ON_WORD_CHAR.test(text.slice(end, end + 2))) return true;
  }
  return false;
}

interface NamedHeading {
  readonly text: string;
  readonly phrase: string;
  /** The rule that found it: a phrase of the whole text, or a subject of the section. */
  readonly rule?: 'subject';
}

/**
 * Whether a phrase names by a roundabout what the source names plainly: in the singular, a noun of a class with only
 * adjectives of place after it ("L’avionneur européen" for Airbus, "L’indice parisien" for the CAC 40, "L’écurie française"),
 * or a superlative ("La cryptomonnaie la plus connue" for the bitcoin). Such a heading makes the reader guess what the
 * section tells; the name itself is most often the keyphrase, which the heading's variant already carries.
 * `words`: the phrase without its article, its noun first.
 */
function isRoundabout(words: readonly string[], plural: boolean): boolean {
  if (plural) return false;
  if (words.some((word, i) => i > 0 && /^(?:plus|moins)$/iu.test(word) && /^(?:le|la|l’)$/iu.test(words[i - 1]!))) return true;
  return isClassNoun(words[0]!) && words.length > 1 && words.slice(1).every(isOfPlace);
}

/**
 * "européen", "parisien", "alsacienne", "lyonnais": an adjective that says where its noun is from, as a roundabout
 * says it (a nationality of the lexicon, or the endings of French adjectives of place); not "placebo" of "le groupe
 * placebo", which says which group.
 */
const isOfPlace = (word: string): boolean => isNationality(word) || /^\p{Ll}+(?:ien|ienne|éen|éenne|ais|aise|ois|oise|ain|aine)s?$/u.test(word);

let vagueNouns: ReadonlySet<string> | undefined;

/** The determiners before a noun, folded. */
const DETERMINERS = 'le|la|les|un|une|des|du|au|aux|sa|son|ses|leur|leurs|ce|cet|cette|ces|notre|nos|votre|vos|tout|toute|tous|toutes';

/** How many sentences must say a noun of one word for it to head a section alone. */
const ONE_WORD_MENTIONS = 2;

/**
 * Whether a subject of one word heads a section ("L’accident", "La grève"): what the section tells, a noun its
 * sentences say again (in its singular or its plural), or the subject its first sentence opens on that the story says
 * again. Not a noun that says almost nothing alone or names who acts rather than what happens ("L’homme", "La
 * semaine", "Le gouvernement": lexicon/french.json oneWordSubjects), one person's post or one person ("Le ministre",
 * "Le gagnant": which one?) nor a noun of a class that stands for a name ("Le groupe", "L’entreprise").
 */
function headsAlone(context: WriteContext, subject: { readonly head: string; readonly plural: boolean }, section: readonly Sentence[], first: boolean): boolean {
  vagueNouns ??= new Set(loadJson<{ readonly oneWordSubjects: { readonly not: readonly string[] } }>('lexicon/french.json').oneWordSubjects.not);
  const noun = subject.head.toLowerCase();
  const singular = noun.replace(/[sx]$/u, '');
  if (vagueNouns.has(noun) || vagueNouns.has(singular) || isRole(noun) || isClassNoun(noun) || isClassNoun(singular) || (!subject.plural && isPersonNoun(noun))) return false;
  // Said as a noun, after a determiner ("la mesure", "qu’une éruption"), not as a verb ("Médiamétrie mesure") nor as what
  // a figure counts ("60 000 entrées" says nothing of "L’entrée coûte 12 euros"), nor as the unit of an amount ("2 milliards d’euros" says nothing of "L’euro").
  const folded = fold(singular);
  // Read until enough sentences say it: a long source's section, or its whole text, has thousands.
  const saying = (sentences: readonly Sentence[]): boolean => {
    let mentions = 0;
    for (const s of sentences) if (saysNoun(fold(s.text), folded) && ++mentions >= ONE_WORD_MENTIONS) return true;
    return false;
  };
  return saying(section) || (first && saying(context.sentences));
}

/** What may stand right before a noun said as a noun: a determiner, an elided article ("l’", "s’"), or "d’" after no amount. */
let beforeNoun: RegExp | undefined;

/**
 * Whether a folded text says `noun` (folded) as a noun, in its singular or its plural, as
 * (?:beforeNoun)noun[sx]?(?![\p{L}-]) finds it: read at each place the text holds the noun, since a pattern of
 * \p{L} built for each noun cost about 2 M instructions to compile, the search far less.
 */
function saysNoun(text: string, noun: string): boolean {
  beforeNoun ??= new RegExp(`(?:(?:^|[\\s(’])(?:${DETERMINERS})\\s+|[ls]’|(?<!(?:\\d|millions?|milliards?|milliers?|centaines?|dizaines?)\\s)d’)$`, 'u');
  // (An empty noun is found at every place, the text's end too.)
  for (let at = text.indexOf(noun); at >= 0; at = at < text.length ? text.indexOf(noun, at + 1) : -1) {
    const end = at + noun.length;
    const plural = text[end] === 's' || text[end] === 'x';
    const ends = !/^[\p{L}-]/u.test(text.slice(end, end + 2)) || (plural && !/^[\p{L}-]/u.test(text.slice(end + 1, end + 3)));
    if (ends && beforeNoun.test(text.slice(0, at))) return true;
  }
  return false;
}

/** Most words of a subject that heads a section: past them it is a sentence's long subject, not a heading. */
const MAX_SUBJECT_WORDS = 6;


/**
 * The subject of the first of the section's sentences that opens on one a heading can be ("La couverture vaccinale
 * | reste insuffisante", "La campagne de vaccination, | qui devait…"): what the section tells is what its sentences
 * speak of. Held to what phraseHeading asks of a phrase: two words or more, a noun that counts no amount, no word of
 * the keyphrase, none that dates ("Le succès de mardi"), read as a noun phrase, and named by no earlier heading. One
 * person's post ("La directrice financière") or a phrase a name completes ("Le ministre de l’Intérieur", "Le parquet de
 * Bonneville") names who acts, not what the section tells: only when no subject of common words heads it.
 */
function subjectHeading(context: WriteContext, section: readonly Sentence[], used: UsedHeadings): NamedHeading | undefined {
  const named = [...used].map(fold);
  const keyphraseWords = new Set(contentWords(context.keyphrase.text));
  quantityNouns ??= new Set(loadJson<{ readonly quantityNouns: readonly string[] }>('lexicon/french.json').quantityNouns);
  let actor: NamedHeading | undefined;
  for (const [index, sentence] of section.entries()) {
    const subject = subjectOf(sentence.text);
    if (subject === undefined) continue;
    const words = subject.phrase.split(/[\s’]+/u).filter(Boolean);
    if ((words.length < 2 && !headsAlone(context, subject, section, index === 0)) || words.length > MAX_SUBJECT_WORDS || quantityNouns.has(subject.head) || words.some(isMonthOrWeekday)) continue;
    if (contentWords(subject.phrase).some((word) => keyphraseWords.has(word)) || !isNounPhrase(subject.text) || isRoundabout(words, subject.plural)) continue;
    const folded = fold(subject.phrase);
    if (named.some((heading) => heading.includes(folded))) continue;
    const heading: NamedHeading = { text: capitalise(subject.text), phrase: subject.phrase, rule: 'subject' };
    if (subject.named || (!subject.plural && isRole(subject.head))) actor ??= heading;
    else return heading;
  }
  return actor;
}

const sentencesById = keptForArticle<readonly Sentence[], ReadonlyMap<string, Sentence>>();

/** The sentences `sources` names, in their order: looked up by id, not by reading the whole text for each section. */
function sentencesOf(context: WriteContext, sources: readonly string[]): Sentence[] {
  let byId = sentencesById.get(context.sentences);
  if (!byId) sentencesById.set(context.sentences, (byId = new Map(context.sentences.map((s) => [s.id, s]))));
  return sources.flatMap((id) => byId!.get(id) ?? []);
}

/**
 * A topic heading from the lexicon, when no heading of its topic heads the article yet; else the phrase of the
 * section that phraseHeading finds, or the subject that subjectHeading finds; else a label of the story's main topic
 * that the section does not say itself; else a fallback. Its keyphrase variant is "Keyphrase : heading".
 */
export function topicHeading(context: WriteContext, { labels, loose = [] }: SectionLabels, slot: string, used: UsedHeadings, level: 2 | 3, sources: readonly string[] = []): DraftHeading {
  // A topic names one section: a second section of it says "Le contexte", not "Le volet politique" after "Le contexte politique".
  const named = [...labels, ...loose].some((h) => used.has(h));
  const fresh = named ? [] : labels;
  const section = fresh.length ? [] : sentencesOf(context, sources);
  const phrase = fresh.length ? undefined : phraseHeading(context, section, used) ?? subjectHeading(context, section, used);
  if (phrase) {
    used.add(phrase.text);
    const withKp = fill(context.chooser, 'heading.topic.kp', slot, { kp: context.keyphrase.text, heading: lowerFirst(phrase.text) });
    return { type: 'heading', level, text: typeset(phrase.text), withKeyphrase: withKp.text, about: phrase.phrase, provenance: { sources, template: `rule.${phrase.rule ?? 'phrase'}-heading:${slot}` } };
  }
  // Nor "Le contexte" after "Le contexte culturel": a fallback that a used heading opens with reads as its repeat.
  const pool = fresh.length ? fresh : !named && loose.length ? loose : variantsOf('heading.fallback').filter((h) => ![...used].some((u) => fold(u).startsWith(fold(h))));
  const text = pool.length ? context.chooser.pick(slot, pool, 'heading.topic') : `${variantsOf('heading.fallback')[0]}`;
  used.add(text);
  const withKp = fill(context.chooser, 'heading.topic.kp', slot, { kp: context.keyphrase.text, heading: lowerFirst(text) });
  return { type: 'heading', level, text: typeset(text), withKeyphrase: withKp.text, provenance: { sources, template: `topic:${slot}` } };
}

/** Whether a heading is one of heading.fallback's, which name no subject ("Les détails"). */
/** Whether a heading's provenance template says it is the subject of one of its section's sentences (subjectHeading). */
export const isSubjectHeading = (template: string): boolean => template.startsWith('rule.subject-heading:');

export const isFallbackHeading = (text: string): boolean => variantsOf('heading.fallback').some((h) => typeset(h) === text);

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
