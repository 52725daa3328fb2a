import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARTICIPLE_TABLE_PATH, VERB_TABLE_PATH, activeForms, compactParticipleTable, compactVerbTable, finiteNumbers, regularForms } from '../../../src/writing/french/verbs.js';

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

describe('activeForms', () => {
  it.each([
    ['estimé', 'estimer', 'estime', 'estiment', 'estimait', 'estimaient'],
    ['menacé', 'menacer', 'menace', 'menacent', 'menaçait', 'menaçaient'],
    ['mangé', 'manger', 'mange', 'mangent', 'mangeait', 'mangeaient'],
    ['acheté', 'acheter', 'achète', 'achètent', 'achetait', 'achetaient'],
    ['considéré', 'considérer', 'considère', 'considèrent', 'considérait', 'considéraient'],
    ['pris', 'prendre', 'prend', 'prennent', 'prenait', 'prenaient'],
    ['vu', 'voir', 'voit', 'voient', 'voyait', 'voyaient'],
    ['prévu', 'prévoir', 'prévoit', 'prévoient', 'prévoyait', 'prévoyaient'],
    ['transmis', 'transmettre', 'transmet', 'transmettent', 'transmettait', 'transmettaient'],
    ['été', 'être', 'est', 'sont', 'était', 'étaient'],
  ])('%s → %s', (participle, infinitive, presentS, presentP, imperfectS, imperfectP) => {
    expect(activeForms(participle)).toEqual({ infinitive, present: { S: presentS, P: presentP }, imperfect: { S: imperfectS, P: imperfectP } });
  });

  it.each([['santé'], ['estimée'], ['maison'], ['plu']])('%s → none', (word) => {
    expect(activeForms(word)).toBeUndefined();
  });
});

describe('compactParticipleTable', () => {
  it('keeps the verbs the rule for -er gets wrong, and marks a participle two verbs share', () => {
    const conjugations = {
      estimer: { P: ['estime', 'estimes', 'estime', 'estimons', 'estimez', 'estiment'], I: ['estimais', 'estimais', 'estimait', 'estimions', 'estimiez', 'estimaient'], K: ['estimé', 'estimés', 'estimée', 'estimées'] },
      acheter: { P: ['achète', 'achètes', 'achète', 'achetons', 'achetez', 'achètent'], I: ['achetais', 'achetais', 'achetait', 'achetions', 'achetiez', 'achetaient'], K: ['acheté', 'achetés', 'achetée', 'achetées'] },
      plaire: { P: ['plais', 'plais', 'plaît', 'plaisons', 'plaisez', 'plaisent'], I: ['plaisais', 'plaisais', 'plaisait', 'plaisions', 'plaisiez', 'plaisaient'], K: ['plu', 'NA', 'NA', 'NA'] },
      pleuvoir: { P: ['NA', 'NA', 'pleut', 'NA', 'NA', 'pleuvent'], I: ['NA', 'NA', 'pleuvait', 'NA', 'NA', 'pleuvaient'], K: ['plu', 'NA', 'NA', 'NA'] },
    };
    expect(regularForms('estimé')?.present.S).toBe('estime');
    expect(compactParticipleTable(conjugations).toString('utf8').split('\n')).toEqual(['acheté\tacheter achète achètent achetait achetaient', 'plu\t?', '']);
  });

  it('is the table the build wrote', () => {
    const conjugations = require('french-verbs-lefff/dist/conjugations.json');
    expect(readFileSync(join(root, PARTICIPLE_TABLE_PATH)).equals(compactParticipleTable(conjugations))).toBe(true);
  });
});
