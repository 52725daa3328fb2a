import { describe, expect, it } from 'vitest';
import { asAttribute } from '../../../src/writing/french/nouns.js';

describe('asAttribute', () => {
  it.each([
    // A function without a complement: after "est", French says it without its article.
    ['la conseillère municipale', 'conseillère municipale'],
    ['le directeur financier', 'directeur financier'],
    ['la réalisatrice belge', 'réalisatrice belge'],
    ['l’ex-conseiller économique', 'ex-conseiller économique'],
    // One holder: a complement, an adjective before the noun, or a function one person holds.
    ['le maire de Rennes', 'le maire de Rennes'],
    ['la ministre déléguée chargée de l’Espace', 'la ministre déléguée chargée de l’Espace'],
    ['le directeur général d’OpenAI', 'le directeur général d’OpenAI'],
    ['le nouveau premier ministre conservateur', 'le nouveau premier ministre conservateur'],
    ['le président français', 'le président français'],
    // Already without an article, or a name: as it is.
    ['éleveur à Saint-Flour', 'éleveur à Saint-Flour'],
    ['la CGT', 'la CGT'],
  ])('%s → %s', (role, attribute) => {
    expect(asAttribute(role)).toBe(attribute);
  });
});
