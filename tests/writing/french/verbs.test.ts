import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERB_TABLE_PATH, compactVerbTable, finiteNumbers } from '../../../src/writing/french/verbs.js';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..', '..', '..');

describe('finiteNumbers', () => {
  it.each([
    ['reçoit', ['S']],
    ['récupère', ['S']],
    ['comptaient', ['P']],
    ['président', ['P']],
    ['sera', ['S']],
    ['rendit', ['S']],
    ['vendraient', ['P']],
    ['est', ['S']],
    ['reçu', []],
    ['recevant', []],
    ['recevons', []],
    ['maison', []],
    ['Reçoit', []],
  ])('%s → %j', (word, expected) => {
    expect(finiteNumbers(word)).toEqual(expected);
  });
});

describe('compactVerbTable', () => {
  it('keeps the third persons of the main tenses, sorted, one line per form', () => {
    const conjugations = {
      vendre: { P: ['vends', 'vends', 'vend', 'vendons', 'vendez', 'vendent'], S: ['vende', 'vendes', 'vende', 'vendions', 'vendiez', 'vendent'], K: ['vendu', 'vendus', 'vendue', 'vendues'], G: ['vendant'] },
      être: { P: ['suis', 'es', 'est', 'sommes', 'êtes', 'sont'], K: ['été', 'NA', 'NA', 'NA'] },
    };
    expect(compactVerbTable(conjugations).toString('utf8').split('\n')).toEqual([
      'est\tPS',
      'sont\tPP',
      'vend\tPS',
      'vendent\tPP',
      '',
    ]);
  });

  it('is the table the build wrote', () => {
    const conjugations = require('french-verbs-lefff/dist/conjugations.json');
    expect(readFileSync(join(root, VERB_TABLE_PATH)).equals(compactVerbTable(conjugations))).toBe(true);
  });
});
