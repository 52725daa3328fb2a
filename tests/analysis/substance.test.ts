import { describe, expect, it } from 'vitest';
import { contentStems, isFactFree, sourceStems, wordsSharedWith } from '../../src/analysis/substance.js';

describe('contentStems', () => {
  it.each([
    // Words of four letters or more, stopwords out, elision and hyphens apart, accents folded.
    // "puces" and "puce" meet: plural, then final e, dropped.
    ['Les puces de l’entreprise', ['puc', 'entrep']],
    ['une puce', ['puc']],
    ['Le chef-d’œuvre', ['chef', 'œuvr']],
    ['Ils annonçaient rapidement', ['annonc', 'rapid']],
    ['Elle a été annoncée', ['annonc']],
    ['les investisseurs', ['invest']],
    ['Il est là, mais sans eux.', []],
  ])('%s → %j', (text, stems) => {
    expect(contentStems(text)).toEqual(stems);
  });
});

describe('isFactFree', () => {
  const source = sourceStems(['Nvidia vend ses puces électroniques aux investisseurs du monde entier.']);

  it.each([
    ['Les puces électroniques de Nvidia séduisent les investisseurs.', false],
    // Two of five content words from the source: 40 %, not under 30 %.
    ['Les investisseurs achètent des puces quand les marchés montent fortement.', false],
    ['Cette évolution mérite qu’on s’y attarde longuement.', true],
    // No content word at all: nothing from the source either.
    ['Il en est ainsi.', true],
  ])('%s → %s', (text, factFree) => {
    expect(isFactFree(text, source)).toBe(factFree);
  });
});

describe('wordsSharedWith', () => {
  it.each([
    ['Nvidia vend des puces.', 'Les puces que Nvidia vend partent vite.', 1],
    // "vendent" is not "vend" to the crude stem: two of three.
    ['Nvidia vend des puces.', 'Les puces de Nvidia se vendent bien.', 2 / 3],
    ['Nvidia vend des puces aux investisseurs.', 'Les puces de Nvidia.', 0.5],
    ['Il en est ainsi.', 'Nvidia vend des puces.', 0],
  ])('%s in %s → %s', (text, other, share) => {
    expect(wordsSharedWith(text, other)).toBeCloseTo(share);
  });
});
