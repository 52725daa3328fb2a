/**
 * Verb forms of the Lefff (package french-verbs-lefff, data under LGPL-LR): which words can be a
 * finite verb of the third person, singular or plural. Used to find where a long sentence holds two
 * clauses (rule split-long) and where a clause opens on its verb (rule figure-clause).
 *
 * The package's conjugations.json is 6 MB (7 826 verbs, every person and mood); `npm run build`
 * derives a table of the forms Plume asks about (scripts/lefff-table.mjs, from `compactVerbTable`),
 * read as bytes and searched by bisection. Without a build it is derived in memory, with the same result.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packagePath } from '../../data.js';
import { remembered } from '../../remember.js';
import { lookUp, sortedLines } from './sorted-table.js';
import type { GrammaticalNumber } from './nouns.js';

/** The table's place, relative to the package root. */
export const VERB_TABLE_PATH = join('dist', 'lefff', 'verbs.tsv');

/**
 * The moods and tenses of a main clause's verb in news prose, by their letters in the package:
 * indicative present (P), imperfect (I), simple past (J), future (F) and the conditional (C).
 */
const FINITE_TENSES = ['P', 'I', 'J', 'F', 'C'] as const;
/** Third person singular and plural in the package's arrays of six persons. */
const THIRD_PERSON: Readonly<Record<GrammaticalNumber, number>> = { S: 2, P: 5 };

type Conjugations = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

/** "form\ttags" lines: a tag is a tense letter and a number ("PS": present, singular). Forms of several words are left out. */
export function compactVerbTable(conjugations: Conjugations): Buffer {
  const tags = new Map<string, Set<string>>();
  const add = (form: string | undefined, tag: string): void => {
    if (!form || form === 'NA' || !/^[a-zà-ÿœæ-]+$/u.test(form)) return;
    const set = tags.get(form) ?? new Set<string>();
    set.add(tag);
    tags.set(form, set);
  };
  for (const forms of Object.values(conjugations)) {
    for (const tense of FINITE_TENSES) for (const [number, person] of Object.entries(THIRD_PERSON)) add(forms[tense]?.[person], `${tense}${number}`);
  }
  return Buffer.from(sortedLines([...tags].map(([form, set]) => [form, [...set].sort().join(' ')] as const)), 'utf8');
}

let table: Buffer | undefined;

function loaded(): Buffer {
  if (!table) {
    const path = packagePath(VERB_TABLE_PATH);
    table = existsSync(path)
      ? readFileSync(path)
      : compactVerbTable(createRequire(import.meta.url)('french-verbs-lefff/dist/conjugations.json') as Conjugations);
  }
  return table;
}

/** The tags of a word; the words of one article come back often, so each is looked up once (see remember.ts). */
const tagsOf = remembered((word: string): readonly string[] => lookUp(loaded(), 0, word)?.split(' ') ?? []);

/** The numbers in which `word` (lower case, as written) can be a finite verb of the third person: "reçoit" → S. */
export function finiteNumbers(word: string): readonly GrammaticalNumber[] {
  const tags = tagsOf(word);
  return (['S', 'P'] as const).filter((number) => tags.some((tag) => tag.endsWith(number)));
}
