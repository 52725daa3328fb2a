import { describe, expect, it } from 'vitest';
import { contentStems, isFactFree, sourceStems, wordsSharedWith } from '../../src/analysis/substance.js';
import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import { fold } from '../../src/text.js';
import { seededIntegers } from '../support/random.js';

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

describe('contentStems scans as the regex version read', () => {
  const stopwords = new Set((stopwordsIso as { fr: string[] }).fr.flatMap((word) => [word, fold(word)]));
  const stem = (folded: string): string => {
    let word = folded;
    if (word.endsWith('s') || word.endsWith('x')) word = word.slice(0, -1);
    if (word.endsWith('ment')) word = word.slice(0, -4);
    if (word.endsWith('e')) word = word.slice(0, -1);
    return word.slice(0, 6);
  };
  const byRegex = (text: string): string[] => {
    const stems: string[] = [];
    for (const token of text.toLowerCase().split(/\s+/u)) {
      for (const word of token.replace(/^(?:l|d|j|m|n|s|t|c|qu|lorsqu|puisqu|jusqu|quoiqu)['’]/u, '').match(/\p{L}+/gu) ?? []) {
        if (word.length < 4 || stopwords.has(word)) continue;
        const folded = fold(word);
        if (!stopwords.has(folded)) stems.push(stem(folded));
      }
    }
    return stems;
  };
  it('on texts made of tricky pieces', () => {
    const pieces = ['L’', "l'", 'Lorsqu’', 'qu’', 'jusqu’', 'aujourd’hui', 'annoncé', 'Puces', 'ÉTATS', 'mouvement', ' ', '\u00A0', '\u202F', '\n', '-', '—', '«', '»', '’', '3,5', '2012', 'Σοφία', 'ﬁnance', 'e\u0301te\u0301', '😀', '𝒜bcd', 'ſtyle', 'İstanbul', 'œuvre', 'dans', 'ª'];
    const next = seededIntegers(5);
    for (let run = 0; run < 5000; run++) {
      let text = '';
      for (let i = next(10); i > 0; i--) text += pieces[next(pieces.length)];
      expect(contentStems(text), JSON.stringify(text)).toEqual(byRegex(text));
    }
  });
});
