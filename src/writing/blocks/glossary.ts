/** Glossary: lexicon definitions of the technical terms the source uses. */
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

const wordsOf = (text: string): string[] => text.match(/[\p{L}\d]+(?:-[\p{L}\d]+)*/gu) ?? [];

/** First position of every run of one to four words of the text, as written and in lower case. */
function indexRuns(texts: readonly string[]): Map<string, number> {
  const first = new Map<string, number>();
  let position = 0;
  for (const text of texts) {
    const words = wordsOf(text);
    for (let i = 0; i < words.length; i++, position++) {
      for (let n = 1; n <= 4 && i + n <= words.length; n++) {
        const run = words.slice(i, i + n).join(' ');
        if (!first.has(run)) first.set(run, position);
        const lower = `\u0000${run.toLowerCase()}`;
        if (!first.has(lower)) first.set(lower, position);
      }
    }
  }
  return first;
}

/** Terms of the lexicon found in the source, in the order the source first uses them. */
export function findTerms(texts: readonly string[]): readonly Term[] {
  const { terms } = loadJson<GlossaryLexicon>('lexicon/glossary.json');
  const runs = indexRuns(texts);
  const found: { term: Term; at: number }[] = [];
  for (const term of terms) {
    const positions = term.match
      .map((form) => wordsOf(form).join(' '))
      .map((form) => runs.get(term.caseSensitive ? form : `\u0000${form.toLowerCase()}`))
      .filter((at): at is number => at !== undefined);
    if (positions.length) found.push({ term, at: Math.min(...positions) });
  }
  // A term inside a longer one found at the same place ("noyau" in "noyau Linux") gives way to it.
  return found
    .filter((f) => !found.some((o) => o !== f && o.term.term.length > f.term.term.length && o.term.match.some((m) => m.includes(f.term.term)) && Math.abs(o.at - f.at) < 4))
    .sort((a, b) => a.at - b.at || a.term.term.localeCompare(b.term.term))
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
