import { describe, expect, it } from 'vitest';
import { thinSourceMessage } from '../src/errors.js';

describe('thinSourceMessage', () => {
  it('says what the source gives, what was asked and what the user can do', () => {
    expect(thinSourceMessage(109, 700, { sentences: 2, figures: 3, names: 2 })).toBe(
      'the source gives 109 honest words, fewer than the 700 asked for (2 source sentences, 3 figures, 2 names found): nothing was written; add source text, lower --min-words, or pass --allow-short to accept a shorter article',
    );
  });

  it('counts one thing in the singular ("1 figures" read wrong)', () => {
    expect(thinSourceMessage(1, 700, { sentences: 1, figures: 1, names: 1 })).toContain('gives 1 honest word, fewer than the 700 asked for (1 source sentence, 1 figure, 1 name found)');
  });
});
