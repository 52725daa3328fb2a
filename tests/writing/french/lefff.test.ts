import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLE_PATH, compactTable, genderByEnding, learnEndings, lefffGender } from '../../../src/writing/french/lefff.js';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..', '..', '..');

describe('lefffGender', () => {
  it.each([
    ['puce', 'F'],
    ['investisseur', 'M'],
    ['hôpital', 'M'],
    ['œil', undefined],
    ['Commission', 'F'],
    ['ONU', 'F'],
    ['puces', undefined],
    ['samsung', undefined],
    ['$', 'M'],
    ['zygote', 'M'],
  ])('%s → %s', (word, expected) => {
    expect(lefffGender(word)).toBe(expected);
  });

  it('finds every word of the package, and only those', () => {
    const words = require('french-words-gender-lefff/dist/words.json') as Record<string, string>;
    const single = Object.entries(words).filter(([word]) => !/\s/u.test(word));
    expect(single.filter(([word, gender]) => lefffGender(word.replace(/'/g, '’')) !== gender)).toEqual([]);
  });
});

describe('genderByEnding', () => {
  it.each([
    ['uberisation', 'F'],
    ['cryptomonnaie', 'F'],
    ['streaming', 'M'],
    ['cloud', 'M'],
  ])('%s → %s', (word, expected) => {
    expect(genderByEnding(word)).toBe(expected);
  });
});

describe('compactTable', () => {
  it('writes the endings, then the words sorted by their bytes, with Plume’s apostrophe', () => {
    const table = compactTable({ zèbre: 'M', abeille: 'F', 'aujourd\'hui': 'M', 'pomme de terre': 'M' }).toString('utf8');
    expect(table.split('\n').slice(1)).toEqual(['abeille\tF', 'aujourd’hui\tM', 'zèbre\tM', '']);
  });

  it('learns an ending only from enough words that mostly share a gender', () => {
    const words = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`mot${'a'.repeat(i)}tion`, 'F']));
    expect(learnEndings(words)).toEqual({ n: 'F' });
  });

  // Before a build the table is not there yet (lefff.ts then derives it from the package); in CI, which runs
  // `npm test` after the build, a missing table is a build that stopped writing it: the test fails, never skips.
  it.skipIf(!existsSync(join(root, TABLE_PATH)) && !process.env.CI)('is the table the build wrote', () => {
    const words = require('french-words-gender-lefff/dist/words.json') as Record<string, string>;
    expect(readFileSync(join(root, TABLE_PATH)).equals(compactTable(words))).toBe(true);
  });
});
