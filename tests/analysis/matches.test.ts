import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/analysis/matches.js';

const asMatchAll = (pattern: RegExp, text: string): unknown[] => [...text.matchAll(pattern)].map((m) => [m.index, ...m]);
const byExec = (pattern: RegExp, text: string): unknown[] => allMatches(pattern, text).map((m) => [m.index, ...m]);

describe('allMatches', () => {
  it.each([
    [/(\d+) (\p{L}+)/gu, 'Le 3 mars, 12 caméras et 7 écoles.'],
    [/\d*/g, 'a1b22c'],
    [/x*/gu, 'a😀b'],
    [/(?<day>\d{1,2}) (?<month>mars|avril)/gi, '3 MARS et 12 avril'],
    [/z/g, 'aucune'],
  ])('finds what matchAll finds: %s in %s', (pattern, text) => {
    expect(byExec(pattern, text)).toEqual(asMatchAll(pattern, text));
  });

  it('leaves the pattern ready for the next text', () => {
    const pattern = /\d+/g;
    allMatches(pattern, '1 2 3');
    expect(pattern.lastIndex).toBe(0);
    expect(allMatches(pattern, '45').map((m) => m[0])).toEqual(['45']);
  });
});
