/**
 * The genders of the Lefff (package french-words-gender-lefff, data under LGPL-LR), as a compact
 * table derived from the package: one sorted line per word ("puce\tF"), read as bytes and searched
 * by bisection, after a first line holding the endings rule learnt from the same data.
 *
 * Why a table: the package's words.json (684 kB, 41 819 entries) takes ~50 ms to parse, a sixth of
 * the CLI's cold-start budget; the table is read in ~2 ms and a look-up costs a few microseconds.
 * `npm run build` writes it (scripts/lefff-table.mjs, from this module's `compactTable`); when it is
 * missing (tests run before a build) it is derived in memory from the package, with the same result.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packagePath } from '../../data.js';
import { compareText } from '../../text.js';
import { rememberedForGood } from '../../remember.js';
import { lookUp, sortedLines } from './sorted-table.js';

export type Gender = 'M' | 'F';

/** The table's place, relative to the package root. */
export const TABLE_PATH = join('dist', 'lefff', 'genders.tsv');

/** An ending predicts a gender when at least this many words have it… */
const MIN_WORDS = 20;
/** …and at least this share of them have that gender. */
const MIN_SHARE = 0.8;
const LONGEST_ENDING = 5;

/** Masculine, the gender French gives by default to words it borrows ("le cloud", "le podcast"). */
const DEFAULT_GENDER: Gender = 'M';

type Endings = Readonly<Record<string, Gender>>;

function predict(endings: ReadonlyMap<string, Gender>, word: string): Gender {
  for (let n = Math.min(LONGEST_ENDING, word.length - 1); n >= 1; n--) {
    const gender = endings.get(word.slice(-n));
    if (gender) return gender;
  }
  return DEFAULT_GENDER;
}

/**
 * The endings rule: the gender most words with that ending have (-tion, -ure, -ée → F), kept only where
 * it differs from the rule of a shorter ending, so that the longest matching ending decides.
 */
export function learnEndings(words: Readonly<Record<string, string>>): Endings {
  const counts = new Map<string, { M: number; F: number }>();
  for (const [word, gender] of Object.entries(words)) {
    if (!/^[a-zà-ÿœæ’-]+$/u.test(word) || (gender !== 'M' && gender !== 'F')) continue;
    for (let n = 1; n <= Math.min(LONGEST_ENDING, word.length - 1); n++) {
      const ending = word.slice(-n);
      const count = counts.get(ending) ?? { M: 0, F: 0 };
      count[gender]++;
      counts.set(ending, count);
    }
  }
  const endings = new Map<string, Gender>();
  const sorted = [...counts].sort(([a], [b]) => a.length - b.length || compareText(a, b));
  for (const [ending, { M, F }] of sorted) {
    const total = M + F;
    const gender: Gender = F > M ? 'F' : 'M';
    if (total < MIN_WORDS || Math.max(M, F) / total < MIN_SHARE) continue;
    if (predict(endings, `_${ending}`) !== gender) endings.set(ending, gender);
  }
  return Object.fromEntries(endings);
}

/**
 * The table: a first line with the endings rule (JSON), then "word\tG" lines sorted by their UTF-8
 * bytes. Lefff's straight apostrophes become Plume's ’; entries of several words are left out (their
 * genders are unreliable: "pomme de terre" is listed masculine), the head word decides instead.
 */
export function compactTable(words: Readonly<Record<string, string>>): Buffer {
  const lines = Object.entries(words)
    .filter(([word, gender]) => !/\s/u.test(word) && (gender === 'M' || gender === 'F'))
    .map(([word, gender]) => [word.replace(/'/g, '’'), gender] as const);
  return Buffer.from(`${JSON.stringify(learnEndings(words))}\n${sortedLines(lines)}`, 'utf8');
}

interface Table {
  readonly bytes: Buffer;
  /** Where the sorted lines begin (after the endings line). */
  readonly start: number;
  readonly endings: ReadonlyMap<string, Gender>;
}

let table: Table | undefined;

function readTable(): Buffer {
  // Built by `npm run build`; the fallback derives it again from the package (slow: tests before a build).
  const path = packagePath(TABLE_PATH);
  if (existsSync(path)) return readFileSync(path);
  const require = createRequire(import.meta.url);
  return compactTable(require('french-words-gender-lefff/dist/words.json') as Record<string, string>);
}

/** Loaded on the first look-up, once. */
function loaded(): Table {
  if (!table) {
    const bytes = readTable();
    const start = bytes.indexOf(10) + 1;
    table = { bytes, start, endings: new Map(Object.entries(JSON.parse(bytes.toString('utf8', 0, start)) as Endings)) };
  }
  return table;
}

/**
 * The Lefff gender of one word as written (case included), or undefined when the Lefff lacks it. Kept
 * (see remember.ts): the same words are asked about by the noun phrases, the verbs, the rules, and the
 * next article.
 */
export const lefffGender = rememberedForGood((word: string): Gender | undefined => {
  const { bytes, start } = loaded();
  const gender = lookUp(bytes, start, word);
  return gender === undefined ? undefined : gender === 'F' ? 'F' : 'M';
});

/** The gender the endings learnt from the Lefff predict for a word it lacks ("cryptomonnaie" → F). */
export function genderByEnding(word: string): Gender {
  return predict(loaded().endings, word.toLowerCase());
}
