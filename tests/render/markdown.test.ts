import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/render/markdown.js';

describe('escapeMarkdown', () => {
  it.each([
    ['*gras*', '\\*gras\\*'],
    ['_sous_', '\\_sous\\_'],
    ['[lien](https://x.fr)', '\\[lien\\](https://x.fr)'],
    ['<b>oui</b>', '\\<b\\>oui\\</b\\>'],
    ['# Titre', '\\# Titre'],
    ['- point', '\\- point'],
    ['+ point', '\\+ point'],
    ['> cité', '\\> cité'],
    ['a|b', 'a\\|b'],
    ['`code`', '\\`code\\`'],
    ['a - b # c', 'a - b # c'],
    ['Le marché, 7 000 €.', 'Le marché, 7 000 €.'],
  ])('%j → %j', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });

  // BUG: the backslash goes before the digit ("\1. un"), which CommonMark shows as a literal backslash;
  // the escape belongs before the dot: "1\. un".
  it('escapes an ordered-list marker before its dot', () => {
    expect(escapeMarkdown('1. un')).toBe('1\\. un');
  });
});
