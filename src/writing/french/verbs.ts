/**
 * Verb forms of the Lefff (package french-verbs-lefff, data under LGPL-LR): which words can be a
 * finite verb of the third person, singular or plural. Used to find where a long sentence holds two
 * clauses (rule split-long) and where a clause opens on its verb (rule figure-clause). And, from a
 * past participle, the verb's third persons in the present, the imperfect, the future and the
 * conditional, which the active voice needs ("estimés" → "estime", "menacée" → "menace", "publiés" →
 * "publiera", "construite" → "construirait").
 *
 * The package's conjugations.json is 6 MB (7 826 verbs, every person and mood); `npm run build`
 * derives tables of the forms Plume asks about (scripts/lefff-table.mjs, from `compactVerbTable` and
 * `compactParticipleTable`), read as bytes and searched by bisection. Without a build they are derived
 * in memory, with the same result.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packagePath } from '../../data.js';
import { rememberedForGood } from '../../remember.js';
import { lookUp, sortedLines } from './sorted-table.js';
import type { GrammaticalNumber } from './nouns.js';

/** The table's place, relative to the package root. */
export const VERB_TABLE_PATH = join('dist', 'lefff', 'verbs.tsv');
/** The participle table's place, relative to the package root. */
export const PARTICIPLE_TABLE_PATH = join('dist', 'lefff', 'participles.tsv');

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

/** The simple tenses of the indicative and the conditional that the active voice writes. */
export type SimpleTense = 'present' | 'imperfect' | 'future' | 'conditional';

/** A verb as the active voice needs it: its infinitive and its third persons in each simple tense. */
export interface ActiveForms extends Readonly<Record<SimpleTense, Readonly<Record<GrammaticalNumber, string>>>> {
  readonly infinitive: string;
}

/** The package's letter of each simple tense, in the order of the table's lines. */
const TENSE_LETTERS: Readonly<Record<SimpleTense, string>> = { present: 'P', imperfect: 'I', future: 'F', conditional: 'C' };
const SIMPLE_TENSES = Object.keys(TENSE_LETTERS) as readonly SimpleTense[];

/**
 * The forms a regular verb in -er has, from its participle in -é: "estimé" → estimer, estime, estiment,
 * estimait, estimaient, estimera, estimeront, estimerait, estimeraient ("commencé" → commençait, "mangé"
 * → mangeait). The participle table holds only the verbs this rule gets wrong ("acheté" → achète,
 * achètera; "employé" → emploie, emploiera), so it stays small (80 kB instead of 500).
 */
export function regularForms(participle: string): ActiveForms | undefined {
  if (!participle.endsWith('é')) return undefined;
  const stem = participle.slice(0, -1);
  const before = stem.replace(/c$/u, 'ç').replace(/g$/u, 'ge');
  const infinitive = `${stem}er`;
  return {
    infinitive,
    present: { S: `${stem}e`, P: `${stem}ent` },
    imperfect: { S: `${before}ait`, P: `${before}aient` },
    future: { S: `${infinitive}a`, P: `${infinitive}ont` },
    conditional: { S: `${infinitive}ait`, P: `${infinitive}aient` },
  };
}

const formsLine = (forms: ActiveForms): string => [forms.infinitive, ...SIMPLE_TENSES.flatMap((tense) => [forms[tense].S, forms[tense].P])].join(' ');

/** The forms of a table line, in formsLine's order. */
function formsOf(line: string): ActiveForms {
  const [infinitive = '', ...forms] = line.split(' ');
  const tenses = Object.fromEntries(SIMPLE_TENSES.map((tense, i) => [tense, { S: forms[2 * i]!, P: forms[2 * i + 1]! }])) as Record<SimpleTense, Record<GrammaticalNumber, string>>;
  return { infinitive, ...tenses };
}

/**
 * "participle\tinfinitive present-S present-P imperfect-S imperfect-P future-S future-P conditional-S conditional-P" lines, keyed by the masculine
 * singular participle, for the verbs whose forms regularForms does not give; "participle\t?" when two
 * verbs with different forms share the participle ("plu": plaire, pleuvoir), which then has no answer.
 */
export function compactParticipleTable(conjugations: Conjugations): Buffer {
  const lines = new Map<string, Set<string>>();
  for (const [infinitive, forms] of Object.entries(conjugations)) {
    const participle = forms.K?.[0];
    const wanted = SIMPLE_TENSES.flatMap((tense) => [forms[TENSE_LETTERS[tense]]?.[THIRD_PERSON.S], forms[TENSE_LETTERS[tense]]?.[THIRD_PERSON.P]]);
    if (!participle || participle === 'NA' || !/^[a-zà-ÿœæ]+$/u.test(participle) || wanted.some((form) => !form || form === 'NA')) continue;
    const line = [infinitive, ...wanted].join(' ');
    lines.set(participle, (lines.get(participle) ?? new Set<string>()).add(line));
  }
  const kept: [string, string][] = [];
  for (const [participle, set] of lines) {
    const regular = regularForms(participle);
    if (set.size > 1) kept.push([participle, '?']);
    else if (!regular || formsLine(regular) !== [...set][0]) kept.push([participle, [...set][0]!]);
  }
  return Buffer.from(sortedLines(kept), 'utf8');
}

let conjugations: Conjugations | undefined;
const packageConjugations = (): Conjugations =>
  (conjugations ??= createRequire(import.meta.url)('french-verbs-lefff/dist/conjugations.json') as Conjugations);

/** A table the build wrote, read on first use; without a build, derived from the package in memory. */
function builtTable(relativePath: string, derive: (conjugations: Conjugations) => Buffer): () => Buffer {
  let table: Buffer | undefined;
  return () => {
    if (!table) {
      const path = packagePath(relativePath);
      table = existsSync(path) ? readFileSync(path) : derive(packageConjugations());
    }
    return table;
  };
}

const loaded = builtTable(VERB_TABLE_PATH, compactVerbTable);
const participlesLoaded = builtTable(PARTICIPLE_TABLE_PATH, compactParticipleTable);

/** The tags of a word; words come back often, in an article and in the next, so each is looked up once (see remember.ts). */
const tagsOf = rememberedForGood((word: string): readonly string[] => lookUp(loaded(), 0, word)?.split(' ') ?? []);

/**
 * The numbers in which `word` (lower case, as written) can be a finite verb of the third person: "reçoit" → S. Kept
 * for good, as tagsOf is: it is asked of the same words again and again, and made a new list each time.
 */
export const finiteNumbers = rememberedForGood((word: string): readonly GrammaticalNumber[] => {
  const tags = tagsOf(word);
  return (['S', 'P'] as const).filter((number) => tags.some((tag) => tag.endsWith(number)));
});

/**
 * The verb of a masculine singular past participle (lower case, as written), or undefined when it is
 * none or two verbs share it: table → rule, the rule's answer checked against the finite forms (so
 * that "santé" is not taken for the participle of a verb "santer").
 */
export const activeForms = rememberedForGood((participle: string): ActiveForms | undefined => {
  const line = lookUp(participlesLoaded(), 0, participle);
  if (line === '?') return undefined;
  if (line !== undefined) return formsOf(line);
  const regular = regularForms(participle);
  return regular && tagsOf(regular.present.S).includes('PS') && tagsOf(regular.imperfect.P).includes('IP') && tagsOf(regular.future.S).includes('FS') ? regular : undefined;
});
