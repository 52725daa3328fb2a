/** The conclusion's recap (src/writing/blocks/conclusion.ts) takes a sentence that reads alone as the last word. */
import { describe, expect, it } from 'vitest';
import { endsAlone } from '../../../src/writing/blocks/conclusion.js';

describe('endsAlone', () => {
  it.each([
    ['Deux membres de l’équipage restent portés disparus.', true],
    ['Le conseil se réunira samedi 28 mars pour élire la maire.', true],
    // No verb: a fragment that only its neighbour made a sentence.
    ['Un démarrage inédit pour un studio français indépendant.', false],
    // A pronoun or an adverb that points at the sentence before.
    ['Le grand prix national de la sculpture lui est décerné en 1987.', false],
    ['La bactérie utilise ensuite les produits de cette dégradation.', false],
    ['Le groupe a toutefois reconnu des retards.', false],
  ])('%s → %s', (text, expected) => {
    expect(endsAlone(text)).toBe(expected);
  });
});
