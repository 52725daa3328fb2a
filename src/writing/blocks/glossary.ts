/** Glossary: lexicon definitions of the technical terms the source uses. */
import { compareText } from '../../text.js';
import type { ListItem } from '../../types.js';
import type { WriteContext } from '../context.js';
import { made, tryAdd } from '../context.js';
import { loadJson } from '../../data.js';
import { config } from '../../config.js';
import { typeset } from '../french/index.js';

export interface Term {
  readonly term: string;
  readonly match: readonly string[];
  readonly caseSensitive: boolean;
  readonly definition: string;
}
interface GlossaryLexicon { readonly terms: readonly Term[] }

const wordsOf = (text: string): string[] => text.match(/[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ\d]+(?:-[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ\d]+)*/gu) ?? [];

interface Form {
  readonly term: Term;
  readonly words: readonly string[];
}

/** The glossary's forms, keyed by their first word (lower case unless the term is case-sensitive). */
let formsByFirstWord: Map<string, Form[]> | undefined;

function formsIndex(terms: readonly Term[]): Map<string, Form[]> {
  if (formsByFirstWord) return formsByFirstWord;
  formsByFirstWord = new Map();
  for (const term of terms) {
    for (const form of term.match) {
      const words = wordsOf(term.caseSensitive ? form : form.toLowerCase());
      if (!words.length) continue;
      formsByFirstWord.set(words[0]!, [...(formsByFirstWord.get(words[0]!) ?? []), { term, words }]);
    }
  }
  return formsByFirstWord;
}

/** Terms of the lexicon found in the source, in the order the source first uses them. */
export function findTerms(texts: readonly string[]): readonly Term[] {
  const { terms } = loadJson<GlossaryLexicon>('lexicon/glossary.json');
  const index = formsIndex(terms);
  const firstAt = new Map<Term, number>();
  let position = 0;
  for (const text of texts) {
    const words = wordsOf(text);
    const lower = words.map((w) => w.toLowerCase());
    for (let i = 0; i < words.length; i++, position++) {
      for (const candidates of [index.get(words[i]!), words[i] === lower[i] ? undefined : index.get(lower[i]!)]) {
        for (const { term, words: form } of candidates ?? []) {
          if (firstAt.has(term)) continue;
          const seen = term.caseSensitive ? words : lower;
          if (form.every((w, j) => seen[i + j] === w)) firstAt.set(term, position);
        }
      }
    }
  }
  const found = [...firstAt].map(([term, at]) => ({ term, at }));
  // A term inside a longer one found at the same place ("noyau" in "noyau Linux") gives way to it.
  return found
    .filter((f) => !found.some((o) => o !== f && o.term.term.length > f.term.term.length && o.term.match.some((m) => m.includes(f.term.term)) && Math.abs(o.at - f.at) < 4))
    .sort((a, b) => a.at - b.at || compareText(a.term.term, b.term.term))
    .map((f) => f.term);
}

export function writeGlossary(context: WriteContext, terms: readonly Term[]): ListItem[] {
  const items: ListItem[] = [];
  for (const term of terms) {
    if (items.length >= config.maxGlossaryTerms) break;
    const added = tryAdd(context, made(typeset(term.definition), [], `glossary:${term.term}`));
    if (added) items.push({ label: term.term, sentence: added });
  }
  return items;
}
