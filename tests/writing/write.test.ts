import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateArticle, renderArticle } from '../../src/index.js';

const seed = readFileSync('examples/seed.txt', 'utf8');
const thin = readFileSync('tests/fixtures/corpus/06-sport-relais-jamaicain-bolt.txt', 'utf8');

describe('writeArticle', () => {
  it('writes the same article whatever was written before it (what is kept for one article never leaks into the next)', () => {
    // A thin source asked for many words goes through every writing level (shared lead and sections, the last level's copy).
    const options = { minWords: 1500, seed: 2, date: '2026-01-01' };
    const first = renderArticle(generateArticle(thin, options), 'json');
    renderArticle(generateArticle(seed, { minWords: 700 }), 'json');
    renderArticle(generateArticle(seed, { minWords: 1 }), 'json');
    expect(renderArticle(generateArticle(thin, options), 'json')).toBe(first);
  });
});
