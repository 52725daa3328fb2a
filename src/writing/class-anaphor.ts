/**
 * A subject that names by its class what the text named before by its name: "L’institut n’exclut pas un passage en
 * vigilance rouge" (Météo-France), "L’association demande le recrutement d’agents" (the Confédération nationale du
 * logement). In its paragraph it is clear; read alone, as an answer of the FAQ, a key figure or the conclusion's recap,
 * it leaves the reader asking which one. The nouns are in lexicon/connectors.json (classAnaphors), grouped by kind.
 */
import type { Sentence } from '../types.js';
import type { WriteContext } from './context.js';
import { loadJson } from '../data.js';
import { fold } from '../text.js';
import { keptForArticle } from '../remember.js';

let groups: ReadonlyMap<string, readonly string[]> | undefined;
/** The nouns that name things of the same kind as `noun` ("l’entreprise", "la start-up"), folded; undefined for a noun of no class. */
function kindOf(noun: string): readonly string[] | undefined {
  if (!groups) {
    const lexicon = loadJson<{ readonly classAnaphors: Readonly<Record<string, readonly string[]>> }>('lexicon/connectors.json').classAnaphors;
    groups = new Map(Object.values(lexicon).flatMap((nouns) => nouns.map((n): [string, readonly string[]] => [n, nouns.map(fold)])));
  }
  return groups.get(noun);
}

/** Whether `noun` names things by their class ("l’avionneur", "l’écurie", "l’indice"): with no name, it stands for one the text names. */
export const isClassNoun = (noun: string): boolean => kindOf(noun.toLowerCase()) !== undefined;

/**
 * The subject at the start of a sentence, or after one fronted phrase ("Depuis 2024, la mesure intègre…"): the
 * definite article in the singular, the noun, a comma after it, and the two words after it.
 */
const SUBJECT = /^(?:[^,«»]{1,60}, )?(?:[Ll]e |[Ll]a |[Ll]’)(\p{Ll}[\p{Ll}-]*)(,?) (\S+)(?: (\S+))?/u;

/** Words after the noun that make it the head of a longer phrase, which says which one ("l’usine de sèche-linge d’Amiens"). */
const COMPLEMENT = /^(?:de|du|des|d’.*|à|au|aux|en|pour|sur|chez|qui|que|qu’.*|dont|«.*|\(.*|\d.*)$/u;

/** One article's story words, asked for at each answer: kept with its sentences, which its texts go with. */
const stories = keptForArticle<readonly Sentence[], ReadonlySet<string>>();

/**
 * The words of the story, where a text says what it is about: the headline (the first of `texts`, empty without
 * one), the bullets and the body's first sentence, folded.
 */
export function storyWords({ texts, sentences }: Pick<WriteContext, 'texts' | 'sentences'>): ReadonlySet<string> {
  const known = stories.get(sentences);
  if (known) return known;
  const story = [texts[0] ?? '', ...sentences.filter((s) => s.origin === 'bullet').map((s) => s.text), sentences.find((s) => s.origin === 'body')?.text ?? ''];
  const words = new Set(fold(story.join(' ')).match(/[\p{L}-]+/gu) ?? []);
  stories.set(sentences, words);
  return words;
}

/**
 * Whether the sentence's subject is a noun of a class with the definite article and no name ("l’institut",
 * "le constructeur européen"; not "le groupe Hollister", "l’usine de sèche-linge d’Amiens") of a kind the story
 * (`story`, from storyWords) names none of: "l’usine" in a text that opens on the closure of a factory is the story's own.
 */
export function pointsBackByClass(sentence: string, story: ReadonlySet<string>): boolean {
  const match = SUBJECT.exec(sentence);
  if (!match) return false;
  const [, noun, comma, next, after] = match as unknown as [string, string, string, string, string | undefined];
  const kind = kindOf(noun);
  if (kind === undefined) return false;
  // A name, after the noun, after its adjective or in apposition, says which one ("le constructeur européen Airbus",
  // "l’entraîneur lyonnais, Pierre Sage, compte…", "le club, l’Olympique lyonnais, …").
  const named = (word: string | undefined): boolean => word !== undefined && /^(?:l’)?\p{Lu}/u.test(word);
  if (named(next) || comma !== '' || COMPLEMENT.test(next) || (/^\p{Ll}+,?$/u.test(next) && named(after))) return false;
  // "la start-up française Mistral AI … l’entreprise compte 60 salariés": the story's own, named by another noun of its kind.
  return !kind.some((n) => story.has(n) || story.has(`${n}s`) || story.has(`${n}x`));
}
