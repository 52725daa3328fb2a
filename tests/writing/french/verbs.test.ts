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
    ['estimé', 'estimer', 'estime estiment estimait estimaient estimera estimeront estimerait estimeraient'],
    ['menacé', 'menacer', 'menace menacent menaçait menaçaient menacera menaceront menacerait menaceraient'],
    ['mangé', 'manger', 'mange mangent mangeait mangeaient mangera mangeront mangerait mangeraient'],
    ['publié', 'publier', 'publie publient publiait publiaient publiera publieront publierait publieraient'],
    ['acheté', 'acheter', 'achète achètent achetait achetaient achètera achèteront achèterait achèteraient'],
    ['achevé', 'achever', 'achève achèvent achevait achevaient achèvera achèveront achèverait achèveraient'],
    ['employé', 'employer', 'emploie emploient employait employaient emploiera emploieront emploierait emploieraient'],
    ['envoyé', 'envoyer', 'envoie envoient envoyait envoyaient enverra enverront enverrait enverraient'],
    ['considéré', 'considérer', 'considère considèrent considérait considéraient considérera considéreront considérerait considéreraient'],
    ['pris', 'prendre', 'prend prennent prenait prenaient prendra prendront prendrait prendraient'],
    ['vu', 'voir', 'voit voient voyait voyaient verra verront verrait verraient'],
    ['prévu', 'prévoir', 'prévoit prévoient prévoyait prévoyaient prévoira prévoiront prévoirait prévoiraient'],
    ['construit', 'construire', 'construit construisent construisait construisaient construira construiront construirait construiraient'],
    ['secouru', 'secourir', 'secourt secourent secourait secouraient secourra secourront secourrait secourraient'],
    ['transmis', 'transmettre', 'transmet transmettent transmettait transmettaient transmettra transmettront transmettrait transmettraient'],
    ['été', 'être', 'est sont était étaient sera seront serait seraient'],
  ])('%s → %s %s', (participle, infinitive, forms) => {
    const [presentS, presentP, imperfectS, imperfectP, futureS, futureP, conditionalS, conditionalP] = forms.split(' ');
    expect(activeForms(participle)).toEqual({
      infinitive,
      present: { S: presentS, P: presentP },
      imperfect: { S: imperfectS, P: imperfectP },
      future: { S: futureS, P: futureP },
      conditional: { S: conditionalS, P: conditionalP },
    });
  });

  it.each([['santé'], ['estimée'], ['maison'], ['plu']])('%s → none', (word) => {
    expect(activeForms(word)).toBeUndefined();
  });
});

describe('regularForms', () => {
  it.each([
    ['estimé', 'estimer estime estiment estimait estimaient estimera estimeront estimerait estimeraient'],
    ['commencé', 'commencer commence commencent commençait commençaient commencera commenceront commencerait commenceraient'],
    ['mangé', 'manger mange mangent mangeait mangeaient mangera mangeront mangerait mangeraient'],
  ])('%s → %s', (participle, forms) => {
    const f = regularForms(participle)!;
    expect([f.infinitive, f.present.S, f.present.P, f.imperfect.S, f.imperfect.P, f.future.S, f.future.P, f.conditional.S, f.conditional.P].join(' ')).toBe(forms);
  });

  it('is no rule for a participle that does not end in -é', () => {
    expect(regularForms('pris')).toBeUndefined();
  });
});

describe('compactParticipleTable', () => {
  it('keeps the verbs the rule for -er gets wrong, in any tense, and marks a participle two verbs share', () => {
    const future = (stem: string): string[] => ['ai', 'as', 'a', 'ons', 'ez', 'ont'].map((ending) => `${stem}${ending}`);
    const conditional = (stem: string): string[] => ['ais', 'ais', 'ait', 'ions', 'iez', 'aient'].map((ending) => `${stem}${ending}`);
    const conjugations = {
      estimer: { P: ['estime', 'estimes', 'estime', 'estimons', 'estimez', 'estiment'], I: ['estimais', 'estimais', 'estimait', 'estimions', 'estimiez', 'estimaient'], F: future('estimer'), C: conditional('estimer'), K: ['estimé', 'estimés', 'estimée', 'estimées'] },
      acheter: { P: ['achète', 'achètes', 'achète', 'achetons', 'achetez', 'achètent'], I: ['achetais', 'achetais', 'achetait', 'achetions', 'achetiez', 'achetaient'], F: future('achèter'), C: conditional('achèter'), K: ['acheté', 'achetés', 'achetée', 'achetées'] },
      // A present and an imperfect the rule gets right, a future it gets wrong (an invented verb: the table is tested, not the Lefff).
      zouper: { P: ['zoupe', 'zoupes', 'zoupe', 'zoupons', 'zoupez', 'zoupent'], I: ['zoupais', 'zoupais', 'zoupait', 'zoupions', 'zoupiez', 'zoupaient'], F: future('zouperr'), C: conditional('zouperr'), K: ['zoupé', 'zoupés', 'zoupée', 'zoupées'] },
      plaire: { P: ['plais', 'plais', 'plaît', 'plaisons', 'plaisez', 'plaisent'], I: ['plaisais', 'plaisais', 'plaisait', 'plaisions', 'plaisiez', 'plaisaient'], F: future('plair'), C: conditional('plair'), K: ['plu', 'NA', 'NA', 'NA'] },
      pleuvoir: { P: ['NA', 'NA', 'pleut', 'NA', 'NA', 'pleuvent'], I: ['NA', 'NA', 'pleuvait', 'NA', 'NA', 'pleuvaient'], F: ['NA', 'NA', 'pleuvra', 'NA', 'NA', 'pleuvront'], C: ['NA', 'NA', 'pleuvrait', 'NA', 'NA', 'pleuvraient'], K: ['plu', 'NA', 'NA', 'NA'] },
    };
    expect(regularForms('estimé')?.present.S).toBe('estime');
    expect(compactParticipleTable(conjugations).toString('utf8').split('\n')).toEqual([
      'acheté\tacheter achète achètent achetait achetaient achètera achèteront achèterait achèteraient',
      'plu\t?',
      'zoupé\tzouper zoupe zoupent zoupait zoupaient zouperra zouperront zouperrait zouperraient',
      '',
    ]);
  });

  it('is the table the build wrote', () => {
    const conjugations = require('french-verbs-lefff/dist/conjugations.json');
    expect(readFileSync(join(root, PARTICIPLE_TABLE_PATH)).equals(compactParticipleTable(conjugations))).toBe(true);
  });
});
