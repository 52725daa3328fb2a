/**
 * Verb forms of the Lefff (package french-verbs-lefff, data under LGPL-LR): which words can be a
 * finite verb of the third person, singular or plural. Used to find where a long sentence holds two
 * clauses (rule split-long) and where a clause opens on its verb (rule figure-clause). And, from a
 * past participle, the verb's third persons in the present and the imperfect, which the active voice
 * needs ("estimés" → "estime", "menacée" → "menace").
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
import { remembered } from '../../remember.js';
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

/** A verb as the active voice needs it: its infinitive and its third persons, present and imperfect. */
export interface ActiveForms {
  readonly infinitive: string;
  readonly present: Readonly<Record<GrammaticalNumber, string>>;
  readonly imperfect: Readonly<Record<GrammaticalNumber, string>>;
}

/**
 * The forms a regular verb in -er has, from its participle in -é: "estimé" → estimer, estime, estiment,
 * estimait, estimaient ("commencé" → commençait, "mangé" → mangeait). The participle table holds only
 * the verbs this rule gets wrong, so it stays small (70 kB instead of 350).
 */
export function regularForms(participle: string): ActiveForms | undefined {
  if (!participle.endsWith('é')) return undefined;
  const stem = participle.slice(0, -1);
  const before = stem.replace(/c$/u, 'ç').replace(/g$/u, 'ge');
  return { infinitive: `${stem}er`, present: { S: `${stem}e`, P: `${stem}ent` }, imperfect: { S: `${before}ait`, P: `${before}aient` } };
}

const formsLine = (forms: ActiveForms): string => [forms.infinitive, forms.present.S, forms.present.P, forms.imperfect.S, forms.imperfect.P].join(' ');

/**
 * "participle\tinfinitive present-S present-P imperfect-S imperfect-P" lines, keyed by the masculine
 * singular participle, for the verbs whose forms regularForms does not give; "participle\t?" when two
 * verbs with different forms share the participle ("plu": plaire, pleuvoir), which then has no answer.
 */
export function compactParticipleTable(conjugations: Conjugations): Buffer {
  const lines = new Map<string, Set<string>>();
  for (const [infinitive, forms] of Object.entries(conjugations)) {
    const participle = forms.K?.[0];
    const wanted = [forms.P?.[THIRD_PERSON.S], forms.P?.[THIRD_PERSON.P], forms.I?.[THIRD_PERSON.S], forms.I?.[THIRD_PERSON.P]];
    if (!participle || participle === 'NA' || !/^[a-zà-ÿœæ]+$/u.test(participle) || wanted.some((form) => !form || form === 'NA')) continue;
    const [presentS, presentP, imperfectS, imperfectP] = wanted as string[];
    const line = formsLine({ infinitive, present: { S: presentS!, P: presentP! }, imperfect: { S: imperfectS!, P: imperfectP! } });
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

/** The tags of a word; the words of one article come back often, so each is looked up once (see remember.ts). */
const tagsOf = remembered((word: string): readonly string[] => lookUp(loaded(), 0, word)?.split(' ') ?? []);

/** The numbers in which `word` (lower case, as written) can be a finite verb of the third person: "reçoit" → S. */
export function finiteNumbers(word: string): readonly GrammaticalNumber[] {
  const tags = tagsOf(word);
  return (['S', 'P'] as const).filter((number) => tags.some((tag) => tag.endsWith(number)));
}

/**
 * The verb of a masculine singular past participle (lower case, as written), or undefined when it is
 * none or two verbs share it: table → rule, the rule's answer checked against the finite forms (so
 * that "santé" is not taken for the participle of a verb "santer").
 */
export const activeForms = remembered((participle: string): ActiveForms | undefined => {
  const line = lookUp(participlesLoaded(), 0, participle);
  if (line === '?') return undefined;
  if (line !== undefined) {
    const [infinitive, presentS, presentP, imperfectS, imperfectP] = line.split(' ') as [string, string, string, string, string];
    return { infinitive, present: { S: presentS, P: presentP }, imperfect: { S: imperfectS, P: imperfectP } };
  }
  const regular = regularForms(participle);
  return regular && tagsOf(regular.present.S).includes('PS') && tagsOf(regular.imperfect.P).includes('IP') ? regular : undefined;
});
