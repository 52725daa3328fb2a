import { describe, expect, it } from 'vitest';
import { countWords, fold, frenchRegExp } from '../src/text.js';

describe('countWords', () => {
  it.each([
    ['7 000', 1],
    ['7\u202F000 emplois', 2],
    ['12 345 678 habitants', 2],
    ['2012 et 2013', 3],
    ['l’homme', 2],
    ["l'homme", 2],
    ['qu’il', 2],
    ['C’est', 2],
    ['jusqu’à', 2],
    ['aujourd’hui', 1],
    ['presqu’île', 1],
    ['Le marché a chuté de 3 % lundi.', 7],
    [' — ', 0],
    ['', 0],
  ])('%j → %i', (text, count) => {
    expect(countWords(text)).toBe(count);
  });
});

describe('frenchRegExp', () => {
  it.each([
    ['\\bété\\b', 'un été chaud', true],
    ['\\bété\\b', 'arrêtée', false],
    ['\\bcafé\\b', 'des cafés', false],
    ['\\bÉtat\\b', 'l’État', true],
    ['\\bmarché\\b', 'LE MARCHÉ', true],
  ])('/%s/ on %j → %s', (pattern, text, expected) => {
    expect(frenchRegExp(pattern).test(text)).toBe(expected);
  });

  it('knows accents where the plain \\b does not', () => {
    expect(/\bété/u.test(' été')).toBe(false);
    expect(frenchRegExp('\\bété').test(' été')).toBe(true);
  });
});

describe('fold', () => {
  it.each([
    ['  L’Été\u00A0à  Paris ', 'l’ete a paris'],
    ["l'ete a paris", 'l’ete a paris'],
    ['ÇA\u202FVA', 'ca va'],
    ['Œuvre', 'œuvre'],
  ])('%j → %j', (text, expected) => {
    expect(fold(text)).toBe(expected);
  });
});
