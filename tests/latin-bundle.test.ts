import { describe, expect, it } from 'vitest';
import { checkNarrowedClasses, classBody, codeRanges, latinCodePoints, letterClasses, lettersOutside, narrowPattern } from '../src/latin-bundle.js';

const codes = latinCodePoints();
const inSet = new Set(codes);
const plain = letterClasses(codes, false);
const caseInsensitive = letterClasses(codes, true);
const has = (char: string): boolean => inSet.has(char.codePointAt(0)!);

describe('latinCodePoints', () => {
  it('holds French letters, typography, the ordinal letters, the micro sign and emoji', () => {
    for (const char of ['a', 'Z', 'é', 'È', 'ç', 'œ', 'Œ', 'ÿ', 'Ÿ', '’', '«', '»', '—', '…', '€', '\u202f', 'ᵉ', 'ʳ', 'µ', '🚀', '✓']) expect(has(char), char).toBe(true);
  });

  it('leaves out other scripts', () => {
    for (const char of ['α', 'Ω', 'д', 'Ж', 'ا', '中', 'ー']) expect(has(char), char).toBe(false);
  });

  it('is closed: no case or normal form of one of its characters leaves it', () => {
    const images = (char: string) => [char.toUpperCase(), char.toLowerCase(), char.normalize('NFD'), char.normalize('NFC'), char.normalize('NFKD'), char.normalize('NFKC')];
    for (const code of codes) {
      for (const image of images(String.fromCodePoint(code))) for (const char of image) expect(has(char), `U+${code.toString(16)} → ${image}`).toBe(true);
    }
  });

  it('drops a character whose case or normal form is outside its blocks: capitals without their lower case, the micro sign without Greek', () => {
    expect(latinCodePoints([[0x41, 0x5a], [0xb5, 0xb5]])).toEqual([]);
    expect(latinCodePoints([[0x41, 0x5a], [0x61, 0x7a]])).toHaveLength(52);
  });
});

describe('classBody', () => {
  it('writes runs as ranges, pairs as two characters, escapes all but ASCII letters and digits', () => {
    expect(classBody([0x61, 0x62, 0x63, 0x65])).toBe('a-ce');
    expect(classBody([0x61, 0x62])).toBe('ab');
    expect(classBody([0x2d, 0xe9])).toBe('\\u002d\\u00e9');
    expect(classBody([0x1f680, 0x1f681, 0x1f682])).toBe('\\u{1f680}-\\u{1f682}');
  });
});

describe('letterClasses and checkNarrowedClasses', () => {
  it('agree with \\p{…} on every character of the set, with and without the flag i', () => {
    expect(() => checkNarrowedClasses(codes, plain, false)).not.toThrow();
    expect(() => checkNarrowedClasses(codes, caseInsensitive, true)).not.toThrow();
  });

  it('needs the case-insensitive classes under i: "ß" matches \\p{Lu} there, through "ẞ"', () => {
    expect(/^\p{Lu}$/iu.test('ß')).toBe(true);
    expect(() => checkNarrowedClasses(codes, plain, true)).toThrow(/U\+00DF/);
  });

  it('narrow \\p{L} to the letters of the set', () => {
    const letter = new RegExp(`^[${plain.L}]$`, 'u');
    for (const char of ['a', 'É', 'œ', 'ᵉ', 'µ']) expect(letter.test(char), char).toBe(true);
    for (const char of ['1', '’', '-', ' ', '🚀', 'α']) expect(letter.test(char), char).toBe(false);
  });
});

describe('narrowPattern', () => {
  it('writes a class for a property alone and its body inside a class', () => {
    expect(narrowPattern('^\\p{Lu}x', plain)).toBe(`^[${plain.Lu}]x`);
    expect(narrowPattern('(?<![\\p{L}’-])ce', plain)).toBe(`(?<![${plain.L}’-])ce`);
  });

  it('reads escapes as escapes and leaves the other properties', () => {
    expect(narrowPattern('\\\\p{L}', plain)).toBeUndefined();
    expect(narrowPattern('\\P{L}\\p{N}\\p{Lt}', plain)).toBeUndefined();
    expect(narrowPattern('[\\]\\p{Ll}]\\p{L}', plain)).toBe(`[\\]${plain.Ll}][${plain.L}]`);
  });

  it('matches as the pattern it narrows on French text', () => {
    const patterns: [string, string][] = [
      ['(?<![\\p{L}’-])(?:ce|cet|cette|ces)(?![\\p{L}’-])', 'giu'],
      ['\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)*', 'gu'],
      ['^(\\p{L}+)\\b[^,]*, \\1\\b', 'iu'],
      ['[^\\p{L}]+', 'gu'],
    ];
    const text = 'Cette année, Jean-Éric Dupont et Œdipe Lefèvre ont vu ces 1ᵉʳ essais à Saint-Étienne ; CET été, « Cœur » — Ça va… ÇA VA ! Élan, élan.';
    for (const [pattern, flags] of patterns) {
      const narrowed = narrowPattern(pattern, flags.includes('i') ? caseInsensitive : plain)!;
      expect(narrowed).toBeDefined();
      expect(text.match(new RegExp(narrowed, flags)), pattern).toEqual(text.match(new RegExp(pattern, flags)));
    }
  });
});

describe('codeRanges', () => {
  it('writes the code points as runs', () => {
    expect(codeRanges([0x41, 0x42, 0x43, 0x61, 0x1f680, 0x1f681])).toEqual([[0x41, 0x43], [0x61, 0x61], [0x1f680, 0x1f681]]);
    expect(codeRanges([])).toEqual([]);
  });
});

describe('lettersOutside', () => {
  it('gives the letters of a text outside the set, each once', () => {
    expect(lettersOutside('Le mot Αθήνα, α', inSet)).toEqual(['Α', 'θ', 'ή', 'ν', 'α']);
    expect(lettersOutside('Élan 🚀 ー', inSet)).toEqual(['ー']);
  });
});
