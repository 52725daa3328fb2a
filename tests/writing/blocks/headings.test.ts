/** Subheadings (src/writing/blocks/headings.ts). */
import { describe, expect, it } from 'vitest';
import { isNounPhrase } from '../../../src/writing/blocks/headings.js';

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
