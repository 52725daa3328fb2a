/** keywords: the focus keyphrase and the secondary keywords, from the source's most salient phrases. */
import type { Keyphrase, Sentence } from '../types.js';
import { compareText, fold, lazyPattern, lowerCase, lowerFirst } from '../text.js';
import { CONTRACTED, determinerBefore, isLefffNoun, isLoweredStopword, isPlacePreposition, isStopword, joinTokens, namesIn, namesWithAdjectivesIn, opensOnCapital, opensOnLowerCase, opensOnSmallLetter, withArticle } from './entities.js';
import { describeNoun, withDeterminer as agreed } from '../writing/french/agreement.js';
import { adjectivesBeforeNoun } from '../writing/french/nouns.js';
import { finiteNumbers } from '../writing/french/verbs.js';
import { lefffGender } from '../writing/french/lefff.js';
import { loadJson } from '../data.js';
import { keptForArticle, remembered, rememberedForGood } from '../remember.js';

const INNER = new Set(['de', 'du', 'des', 'd’', 'la', 'le', 'l’', 'en', 'à', 'et']);
/** The rest of a phrase's key after its first words, when it is their complement (" de santé"). */
const COMPLEMENT = /^ (?:de|du|des|d’)(?: |$)/u;
const DETERMINERS = ['le', 'la', 'les', 'l’'] as const;

interface Candidate {
  text: string;
  /** Its text is the one read where it opened a sentence or the headline, whose capital says nothing ("Tempête Ophélie : …"). */
  opening?: boolean;
  readonly proper: boolean;
  count: number;
  first: number;
  /** The last text that holds it: 0 alone is the headline alone, when there is one. */
  last: number;
  determiners: Map<string, number>;
  /**
   * How many times each text says it, by the text's position, when it was found word for word: a name that the
   * noun phrases find again is one mention, not two (merge).
   */
  mentions?: Map<number, number>;
  /** Seen after "un" or "une": a noun phrase, whose definite article the lexicon gives. */
  indefinite?: boolean;
  /** Seen after "en" ("placées en alerte renforcée", "en redressement judiciaire"): a state the story puts something in. */
  state?: boolean;
  /** A noun phrase that a name ends ("fusée Ariane-7"): it weighs as a name does. */
  named?: boolean;
  /**
   * Its key (keyOf the words of its text), where the collector that found it had it already: merge looks the candidates
   * up by it. Left out where the text is not its words joined ("d’électricité"); a text written anew drops it.
   */
  key?: string;
  /** A common noun of one word: it says less than a phrase or a name, and weighs less. */
  single?: boolean;
  /** A name of one word that the lead and the body name but not as their subject: it weighs as a phrase of one word does. */
  cited?: boolean;
  /**
   * The name that ends a phrase of its class ("fabricant Lumen", "studio montpelliérain Onirika") when the text names
   * it alone too: a reader searches for the name, and the keyphrase says it alone.
   */
  nameAlone?: string;
}

/** A name the text says alone this many times is searched for alone. */
const NAME_ALONE_MENTIONS = 2;

let organisationClasses: ReadonlySet<string> | undefined;
/** "fabricant", "studio": a noun that classes a company before its name (lexicon/roles.json organisationClasses). */
export const isOrganisationClass = (word: string): boolean =>
  (organisationClasses ??= new Set(loadJson<{ readonly organisationClasses: readonly string[] }>('lexicon/roles.json').organisationClasses)).has(lowerCase(word));

function tokenise(sentence: string): string[] {
  return sentence.match(/[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ\d][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ\d.-]*[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ\d]’?|[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ\d]’?|[^\sA-Za-zÀ-ÖØ-öø-ÿĀ-ſ\d]/gu) ?? [];
}

/**
 * A text's tokens and their keys, kept for the article (remember.ts): the ranking, the headline's rubric, the
 * headings' phrases and the meta keywords (readsWhole) read the same sentences.
 */
const tokensOf = remembered((text: string): readonly string[] => tokenise(text));
const keysOf = remembered((text: string): readonly string[] => tokensOf(text).map(wordKey));

let timeWords: ReadonlySet<string> | undefined;

/**
 * "lundi", "mars", "matin", "siècle" ("une épave du XVIIe siècle"): words that date a fact, never part of what the article
 * is about. `lower`: the word in lower case (lowerCase).
 */
const isLoweredTimeWord = (lower: string): boolean => {
  if (!timeWords) {
    const { months, weekdays } = loadJson<{ months: readonly string[]; weekdays: readonly string[] }>('lexicon/dates.json');
    timeWords = new Set([...months, ...weekdays, 'matin', 'soir', 'midi', 'hier', 'demain', 'nuit', 'semaine', 'année', 'mois', 'siècle', 'siècles']);
  }
  return timeWords.has(lower);
};

let nationalities: ReadonlySet<string> | undefined;
/** "suédois", "brésilienne": an adjective of nationality (lexicon/nationalities.json). */
export const isNationality = (word: string): boolean =>
  (nationalities ??= new Set(loadJson<{ readonly nationalities: readonly string[] }>('lexicon/nationalities.json').nationalities)).has(lowerCase(word));

let numerals: ReadonlySet<string> | undefined;

/** "12", "7 000" (its last group), "sept": a figure, whose next word is its unit. */
const isNumeral = (token: string): boolean =>
  /^\d[\d.,]*$/u.test(token) || (numerals ??= new Set(loadJson<{ units: readonly string[] }>('lexicon/numbers.json').units)).has(token);

/** Whether a token may be a common word by its letters: a small letter first, three letters or more, no elision. */
const opensAsCommon = (token: string): boolean => opensOnSmallLetter(token) && !token.endsWith('’') && token.length >= 3;

/** A word in lower case (lowerCase) that is neither a stopword nor a word of time: lowered once for both look-ups. */
const isCommonLowered = (lower: string): boolean => !isLoweredStopword(lower) && !isLoweredTimeWord(lower);

const isCommon = (token: string): boolean => opensAsCommon(token) && isCommonLowered(lowerCase(token));

const wordKeys = new Map<string, string>();
/** Past this many words the keys start again: a batch of thousands of sources keeps a bounded map. */
const MAX_WORD_KEYS = 50_000;
/** A word's plural-insensitive key: "puces" and "puce" count as one. */
const wordKey = (w: string): string => {
  if (wordKeys.size >= MAX_WORD_KEYS) wordKeys.clear();
  let key = wordKeys.get(w);
  if (key === undefined) wordKeys.set(w, (key = fold(w).replace(/(?<=[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]{3})[sx]$/u, '')));
  return key;
};
/** A phrase's key: its words' keys. */
const keyOf = (words: readonly string[]): string => words.map(wordKey).join(' ');

/** A long source is read for its salient phrases in its first sentences: that is where a news text puts them. */
export const SALIENCE_WINDOW = 300;


/** The definite article that a word before a phrase says: "la" itself, "du" "le". A map: one look-up per start. */
const DEFINITE: ReadonlyMap<string, string> = new Map([...DETERMINERS.map((d) => [d, d] as const), ...Object.entries(CONTRACTED)]);

let wantingComplement: ReadonlySet<string> | undefined;
/** "bactérie capable (de digérer…)": a phrase that ends on an adjective wanting its complement is cut short (lexicon/french.json). */
const endsWantingComplement = (text: string): boolean =>
  (wantingComplement ??= new Set(loadJson<{ readonly adjectivesWithComplement: readonly string[] }>('lexicon/french.json').adjectivesWithComplement)).has(text.slice(text.lastIndexOf(' ') + 1).toLowerCase());

/**
 * The dictionary or the Lefff knows the word as a noun. Kept from one article to the next (remember.ts): the
 * lexicon's answer never changes, and describeNoun cleans each phrase it is asked for before its own look-up.
 */
const isKnownNoun = rememberedForGood((word: string): boolean => {
  const from = describeNoun(word).from;
  return from === 'lefff' || from === 'dictionary';
});

/**
 * "achèvent", "augmenteront": a verb conjugated in the plural that is no noun ("offre", "porte" are both). In the
 * singular, a verb's form is often an adjective's too ("orange", "calme").
 */
const isVerbForm = (word: string): boolean => finiteNumbers(word).includes('P') && !isLefffNoun(word);

/** "remporte", "rappelle", "reprend": a finite verb form, in either number, that the Lefff knows as no noun. */
const isVerbNotNoun = (word: string): boolean => finiteNumbers(word).length > 0 && !isLefffNoun(word);

const isName = (token: string): boolean => opensOnCapital(token) && !token.endsWith('’') && !isStopword(token);

/** One text's tokens as collectNounPhrases reads them, each judged once (each is looked at from up to seven starts). */
interface PhraseWords {
  readonly tokens: readonly string[];
  /** The tokens' keys (keysOf), which the meta keywords and the headings read too: one look-up of each word for all. */
  readonly keys: readonly string[];
  readonly common: readonly boolean[];
  readonly content: readonly boolean[];
  /** Each token in lower case, for the small words compared (no pattern needed: none of them has a letter that another case folds to). */
  readonly lower: readonly string[];
  /** Whether the lexicon knows a token as a noun, and whether it is a verb's form, asked once per token when needed. */
  readonly knownNoun: (boolean | undefined)[];
  readonly verb: (boolean | undefined)[];
  readonly nameVerb: (boolean | undefined)[];
  /** The text's position among the texts read. */
  readonly position: number;
}

function phraseWordsOf(tokens: readonly string[], keys: readonly string[], position: number): PhraseWords {
  const lower = tokens.map(lowerCase);
  // isCommon, each token lowered once.
  const common = tokens.map((token, i) => opensAsCommon(token) && isCommonLowered(lower[i]!));
  return { tokens, keys, common, content: tokens.map((token, i) => common[i]! || isName(token)), lower, knownNoun: [], verb: [], nameVerb: [], position };
}

/**
 * Counts in `candidates` the noun phrases of the text that open at `start`. A function of its own, not the body of
 * collectNounPhrases's loop: V8 optimises a function this size many times faster, and optimises it again when a
 * text of a new kind comes (the loop's function was optimised three times in a batch worker's first hundred articles).
 */
function countPhrasesFrom(text: PhraseWords, start: number, candidates: Map<string, Candidate>): void {
  const { tokens, keys, common, content, lower, knownNoun, verb, nameVerb, position } = text;
  const first = tokens[start]!;
  if (!common[start] && !(start > 0 && content[start])) return;
  // "vaste étude", "ancien directeur": the adjective says nothing of the subject; the noun's own phrase may.
  if (common[start] && adjectivesBeforeNoun().has(lower[start]!)) return;
  const previous = lower[start - 1];
  // "(sept) ans de travaux", "(700) hectares de garrigue": the unit of a figure is a measure, not a subject.
  if (common[start] && previous !== undefined && isNumeral(previous)) return;
  let contentWords = 1;
  let anyCommon = common[start]!;
  let firstCommon = anyCommon ? start : -1;
  // What the word before says of every phrase from this start: read once for all of them.
  const definite = previous === undefined ? undefined : DEFINITE.get(previous);
  // "une nouvelle espèce de grenouille": an adjective that stands before its noun may come between them.
  const indefinite = previous === 'un' || previous === 'une' || (previous !== undefined && adjectivesBeforeNoun().has(previous) && /^une?$/u.test(lower[start - 2] ?? ''));
  const state = previous === 'en';
  // keyOf(tokens.slice(start, end + 1)), one word longer at each step.
  let key = keys[start]!;
  for (let end = start + 1; end < Math.min(tokens.length, start + 7); end++) {
    const token = tokens[end]!;
    if (!content[end] && !INNER.has(lower[end]!)) break;
    // "(les vendanges) s’achèvent en Bourgogne", "(les péages) augmenteront": a noun phrase holds no conjugated verb.
    if (common[end] && (verb[end] ??= isVerbForm(token))) break;
    // An article joins a phrase only after "de" or "à" ("ministère de la Culture"): "frappé le Gard" is a verb and
    // its object, "inondées et des routes" two phrases.
    if ((lower[end] === 'le' || lower[end] === 'la' || lower[end] === 'l’') && lower[end - 1] !== 'de' && lower[end - 1] !== 'à') break;
    if (lower[end] === 'et' && /^(?:le|la|les|l’|des|un|une)$/iu.test(tokens[end + 1] ?? '')) break;
    key = `${key} ${keys[end]!}`;
    if (!content[end]) continue;
    contentWords++;
    anyCommon ||= common[end]!;
    if (firstCommon < 0 && common[end]) firstCommon = end;
    if (contentWords > 4) break;
    if (!anyCommon) continue;
    // "Chili reçoit", "relais jamaïcain offre": the first common word must be a noun the lexicon knows.
    if (!(knownNoun[firstCommon] ??= isKnownNoun(tokens[firstCommon]!)) || (verb[firstCommon] ??= isVerbForm(tokens[firstCommon]!))) break;
    // "Seine-Maritime remporte", "la FDJ rappelle": after a name, a form of a verb that the Lefff knows as no noun is
    // the name's verb, in the singular too (after a common noun, such a form may be an adjective: "vigilance orange").
    if (!common[start] && (nameVerb[firstCommon] ??= isVerbNotNoun(lower[firstCommon]!))) break;
    let candidate = candidates.get(key);
    if (!candidate) {
      const text = joinTokens(tokens.slice(start, end + 1));
      candidates.set(key, (candidate = { text, ...(!text.includes('’') && { key }), proper: isName(first), count: 0, first: position, last: position, determiners: new Map(), mentions: new Map(), ...(start === 0 && { opening: true }) }));
    } else if (candidate.opening && start > 0) {
      // "la tempête Ophélie" inside a sentence says how the phrase is written: not "Tempête Ophélie", as the headline opens on it.
      candidate.text = joinTokens(tokens.slice(start, end + 1));
      candidate.key = candidate.text.includes('’') ? undefined : key;
      candidate.opening = false;
    }
    candidate.count += 1;
    candidate.mentions!.set(position, (candidate.mentions!.get(position) ?? 0) + 1);
    candidate.last = position;
    if (definite) candidate.determiners.set(definite, (candidate.determiners.get(definite) ?? 0) + 1);
    if (indefinite) candidate.indefinite = true;
    if (state) candidate.state = true;
  }
}

/**
 * Noun phrases: two to four content words joined by de, du, la…, with at least one common noun
 * ("pénurie de puces", "boson de Higgs", "Musée des beaux-arts de Montréal").
 */
function collectNounPhrases(tokenised: readonly (readonly string[])[], keyed: readonly (readonly string[])[]): Candidate[] {
  const candidates = new Map<string, Candidate>();
  tokenised.forEach((tokens, position) => {
    const text = phraseWordsOf(tokens, keyed[position]!, position);
    for (let start = 0; start < tokens.length; start++) countPhrasesFrom(text, start, candidates);
  });
  // "relais jamaïcain offre" is no better than "relais jamaïcain" when it is not more frequent: keep the shorter.
  // Not where the longer goes on with a complement ("agence régionale de santé"): that is the name of the thing.
  const endsWithCommon = (c: Candidate): boolean => /(?:^|\s)[a-zß-öø-ÿāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżž][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ-]*$/u.test(c.text);
  // The shorter phrases of a key are its first words: looked up, not searched for among all candidates.
  const hasShorter = (key: string, c: Candidate): boolean => {
    for (let space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) {
      const shorter = candidates.get(key.slice(0, space));
      if (shorter && shorter.count >= c.count && !COMPLEMENT.test(key.slice(space))) return true;
    }
    return false;
  };
  return [...candidates].filter(([key, c]) => !(endsWithCommon(c) && hasShorter(key, c))).map(([, c]) => c);
}

/**
 * Whether a name of one word is a word of a longer name that the text writes in sentence case, with its lower-case
 * adjectives ("Santé publique France", "la Banque centrale européenne"); not of a place's or a venue's name, which
 * opens on a common noun ("le stade Ernest-Wallon": the keyphrase names what a text is about, not where).
 * `namesWithAdjectives`: the text's names, found with their adjectives.
 */
function inSentenceCaseName(name: string, namesWithAdjectives: readonly string[]): boolean {
  return namesWithAdjectives.some((longer) => {
    const words = longer.split(' ');
    return words.length > 1 && words.includes(name) && /^\p{Lu}/u.test(longer) && words.some((w) => /^\p{Ll}/u.test(w) && !/^(?:de|du|des|la|le|les|d’|l’|et)$/u.test(w));
  });
}

/** Whether the text opens on the name, after its article at most ("Le Conseil constitutionnel a…"). */
const opensText = (name: string, text: string): boolean => {
  const rest = text.replace(/^(?:(?:le|la|les)\s+|l[’'])/iu, '');
  return rest.startsWith(name) && !/^[\p{L}\d]/u.test(rest.slice(name.length));
};

/** Most words of a name in sentence case that is a candidate itself: past them it is a phrase around a name. */
const SENTENCE_CASE_WORDS = 3;

/**
 * Whether `longer` is a name in sentence case that `name` opens, its other words adjectives in lower case, none a
 * small word, the first no noun ("Conseil constitutionnel"; not "Santé publique France", whose words are names of
 * the text already, "Cour de cassation", nor "Union africaine", a noun phrase found as such).
 */
function opensSentenceCaseName(name: string, longer: string): boolean {
  const words = longer.split(' ');
  // A noun after the name makes it a noun phrase, which collectNounPhrases counts already ("l’Union africaine").
  return words.length > 1 && words.length <= SENTENCE_CASE_WORDS && words[0] === name && words.slice(1).every((w) => /^\p{Ll}[\p{Ll}-]+$/u.test(w) && !isStopword(w) && !INNER.has(w)) && !isKnownNoun(words[1]!);
}

/**
 * Names: the source's capitalised runs of two words or more; a mention of one of their words alone counts half.
 * `singles` gets the mentions of names of one word.
 */
function collectNames(texts: readonly string[], singles: Map<string, number>): Candidate[] {
  const names = new Map<string, Candidate>();
  const count = (entity: string, words: readonly string[], position: number, text: string): void => {
    const key = keyOf(words);
    const candidate = names.get(key) ?? { text: entity, key, proper: true, count: 0, first: position, last: position, determiners: new Map(), mentions: new Map(), opening: true };
    // Capitalised only where it opens its text ("Tempête Ophélie : …"), its first word may be a common noun.
    candidate.opening &&= /^\P{L}*$/u.test(text.slice(0, text.indexOf(entity)));
    candidate.count += 1;
    candidate.mentions!.set(position, (candidate.mentions!.get(position) ?? 0) + 1);
    candidate.last = position;
    names.set(key, candidate);
  };
  texts.forEach((text, position) => {
    // The text's names with their adjectives, found once for all its names of one word (and only if it has one).
    let withAdjectives: readonly string[] | undefined;
    for (const entity of namesIn(text)) {
      if (/^\d/.test(entity)) continue;
      const words = entity.split(' ');
      if (words.length === 1) {
        // "Santé publique France", "la France métropolitaine": a word of a name written in sentence case is not
        // cited alone; counted, "France" became the keyphrase of a story on the flu ("Questions fréquentes sur France").
        // The longer name it opens is a name of the text where the sentence opens on it, its subject ("Le Conseil
        // constitutionnel a censuré…"); not where it says where or of what ("en France métropolitaine", "le budget
        // de la Sécurité sociale", "un chef d’État brésilien").
        if (inSentenceCaseName(entity, (withAdjectives ??= namesWithAdjectivesIn(text)))) {
          for (const longer of withAdjectives) if (opensSentenceCaseName(entity, longer) && opensText(longer, text)) count(longer, longer.split(' '), position, text);
          continue;
        }
        singles.set(entity, (singles.get(entity) ?? 0) + 1);
        continue;
      }
      if (words.filter((w) => /^[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ]/u.test(w)).length > 4) continue;
      count(entity, words, position, text);
    }
  });
  for (const candidate of names.values()) {
    for (const word of candidate.text.split(' ')) candidate.count += 0.5 * (singles.get(word) ?? 0);
    // "la Tapisserie de Bayeux", "la Tour Eiffel": a name can have its determiner too.
    const determiner = determinerBefore(candidate.text, texts);
    if (determiner) candidate.determiners.set(determiner, 1);
  }
  return [...names.values()];
}

let prepositions: ReadonlySet<string> | undefined;
/** Words after which a name is a place or a complement, not what a sentence speaks of ("cour d’appel de Lyon"). */
const isPreposition = (word: string): boolean =>
  (prepositions ??= new Set(loadJson<{ readonly prepositions: readonly string[] }>('lexicon/french.json').prepositions)).has(word);

let genericAdjectives: ReadonlySet<string> | undefined;
/** "phase principale", "dernier trimestre": a noun and an adjective that only ranks or dates it (lexicon/french.json). */
const isGenericPhrase = (text: string): boolean => {
  const words = text.split(' ');
  genericAdjectives ??= new Set(loadJson<{ readonly genericAdjectives: readonly string[] }>('lexicon/french.json').genericAdjectives);
  return words.length === 2 && words.some((w) => genericAdjectives!.has(w.toLowerCase()));
};

let periodNouns: ReadonlySet<string> | undefined;
/** "trimestre", "semaine", "saison": a noun of a length of time (lexicon/dates.json periodNouns). */
const isPeriodNoun = (word: string): boolean => (periodNouns ??= new Set(loadJson<{ readonly periodNouns: readonly string[] }>('lexicon/dates.json').periodNouns)).has(lowerCase(word));

/** Mentions of a name that the lead and the body both hold, never as a place, below which it is not what the text is about. */
const NAMED_MENTIONS = 2;

/** Words before a name that make it the complement of a noun ("l’usine d’Amiens", "la vallée du Rhône") or an acronym in brackets ("(PIB)"). */
const COMPLEMENT_OF_NOUN: ReadonlySet<string> = new Set(['de', 'du', 'des', 'd’', '(']);

/** Words before a name among which "selon" makes it the source of what the sentence says. */
const SOURCE_SPAN = 8;

/** Mentions of a subject below which it is not what the text is about. */
const SUBJECT_MENTIONS = 3;

/**
 * "Airbus a livré 766 avions…", "Une bactérie capable de digérer le polystyrène": a name of one word that
 * the lead holds and the text cites as its subject (not after a preposition, twice at least), or a common
 * noun of the headline that the lead and the text keep using, can be what the article is about. `lead` are
 * the positions of the headline and of the lead's sentences among `texts`; `nounLead` those where such a noun may
 * be, with the lede under bullets (a name the lede gives is often only the source of the bullets' figures: "l’Insee"). `keyed`: the keys of `tokenised` (keysOf).
 */
function collectSubjects(texts: readonly string[], tokenised: readonly (readonly string[])[], keyed: readonly (readonly string[])[], lead: ReadonlySet<number>, singles: ReadonlyMap<string, number>, title?: string, nounLead: ReadonlySet<number> = lead, ledePosition?: number): Candidate[] {
  const found: Candidate[] = [];
  // The words that may be subjects: names cited often enough, and the headline's nouns (by their key).
  const names = [...singles].filter(([name, count]) => count >= NAMED_MENTIONS && !isNationality(name));
  // Not a word of time ("au troisième trimestre"): it says when the news happened, not what it is about.
  const nouns = title === undefined ? [] : [...new Set(tokenise(title).filter((token) => isCommon(token) && !adjectivesBeforeNoun().has(token) && isKnownNoun(token) && !isPeriodNoun(token)))];
  if (names.length === 0 && nouns.length === 0) return found;
  // Where each of them is, in reading order, found in one pass: a name as its token ("Airbus", "Airbus’"),
  // a noun by its plural-insensitive key among the words in lower case.
  const byName = new Map<string, [number, number][]>(names.map(([name]) => [name, []]));
  const byKey = new Map<string, [number, number][]>(nouns.map((noun) => [wordKey(noun), []]));
  tokenised.forEach((tokens, position) =>
    tokens.forEach((token, i) => {
      byName.get(token.endsWith('’') ? token.slice(0, -1) : token)?.push([position, i]);
      if (byKey.size > 0 && opensOnLowerCase(token)) byKey.get(keyed[position]![i]!)?.push([position, i]);
    }),
  );
  // The mentions at those places, with the token before each and the word before its article ("selon l’Insee").
  // Whether "selon" comes shortly before: the name is where a figure comes from ("selon le service régional de Météo-France").
  const mentions = (places: readonly [number, number][]): { position: number; previous: string; governor: string; source: boolean }[] =>
    places.map(([position, i]) => {
      const tokens = tokenised[position]!;
      const previous = (tokens[i - 1] ?? '').toLowerCase();
      let source = false;
      for (let j = i - 1; j >= Math.max(0, i - SOURCE_SPAN) && !source; j--) source = lowerCase(tokens[j]!) === 'selon';
      return { position, previous, governor: DETERMINERS.includes(previous as (typeof DETERMINERS)[number]) ? (tokens[i - 2] ?? '').toLowerCase() : previous, source };
    });
  for (const [name, count] of names) {
    const seen = mentions(byName.get(name)!);
    // The subject of the lead ("Airbus a livré…", not "selon l’Insee"), and twice in the text itself: the
    // headline's "Soudan : …" says where, and so does "au Soudan".
    const subject = seen.filter((m) => !isPreposition(m.governor));
    const inText = (m: { position: number }): boolean => m.position > 0 || title === undefined;
    const asSubject = count >= SUBJECT_MENTIONS && subject.some((m) => lead.has(m.position)) && subject.filter(inText).length >= 2;
    // "945 300 candidats … sur Parcoursup … La phase principale d’admission de Parcoursup s’est achevée": a name of
    // the lead that the body names again is more specific than a phrase around it, unless it says where ("en Chine",
    // "à Vierzon"), takes an article as a country, a sea or an institution does ("la Grèce", "la Manche", "l’Insee"),
    // or is the source of what the text reports ("selon le service régional de Météo-France"); and once at least, it
    // is no complement of a noun ("l’usine d’Amiens", "au large de Wimereux").
    const named =
      seen.filter(inText).length >= NAMED_MENTIONS &&
      seen.some((m) => lead.has(m.position)) &&
      seen.some((m) => !lead.has(m.position)) &&
      !seen.some((m) => isPlacePreposition(m.governor) || m.governor !== m.previous || m.source) &&
      seen.some((m) => !COMPLEMENT_OF_NOUN.has(m.governor));
    if (!asSubject && !named) continue;
    const determiner = determinerBefore(name, texts);
    found.push({ text: name, proper: true, count, first: seen[0]!.position, last: seen[seen.length - 1]!.position, determiners: new Map(determiner ? [[determiner, 1]] : []), ...(!asSubject && { cited: true }) });
  }
  for (const word of nouns) {
    const key = wordKey(word);
    // "49 vagues (de chaleur)": the unit of a figure is no subject.
    const seen = mentions(byKey.get(key)!).filter((m) => m.position > 0 && !isNumeral(m.previous));
    if (seen.length < SUBJECT_MENTIONS || !seen.some((m) => nounLead.has(m.position))) continue;
    const { determiners, indefinite } = articlesOf(seen.map((m) => m.previous));
    // A noun is seen with an article at least once; a verb or an adjective of the headline is not.
    if (determiners.size === 0 && !indefinite) continue;
    const text = tokenised[seen[0]!.position]!.find((token) => wordKey(token) === key)!;
    // "L’inflation ralentit…" over "L’inflation a de nouveau ralenti…": the subject of both the headline and the lede
    // is what the text is about, and weighs as a phrase does, not as a common noun alone.
    const told = ledePosition !== undefined && !isOrganisationClass(word) && opensOnNoun(key, tokenised[0]!) && opensOnNoun(key, tokenised[ledePosition]!);
    found.push({ text, proper: false, count: seen.length, first: seen[0]!.position, last: seen[seen.length - 1]!.position, determiners, ...(indefinite && { indefinite }), ...(!told && { single: true }) });
  }
  return found;
}

/** Whether the sentence's first word, after its definite article at most, is the noun of this key ("L’inflation ralentit…"). */
function opensOnNoun(key: string, tokens: readonly string[]): boolean {
  const at = DETERMINERS.includes(tokens[0]?.toLowerCase() as (typeof DETERMINERS)[number]) ? 1 : 0;
  return tokens[at] !== undefined && wordKey(tokens[at]!.toLowerCase()) === key;
}

/** The same phrase found as a name and as a noun phrase ("Tour Eiffel", "la tour Eiffel") is one candidate: the candidates by their keys. */
function merge(candidates: readonly Candidate[]): Map<string, Candidate> {
  const byKey = new Map<string, Candidate>();
  for (const c of candidates) {
    const key = c.key ?? keyOf(c.text.split(' '));
    const seen = byKey.get(key);
    // The candidates are this function's own: the first of a key is kept as it is.
    if (!seen) byKey.set(key, c);
    else {
      // The more frequent spelling wins ("le boson de Higgs" over the headline's "Boson de Higgs"), and one read inside
      // a sentence over the same words whose capital only opened the headline ("la tempête Ophélie", "Tempête Ophélie : …").
      const frequent = c.count > seen.count ? c : seen;
      const other = frequent === c ? seen : c;
      const winner = frequent.opening && !other.opening && other.text.charAt(0) !== frequent.text.charAt(0) && other.text === lowerFirst(frequent.text) ? other : frequent;
      // "l’Institut français de la mode", found as a name and as a noun phrase, is one mention: what both found in
      // one text is counted once (counted twice, a name said once late in the text became the keyphrase).
      let overlap = 0;
      const mentions = seen.mentions && c.mentions ? new Map(seen.mentions) : undefined;
      if (mentions) {
        for (const [position, n] of c.mentions!) {
          overlap += Math.min(n, mentions.get(position) ?? 0);
          mentions.set(position, Math.max(n, mentions.get(position) ?? 0));
        }
      }
      byKey.set(key, {
        text: winner.text,
        proper: winner.proper,
        count: seen.count + c.count - overlap,
        ...(mentions && { mentions }),
        first: Math.min(seen.first, c.first),
        last: Math.max(seen.last, c.last),
        determiners: new Map([...seen.determiners, ...c.determiners]),
        ...((seen.named || c.named) && { named: true }),
        ...((seen.state || c.state) && { state: true }),
        ...(seen.opening && c.opening && { opening: true }),
        ...(winner.nameAlone !== undefined && { nameAlone: winner.nameAlone }),
      });
    }
  }
  return byKey;
}

/** A phrase of the headline is what the article is about: it weighs this many mentions more. */
const HEADLINE_WEIGHT = 2;

/**
 * Every word of the phrase is in the headline, in any order: "Ubuntu 12.10" is in "Sortie d’une
 * nouvelle version 12.10 d’Ubuntu", "relais jamaïcain" in "le relais jamaïcain offre…".
 */
export function inHeadline(phrase: string, headline: string): boolean {
  return inHeadlineWords(phrase, headlineWords(headline));
}

/** The headline's words as inHeadline compares them: worked out once when many phrases are weighed. */
const headlineWords = (headline: string): ReadonlySet<string> => new Set(fold(headline).split(/[^a-z0-9.]+/u).filter(Boolean));

/** A word of a phrase folded and cut as inHeadline compares it, kept for the article: thousands of candidate phrases share their words. */
const headlinePiecesOf = remembered((word: string): readonly string[] => fold(word).split(/[^a-z0-9.]+/u));

function inHeadlineWords(phrase: string, words: ReadonlySet<string>): boolean {
  // Folded word by word, as the whole phrase would be (a space parts pieces either way): the hundreds of
  // phrases of a source share their words.
  let content = 0;
  for (const word of phrase.split(' ')) {
    for (const w of headlinePiecesOf(word)) {
      if (w.length <= 2 && !/\d/.test(w)) continue;
      if (!words.has(w) && !words.has(w.replace(/[sx]$/u, ''))) return false;
      content++;
    }
  }
  return content > 0;
}

/** Mentions of each noun of a story's phrase, below which the phrase does not say the story. */
const STORY_MENTIONS = 3;

/**
 * "une motion de censure … La motion n’a recueilli que 271 voix … refusé de voter la censure": a noun and its
 * complement that the headline (the lede, without one) says the story in, each of whose nouns the text repeats,
 * is named by its nouns alone too, each such mention counting half, as a name's words do (collectNames). A person
 * the story cites three times ("Claire Vasseur") no longer outweighs what happened to her government. `at` are
 * the positions of the headline or the lede among `tokenised`, whose keys `keyed` holds.
 */
function countStoryWords(candidates: readonly Candidate[], tokenised: readonly (readonly string[])[], keyed: readonly (readonly string[])[], at: ReadonlySet<number>, title: string | undefined): void {
  // Each noun's mentions in lower case, by its plural-insensitive key.
  let mentions: Map<string, number> | undefined;
  for (const c of candidates) {
    const words = c.text.split(' ');
    // A noun, "de" and a noun: "motion de censure", "prix des carburants" (not "groupe américain", "volumes en hausse").
    if (c.proper || c.named || !eligible(c, title) || words.length !== 3 || !/^(?:de|du|des|d’)$/u.test(words[1]!)) continue;
    const nouns = [words[0]!, words[2]!];
    if (!nouns.every((w) => isCommon(w) && isKnownNoun(w)) || ![...at].some((position) => inPhrase(words, tokenised[position]!))) continue;
    if (!mentions) {
      mentions = new Map();
      tokenised.forEach((tokens, position) =>
        tokens.forEach((token, i) => {
          if (opensOnLowerCase(token)) mentions!.set(keyed[position]![i]!, (mentions!.get(keyed[position]![i]!) ?? 0) + 1);
        }),
      );
    }
    const counts = nouns.map((w) => mentions!.get(wordKey(w)) ?? 0);
    if (counts.some((n) => n < STORY_MENTIONS)) continue;
    c.count += counts.reduce((sum, n) => sum + 0.5 * Math.max(0, n - c.count), 0);
  }
}

/** Articles that say a class noun speaks of a thing already named ("le groupe", "du groupe"): lower case, as tokenised. */
const CLASS_ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'l’', 'du', 'au']);
/** Most words between a class's article and the name it introduces ("le groupe de luxe français Maison Verlaine"). */
const CLASS_SPAN = 5;

/**
 * "Le groupe de luxe Maison Verlaine … Le groupe explique … la présidente du groupe": a name of two words or more
 * that a common noun introduces as its class, right before it, is named by that noun alone too ("le groupe", "le
 * titre"), each such mention counting half, as a name of one word after its class is (collect). The class's phrase
 * ("groupe de luxe") then weighs less than the name it introduces.
 */
function countClassMentions(names: readonly Candidate[], tokenised: readonly (readonly string[])[]): void {
  const byFirst = new Map<string, { readonly candidate: Candidate; readonly words: readonly string[] }[]>();
  for (const candidate of names) {
    const words = tokenise(candidate.text);
    // "le vaccin Dengvaxia de Sanofi Pasteur": a name joined to another by "de" is two things, not one the noun classes.
    if (words.length < 2 || words.some((w) => INNER.has(lowerCase(w)))) continue;
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ candidate, words });
    byFirst.set(words[0]!, list);
  }
  const heads = new Map<Candidate, Set<string>>();
  // Where a class noun introduces a name: not counted again as a mention of the noun alone.
  const introducing = new Set<string>();
  tokenised.forEach((tokens, position) =>
    tokens.forEach((token, i) => {
      for (const { candidate, words } of byFirst.get(token) ?? []) {
        if (!words.every((w, k) => tokens[i + k] === w)) continue;
        // Back over the class's words to its article: content words and the small words of a phrase, an adjective of nationality allowed.
        for (let j = i - 1; j >= Math.max(0, i - CLASS_SPAN); j--) {
          const lower = lowerCase(tokens[j]!);
          if (CLASS_ARTICLES.has(lower) || lower === 'les') {
            const head = tokens[j + 1]!;
            if (j + 1 < i && lower !== 'les' && isCommon(head) && isKnownNoun(head)) {
              (heads.get(candidate) ?? heads.set(candidate, new Set()).get(candidate)!).add(head);
              introducing.add(`${position}:${j + 1}`);
            }
            break;
          }
          if (!isCommon(tokens[j]!) && !INNER.has(lower)) break;
        }
      }
    }),
  );
  for (const [candidate, nouns] of heads) {
    let alone = 0;
    tokenised.forEach((tokens, position) =>
      tokens.forEach((token, i) => {
        if (nouns.has(token) && i > 0 && CLASS_ARTICLES.has(tokens[i - 1]!.toLowerCase()) && !introducing.has(`${position}:${i}`)) alone++;
      }),
    );
    candidate.count += 0.5 * alone;
  }
}

/** Whether the phrase's words follow one another among `tokens` (by their keys). */
function inPhrase(words: readonly string[], tokens: readonly string[]): boolean {
  const keys = words.map(wordKey);
  return tokens.some((_, i) => keys.every((key, k) => wordKey(tokens[i + k] ?? '') === key));
}

interface RubricLexicon {
  readonly rubricEnds: readonly string[];
  readonly rubricSections: readonly string[];
}
let rubricLexicon: { readonly ends: ReadonlySet<string>; readonly sections: ReadonlySet<string> } | undefined;
const rubricWords = (): NonNullable<typeof rubricLexicon> => {
  if (!rubricLexicon) {
    const { rubricEnds, rubricSections } = loadJson<RubricLexicon>('lexicon/headline.json');
    rubricLexicon = { ends: new Set(rubricEnds), sections: new Set(rubricSections) };
  }
  return rubricLexicon;
};

/** Most words before a headline's colon that make a rubric; past them it is a clause of its own. */
const RUBRIC_MAX_WORDS = 7;

/**
 * "Grippe aviaire : un nouveau foyer…" → "grippe aviaire", "Incendie dans un immeuble de Lille : …" → "incendie",
 * "Encadrement des loyers à Montpellier : …" → "encadrement des loyers": the head noun phrase of the headline's
 * rubric, a common noun the lexicon knows and what completes it, when the body says it as such (in lower case: a
 * rubric the body writes with a capital is a name, "Jeux olympiques", which the names weigh). Not a place ("Grèce :"),
 * nor a section of the paper ("Santé :"), nor one with an elided word, which Yoast cannot find in a slug (see eligible).
 */
function rubricPhrase(title: string, sentences: readonly Sentence[]): Candidate | undefined {
  const headline = tokenise(title);
  const colon = headline.indexOf(':');
  if (colon < 1 || colon > RUBRIC_MAX_WORDS || headline.slice(0, colon).some((t) => /^[«»"“”()[\]]$/u.test(t))) return undefined;
  const { ends, sections } = rubricWords();
  const head: string[] = [];
  for (let i = 0; i < colon; i++) {
    const token = i === 0 ? headline[0]!.toLowerCase() : headline[i]!;
    const lower = lowerCase(token);
    if (ends.has(lower) || token === ',' || isNumeral(token)) break;
    // "Meurtre d’Annecy", "Sommet de Dakar": a noun that a name completes says little without it ("meurtre").
    if (OF.has(lower) && /^\p{Lu}/u.test(headline[i + 1] ?? '')) return undefined;
    // A name inside the head ("Guide Michelin"): a name's, which the names weigh.
    if (!/^\p{Ll}/u.test(token)) return undefined;
    head.push(token);
  }
  while (head.length > 0 && INNER.has(head[head.length - 1]!)) head.pop();
  const noun = head[0];
  if (noun === undefined || head.some((w) => w.endsWith('’')) || sections.has(head.join(' ')) || endsWantingComplement(head.join(' ')) || !isCommon(noun) || !isKnownNoun(noun) || adjectivesBeforeNoun().has(noun)) return undefined;
  const keys = head.map(wordKey);
  let text: string | undefined;
  let first = 0;
  let last = 0;
  // The word before each mention, lower case.
  const before: string[] = [];
  sentences.slice(0, SALIENCE_WINDOW).forEach((sentence, index) => {
    // Positions as collect counts them: the headline is the first text.
    const position = index + 1;
    const tokens = tokensOf(sentence.text);
    // The tokens' keys, as the ranking read them (keysOf).
    const tokenKeys = keysOf(sentence.text);
    for (let i = 0; i + keys.length <= tokens.length; i++) {
      // In lower case, or opening its sentence.
      if (!(i === 0 || /^\p{Ll}/u.test(tokens[i]!)) || !keys.every((key, k) => tokenKeys[i + k] === key)) continue;
      text ??= [tokens[i]!.toLowerCase(), ...tokens.slice(i + 1, i + keys.length)].join(' ');
      if (last === 0) first = position;
      last = position;
      before.push((tokens[i - 1] ?? '').toLowerCase());
    }
  });
  if (text === undefined) return undefined;
  const { determiners, indefinite } = articlesOf(before);
  // The headline's mention, and the body's.
  return { text, proper: false, count: 1 + before.length, first, last, determiners, ...(indefinite ? { indefinite } : {}) };
}

/** The definite articles that the words before a phrase's mentions give it (their counts), and whether "un" or "une" comes before one. */
function articlesOf(before: readonly string[]): { readonly determiners: Map<string, number>; readonly indefinite: boolean } {
  const determiners = new Map<string, number>();
  for (const previous of before) {
    const definite = DEFINITE.get(previous);
    if (definite) determiners.set(definite, (determiners.get(definite) ?? 0) + 1);
  }
  return { determiners, indefinite: before.some((previous) => previous === 'un' || previous === 'une') };
}

function collect(sentences: readonly Sentence[], title?: string): Candidate[] {
  const texts = [...(title ? [title] : []), ...sentences.slice(0, SALIENCE_WINDOW).map((s) => s.text)];
  const singles = new Map<string, number>();
  const names = collectNames(texts, singles);
  // "la fusée Vega-E … Vega-E remplace…": a thing that a noun phrase names by apposition, a name of one word
  // after its class, is named by the name alone too, as a name by one of its words: each such mention counts
  // half. A name after "de" is another thing ("préfet du Gard"); "l’américain Boeing" is a name and its nationality.
  const tokenised = texts.map(tokensOf);
  const keyed = texts.map(keysOf);
  countClassMentions(names, tokenised);
  const phrases = collectNounPhrases(tokenised, keyed).map((c) => {
    // Most phrases end on no name said alone: nothing else to read of them (thousands of phrases in a long source).
    const last = c.text.slice(c.text.lastIndexOf(' ') + 1);
    if (!singles.has(last)) return c;
    const words = c.text.split(' ');
    const apposition = !c.proper && !words.some((w) => INNER.has(lowerCase(w)) || w.endsWith('’')) && !isNationality(words[0]!);
    const alone = apposition ? singles.get(last) ?? 0 : 0;
    const nameAlone = alone >= NAME_ALONE_MENTIONS && /^\p{Lu}/u.test(last) && isOrganisationClass(words[0]!) && words.slice(1, -1).every((w) => /^\p{Ll}/u.test(w)) ? { nameAlone: last } : {};
    return alone > 0 ? { ...c, count: c.count + 0.5 * (alone - c.count), named: true, ...nameAlone } : c;
  });
  const leadSentences = sentences.some((s) => s.origin === 'bullet') ? sentences.filter((s) => s.origin === 'bullet') : sentences.slice(0, 1);
  const offset = title ? 1 : 0;
  const lead = new Set([...(title ? [0] : []), ...leadSentences.map((s) => sentences.indexOf(s) + offset).filter((at) => at - offset < SALIENCE_WINDOW)]);
  // Bullets sum the news up; the body's first sentence still tells it, and a noun of the headline that it holds is
  // what the text is about as much as one the bullets hold ("L’inflation a de nouveau ralenti…" under three bullets).
  const ledeAt = sentences.findIndex((s) => s.origin !== 'bullet');
  const nounLead = ledeAt < 0 || ledeAt >= SALIENCE_WINDOW || lead.has(ledeAt + offset) ? lead : new Set([...lead, ledeAt + offset]);
  const merged = merge([...names, ...phrases]);
  const candidates = [...merged.values()];
  // A word that a longer phrase holds is counted there already ("Ubuntu" in "Ubuntu 12.10", "trêve" in "trêve humanitaire").
  const words = new Set(candidates.filter((c) => eligible(c, title)).flatMap((c) => c.text.split(' ').map(wordKey)));
  candidates.push(...collectSubjects(texts, tokenised, keyed, lead, singles, title, nounLead, title && ledeAt >= 0 && ledeAt < SALIENCE_WINDOW ? ledeAt + offset : undefined).filter((c) => !merged.has(keyOf([c.text])) && !words.has(wordKey(c.text))));
  if (title) {
    const words = headlineWords(title);
    for (const c of candidates) if (inHeadlineWords(c.text, words)) c.count *= HEADLINE_WEIGHT;
  }
  // A name ranked first that the headline (the lede, without one) does not have for its subject ("le gouvernement
  // de Claire Vasseur a survécu à une motion de censure") gives way to the phrase that says the story.
  // A phrase that a name ends ("le trajet Paris-Lyon") weighs as a name and gives way as one: the lede is then the first
  // sentence of the lead, which tells the story ("Les tarifs des péages augmenteront…"), not an example after it.
  const story = title === undefined ? lead : new Set([0]);
  // The first of the best, as a stable sort of the eligible candidates would put it first: one pass, not a sort.
  let top: Candidate | undefined;
  let topScore = 0;
  for (const c of candidates) {
    if (!eligible(c, title)) continue;
    const cScore = score(c);
    if (top !== undefined && (cScore < topScore || (cScore === topScore && c.first >= top.first))) continue;
    top = c;
    topScore = cScore;
  }
  const lede = top?.named && title === undefined ? new Set([Math.min(...lead)]) : story;
  if ((top?.proper || top?.named) && ![...lede].some((position) => opensOn(top.text, tokenised[position]!))) countStoryWords(candidates, tokenised, keyed, story, title);
  return candidates;
}

/**
 * Whether a name is the subject of a sentence: before its first verb, and not the complement of a noun ("Le chef
 * d’OpenAI, Sam Altman, souhaiterait…" is; "Le gouvernement de Claire Vasseur a survécu…" is not).
 */
function opensOn(name: string, tokens: readonly string[]): boolean {
  const words = name.split(' ');
  // The first verb: a word in lower case with finite forms that is no noun ("groupe").
  const verb = tokens.findIndex((token) => opensOnLowerCase(token) && finiteNumbers(token).length > 0 && lefffGender(token) === undefined);
  const end = verb < 0 ? tokens.length : verb;
  for (let i = 0; i + words.length <= end; i++) {
    if (!words.every((w, k) => tokens[i + k] === w)) continue;
    const before = (tokens[i - 1] ?? '').toLowerCase();
    if (!/^(?:de|du|des|d’)$/u.test(before) && !isPreposition(before)) return true;
  }
  return false;
}

/** Whether a candidate is a generic phrase, worked out once: score() runs in sort comparisons. */
const generic = keptForArticle<Candidate, boolean>();
const genericOf = (c: Candidate): boolean => {
  let known = generic.get(c);
  if (known === undefined) generic.set(c, (known = !c.proper && isGenericPhrase(c.text)));
  return known;
};

function score(c: Candidate): number {
  const words = c.text.split(' ').length;
  return c.count * (c.cited ? 1 : c.proper || c.named ? 1.5 : c.single || genericOf(c) ? 0.5 : 1) * Math.sqrt(Math.min(words, 3)) - c.first * 0.01;
}

/**
 * The phrase with its definite article, agreed by the lexicon (src/writing/french/agreement.ts) and by
 * what the source writes before it: its le or la decides the gender of a word with two ("la tour", "le
 * tour"), its les the number of an invariable one ("les cas de dengue"). A name takes an article only
 * when the source gives it one ("la Tapisserie de Bayeux", but "Sam Altman").
 */
function withDeterminer(text: string, proper: boolean, determiners: ReadonlyMap<string, number>): string {
  if (proper && determiners.size === 0) return text;
  const count = (d: string): number => determiners.get(d) ?? 0;
  const noun = describeNoun(text);
  const gender = count('la') === count('le') ? noun.gender : count('la') > count('le') ? 'F' : 'M';
  const sourcePlural = count('les') > count('le') + count('la') + count('l’');
  const number = noun.invariable || noun.from === 'unknown' ? (sourcePlural ? 'P' : 'S') : noun.number;
  return agreed('definite', text, { ...(gender && { gender }), number }) ?? text;
}

/**
 * A phrase that can be the keyphrase: seen twice, with an article or as a name, or as a state the headline puts
 * its subject in ("la Charente-Maritime passe en alerte renforcée"), which the text never says with an article. A
 * phrase of the headline alone is not in the text, where the keyphrase must be; one with an elided word ("privés
 * d’électricité") can never be found in a slug by Yoast, which looks for the apostrophe.
 */
function eligible(c: Candidate, title: string | undefined): boolean {
  const headlineState = c.state === true && title !== undefined && c.first === 0;
  return c.count >= 2 && (c.proper || c.determiners.size > 0 || c.indefinite === true || headlineState) && (title === undefined || c.last > 0) && !c.text.includes('’') && !endsWantingComplement(c.text);
}

/** "Marion Delorme", "Gérard Le Bihan": a name of a person's shape, two or three capitalised words (a particle between). */
const PERSON_NAME = lazyPattern(() => /^\p{Lu}[\p{Ll}’-]+(?:-\p{Lu}\p{Ll}+)? (?:(?:de|du|Le|La) )?\p{Lu}[\p{L}’-]+$/u);
/** When this many names of people rank first, the text is about what they share. */
const PEOPLE_FIRST = 4;
/** The longest phrase that says what several people share: an election, not its full official name. */
const SHARED_MAX_WORDS = 3;

/**
 * "Marion Delorme | Nadia Benali | Thierry Vasseur | Sébastien Morin | élection régionale": when people's names rank
 * first, none is the subject (an election's candidates, a race's runners): the first phrase that is no name, of a
 * few words, is what they share, and comes first.
 */
function sharedFirst(ranked: readonly Candidate[]): readonly Candidate[] {
  if (ranked.length <= PEOPLE_FIRST || !ranked.slice(0, PEOPLE_FIRST).every((c) => c.proper && PERSON_NAME().test(c.text))) return ranked;
  const shared = ranked.find((c) => !c.proper && c.text.split(' ').length <= SHARED_MAX_WORDS);
  return shared === undefined ? ranked : [shared, ...ranked.filter((c) => c !== shared)];
}

/** A long name ranked first gives way to its acronym past this many words. */
const LONG_NAME_WORDS = 4;
const NAME_LINKS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'à', 'au', 'aux']);

/**
 * "Agence nationale de sécurité du médicament | … | ANSM": a long name ranked first whose acronym the text also
 * names, twice at least, gives way to the acronym, the name readers search for (the long one may be cut short
 * besides: "… du médicament et des produits de santé").
 */
function acronymFirst(ranked: readonly Candidate[]): readonly Candidate[] {
  const top = ranked[0];
  if (!top?.proper || top.text.split(' ').length < LONG_NAME_WORDS) return ranked;
  const initials = top.text
    .split(/[\s’]+/u)
    .filter((w) => w && !NAME_LINKS.has(w.toLowerCase()) && !/^[dl]$/iu.test(w))
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
  const acronym = ranked.find((c) => c !== top && /^\p{Lu}{2,}$/u.test(c.text) && initials.startsWith(c.text));
  if (acronym === undefined) return ranked;
  // The acronym takes the name's article ("l’Agence…" → "l’ANSM"), where the text writes it bare in brackets.
  return [{ ...acronym, determiners: new Map([...top.determiners, ...acronym.determiners]) }, ...ranked.filter((c) => c !== acronym)];
}

/**
 * "Agence nationale de sécurité" in "l’Agence nationale de sécurité du médicament": a name that a longer one opens,
 * said no more often and in the same texts, is never said alone; it is the longer one cut short. (A common noun
 * phrase so cut, "élection régionale", still says what the story is about; a name that the longer one places, "le Musée des
 * beaux-arts | de Montréal", is whole.)
 */
function isCutShort(c: Candidate, candidates: readonly Candidate[]): boolean {
  const opening = `${c.text} `;
  const goesOnInLowerCase = (rest: string): boolean => /^\p{Ll}/u.test(rest.split(/[\s’]+/u).find((word) => word !== '' && !INNER.has(word.toLowerCase()) && !/^[dl]$/iu.test(word)) ?? '');
  return c.proper && candidates.some((d) => d.proper && d.text.startsWith(opening) && d.count >= c.count && d.first === c.first && d.last === c.last && goesOnInLowerCase(d.text.slice(opening.length)));
}

/**
 * Whether the phrase ranked first gives way to the head of the headline's rubric (rubricPhrase): when the headline
 * does not hold it ("CHU de Lille" under "Incendie dans un immeuble de Lille : …", "Neurovia" under "Migraine : …"),
 * or nothing ranks (a short source). A phrase of the headline says
 * the news better than the rubric's class of it ("Cryptomonnaies : le bitcoin s’effondre…"), and so does a person's
 * name that the headline gives by a role ("Corruption : l’ancien maire condamné…": Gérard Malvoisin).
 */
function yieldsToRubric(top: Candidate | undefined, title: string): boolean {
  return top === undefined || (!inHeadline(top.text, title) && !PERSON_NAME().test(top.text));
}

/** Salient phrases, best first: repeated multi-word names and noun phrases of the source. */
export function rankPhrases(sentences: readonly Sentence[], title?: string): readonly Keyphrase[] {
  const said = new Set<string>();
  const eligibles = collect(sentences, title).filter((c) => eligible(c, title));
  const kept = eligibles.filter((c) => !isCutShort(c, eligibles));
  // Each candidate scored once, not at each of the sort's comparisons (score cuts its text into words).
  const scores = new Map(kept.map((c) => [c, score(c)]));
  const ranked = kept.sort((a, b) => scores.get(b)! - scores.get(a)! || a.first - b.first || compareText(a.text, b.text));
  const rubric = title !== undefined && yieldsToRubric(ranked[0], title) ? rubricPhrase(title, sentences) : undefined;
  return acronymFirst(sharedFirst(rubric === undefined ? ranked : [rubric, ...ranked.filter((c) => keyOf(c.text.split(' ')) !== keyOf(rubric.text.split(' ')))]))
    // "fabricant américain Lumen" and "fabricant Lumen" are the name alone: said once, where the first of them ranks.
    .map((c): Candidate => (c.nameAlone === undefined ? c : { ...c, text: c.nameAlone, proper: true, determiners: new Map() }))
    .filter((c) => !said.has(c.text) && said.add(c.text) !== undefined)
    .map(rankedPhrase);
}

/** What a ranked phrase's form with its determiner is worked out from, and that form once worked out. */
interface Determining {
  readonly determiners: ReadonlyMap<string, number>;
  determined?: string;
}

const DETERMINING = Symbol('determining');

type RankedPhrase = Keyphrase & { readonly [DETERMINING]: Determining };

/**
 * A ranked phrase's form with its determiner is worked out when asked for: the article uses one phrase's, of the
 * dozens ranked. An own enumerable getter, as an object literal's, but one function for every phrase: a literal's
 * getter is a new function for each phrase, which gives it a hidden class of its own that V8's scavenges keep,
 * with all the getter's closure holds (the ranking's candidates, the source's text), until a major collection.
 */
const WITH_DETERMINER: PropertyDescriptor = {
  enumerable: true,
  get(this: RankedPhrase): string {
    const determining = this[DETERMINING];
    return (determining.determined ??= withDeterminer(this.text, this.proper, determining.determiners));
  },
};

/** The phrase's properties added in the literal's order (text, withDeterminer, proper): every phrase keeps one hidden class. */
function rankedPhrase(c: Candidate): Keyphrase {
  const phrase = { text: c.text };
  Object.defineProperty(phrase, 'withDeterminer', WITH_DETERMINER);
  return Object.defineProperty(Object.assign(phrase, { proper: c.proper }), DETERMINING, { value: { determiners: c.determiners } }) as RankedPhrase;
}

/** Words that make what follows them the complement of the noun before. */
const OF = new Set(['de', 'du', 'des', 'd’', 'au', 'aux']);

/** A content word that is no verb, in the singular either ("l’application Facebook reprend"): a noun phrase may go on with it. */
const goesOnWith = (token: string | undefined): boolean =>
  token !== undefined && (isCommon(token) || isName(token)) && !isVerbNotNoun(token) && !isNumeral(token);

/**
 * How many tokens from `at` make a longer noun phrase of the phrase that ends there: a content word ("projet de zone |
 * commerciale"), or "de" (its article) and a content word ("Commission de régulation | de l’énergie"); 0 where it ends.
 */
function goesOnAfter(tokens: readonly string[], at: number): number {
  const word = tokens[at];
  if (goesOnWith(word)) return 1;
  const article = /^(?:la|l’)$/u.test(tokens[at + 1] ?? '') ? 1 : 0;
  return word !== undefined && OF.has(lowerCase(word)) && goesOnWith(tokens[at + 1 + article]) ? 2 + article : 0;
}

/** The noun and "de" before `at` that make the phrase after them its complement ("Ligue des | champions féminine"), if any. */
const openedBefore = (tokens: readonly string[], at: number): string | undefined =>
  OF.has(tokens[at - 1]?.toLowerCase() ?? '') && goesOnWith(tokens[at - 2]) ? `${tokens[at - 2]!.toLowerCase()} ${tokens[at - 1]!.toLowerCase()}` : undefined;

/** Most steps a phrase takes on its way to the whole phrase ("trajectoire des dépenses | de l’assurance | maladie"). */
const WHOLE_STEPS = 3;

/**
 * The phrases as the text says them whole. One it always says inside the same longer phrase is that phrase cut
 * short: the text goes on after it with the same words every time ("projet de zone" of "projet de zone commerciale",
 * "agence régionale" of "agence régionale de santé"), and the longer phrase takes its place; or it opens, in lower
 * case, after the same noun every time ("champions féminine" of "Ligue des champions féminine"), and it is left out.
 * A meta keyword is a noun phrase as the text says it.
 */
export function saidWhole(phrases: readonly string[], sentences: readonly Sentence[], title?: string, limit = Infinity): string[] {
  const wholeOf = readsWhole(sentences, title);
  const whole: string[] = [];
  // Each phrase reads the whole text: the first `limit` found, not every ranked phrase of a long source.
  for (const first of phrases) {
    if (whole.length >= limit) break;
    const phrase = wholeOf(first);
    if (phrase === '' || whole.includes(phrase)) continue;
    whole.push(phrase);
  }
  return whole;
}

/**
 * saidWhole for one phrase at a time: the text is cut into words once, for every phrase asked after it (the
 * section headings ask for one phrase per section; cutting a long source again for each made it quadratic).
 * Each phrase's answer: the phrase as the text says it whole, '' when it is left out (see saidWhole).
 */
export function readsWhole(sentences: readonly Sentence[], title?: string): (phrase: string) => string {
  const texts = [...(title ? [title] : []), ...sentences.map((s) => s.text)];
  const tokenised = texts.map(tokensOf);
  // The words' keys, once for every phrase that is looked for.
  const keyed = texts.map(keysOf);
  return (first) => {
    let phrase = first;
    for (let step = 0; step < WHOLE_STEPS && phrase !== ''; step++) {
      const longer = longerPhrase(phrase, tokenised, keyed);
      if (longer === undefined) break;
      phrase = longer;
    }
    return phrase;
  };
}

/**
 * The longer phrase that `phrase` is always said in, when the text goes on after it with the same words every time;
 * '' when it always opens after the same noun (see saidWhole); undefined when the text says it whole.
 */
function longerPhrase(phrase: string, tokenised: readonly (readonly string[])[], keyed: readonly (readonly string[])[]): string | undefined {
  const keys = tokenise(phrase).map(wordKey);
  const after = new Set<string | undefined>();
  const before = new Set<string | undefined>();
  let longer = '';
  let said = 0;
  tokenised.forEach((tokens, t) => {
    const tokenKeys = keyed[t]!;
    for (let i = 0; i + keys.length <= tokens.length; i++) {
      // The first key before the others: most places do not open the phrase.
      if ((keys.length > 0 && tokenKeys[i] !== keys[0]) || !keys.every((key, k) => tokenKeys[i + k] === key)) continue;
      said++;
      const more = goesOnAfter(tokens, i + keys.length);
      const end = i + keys.length + more;
      after.add(more === 0 ? undefined : tokens.slice(i + keys.length, end).join(' ').toLowerCase());
      if (said === 1) longer = joinTokens(tokens.slice(i, end));
      before.add(openedBefore(tokens, i));
    }
  });
  // A name said once tells nothing of how the text says it ("la direction de SNCF Voyageurs juge…": a verb or a noun?).
  const common = /^\p{Ll}/u.test(phrase);
  const always = (set: ReadonlySet<string | undefined>): boolean => (common || said > 1) && set.size === 1 && !set.has(undefined);
  // A name after "de" is a name of its own ("la collection de Sterling Clark"); a common noun, that noun's complement.
  if (common && always(before)) return '';
  return always(after) ? longer : undefined;
}

/**
 * The name of one word that the headline holds and the text cites most ("le Gard"). Once in the text is enough: with
 * the headline, that is twice, where the lead's phrase that no word of the headline holds is said once ("Inondations
 * dans le Pas-de-Calais : …" over "niveau inédit").
 */
function mostCitedName(title: string, sentences: readonly Sentence[]): string | undefined {
  const counts = new Map<string, number>();
  for (const { text } of sentences) for (const name of namesIn(text)) if (!name.includes(' ')) counts.set(name, (counts.get(name) ?? 0) + 1);
  const inTitle = new Set(namesIn(title));
  return [...counts].filter(([name]) => inTitle.has(name)).sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]?.[0];
}

export function chooseKeyphrase(sentences: readonly Sentence[], title?: string, forced?: string): Keyphrase {
  if (forced) {
    const proper = /^[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ]/u.test(forced);
    const seen = determinerBefore(forced, sentences.map((s) => s.text));
    return { text: forced, withDeterminer: withDeterminer(forced, proper, new Map(seen ? [[seen, 1]] : [])), proper };
  }
  const best = rankPhrases(sentences, title)[0];
  if (best) return best;
  // No phrase comes back twice: fall back on the first name or noun phrase of the lead, one that shares a
  // word with the headline first ("privés d’électricité" before "nuit de dimanche"), never the headline's alone.
  const words = title === undefined ? undefined : headlineWords(title);
  const sharesHeadline = (c: Candidate): number => (words !== undefined && fold(c.text).split(/[^a-z0-9.]+/u).some((w) => w.length > 2 && (words.has(w) || words.has(w.replace(/[sx]$/u, '')))) ? 1 : 0);
  const elided = (c: Candidate): number => (c.text.includes('’') ? 1 : 0);
  const lead = collect(sentences.slice(0, 3), title)
    .filter((c) => title === undefined || c.last > 0)
    .sort((a, b) => elided(a) - elided(b) || sharesHeadline(b) - sharesHeadline(a) || a.first - b.first || score(b) - score(a));
  // A phrase of the lead that shares no word with the headline says less than the headline's most cited name ("Gard").
  const headlineName = lead[0] && sharesHeadline(lead[0]) && !elided(lead[0]) ? undefined : title === undefined ? undefined : mostCitedName(title, sentences);
  if (headlineName) return { text: headlineName, withDeterminer: withArticle(headlineName, sentences.map((s) => s.text)), proper: true };
  const fallback = lead[0];
  if (fallback) return { text: fallback.text, withDeterminer: withDeterminer(fallback.text, fallback.proper, fallback.determiners), proper: fallback.proper };
  const word = tokenise(sentences[0]?.text ?? title ?? 'article').find((t) => /^[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]{3}/u.test(t) && !isStopword(t)) ?? 'article';
  const proper = /^[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ]/u.test(word);
  // Any first word: it takes an article only if the lexicon knows it as a noun.
  const noun = !proper && describeNoun(word).from !== 'rule';
  return { text: word, withDeterminer: noun ? withDeterminer(word, false, new Map()) : word, proper };
}
