import { describe, expect, it } from 'vitest';
import { createGuard } from '../../src/writing/guard.js';

describe('createGuard', () => {
  const guardWith = (...texts: string[]) => {
    const guard = createGuard();
    for (const text of texts) guard.add(text);
    return guard;
  };

  it.each([
    'Le marché a chuté de 3 % lundi.',
    'le marché a chuté de 3 % lundi',
    'LE MARCHÉ A CHUTÉ, DE 3 % LUNDI !',
  ])('refuses a duplicate sentence: %j', (text) => {
    expect(guardWith('Le marché a chuté de 3 % lundi.').accepts(text)).toBe(false);
  });

  it('accepts a new sentence', () => {
    expect(guardWith('Le marché a chuté de 3 % lundi.').accepts('Le marché a rebondi mardi.')).toBe(true);
  });

  it('refuses a sentence without words', () => {
    expect(createGuard().accepts('…')).toBe(false);
  });
});
