/**
 * The French checks of the test suite: Grammalecte (Debian package grammalecte-cli) on the text Plume
 * writes, and nspell with dictionary-fr for spelling. An error is Plume's when its context (40
 * characters each side) does not occur in the source: errors copied with the source are not.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

export const grammalecteAvailable = spawnSync('grammalecte-cli', ['-h'], { encoding: 'utf8' }).status === 0;

/** In CI a missing Grammalecte is a failure; elsewhere the run says so loudly and the checks are skipped. */
export function requireGrammalecte(): boolean {
  if (grammalecteAvailable) return true;
  if (process.env.CI) throw new Error('grammalecte-cli is missing: .ci/run must install it (apt-get install grammalecte-cli)');
  console.warn('\n*** grammalecte-cli is not installed: the Grammalecte checks are SKIPPED. Install it: apt-get install grammalecte-cli ***\n');
  return false;
}

const normalise = (text: string): string => text.replace(/[\u00A0\u202F\u2009\s]+/g, ' ').replace(/[’‘`´]/g, "'").trim();

export interface FrenchError {
  readonly rule: string;
  readonly message: string;
  readonly context: string;
}

interface GrammalecteError {
  readonly sRuleId: string;
  readonly sMessage: string;
  readonly sBefore?: string;
  readonly sUnderlined?: string;
  readonly sAfter?: string;
}

/** Grammalecte's errors (grammar and typography) in `lines` whose context is not in `source`. */
export function newGrammarErrors(lines: readonly string[], source: string): FrenchError[] {
  const dir = mkdtempSync(join(tmpdir(), 'plume-gc-'));
  try {
    const file = join(dir, 'body.txt');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const stdout = execFileSync('grammalecte-cli', ['-f', file, '-j', '-ctx'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const data = JSON.parse(stdout.slice(stdout.indexOf('{'))) as { data: { lGrammarErrors: GrammalecteError[] }[] };
    const sourceText = normalise(source);
    return data.data
      .flatMap((paragraph) => paragraph.lGrammarErrors)
      .map((e) => ({ rule: e.sRuleId, message: e.sMessage, context: `${(e.sBefore ?? '').slice(-40)}${e.sUnderlined ?? ''}${(e.sAfter ?? '').slice(0, 40)}` }))
      .filter((e) => !sourceText.includes(normalise(e.context)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Speller {
  correct(word: string): boolean;
}

let speller: Promise<Speller> | undefined;

/**
 * nspell expands dictionary-fr's affixes when it loads: about 6 s on a quiet machine, 45 s seen under the whole
 * suite's load. A test file calls this in a beforeAll of its own, with SPELLER_TIMEOUT, so that no test's timeout
 * pays for it.
 */
export function loadSpeller(): Promise<Speller> {
  speller ??= (async () => {
    const nspell = require('nspell') as (dictionary: unknown) => Speller;
    const dictionary = (await import('dictionary-fr')).default;
    return nspell(dictionary);
  })();
  return speller;
}

/** The time the speller's load may take: generous, since a slow load is no fault of Plume's. */
export const SPELLER_TIMEOUT = 300_000;

/** Words of `text` that the French dictionary does not know and the source does not use. */
export async function unknownWords(text: string, source: string): Promise<string[]> {
  const spell = await loadSpeller();
  // "Christie's" in the source is the article's "Christie’s": the apostrophe is typography.
  const sourceWords = new Set((source.toLowerCase().replace(/'/gu, '’').match(/[\p{L}’-]+/gu) ?? []).flatMap((w) => [w, ...w.split(/[’-]/)]));
  const known = (word: string): boolean =>
    spell.correct(word) || spell.correct(word.toLowerCase()) || sourceWords.has(word.toLowerCase().replace(/'/gu, '’')) ||
    (word.includes('-') && word.split('-').filter((p) => p && p !== 't').every((p) => known(p)));
  const words = (text.match(/[\p{L}][\p{L}’'-]*/gu) ?? [])
    .map((w) => w.replace(/^(?:[ldjmntsc]|qu|lorsqu|puisqu|jusqu|quoiqu)[’']/iu, '').replace(/[-’']+$/u, ''))
    // An ordinal's superscript ("1ᵉʳ", "XIᵉ") is typography, not a word: the judge does not look it up either.
    .filter((w) => w.length > 1 && !/^\p{Lm}+$/u.test(w));
  return [...new Set(words.filter((w) => !known(w)))];
}
