/** src/latin-set.cts, built: vitest reads no CommonJS TypeScript, so the test requires what tsc wrote. */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeRanges, latinCodePoints } from '../src/latin-bundle.js';
import { root } from './support/cli.js';

const { latinTextTest } = createRequire(import.meta.url)(join(root, 'dist', 'src', 'latin-set.cjs')) as typeof import('../src/latin-set.cjs');
const isLatin = latinTextTest(codeRanges(latinCodePoints()));

describe('latinTextTest', () => {
  it('takes a French text with its typography, the ordinal letters, the micro sign and emoji', () => {
    expect(isLatin('Élan « cœur » du 1ᵉʳ mai, 12 µg, 3\u202f000 € — l’été… 🚀\n\tfin\r\n')).toBe(true);
    expect(isLatin('')).toBe(true);
  });

  it('refuses a letter of another script, a lone surrogate, a control character and the replacement character', () => {
    for (const text of ['Le mot Αθήνα', 'Москва', '北京', 'a\ud83d', 'a\udc00b', 'a\u0000', 'a\ufffd']) expect(isLatin(text), JSON.stringify(text)).toBe(false);
  });

  it('reads a text of several megabytes in one pass', () => {
    const text = 'Élan « cœur » du 1ᵉʳ mai. '.repeat(200_000);
    expect(isLatin(text)).toBe(true);
    expect(isLatin(`${text}α`)).toBe(false);
  });
});
