/** seo: title, meta description, slug and keywords, each holding the focus keyphrase. */
import slugify from 'slugify';
import type { Entity, Keyphrase, Meta, Sentence } from '../types.js';
import { config } from '../config.js';
import { capitalise, escapeRegExp, fold, lazyPattern, lowerFirst } from '../text.js';
import { createChooser, type Chooser } from '../writing/variety.js';
import { fill } from '../writing/templates.js';
import { typeset } from '../writing/french/index.js';
import { findPhrase, onlyFunctionWords, parseKeyphrase } from './assessments/text/keyphrase.js';
import { titleWidth } from './assessments/text/width.js';
import { assessmentConfig } from './assessments/config.js';
import { endsNounPhrase, holdsParticiple, opensOnVerb, shorterForms } from '../writing/blocks/headline.js';
import { isFallbackHeading } from '../writing/blocks/headings.js';
import { balancedMarks, canLowerFirst, clauses, holdsFiniteVerb } from '../writing/reformulate.js';
import { isOrganisationClass } from '../analysis/keywords.js';
import { acronymSpelling } from '../analysis/entities.js';
import { loadJson } from '../data.js';
import { lefffGender } from '../writing/french/lefff.js';
import { finiteNumbers } from '../writing/french/verbs.js';
import { remembered } from '../remember.js';
import { inPresent } from './title-present.js';

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

/**
 * Each text's answers by keyphrase, kept for the article (remember.ts): saysNews weighs a keyphrase's titles, then
 * makeTitle asks the same of the same headline, and Yoast's reading of a text is the dear part of a title.
 */
const opensWithOf = remembered((_text: string) => new Map<string, boolean>());

/** The keyphrase begins the text as Yoast reads a title: only function words before it ("La BCE abaisse…" for "BCE"). */
function opensWith(text: string, kp: string): boolean {
  const kept = opensWithOf(text);
  let opens = kept.get(kp);
  if (opens === undefined) {
    const keyphrase = parseKeyphrase(kp, 'exact');
    const phrase = keyphrase && findPhrase(keyphrase, text);
    kept.set(kp, (opens = phrase !== undefined && phrase.found && onlyFunctionWords(phrase.wordsBefore, 'exact')));
  }
  return opens;
}

/**
 * "Informatique : Sortie d’une nouvelle version" → "Sortie d’une nouvelle version": a rubric before the colon goes;
 * so does a longer one that holds the keyphrase, which the title says first ("Inondations dans le Gard : des
 * milliers de foyers privés d’électricité" → "Gard : des milliers de foyers privés d’électricité").
 */
function headlineRest(headline: string, kp: string): string {
  const parts = headline.split(/\s*:\s+/u);
  const after = parts.slice(1).join(' : ');
  // A colon inside brackets or quotes ("(mi-temps : 13-10)") ends no rubric.
  const whole = opensWith(headline, kp) && chars(headline) <= config.titleMaxChars;
  // "« Nous ne lâcherons rien » : les médecins…": a quotation before the colon is someone's words, not the news.
  const quoted = /^«[^«»]+»$/u.test(parts[0] ?? '');
  const rubric = parts.length > 1 && balancedMarks(parts[0]!) && (parts[0]!.split(' ').length <= 3 || quoted || (!whole && has(parts[0]!, kp) && !has(after, kp)));
  return withoutInvitation(rubric ? after : headline);
}

let invitation: RegExp | undefined;

/**
 * "les médecins libéraux en grève, suivez la journée en direct" → "les médecins libéraux en grève": a live blog's
 * invitation to follow it (lexicon/headline.json invitations), which an article that is no live blog does not say.
 */
function withoutInvitation(headline: string): string {
  invitation ??= new RegExp(`,\\s(?:${loadJson<{ readonly invitations: readonly string[] }>('lexicon/headline.json').invitations.join('|')})\\s[^,;:]*$`, 'iu');
  return headline.replace(invitation, '');
}

/**
 * The rest after the rubric in lower case, as a colon wants it ("Sortie d’une…" → "sortie d’une…"), unless its first
 * word is a name: one that is no determiner or pronoun, and that the lexicon knows neither as a common word nor as a
 * verb ("Lyon élimine Barcelone" keeps its capital).
 */
function lowerRest(rest: string): string {
  // "L’Assemblée adopte…", "L’inflation ralentit…": the elided article before a common noun, not a brand's ("L’Oréal").
  const elided = /^L’([\p{L}-]+)/u.exec(rest)?.[1];
  if (elided !== undefined) return /^\p{Ll}/u.test(elided) || lefffGender(elided.toLowerCase()) !== undefined ? lowerFirst(rest) : rest;
  if (!/^[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ][a-zß-öø-ÿāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżž]/u.test(rest)) return rest;
  const first = (/^[\p{L}-]+/u.exec(rest)?.[0] ?? '').toLowerCase();
  // The Lefff lists nouns in the singular: "Restaurants fermés…" is "restaurant" in the plural.
  const noun = lefffGender(first) !== undefined || (/[sx]$/u.test(first) && lefffGender(first.slice(0, -1)) !== undefined);
  return canLowerFirst(rest) || noun || finiteNumbers(first).length > 0 ? lowerFirst(rest) : rest;
}

/** A name of two capitalised words or more ("Léa Moreau", "Crédit Armorique"). */
const FULL_NAME = lazyPattern(() => /^\p{Lu}[\p{L}’.-]*(?:\s\p{Lu}[\p{L}’.-]*)+$/u);
/** "La Française ", "Le groupe de luxe français ": an article and the few words that say what the name after them is. */
const DESCRIPTOR = lazyPattern(() => /^(?:[Ll]e|[Ll]a|[Ll]es|[Ll]’)\s?(?:[\p{L}-]+\s){1,5}$/u);

/**
 * `form` as a title that opens on the keyphrase: as it is, or, when the keyphrase is a full name that an
 * article and a descriptor come before, or a name after a class of company, from the name on ("La Française Léa
 * Moreau a remporté…" → "Léa Moreau a remporté…", "Le fabricant Lumen lance…" → "Lumen lance…"): the name says
 * who, and the verb keeps its subject.
 */
function openingOnKeyphrase(written: string, kp: string): string | undefined {
  const form = has(written, kp) ? written : withFullName(written, kp);
  if (opensWith(form, kp)) return form;
  const named = namedInApposition(form, kp);
  if (named !== undefined) return named;
  const at = form.indexOf(kp);
  const before = form.slice(0, at);
  const after = form.slice(at + kp.length);
  // "La liste de Marion Delorme arrive…": after "de", the name is a complement, not who acts.
  // "Le cyclone Halima frappe La Réunion de plein fouet": a descriptor holds no verb; the name is then its object.
  if (at <= 0 || !DESCRIPTOR().test(before) || /\d/u.test(before) || /\s(?:de|du|des)\s$/u.test(before) || !/^\s\p{Ll}/u.test(after) || holdsFiniteVerb(before)) return undefined;
  // A name of one word only after a class of company ("le fabricant Lumen"): "le prix Goncourt" names a prize.
  const head = /^\S+\s?(\S+)/u.exec(before.replace(/^[Ll]’/u, 'l’ '))?.[1] ?? '';
  return FULL_NAME().test(kp) || (/^\p{Lu}\S*$/u.test(kp) && isOrganisationClass(head)) ? form.slice(at) : undefined;
}

/**
 * The patterns of a name that title and description search for (the keyphrase, a word of it), built
 * once for the article: the same name is searched for in each of the headline's and the lead's forms, for each
 * keyphrase weighed, and a pattern of \p{…} costs more to build than to run. Not global: exec and replace ignore lastIndex.
 */
const appositionPattern = remembered((kp: string): RegExp => new RegExp(`^((?:[Ll]e|[Ll]a|[Ll]es|[Ll]’)\\s?[^,;:«»()]{2,80}),\\s${escapeRegExp(kp)},\\s(?=\\p{Ll})`, 'u'));
const shortNamePattern = remembered((short: string): RegExp => new RegExp(`^((?:[Ll]e|[Ll]a|[Ll]es|[Ll]’)\\s?(?:[\\p{L}-]+\\s){1,5})?${escapeRegExp(short)}(?=\\s\\p{Ll})`, 'u'));

/**
 * "Le président du Brésil, Luiz Carvalho, entame une visite…" → "Luiz Carvalho entame une visite…": a role between an
 * article and a comma, then the keyphrase, a name, between commas, then the verb: the name says who acts, the role
 * only what they are. Not when the role holds a verb ("Le club qui a recruté Léa Moreau,"), nor a name that is no
 * name of two words at least (its role then says who it is).
 */
function namedInApposition(form: string, kp: string): string | undefined {
  if (!FULL_NAME().test(kp) || !form.includes(`, ${kp}, `)) return undefined;
  const found = appositionPattern(kp).exec(form);
  if (found === null || holdsFiniteVerb(found[1]!)) return undefined;
  const rest = form.slice(found[0].length);
  return opensOnVerb(rest) ? `${kp} ${rest}` : undefined;
}

/**
 * "Le fabricant français Aurore dévoile…" → "Le fabricant français Aurore Mobile dévoile…": a headline that names its
 * subject by the first word of the keyphrase's name, or by a person's surname ("Bertin s’impose…" for "Lucas Bertin"),
 * says the name whole, the source's. Only as the subject that opens the text, alone or after a descriptor, before a
 * word in lower case: "Aurore" in "les ventes d’Aurore" may be another.
 */
function withFullName(text: string, kp: string): string {
  const words = kp.split(' ');
  if (words.length < 2 || !FULL_NAME().test(kp)) return text;
  for (const short of new Set([words[0]!, words.at(-1)!])) {
    // A pattern of \p{L} costs more to build than the rest of the title: only for a text that holds the word at all.
    if (!text.includes(short)) continue;
    const found = shortNamePattern(short).exec(text);
    if (found !== null && (found[1] === undefined || DESCRIPTOR().test(found[1]))) return `${found[1] ?? ''}${kp}${text.slice(found[0].length)}`;
  }
  return text;
}

const TRAILING_LINKS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'à', 'au', 'aux', 'dans', 'en', 'sur', 'pour', 'par', 'avec', 'chez']);
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
  const all = words.length;
  while (words.length > 2 && (kpWords.has(bare(words[words.length - 1]!)) || TRAILING_LINKS.has(bare(words[words.length - 1]!)))) words.pop();
  // "Lyon élimine Barcelone": the keyphrase is the verb's object, not a complement after a link word; it stays.
  const removed = rest.split(' ').slice(words.length);
  if (words.length < all && !removed.some((word) => TRAILING_LINKS.has(bare(word)) || /^(?:d|l|qu)’/u.test(fold(word)))) return rest;
  return words.join(' ');
}

/** The headline without the source it ends on when that is the keyphrase (", selon l’Ofpra", "d’après Météo-France"). */
function withoutTrailingSource(rest: string, kp: string): string {
  const source = /,?\s+(?:selon|d’après)\s+(?:l’|le\s|la\s|les\s)?(.+)$/u.exec(rest);
  return source !== null && fold(source[1]!) === fold(kp) ? rest.slice(0, source.index) : rest;
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

interface TitleFallbacks {
  readonly firstHeading?: string;
  readonly headings?: readonly string[];
  /**
   * Shorter forms of the lead's sentences that say what happened (src/writing/blocks/headline.ts
   * leadTitleForms), asked for only when the headline makes no title.
   */
  readonly leadForms?: () => readonly string[];
  /** The people and organisations with the role the source gives them (src/analysis/facts.ts findRoles). */
  readonly roles?: readonly Entity[];
  /** The name an acronym keyphrase stands for, as the source spells it before it in brackets (acronymName). */
  readonly acronymName?: string;
}

/**
 * "agence régionale de santé" for "ARS": the words before "(ARS)" in the source whose initials spell it (entities.ts
 * acronymStart), without their elided article, in lower case too ("l’agence régionale de santé (ARS)"); undefined
 * for a keyphrase that is no acronym, or that no text spells.
 */
export function acronymName(acronym: string, texts: readonly string[]): string | undefined {
  // What acronymSpelling asks of the acronym first, asked once rather than for each text (most keyphrases are none).
  if (!/^\p{Lu}{2,8}$/u.test(acronym)) return undefined;
  for (const text of texts) {
    const spelt = acronymSpelling(acronym, text, true);
    if (spelt !== undefined) return [spelt.words[spelt.start]!.replace(/^[ld]['’]/iu, ''), ...spelt.words.slice(spelt.start + 1)].join(' ');
  }
  return undefined;
}

/**
 * "L’agence régionale de santé (ARS) Auvergne-Rhône-Alpes a fait état…" → "L’ARS Auvergne-Rhône-Alpes a fait état…":
 * where a form names the keyphrase's acronym by the name it stands for, with the acronym in brackets or not, the
 * title says the acronym, the keyphrase, in its place; the article before it stays, since it is the name's.
 */
function withAcronym(text: string, kp: string, name: string | undefined): string {
  if (name === undefined) return text;
  const found = new RegExp(`(^|\\s|’)[${escapeRegExp(name.charAt(0).toLowerCase())}${escapeRegExp(name.charAt(0).toUpperCase())}]${escapeRegExp(name.slice(1))}(?:\\s\\(${escapeRegExp(kp)}\\))?(?![\\p{L}-])`, 'u');
  return text.replace(found, `$1${kp}`);
}

/** The lead's forms, each with the keyphrase's acronym for the name it stands for (withAcronym). */
function spelt(input: TitleFallbacks & Pick<MetaInput, 'keyphrase'>): readonly string[] {
  const forms = input.leadForms?.() ?? [];
  return input.acronymName === undefined ? forms : forms.map((form) => withAcronym(form, input.keyphrase.text, input.acronymName));
}

/** Within the title's characters and Yoast's width. */
function fitsTitle(text: string): boolean {
  const { maximum, fontSize } = assessmentConfig.titleWidth;
  return chars(text) <= config.titleMaxChars && titleWidth(text, fontSize) <= maximum;
}

/**
 * The first of the lead's shorter forms that opens on the keyphrase and fits: it says the event ("Le CAC 40 a
 * gagné 1,2 %") where a label ("CAC 40 : le volet boursier") names a subject only. None that a subheading says.
 */
function leadTitle(forms: readonly string[], kp: string, taken: ReadonlySet<string>, chooser: ReturnType<typeof createChooser>): string | undefined {
  for (const form of forms) {
    const opening = openingOnKeyphrase(typeset(form), kp);
    const title = opening === undefined ? undefined : capitalise(opening);
    if (title !== undefined && fitsTitle(title) && !taken.has(fold(title))) return title;
    const bare = opening === undefined ? undefined : withoutOpeningArticle(opening, kp);
    if (bare !== undefined && fitsTitle(bare) && !taken.has(fold(bare))) return bare;
  }
  // Else one that ends on it as a noun's complement, after it ("Col de la Loze : Lucas Berthier s’impose au sommet").
  for (const form of forms) {
    const title = rubricTitle(typeset(form), kp, chooser);
    if (title !== undefined && !taken.has(fold(title))) return title;
  }
  return undefined;
}

/**
 * A title that says the news from the headline or the lead, opening on the keyphrase or after it; undefined when
 * only a label would do (makeTitle).
 */
function newsTitle(input: Pick<MetaInput, 'headline' | 'keyphrase' | 'inputHash' | 'seed'> & TitleFallbacks, kp: string, chooser: ReturnType<typeof createChooser>, taken: ReadonlySet<string>, fresh = false): string | undefined {
  const kept = fresh ? keptTitle(input, kp) : undefined;
  if (typeof kept === 'string') return kept;
  // The headline's rest, which the headline's title and the lead's forms both read: worked out once.
  const written = writtenRest(input, kp);
  const rest = written === undefined ? undefined : lowerRest(written);
  // A chooser kept: the headline made no title for the keyphrase, and `chooser` goes on from its picks (titleChooser).
  const title = kept === undefined ? headlineTitle(input, kp, chooser, written, rest) : undefined;
  if (title !== undefined) {
    if (fresh) keepTitle(input, kp, title);
    return title;
  }
  if (fresh && kept === undefined) keepTitle(input, kp, chooser.copy());
  const leadForms = spelt(input);
  return leadTitle(leadForms, kp, taken, chooser) ?? (rest === undefined ? undefined : clauseTitle(rest, kp, chooser)) ?? presentTitle(rest, leadForms, kp, taken);
}

/**
 * The headline's rest (lowerRest), one of its shorter forms or one of the lead's forms, opening on the keyphrase, told
 * in the present when only then it fits ("Esther Kiprono bat le record du monde du marathon féminin"): it says the news where a label says none.
 */
function presentTitle(rest: string | undefined, leadForms: readonly string[], kp: string, taken: ReadonlySet<string>): string | undefined {
  const forms = [...(rest === undefined ? [] : [rest, ...shorterForms(rest)]), ...leadForms.map(typeset)];
  for (const form of forms) {
    const opening = openingOnKeyphrase(form, kp);
    const present = opening === undefined ? undefined : inPresent(opening);
    const title = present === undefined ? undefined : capitalise(present);
    if (title !== undefined && fitsTitle(title) && !taken.has(fold(title))) return title;
  }
  return undefined;
}

/** The headline after its rubric (headlineRest), the keyphrase's acronym for the name it stands for; undefined without a headline. */
const writtenRest = (input: Pick<MetaInput, 'headline'> & TitleFallbacks, kp: string): string | undefined =>
  input.headline ? headlineRest(withAcronym(typeset(input.headline), kp, input.acronymName), kp) : undefined;

/**
 * The titles the headline made for the last article's keyphrases (headlineTitle), from a chooser as new: saysNews
 * weighs a keyphrase before the body is written, makeTitle writes the title after, and both ask for the same.
 * A title depends on the headline, the acronym's name, the roles, the keyphrase and the chooser's seed only.
 * Where the headline made none, the chooser as its tries left it (they may have picked a template): the lead's
 * forms go on from there, without trying the headline again.
 */
let keptTitles: { readonly article: string; readonly roles: readonly Entity[] | undefined; readonly titles: Map<string, string | Chooser> } | undefined;

const articleOf = (input: Pick<MetaInput, 'headline' | 'inputHash' | 'seed'> & TitleFallbacks): string => `${input.inputHash}\u0000${input.seed}\u0000${input.headline}\u0000${input.acronymName ?? ''}`;

function keptTitle(input: Pick<MetaInput, 'headline' | 'inputHash' | 'seed'> & TitleFallbacks, kp: string): string | Chooser | undefined {
  return keptTitles !== undefined && keptTitles.roles === input.roles && keptTitles.article === articleOf(input) ? keptTitles.titles.get(kp) : undefined;
}

function keepTitle(input: Pick<MetaInput, 'headline' | 'inputHash' | 'seed'> & TitleFallbacks, kp: string, title: string | Chooser): void {
  const article = articleOf(input);
  if (keptTitles === undefined || keptTitles.roles !== input.roles || keptTitles.article !== article) keptTitles = { article, roles: input.roles, titles: new Map() };
  keptTitles.titles.set(kp, title);
}

/** The chooser a keyphrase's news title starts from: as the headline's tries left it when they made none (keptTitles), else new. */
function titleChooser(input: Pick<MetaInput, 'headline' | 'inputHash' | 'seed'> & TitleFallbacks, kp: string): Chooser {
  const kept = keptTitle(input, kp);
  return typeof kept === 'object' ? kept.copy() : createChooser(input.inputHash, input.seed);
}

/**
 * The title newsTitle makes from the headline, before the lead's forms; undefined when the headline makes none.
 * `written`: the headline's rest (writtenRest), `rest` the same in lower case (lowerRest).
 */
function headlineTitle(input: Pick<MetaInput, 'headline'> & TitleFallbacks, kp: string, chooser: ReturnType<typeof createChooser>, written: string | undefined, rest: string | undefined): string | undefined {
  const max = config.titleMaxChars;
  // The keyphrase opens the title (Yoast's best score), without saying it twice.
  const opening = rest === undefined ? undefined : openingOnKeyphrase(rest, kp);
  if (opening !== undefined && chars(opening) <= max) return capitalise(opening);
  const bare = opening === undefined ? undefined : withoutOpeningArticle(opening, kp);
  if (bare !== undefined && fitsTitle(bare)) return bare;
  // "une baisse de 8 % en 2025, selon l’Ofpra": the keyphrase as the headline's source, at its end, opens the title instead.
  const told = rest === undefined ? undefined : withoutTrailingSource(rest, kp);
  if (told !== undefined && !fold(told).includes(fold(kp))) {
    const combined = fill(chooser, 'title.withHeadline', 'title', { kp, rest: withoutTrailingKeyphrase(told, kp) }).text;
    if (chars(combined) <= max) return combined;
    // "Froid : jusqu’à −12 °C attendus dans le Nord-Est cette semaine" is one character too long; without saying
    // when, it still says what happens, which a label ("Froid : le contexte climatique") does not.
    const timeless = withoutTrailingTime(told);
    if (timeless !== told) {
      const shorter = fill(chooser, 'title.withHeadline', 'title', { kp, rest: withoutTrailingKeyphrase(timeless, kp) }).text;
      if (chars(shorter) <= max) return shorter;
    }
  }
  // "l’ancien maire condamné à 30 mois de prison" → "Gérard Malvoisin condamné à 30 mois de prison".
  const named = rest === undefined ? undefined : namedTitle(rest, kp, input.roles ?? []);
  if (named !== undefined) return named;
  // "Le Parlement adopte la réforme de l’assurance chômage" → "Assurance chômage : le Parlement adopte la réforme".
  const complement = written === undefined ? undefined : rubricTitle(written, kp, chooser);
  if (complement !== undefined) return complement;
  // A headline too long for a title says what happened in a shorter form before a label does ("L’action de
  // Samsung Electronics était en baisse de 6,81 %", not "Samsung Electronics : le contexte des marchés financiers").
  const short = rest === undefined ? undefined : shortTitle(rest, kp, chooser);
  if (short !== undefined) return short;
  for (const form of written === undefined ? [] : shorterForms(written)) {
    const title = rubricTitle(form, kp, chooser);
    if (title !== undefined) return title;
  }
  return undefined;
}

/** The articles a headline without a verb may go without before its subject ("Une nécropole…" → "Nécropole…"). */
const OPENING_ARTICLE = /^(?:[Ll]’|(?:[Ll]es?|[Ll]a|[Uu]ne?|[Dd]es)\s)/u;

/**
 * "Une nécropole gauloise de 2 300 ans découverte près de Chartres" → "Nécropole gauloise de 2 300 ans découverte près
 * de Chartres": a headline whose predicate is a participle, without a finite verb, goes without the article of its
 * subject when the keyphrase follows it, as French headlines write it; one with a verb keeps it ("Le conseil
 * municipal a adopté…").
 */
function withoutOpeningArticle(text: string, kp: string): string | undefined {
  const article = OPENING_ARTICLE.exec(text)?.[0];
  if (article === undefined || !fold(text.slice(article.length)).startsWith(fold(kp)) || text.includes(':')) return undefined;
  const rest = text.slice(article.length);
  return holdsFiniteVerb(rest, { unlessNoun: true }) || !holdsParticiple(rest) ? undefined : capitalise(rest);
}

/** "l’", "le ", "la ", "les ": the article that opens a role, which the role's words are read without. */
const ROLE_ARTICLE = /^(?:[Ll]’|[Ll]es?\s|[Ll]a\s)/u;

/**
 * "l’ancien maire condamné à 30 mois de prison" → "Gérard Malvoisin condamné à 30 mois de prison": a headline that
 * names its subject by a role, as the source's apposition gives it to the keyphrase ("l’ancien maire de
 * Saint-Aubin-sur-Loire, Gérard Malvoisin,"), or by the start of that role, says the name in its place; the predicate
 * (a verb or a participle) is the headline's. Only when that role, so read, is the keyphrase's alone: two people whose
 * roles open alike ("le président…") would leave it unsaid which.
 */
function namedTitle(rest: string, kp: string, roles: readonly Entity[]): string | undefined {
  const bare = (role: string): string => fold(role.replace(ROLE_ARTICLE, ''));
  const own = roles.find((entity) => fold(entity.name) === fold(kp) && entity.role !== undefined);
  if (own === undefined) return undefined;
  // The headline's last part, after a rubric ("Justice : l’ancien maire…").
  const subject = rest.split(/\s:\s/u).at(-1)!;
  if (!ROLE_ARTICLE.test(subject)) return undefined;
  const words = subject.replace(ROLE_ARTICLE, '').split(/\s+/u);
  for (let i = words.length - 1; i >= 1; i--) {
    const said = fold(words.slice(0, i).join(' '));
    const predicate = words.slice(i).join(' ');
    // The role as the source writes it, or its start up to a word's end ("de Villeneuve" of "de Villeneuve-sur-Lot").
    const opens = (role: string): boolean => bare(role) === said || bare(role).startsWith(`${said} `) || bare(role).startsWith(`${said}-`);
    if (!opens(own.role!) || !opensOnVerb(predicate) || holdsFiniteVerb(words.slice(0, i).join(' '))) continue;
    if (roles.some((entity) => entity !== own && entity.role !== undefined && opens(entity.role))) return undefined;
    const title = `${kp} ${predicate}`;
    return fitsTitle(title) ? title : undefined;
  }
  return undefined;
}

/** A clause that says what happened after the keyphrase has at least this many words ("l’arrosage interdit"). */
const MIN_CLAUSE_WORDS = 2;

/**
 * "Le cyclone Halima frappe La Réunion, 41 000 foyers privés d’électricité" → "La Réunion : 41 000 foyers privés
 * d’électricité": when a clause of the headline holds the keyphrase, another one says what happened there, after
 * it, as a rubric's rest does ("Gard : des milliers de foyers privés d’électricité"). That clause holds a verb or a
 * participle, and names no one and no place, which would say it happened elsewhere ("…, Maurice épargnée").
 */
function clauseTitle(rest: string, kp: string, chooser: ReturnType<typeof createChooser>): string | undefined {
  const parts = clauses(rest);
  if (parts.length < 2 || !parts.some((part) => has(part, kp))) return undefined;
  for (const part of parts) {
    if (has(part, kp) || /\p{Lu}/u.test(part) || part.split(/\s+/u).length < MIN_CLAUSE_WORDS || !balancedMarks(part) || !(holdsFiniteVerb(part) || holdsParticiple(part))) continue;
    const title = fill(chooser, 'title.withHeadline', 'title', { kp, rest: part }).text;
    if (fitsTitle(title)) return title;
  }
  return undefined;
}

/**
 * Whether the keyphrase makes a title that says the news (newsTitle) with the source's words about it: one that the
 * headline holds, or that opens a sentence of the news; not one set before a headline that does not name it
 * ("Île Maurice : le cyclone Halima frappe La Réunion"). `opening`: only a title that opens on it as a sentence of
 * the news does ("Un séisme de magnitude 6,9 a frappé le sud du Pérou"), not one that sets it before a colon.
 */
export function saysNews(input: Pick<MetaInput, 'headline' | 'keyphrase' | 'inputHash' | 'seed'> & Pick<TitleFallbacks, 'leadForms' | 'roles' | 'acronymName'>, opening = false): boolean {
  const kp = input.keyphrase.text;
  const title = newsTitle(input, kp, titleChooser(input, kp), new Set(), true);
  if (title === undefined) return false;
  const prefixed = fold(title).startsWith(fold(kp)) && /^\s:/u.test(title.slice([...kp].length));
  return !prefixed || (!opening && input.headline !== undefined && has(input.headline, kp));
}

/**
 * The title opens with the keyphrase. Without a headline it is the H1 too: it takes none of the body's
 * `headings` ("Façade… : l’essentiel" would come twice when the conclusion's heading is the same).
 */
export function makeTitle(input: Pick<MetaInput, 'headline' | 'keyphrase' | 'inputHash' | 'seed'> & TitleFallbacks): string {
  const kp = input.keyphrase.text;
  // With a headline, nothing reads the chooser before newsTitle, which may go on from the headline's tries.
  const chooser = input.headline === undefined ? createChooser(input.inputHash, input.seed) : titleChooser(input, kp);
  const max = config.titleMaxChars;
  const taken = new Set((input.headings ?? []).map(fold));
  if (input.headline === undefined) {
    const lead = leadTitle(spelt(input), kp, taken, chooser);
    if (lead !== undefined) return lead;
    // No headline: the title is the H1 too, and a label that a subheading gives ("Le volet sanitaire")
    // would be said twice in a row; a generic one that no subheading says.
    const fits = (text: string): boolean => chars(text) <= max && !taken.has(fold(text)) && !taken.has(fold(text.replace(/^.*?\s:\s/u, '')));
    const generic = fill(chooser, 'title.generic', 'title', { kp }, fits).text;
    if (fits(generic)) return generic;
  }
  // With a headline, nothing has read the chooser yet: the title saysNews made for the keyphrase, if any, is this one.
  const news = newsTitle(input, kp, chooser, taken, input.headline !== undefined);
  if (news !== undefined) return news;
  const written = input.headline ? headlineRest(typeset(input.headline), kp) : undefined;
  const rest = written === undefined ? undefined : lowerRest(written);
  // A first heading that names no subject ("Les détails") would make a title that says nothing of the news.
  if (input.firstHeading && !isFallbackHeading(capitalise(input.firstHeading.replace(/^.*?\s:\s/u, '')))) {
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
  for (const form of shorterForms(rest)) {
    // The keyphrase opens the title (Yoast's best score); one that the form holds further on would come twice.
    // A form with a colon of its own would make a title of two.
    const opening = openingOnKeyphrase(form, kp);
    const title = opening !== undefined ? capitalise(opening) : has(form, kp) || form.includes(':') ? undefined : fill(chooser, 'title.withHeadline', 'title', { kp, rest: withoutTrailingKeyphrase(form, kp) }).text;
    if (title !== undefined && fitsTitle(title)) return title;
    const bare = opening === undefined ? undefined : withoutOpeningArticle(opening, kp);
    if (bare !== undefined && fitsTitle(bare)) return bare;
  }
  return undefined;
}

let complementEnd: RegExp | undefined;

/**
 * `text` without the keyphrase where it ends it as the complement of a noun, with its preposition and its article
 * ("Le Parlement adopte la réforme de l’assurance chômage" → "Le Parlement adopte la réforme"), or where it
 * completes the subject's noun (withoutSubjectComplement): the title says the keyphrase first, and the noun still
 * says of what. Not after a verb or an adjective ("capable de digérer le polystyrène", "a renoncé à la réforme"),
 * whose complement it would lose; not when the rest says the keyphrase again.
 */
function withoutKeyphraseComplement(text: string, kp: string): string | undefined {
  if (!complementEnd) {
    const { keyphraseComplements, complementArticles } = loadJson<{ readonly keyphraseComplements: readonly string[]; readonly complementArticles: readonly string[] }>('lexicon/headline.json');
    const link = `(?:(?:${keyphraseComplements.join('|')})\\s(?:(?:${complementArticles.join('|')})\\s|l’)?|d’(?:(?:${complementArticles.join('|')})\\s)?)`;
    complementEnd = new RegExp(`\\s${link}$`, 'iu');
    // An article, a noun (an adjective before or after it at most, and a complement without an article: "La phase principale
    // d’admission de "), and the preposition and article of its complement: "Les ventes de ", "La confiance dans le ".
    subjectHead = new RegExp(`^((?:[Ll]e|[Ll]a|[Ll]es|[Ll]’|[Uu]n|[Uu]ne|[Dd]es)\\s?(?:\\p{Ll}[\\p{Ll}-]*\\s)?\\p{Ll}[\\p{Ll}-]*(?:\\s\\p{Ll}[\\p{Ll}-]*)?(?:\\sd’\\p{Ll}[\\p{Ll}-]*|\\sde\\s\\p{Ll}[\\p{Ll}-]*)?)\\s${link}$`, 'u');
  }
  const trimmed = text.replace(/[\s.,;:!?]+$/u, '');
  if (!fold(trimmed).endsWith(fold(kp))) return withoutSubjectComplement(trimmed, kp);
  const written = trimmed.slice(0, trimmed.length - kp.length);
  // "trois usines du groupe Laitalis": a name after the class of company it is said of; the title says the name alone.
  const named = /^\p{Lu}/u.test(kp) ? /\s(\p{Ll}+)\s$/u.exec(written) : null;
  const before = named !== null && isOrganisationClass(named[1]!) ? written.slice(0, named.index + 1) : written;
  // A preposition right before it: the keyphrase is whole words ("de l’assurance chômage", not "de réassurance chômage").
  const link = complementEnd.exec(before);
  if (link === null || fold(trimmed.slice(written.length)) !== fold(kp)) return undefined;
  const head = before.slice(0, link.index).replace(/[\s,;:]+$/u, '');
  return head.split(/\s+/u).length >= 3 && !has(head, kp) && !head.includes(':') && balancedMarks(head) && endsNounPhrase(head) ? head : undefined;
}

let subjectHead: RegExp | undefined;

/**
 * `text` without the keyphrase where it completes the noun of the subject that opens it, right before the verb ("Les
 * ventes de voitures électriques ont progressé de 22 %" → "Les ventes ont progressé de 22 %"): after the keyphrase,
 * the noun still says what did. Not when an adjective follows the keyphrase ("les ventes de voitures électriques
 * neuves"), which would then say the wrong noun.
 */
function withoutSubjectComplement(text: string, kp: string): string | undefined {
  const at = fold(text).indexOf(fold(kp));
  if (at <= 0) return undefined;
  const head = subjectHead!.exec(text.slice(0, at))?.[1];
  const after = text.slice(at + kp.length);
  // fold keeps the places of the letters; not of a run of spaces it joins.
  if (fold(text.slice(at, at + kp.length)) !== fold(kp)) return undefined;
  if (head === undefined || !/^\s/u.test(after) || !opensOnVerb(after.trim()) || has(after, kp) || !endsNounPhrase(head)) return undefined;
  const rest = `${head}${after}`;
  return balancedMarks(rest) && !rest.includes(':') ? rest : undefined;
}

/**
 * "Assurance chômage : le Parlement adopte la réforme": `text` (a headline, or a shorter form of one, as written) when
 * it ends on the keyphrase as a noun's complement, after the keyphrase, within Yoast's width. Its first word keeps
 * its capital unless it is a determiner or a pronoun ("Lucas Berthier s’impose au sommet").
 */
function rubricTitle(text: string, kp: string, chooser: ReturnType<typeof createChooser>): string | undefined {
  const head = withoutKeyphraseComplement(text, kp);
  if (head === undefined) return undefined;
  const title = fill(chooser, 'title.withHeadline', 'title', { kp, rest: canLowerFirst(head) ? lowerFirst(head) : head }).text;
  return fitsTitle(title) ? title : undefined;
}

/** Cut at the last word that fits, and say so with an ellipsis. */
function cut(text: string, max: number): string {
  if (chars(text) <= max) return text;
  const words = text.split(' ');
  let out = '';
  // chars(out), kept as it grows: the words so far are not counted again for each word.
  let length = 0;
  for (const word of words) {
    const wordLength = chars(word);
    // chars(`${out} ${word}…`): out, a space, the word, the ellipsis.
    if (length + wordLength + 2 > max) break;
    length += (out ? 1 : 0) + wordLength;
    out = out ? `${out} ${word}` : word;
  }
  return `${out.replace(/[\s,;:.]+$/u, '')}…`;
}

/**
 * "18h30 – Le service est rétabli…": the time a live blog stamps on an entry. Inside the page it orders
 * the entries; in a search result it is an hour of no day, so the description goes without it.
 */
const LIVE_TIME = /^\d{1,2} ?h ?\d{2} +[–—-] +(?=\p{Lu})/u;

/**
 * After the keyphrase and its colon, the sentence's first word loses its capital unless it is a name: a word
 * that no determiner or pronoun is, and that a capitalised word follows ("Léa Marchand a remporté…") or that
 * the source writes with its capital inside a sentence ("…, selon Airbus").
 */
function opensOnName(sentence: string, texts: readonly string[]): boolean {
  if (canLowerFirst(sentence)) return false;
  const [first = '', second = ''] = sentence.split(/\s+/u);
  // "ARS", "SNCF": an acronym.
  if (/^\p{Lu}{2,}/u.test(first)) return true;
  if (!/^\p{Lu}\p{Ll}/u.test(first)) return false;
  if (/^\p{Lu}/u.test(second)) return true;
  const inside = new RegExp(`[\\p{L},;:]\\s${escapeRegExp(first.replace(/[,;:.]+$/u, ''))}(?![\\p{L}])`, 'u');
  return texts.some((text) => inside.test(text));
}

export function makeDescription(input: MetaInput): string {
  const { descriptionMinChars: min, descriptionMaxChars: max } = config;
  const chooser = createChooser(input.inputHash, input.seed);
  const kp = input.keyphrase.text;
  const texts = input.sentences.map((s) => s.text.replace(/[\u00A0\u202F]/g, ' ').replace(LIVE_TIME, ''));
  const start = texts.find((t) => has(t, kp)) ?? texts[0] ?? kp;
  const prefixed = (): string => fill(chooser, 'description.prefix', 'description', { kp, sentence: opensOnName(start, texts) ? start : lowerFirst(start) }).text;
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

/** The ordinals' superscript letters that the typography writes ("XVIIᵉ", "1ᵉʳ"), which slugify drops ("xvii"). */
const SUPERSCRIPTS: Readonly<Record<string, string>> = { 'ᵉ': 'e', 'ʳ': 'r', 'ˢ': 's' };

/**
 * Whether a slug holds the slug of a keyphrase at `at`, whole: a dot of the keyphrase ("12.10") stands for any
 * character, as it did in the patterns these searches replace (built for each title, they cost more to compile).
 */
function slugAt(slug: string, kp: string, at: number): boolean {
  if (at + kp.length > slug.length || (at + kp.length < slug.length && slug[at + kp.length] !== '-')) return false;
  for (let i = 0; i < kp.length; i++) if (kp[i] !== slug[at + i] && (kp[i] !== '.' || /[\n\r\u2028\u2029]/.test(slug[at + i]!))) return false;
  return true;
}

/** The length of the link words that open a slug ("la-", "de-la-") and the keyphrase right after them, the most link words first; undefined where none do. */
function linksThenKeyphrase(slug: string, kp: string): number | undefined {
  const starts: number[] = [];
  for (let at = 0, dash = slug.indexOf('-'); dash > at && SLUG_LINKS.has(slug.slice(at, dash)); at = dash + 1, dash = slug.indexOf('-', at)) starts.push(dash + 1);
  for (let i = starts.length - 1; i >= 0; i--) if (slugAt(slug, kp, starts[i]!)) return starts[i]! + kp.length;
  return undefined;
}

/** The slug without its first mention of the keyphrase, with a dash before it, or a letter and a dash ("d-openai"). */
function withoutKeyphrase(slug: string, kp: string): string {
  const letterDash = (at: number): boolean => at + 1 < slug.length && /[a-z]/.test(slug[at]!) && slug[at + 1] === '-';
  for (let at = 0; at < slug.length; at++) {
    // At the start: the keyphrase after a letter and a dash, or itself; then, at any dash, the same after it.
    const after = at === 0 ? [letterDash(0) ? 2 : -1, 0] : [];
    if (slug[at] === '-') after.push(letterDash(at + 1) ? at + 3 : -1, at + 1);
    const from = after.find((start) => start >= 0 && slugAt(slug, kp, start));
    if (from !== undefined) return slug.slice(0, at) + slug.slice(from + kp.length);
  }
  return slug;
}

/**
 * slugify, with d’OpenAI → d-openai, 3,5 → 3-5 and XVIIᵉ → xviie rather than dopenai, 35 and xvii; a version number keeps
 * its dot (ubuntu-12.10), so that a keyphrase such as "Ubuntu 12.10" is found in the slug as written.
 */
export function makeSlug(title: string, keyphrase: string): string {
  const DOT = 'xdotx';
  const clean = (text: string): string =>
    slugify(text.replace(/[’']/g, ' ').replace(/[ᵉʳˢ]/gu, (letter) => SUPERSCRIPTS[letter] ?? '').replace(/(\d),(\d)/g, '$1-$2').replace(/(\d)\.(?=\d)/g, `$1${DOT}`), { lower: true, strict: true, locale: 'fr' }).replaceAll(DOT, '.');
  const kp = clean(keyphrase);
  // The keyphrase leads; its place in the title goes, with an elided article before it ("d-openai"), or
  // with the articles that open the title before it ("la-bce-abaisse" → "bce-abaisse").
  const cleanTitle = clean(title);
  const opening = linksThenKeyphrase(cleanTitle, kp);
  const rest = (opening !== undefined ? cleanTitle.slice(opening) : withoutKeyphrase(cleanTitle, kp)).split('-').filter(Boolean);
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
