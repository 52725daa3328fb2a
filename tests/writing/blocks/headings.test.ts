/** Subheadings (src/writing/blocks/headings.ts). */
import { describe, expect, it } from 'vitest';
import { isNounPhrase, particularPhrase, topicHeading } from '../../../src/writing/blocks/headings.js';
import { createChooser } from '../../../src/writing/variety.js';
import { createGuard } from '../../../src/writing/guard.js';
import { tallied } from '../../../src/writing/readability-tally.js';
import type { WriteContext } from '../../../src/writing/context.js';

describe('isNounPhrase', () => {
  it.each([
    ['Le parcours sportif', true],
    ['Une attaque à six kilomètres de l’arrivée', true],
    ['Les enjeux économiques du projet', true],
    // A source's subheading may be a sentence: the FAQ cannot ask "Que sait-on du maillot jaune résiste ?".
    ['Le maillot jaune résiste', false],
    ['Les industriels s’inquiètent', false],
    ['La majorité adopte le budget', false],
    // A word both noun and verb is the verb after a noun, the noun after an article or a preposition.
    ['Le long-courrier reste à la traîne', false],
    ['La grève continue', false],
    ['Le reste du budget', true],
    ['La fin de la grève', true],
    // Unsure: "politique" may be a verb form.
    ['Le contexte politique', false],
  ])('%s → %s', (heading, expected) => {
    expect(isNounPhrase(heading)).toBe(expected);
  });
});

describe('particularPhrase: a section\'s heading is the noun phrase it holds and the rest of the text does not', () => {
  const OTHERS = ['L’entreprise a publié ses résultats annuels mardi.', 'Le chiffre d’affaires a reculé de 4 % sur un an.'];
  const PLAN = ['Le plan de sauvegarde de l’emploi prévoit 300 départs volontaires.', 'Ce plan sera présenté aux syndicats lundi.'];
  it('gives the phrase with the article the source writes, capitalised', () => {
    expect(particularPhrase(PLAN, OTHERS, 'Novellia')).toBe('Le plan de sauvegarde de l’emploi');
  });
  it.each([
    ['the rest of the text writes it too', PLAN, [...OTHERS, 'Le plan de sauvegarde de l’emploi a été signé.'], 'Novellia'],
    ['it is the keyphrase alone', PLAN, OTHERS, 'plan de sauvegarde de l’emploi'],
    // Its noun said once is no subject of the section ("le premier vaccin au monde autorisé").
    ['its noun comes back nowhere in the section', ['Le plan de sauvegarde de l’emploi prévoit 300 départs volontaires.', 'Les syndicats seront reçus lundi.'], OTHERS, 'Novellia'],
    // "à la tête du club", "le prix de la mise (en scène)": a locution, or a phrase cut before its "en".
    ['it opens on a locution\'s noun', ['Elle est arrivée à la tête du club en décembre.', 'Depuis, la tête du club a remporté onze matchs.'], OTHERS, 'Novellia'],
    ['it ends on a locution\'s noun', ['Le prix de la mise en scène revient à Park Min-ho.', 'Ce prix récompense chaque année un cinéaste.'], OTHERS, 'Novellia'],
    // "le montant de (dommages et intérêts)": the phrase goes on past where the lexicon's noun phrase stops.
    ['the source goes on with "et"', ['Le montant de dommages et intérêts atteint un record.', 'Ce montant sera versé en mars.'], OTHERS, 'Novellia'],
  ])('gives nothing when %s', (_, section, others, keyphrase) => {
    expect(particularPhrase(section, others, keyphrase)).toBeUndefined();
  });
});

describe('topicHeading: a topic\'s label heads one section', () => {
  const context = (): WriteContext =>
    ({ chooser: createChooser(7, 0), guard: tallied(createGuard()), keyphrase: { text: 'Airbus', withDeterminer: 'Airbus', proper: true } }) as unknown as WriteContext;
  const LABELS = ['Le volet politique', 'Le contexte politique', 'Les enjeux politiques'];
  it.each([0, 1, 2])('gives a second section of the same topic another heading than its labels (slot %i)', (slot) => {
    const c = context();
    const used = new Set<string>();
    const first = topicHeading(c, LABELS, `section:${slot}`, used, 2);
    const second = topicHeading(c, LABELS, `section:${slot + 1}`, used, 2, ['s4', 's5']);
    expect(LABELS).toContain(first.text);
    expect(LABELS).not.toContain(second.text);
    expect(second.text).not.toBe(first.text);
    // Its provenance: the section's sentences.
    expect(second.provenance.sources).toEqual(['s4', 's5']);
  });
});
