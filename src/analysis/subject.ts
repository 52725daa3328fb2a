/** subject: the noun phrase a sentence opens on as its subject ("La couverture vaccinale | reste insuffisante"). */
import { isLefffNoun, isStopword, joinTokens } from './entities.js';
import { adjectivesBeforeNoun, describeNoun } from '../writing/french/nouns.js';
import { activeForms, finiteNumbers } from '../writing/french/verbs.js';
import { loadJson } from '../data.js';
import { capitalise } from '../text.js';

export interface Subject {
  /** The phrase with the sentence's own article, capitalised as the sentence opens: "La campagne de vaccination". */
  readonly text: string;
  /** The phrase without its article, as the sentence says it: "campagne de vaccination". */
  readonly phrase: string;
  /** Its noun: "campagne". */
  readonly head: string;
  /** Whether its article is "les". */
  readonly plural: boolean;
  /** Whether a name completes it ("Le parquet de Bonneville"). */
  readonly named: boolean;
}

interface SubjectWords {
  /** Words that stand between a subject and its verb and only there ("ne", "se", "s’"): the subject ended before them. */
  readonly clitics: ReadonlySet<string>;
  /** Words that open a relative clause after a comma ("qui", "dont"): the noun phrase before the comma is whole. */
  readonly relatives: ReadonlySet<string>;
  /** Words that make the next noun the complement of the one before ("de", "des", "au"). */
  readonly links: ReadonlySet<string>;
  /** Words of a superlative after its article ("les régions les plus touchées"). */
  readonly superlatives: ReadonlySet<string>;
}

let words: SubjectWords | undefined;
const subjectWords = (): SubjectWords => {
  if (words) return words;
  const lexicon = loadJson<{ readonly subject: Readonly<Record<keyof SubjectWords, readonly string[]>> }>('lexicon/french.json').subject;
  return (words = { clitics: new Set(lexicon.clitics), relatives: new Set(lexicon.relatives), links: new Set(lexicon.links), superlatives: new Set(lexicon.superlatives) });
};

const ARTICLE = /^(?:le|la|les|l’)$/iu;
/** A word of a name: a capital, then letters and hyphens ("Intérieur", "Saint-Étienne"). */
const NAME_WORD = /^\p{Lu}[\p{L}-]*$/u;
/** A word in lower case, letters and hyphens only: no figure, no name. */
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

const tokenise = (text: string): string[] => text.replace(/'/gu, '’').match(/[\p{L}\d][\p{L}\d-]*’?|[^\s\p{L}\d]/gu) ?? [];

/** A word in lower case that is no small word ("plus", "leur"). */
const isContent = (word: string | undefined): word is string => word !== undefined && LOWER_WORD.test(word) && !isStopword(word);

/** A noun the Lefff or the dictionary knows ("chefs", "syndicats"): the head of the phrase. */
const isNoun = (word: string | undefined): word is string => {
  if (!isContent(word)) return false;
  const { from } = describeNoun(word);
  return from === 'lefff' || from === 'dictionary';
};

/**
 * The noun of a complement: a known noun, or a word with no verb's form ("de sixième"); not an infinitive, which
 * opens a clause ("La décision de fermer | l’usine").
 */
const isComplementNoun = (word: string | undefined): word is string => isNoun(word) || (isContent(word) && finiteNumbers(word).length === 0 && !/(?:er|ir|re)$/u.test(word));

/** A past participle in any gender and number ("lancée", "prévus"): its masculine singular is one the lexicon knows. */
const isParticiple = (word: string): boolean => LOWER_WORD.test(word) && [word, word.replace(/e?s$|e$/u, '')].some((form) => /[éiut]$/u.test(form) && activeForms(form) !== undefined);

/** A finite verb form ("reste", "ont", "devait"). */
const isFinite = (word: string): boolean => LOWER_WORD.test(word) && finiteNumbers(word).length > 0;

/**
 * Where the subject that opens at `start` ends (the index of the token after it), when the sentence says so: a definite
 * article, a noun the lexicon knows (an adjective that stands before its noun may come first: "Les nouvelles règles"),
 * its adjectives, a superlative ("les plus touchées") and complements ("de vaccination", "des prix", "de l’énergie"),
 * then the verb, a word that only comes before one ("ne", "se"), or a comma and a relative clause, a participle or a name ("La
 * campagne de vaccination, qui devait…", "…, lancée en octobre,", "Le ministre de l’Intérieur, Olivier Ferrand,"). Anything else — a name, a figure, a preposition that
 * may open an adverbial ("pour", "en"), "et" — leaves the end of the subject unsure: undefined. A word both noun and
 * verb is the verb after a noun or an adjective ("La couverture vaccinale reste"), the noun after a link.
 */
function subjectEnd(tokens: readonly string[], start: number): number | undefined {
  const { clitics, relatives, links, superlatives } = subjectWords();
  if (!ARTICLE.test(tokens[start] ?? '')) return undefined;
  let i = start + 1;
  if (adjectivesBeforeNoun().has(tokens[i] ?? '')) i++;
  if (!isNoun(tokens[i])) return undefined;
  i++;
  for (;;) {
    const token = tokens[i];
    if (token === undefined) return undefined;
    if (token === ',') {
      const next = tokens[i + 1] ?? '';
      // "Le ministre de l’Intérieur, Olivier Ferrand, doit…": a name after the comma is the person the phrase is.
      return relatives.has(next) || isParticiple(next) || (NAME_WORD.test(next) && !isStopword(next)) ? i : undefined;
    }
    if (/^(?:le|la|les)$/u.test(token) && superlatives.has(tokens[i + 1] ?? '') && isContent(tokens[i + 2])) {
      i += 3;
      continue;
    }
    if (clitics.has(token) || isFinite(token)) return i;
    if (links.has(token)) {
      // "de la", "à l’": the article of the complement, after "de" or "à" only.
      let at = i + 1 + (/^(?:de|d’|à)$/u.test(token) && /^(?:la|l’)$/u.test(tokens[i + 1] ?? '') ? 1 : 0);
      // "à haut risque", "de grande taille": an adjective may stand before the complement's noun.
      if (adjectivesBeforeNoun().has(tokens[at] ?? '')) at++;
      // "de l’Intérieur", "du Gard", "des Affaires étrangères": a complement may be a name, which the heading keeps whole.
      if (NAME_WORD.test(tokens[at] ?? '') && !isStopword(tokens[at]!)) {
        while (NAME_WORD.test(tokens[at + 1] ?? '')) at++;
      } else if (!isComplementNoun(tokens[at])) return undefined;
      i = at + 1;
      continue;
    }
    // An adjective or a participle after its noun; not an adverb ("notamment") nor a small word.
    if (!isContent(token) || (/ment$/u.test(token) && !isLefffNoun(token))) return undefined;
    i++;
  }
}

/** Most tokens of a phrase that opens a sentence before its subject ("Selon le bulletin publié mercredi,"). */
const MAX_OPENING = 10;

/**
 * The subject a sentence opens on (subjectEnd), or the one that follows a phrase that sets the scene ("En attendant,
 * la coopérative laitière prévoit…"): a phrase with no verb of its own, no quotation, and a comma after it.
 */
export function subjectOf(sentence: string): Subject | undefined {
  const tokens = tokenise(sentence);
  let start = 0;
  if (!ARTICLE.test(tokens[0] ?? '')) {
    const comma = tokens.indexOf(',');
    if (comma < 1 || comma > MAX_OPENING || tokens.slice(0, comma).some((token) => isFinite(token) || /^[«»"(]$/u.test(token)) || !/^(?:le|la|les|l’)$/u.test(tokens[comma + 1] ?? '')) return undefined;
    start = comma + 1;
  }
  const end = subjectEnd(tokens, start);
  if (end === undefined) return undefined;
  const join = (from: number): string => joinTokens(tokens.slice(from, end));
  const head = tokens[start + (adjectivesBeforeNoun().has(tokens[start + 1]!) ? 2 : 1)]!;
  return { text: capitalise(join(start)), phrase: join(start + 1), head, plural: tokens[start]!.toLowerCase() === 'les', named: tokens.slice(start + 1, end).some((token) => NAME_WORD.test(token)) };
}
