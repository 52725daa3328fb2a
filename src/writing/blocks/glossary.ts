/** Glossary: lexicon definitions of the technical terms the source uses. */
import { compareText, countWords, countWordsOf } from '../../text.js';
import { config } from '../../config.js';
import { isFactFree } from '../../analysis/substance.js';
import { holdsTransition, measureDrafts } from '../measure.js';
import { listIntro } from './intros.js';
import { listItemText } from '../../check/report.js';
import type { ListItem } from '../../types.js';
import type { Draft, WriteContext } from '../context.js';
import { made, tryAdd } from '../context.js';
import { builtJson, loadJson } from '../../data.js';
import { typeset } from '../french/index.js';
import { determinerBefore } from '../../analysis/entities.js';

export interface Term {
  readonly term: string;
  readonly match: readonly string[];
  readonly caseSensitive: boolean;
  /** The French dictionary lacks the term as written (GPU, netbook): shown only where the source writes it so. */
  readonly notInDictionary?: boolean;
  /** Its forms are also participles ("des marins réfugiés dans un radeau"): a term only after a determiner or a number. */
  readonly nounOnly?: boolean;
  /** A term of two senses ("trêve hivernale": of evictions, of a sports season): words of which the source holds one where it has the sense the definition gives. */
  readonly sense?: readonly string[];
  /** A word of how news is reported ("communiqué", "porte-parole"): every reader knows it, and it is never the subject. */
  readonly newsroom?: boolean;
  readonly definition: string;
}
interface GlossaryLexicon { readonly terms: readonly Term[]; readonly determiners: readonly string[] }

// No u flag on these classes of BMP characters: the runs they match are the same, found faster.
const wordsOf = (text: string): string[] => text.match(/[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ\d]+(?:-[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ\d]+)*/g) ?? [];

/** A form of a term: the index of its term in the lexicon, and its words (lower case unless the term is case-sensitive). */
type Form = readonly [term: number, words: readonly string[]];

/** The glossary's forms by their first word, as the build saves them (scripts/lexicon-indexes.mjs): read instead of made on a cold start. */
export const FORMS_PATH = 'dist/glossary-forms.json';

interface SavedForms {
  /** How many terms and forms the lexicon had: a lexicon changed since the build is indexed again. */
  readonly terms: number;
  readonly forms: number;
  readonly index: readonly (readonly [string, readonly Form[]])[];
}

const formCount = (terms: readonly Term[]): number => terms.reduce((n, term) => n + term.match.length, 0);

function indexForms(terms: readonly Term[]): Map<string, Form[]> {
  const index = new Map<string, Form[]>();
  terms.forEach((term, at) => {
    for (const form of term.match) {
      const words = wordsOf(term.caseSensitive ? form : form.toLowerCase());
      if (!words.length) continue;
      const forms = index.get(words[0]!);
      if (forms) forms.push([at, words]);
      else index.set(words[0]!, [[at, words]]);
    }
  });
  return index;
}

/** The forms index of the lexicon's terms, for the build to save. */
export function savedForms(): SavedForms {
  const { terms } = loadJson<GlossaryLexicon>('lexicon/glossary.json');
  return { terms: terms.length, forms: formCount(terms), index: [...indexForms(terms)] };
}

let formsByFirstWord: ReadonlyMap<string, readonly Form[]> | undefined;

function formsIndex(terms: readonly Term[]): ReadonlyMap<string, readonly Form[]> {
  if (formsByFirstWord) return formsByFirstWord;
  const saved = builtJson<SavedForms>(FORMS_PATH);
  formsByFirstWord = saved && saved.terms === terms.length && saved.forms === formCount(terms) ? new Map(saved.index) : indexForms(terms);
  return formsByFirstWord;
}

/**
 * "Selon Santé publique France": a term written with a capital inside a sentence and followed by a
 * capitalised word is a part of a name, not the term ("santé publique") the glossary would define.
 */
function inName(words: readonly string[], at: number, length: number, term: Term): boolean {
  return !term.caseSensitive && at > 0 && /^\p{Lu}/u.test(words[at]!) && /^\p{Lu}/u.test(words[at + length] ?? '');
}

let caseSensitiveForms: ReadonlySet<string> | undefined;

/**
 * "IA", "GPU": a form of a term the lexicon writes with its capitals (an acronym). The source's names
 * hold it, but it is a word to define, not the name of a person or a body; where the source uses the
 * term only inside a longer one ("IA générative"), findTerms does not return it.
 */
export function isTermAcronym(name: string): boolean {
  caseSensitiveForms ??= new Set(loadJson<GlossaryLexicon>('lexicon/glossary.json').terms.filter((t) => t.caseSensitive).flatMap((t) => t.match));
  return caseSensitiveForms.has(name);
}

/**
 * Whether a form of a term the source uses names a body, as a name of the lists may ("la CGT", "l’Anssi", "le
 * Parlement"): a form written with a capital, said by the source with "le", "la" or "l’". A common noun's form ("LTS"
 * of "support à long terme"), or one the source says bare or in the plural ("une plateforme de VTC", "les PME"),
 * is a word; so is the newsroom's ("transmise à l’AFP"), which is never the subject.
 */
export function namesBody(form: string, term: Term, texts: readonly string[]): boolean {
  return !term.newsroom && /^\p{Lu}/u.test(form) && ['le', 'la', 'l’'].includes(determinerBefore(form, texts) ?? '');
}

/**
 * The letters whose lower case is a letter of wordsOf's class and they are not, or the reverse (İ → i̇, ẞ → ß, the
 * kelvin and ångström signs): a text without them splits into the same words in lower case.
 */
const CASE_CHANGES_WORDS = /[\u0130\u1E9E\u212A\u212B]/;

/** `words` (wordsOf(text)) in lower case: the text lowered once and split again, not each word lowered (ICU for each). */
function lowerWordsOf(text: string, words: readonly string[]): readonly string[] {
  const lower = text.toLowerCase();
  return lower.length === text.length && !CASE_CHANGES_WORDS.test(text) ? wordsOf(lower) : words.map((w) => w.toLowerCase());
}

/** Whether `words` hold the words of `form` from `i` on. */
function holdsAt(words: readonly string[], i: number, form: readonly string[]): boolean {
  for (let j = 0; j < form.length; j++) if (words[i + j] !== form[j]) return false;
  return true;
}

/** Terms of the lexicon found in the source, in the order the source first uses them. */
export function findTerms(texts: readonly string[]): readonly Term[] {
  const { terms, determiners } = loadJson<GlossaryLexicon>('lexicon/glossary.json');
  // "les réfugiés", "5 000 réfugiés": what may stand before a term that is also a participle.
  const asNoun = (before: string | undefined): boolean => before !== undefined && (determiners.includes(before) || /^\d/u.test(before));
  const index = formsIndex(terms);
  const firstAt = new Map<Term, number>();
  // The source's words in lower case, text by text, for the terms whose sense they tell.
  const lowerTexts: (readonly string[])[] = [];
  let position = 0;
  for (const text of texts) {
    const words = wordsOf(text);
    const lower = lowerWordsOf(text, words);
    lowerTexts.push(lower);
    // The forms that open on the word at `i`, as written or in lower case: each term at its first place.
    const findAt = (forms: readonly Form[] | undefined, i: number): void => {
      // Most words open no form: no empty list to go through.
      if (forms === undefined) return;
      for (const [at, form] of forms) {
        const term = terms[at]!;
        if (firstAt.has(term)) continue;
        const seen = term.caseSensitive ? words : lower;
        if (holdsAt(seen, i, form) && !inName(words, i, form.length, term) && (!term.nounOnly || asNoun(lower[i - 1]))) firstAt.set(term, position);
      }
    };
    for (let i = 0; i < words.length; i++, position++) {
      const word = words[i]!;
      findAt(index.get(word), i);
      if (word !== lower[i]) findAt(index.get(lower[i]!), i);
    }
  }
  // The set of the words used, only for a term of two senses (few articles have one).
  let used: ReadonlySet<string> | undefined;
  const says = (word: string): boolean => (used ??= new Set(lowerTexts.flat())).has(word);
  return longestInOrder([...firstAt].filter(([term]) => term.sense === undefined || term.sense.some(says)).map(([term, at]) => ({ term, at })));
}

/**
 * The terms found, in the order of their first places, without those inside a longer one found at the same place
 * ("noyau" in "noyau Linux"). A function of its own, not findTerms's last lines: an article without a term gives
 * an empty list of another kind, and V8 then undid and optimised again the whole of findTerms (twice in 78 warm
 * articles, 20–30 ms each time).
 */
function longestInOrder(found: readonly { term: Term; at: number }[]): readonly Term[] {
  return found
    // "parlement" in "Parlement européen": whatever their case. The place first, which rules out most pairs at once.
    .filter((f) => !found.some((o) => o !== f && o.term.term.length > f.term.term.length && Math.abs(o.at - f.at) < 4 && o.term.match.some((m) => m.toLowerCase().includes(f.term.term.toLowerCase()))))
    .sort((a, b) => a.at - b.at || compareText(a.term.term, b.term.term))
    .map((f) => f.term);
}

/** Whether the source writes the term itself, not only another of its forms ("netbooks" is not "netbook"), its words in a row ("El Niño"). */
function writes(texts: readonly string[], term: Term): boolean {
  return writesForm(texts, term.term, term.caseSensitive);
}

/** Whether the source writes `form`, its words in a row, whatever its apostrophes. */
function writesForm(texts: readonly string[], form: string, caseSensitive: boolean): boolean {
  const formWords = wordsOf(caseSensitive ? form : form.toLowerCase());
  return texts.some((text) => {
    const words = wordsOf(caseSensitive ? text : text.toLowerCase());
    return words.some((_, at) => formWords.every((word, k) => words[at + k] === word));
  });
}

/**
 * "Palme" of "Palme d’or" ("cette Palme"): the first word of a capitalised form of several words, of a term the
 * source uses, that the source writes. Alone, that word is the source's short mention of the term, not a name.
 */
export function termHeads(texts: readonly string[], terms: readonly Term[]): ReadonlySet<string> {
  const heads = new Set<string>();
  for (const term of terms) {
    for (const form of term.match) if (/^\p{Lu}\S* /u.test(form) && writesForm(texts, form, true)) heads.add(form.slice(0, form.indexOf(' ')));
  }
  return heads;
}

const ACRONYM = /^[A-Z\d ]+$/u;

/**
 * The label of a term's definition: the term, unless it is an acronym the source never writes, which only
 * names the thing in full ("Union européenne" for "UE"), and the definition does not spell it out: then the
 * source's name, so that the glossary brings in no abbreviation the reader has not met.
 */
function labelOf(texts: readonly string[], term: Term): string {
  if (!ACRONYM.test(term.term) || writes(texts, term)) return term.term;
  const names = term.match.filter((form) => form.includes(' ') && /\p{Ll}/u.test(form));
  // A definition that spells the acronym out ("ONG : organisation non gouvernementale, …") already names it.
  const definition = term.definition.toLowerCase();
  if (names.some((name) => definition.includes(name.toLowerCase()))) return term.term;
  return names.find((name) => texts.some((text) => holdsPhrase(text, name))) ?? term.term;
}

/** `text` holds `phrase` as whole words. */
function holdsPhrase(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    if (!/[\p{L}\d]/u.test(text.charAt(at - 1)) && !/[\p{L}\d]/u.test(text.charAt(at + phrase.length))) return true;
  }
  return false;
}

/**
 * The terms the glossary may define, in order, each with its label: not one the dictionary lacks and the source
 * does not write, nor a label `defined` holds. The newsroom's words ("dans un communiqué", "a indiqué son
 * porte-parole") come after the others: under the glossary's cap they took the place of the subject's own terms.
 */
function* candidates(texts: readonly string[], terms: readonly Term[], defined: ReadonlySet<string | undefined>): Generator<{ readonly term: Term; readonly label: string }> {
  for (const term of [...terms.filter((t) => !t.newsroom), ...terms.filter((t) => t.newsroom)]) {
    if (term.notInDictionary && !writes(texts, term)) continue;
    const label = labelOf(texts, term);
    if (!defined.has(label)) yield { term, label };
  }
}

/**
 * The terms writeGlossary defines with a cap of `maxTerms`, worked out before the article is written (the names
 * lists leave out the names the glossary defines, and only those): the same walk, without the guard, which
 * refuses a definition only where the article already says its words.
 */
export function definedTerms(texts: readonly string[], terms: readonly Term[], maxTerms: number): readonly Term[] {
  const defined: Term[] = [];
  for (const { term } of candidates(texts, terms, new Set())) {
    if (defined.length >= maxTerms) break;
    defined.push(term);
  }
  return defined;
}

export interface GlossaryLimits {
  /** Terms in the glossary at most. */
  readonly maxTerms: number;
  /** Enough words: no term is added once the new items hold this many. */
  readonly wordsWanted?: number;
  /** Whether an item with this text (term and definition) may be added. */
  readonly fits?: (text: string) => boolean;
}

/**
 * The definitions of the source's terms in the order it uses them, after `written` (the glossary so far,
 * whose terms are skipped): the new items only.
 */
export function writeGlossary(context: WriteContext, terms: readonly Term[], { maxTerms, wordsWanted = Infinity, fits = () => true }: GlossaryLimits, written: readonly ListItem[] = []): ListItem[] {
  const items: ListItem[] = [];
  let words = 0;
  for (const { term, label } of candidates(context.texts, terms, new Set(written.map((item) => item.label)))) {
    if (written.length + items.length >= maxTerms || words >= wordsWanted) break;
    const sentence = made(typeset(term.definition), [], `glossary:${term.term}`);
    if (!fits(listItemText({ label, sentence }))) continue;
    const added = tryAdd(context, sentence);
    if (!added) continue;
    const item = { label, sentence: added };
    items.push(item);
    words += countWords(listItemText(item));
  }
  return items;
}

/** The glossary's intro and its items, as the article's drafts hold them. */
export interface GlossaryDrafts {
  readonly intro: Draft;
  readonly items: ListItem[];
}

/**
 * An article short of its minimum: more definitions, each only while the article's fact-free words stay
 * within config.maxFactFreeShare (a definition is the lexicon's words: it is fact-free unless it shares
 * enough of them with the source) and its sentences with a transition word within
 * config.minTransitionShare (a definition holds none); the intro, which counts the terms, is written again.
 * True when it added a definition (the drafts changed).
 */
export function fillGlossary(context: WriteContext, drafts: Draft[], glossary: GlossaryDrafts, terms: readonly Term[], stems: ReadonlySet<string>, wordsWanted: number): boolean {
  // Measured when a first definition is weighed: most articles have no term left to define.
  let measures: ReturnType<typeof measureDrafts> | undefined;
  const fits = (text: string): boolean => {
    measures ??= measureDrafts(drafts, stems);
    const added = countWordsOf(text);
    const free = isFactFree(text, stems) ? added : 0;
    const transition = holdsTransition(text) ? 1 : 0;
    // A definition that has the source's words, or holds a transition word, only brings its share closer to its bound.
    if (free && (measures.factFree + free) / (measures.words + added) > config.maxFactFreeShare) return false;
    if (!transition && (measures.transitions + transition) / (measures.sentences + 1) < config.minTransitionShare) return false;
    measures.words += added;
    measures.factFree += free;
    measures.sentences += 1;
    measures.transitions += transition;
    return true;
  };
  const more = writeGlossary(context, terms, { maxTerms: config.maxGlossaryTermsToFill, wordsWanted, fits }, glossary.items);
  if (!more.length) return false;
  glossary.items.push(...more);
  const at = drafts.indexOf(glossary.intro);
  const intro = listIntro(context, 'glossary', glossary.items);
  // An intro that names or counts fewer terms than the list holds would be wrong: none rather than that.
  if (at === -1) return true;
  drafts.splice(at, 1, ...(intro ? [intro] : []));
  if (glossary.intro.type === 'paragraph') for (const sentence of glossary.intro.sentences) context.guard.forget(sentence.text);
  return true;
}
