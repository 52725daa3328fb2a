import { describe, expect, it } from 'vitest';
import { contract } from '../../../src/writing/french/01-contractions.js';

describe('contract', () => {
  it.each([
    ['de', 'le', 'du'],
    ['de', 'les', 'des'],
    ['à', 'le', 'au'],
    ['à', 'les', 'aux'],
    ['De', 'le', 'Du'],
    ['À', 'les', 'Aux'],
    ['de', 'Le', 'du'],
    ['de', 'Les', 'des'],
    ['de', 'la', undefined],
    ['à', 'la', undefined],
    ['en', 'le', undefined],
  ])('%s %s → %s', (first, second, expected) => {
    expect(contract(first, second)).toBe(expected);
  });
});
