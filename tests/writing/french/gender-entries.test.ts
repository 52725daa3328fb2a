/**
 * Nouns the Lefff leaves out (two genders) or whose ending misleads the rule, as news use them: lexicon/gender.json.
 * "Quelques termes employés ici méritent une définition : la box-office, … et le part de marché" (h-08) read them wrong.
 */
import { describe, expect, it } from 'vitest';
import { genderOf, withDeterminer } from '../../../src/writing/french/agreement.js';

describe('gender of news nouns the Lefff lacks', () => {
  it.each([
    ['box-office', 'M'],
    ['part de marché', 'F'],
    ['part', 'F'],
    ['infox', 'F'],
    ['OPA', 'F'],
    ['IRM', 'F'],
    ['IGPN', 'F'],
    ['5G', 'F'],
    ['garde des Sceaux', 'M'],
  ])('%s → %s', (noun, expected) => {
    expect(genderOf(noun)).toBe(expected);
  });

  it('writes "le box-office" and "la part de marché"', () => {
    expect(withDeterminer('definite', 'box-office')).toBe('le box-office');
    expect(withDeterminer('definite', 'part de marché')).toBe('la part de marché');
  });
});
