/**
 * The Latin bundle (built by scripts/latin-bundle.mjs, chosen by src/plume.cts): the generate bundle with
 * each letter class of its regular expressions (\p{L}, \p{Lu}, \p{Ll}) narrowed to the letters of a set of
 * code points that holds French and the other Latin-script languages, their punctuation and typography.
 *
 * Why: V8 builds a \p{…} class from ICU each time it parses a regular expression, which it does twice (when
 * the literal is made and when it is compiled), and compiles it into a test over about 650 ranges. A cold
 * generate makes some 500 regular expressions: their letter classes were about an eighth of its
 * instructions (valgrind, seed: 927 M → 800 M with the narrowed classes).
 *
 * Why the output is the same: a class only ever tests one character. If every letter of every text a
 * regular expression reads is in the set, the narrowed class and \p{…} agree on each character they test
 * (checked for every code point of the set by `checkNarrowedClasses`, with and without the flag i). The
 * executable takes the Latin bundle only when the input file and every argument lie in the set; the
 * build checks that the letters of the lexicon, the templates and Plume's own strings do; and the set is
 * closed under case mapping and Unicode normalization, so that no text derived from these leaves it.
 */

/**
 * The blocks the set starts from, before its closure: controls of a text, ASCII, Latin-1, Latin Extended A
 * and B, the modifier letters and phonetic extensions (ᵉ, ʳ of "1ᵉʳ"), combining diacritics, the two Greek
 * letters that are the cases of the micro sign ("µg" keeps its place in the set), general punctuation
 * (’ « — …), currency signs, and symbols without letters: letterlike ones, number forms, arrows, maths,
 * enclosed alphanumerics, box drawing, dingbats, variation selectors, the byte order mark, emoji.
 */
const LATIN_BLOCKS: readonly (readonly [number, number])[] = [
  [0x09, 0x0a],
  [0x0d, 0x0d],
  [0x20, 0x7e],
  [0xa0, 0x24f],
  [0x2b0, 0x2ff],
  [0x300, 0x36f],
  [0x39c, 0x39c],
  [0x3bc, 0x3bc],
  [0x1d00, 0x1dbf],
  [0x2000, 0x206f],
  [0x20a0, 0x20cf],
  [0x2100, 0x23ff],
  [0x2460, 0x27bf],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0x1f000, 0x1faff],
];

/** The letter properties the Latin bundle narrows; other \p{…} stay as written (still right, only slower). */
export const NARROWED_PROPERTIES = ['L', 'Lu', 'Ll'] as const;
export type NarrowedProperty = (typeof NARROWED_PROPERTIES)[number];
export type LetterClasses = Readonly<Record<NarrowedProperty, string>>;

/** What a text can turn a character into: its cases and its normal forms. */
const imagesOf = (text: string): readonly string[] => [text.toUpperCase(), text.toLowerCase(), text.normalize('NFD'), text.normalize('NFC'), text.normalize('NFKD'), text.normalize('NFKC')];

/**
 * The set's code points, ascending: the blocks above without the characters that case mapping or
 * normalization turns into one outside them ("µ" → Greek "Μ", "ŉ" → "ʼN"), until none is left.
 */
export function latinCodePoints(blocks: readonly (readonly [number, number])[] = LATIN_BLOCKS): number[] {
  const kept = new Set<number>();
  for (const [first, last] of blocks) for (let code = first; code <= last; code++) kept.add(code);
  for (let removed = true; removed; ) {
    removed = false;
    for (const code of [...kept]) {
      const leaves = imagesOf(String.fromCodePoint(code)).some((image) => [...image].some((char) => !kept.has(char.codePointAt(0)!)));
      if (leaves) {
        kept.delete(code);
        removed = true;
      }
    }
  }
  return [...kept].sort((a, b) => a - b);
}

/** A code point in a class of a pattern with the flag u: itself if a letter or digit of ASCII, else its escape. */
function escapeCode(code: number): string {
  if (code < 0x80 && /[0-9A-Za-z]/.test(String.fromCharCode(code))) return String.fromCharCode(code);
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** A class body ("a-z\u00e0…") of the code points, ascending, as ranges. */
export function classBody(codes: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < codes.length; ) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j]! + 1) j++;
    parts.push(j === i ? escapeCode(codes[i]!) : `${escapeCode(codes[i]!)}${j > i + 1 ? '-' : ''}${escapeCode(codes[j]!)}`);
    i = j + 1;
  }
  return parts.join('');
}

/**
 * The narrowed class bodies: the code points of the set that \p{…} matches, with the flags the regular
 * expression has. With i, that includes a letter whose other case only has the property: "ß" matches
 * \p{Lu} under i, through "ẞ", which is outside the set.
 */
export function letterClasses(codes: readonly number[], caseInsensitive: boolean): LetterClasses {
  const flags = caseInsensitive ? 'iu' : 'u';
  const bodyOf = (property: NarrowedProperty): string => {
    const test = new RegExp(`^\\p{${property}}$`, flags);
    return classBody(codes.filter((code) => test.test(String.fromCodePoint(code))));
  };
  return { L: bodyOf('L'), Lu: bodyOf('Lu'), Ll: bodyOf('Ll') };
}

/** Throws unless each narrowed class, plain or negated, matches exactly the characters of the set that \p{…} matches. */
export function checkNarrowedClasses(codes: readonly number[], classes: LetterClasses, caseInsensitive: boolean): void {
  const flags = caseInsensitive ? 'iu' : 'u';
  for (const property of NARROWED_PROPERTIES) {
    for (const negation of ['', '^']) {
      const full = new RegExp(`^[${negation}\\p{${property}}]$`, flags);
      const narrowed = new RegExp(`^[${negation}${classes[property]}]$`, flags);
      for (const code of codes) {
        const char = String.fromCodePoint(code);
        if (full.test(char) !== narrowed.test(char)) {
          throw new Error(`the narrowed class of \\p{${property}} (flags ${flags}${negation ? ', negated' : ''}) differs on U+${code.toString(16).toUpperCase().padStart(4, '0')}`);
        }
      }
    }
  }
}

const PROPERTY_ESCAPE = /^\\p\{(L|Lu|Ll)\}/;

/**
 * `pattern` with its letter classes narrowed, or undefined when it has none: \p{L} alone becomes
 * [body], inside a class its body. Escapes are read as escapes ("\\p{L}" is a backslash and "p{L}").
 * For the flag u only: in a pattern with v a class can nest, and without u "\p" is the letter p.
 */
export function narrowPattern(pattern: string, classes: LetterClasses): string | undefined {
  let narrowed = '';
  let inClass = false;
  let changed = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '\\') {
      const escape = PROPERTY_ESCAPE.exec(pattern.slice(i, i + 6));
      if (escape) {
        const body = classes[escape[1] as NarrowedProperty];
        narrowed += inClass ? body : `[${body}]`;
        i += escape[0].length - 1;
        changed = true;
      } else {
        narrowed += pattern.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    narrowed += char;
  }
  return changed ? narrowed : undefined;
}

/** The code points, ascending, as runs [first, last]: the set as the build writes it for the executable (src/latin-set.cts). */
export function codeRanges(codes: readonly number[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const code of codes) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] === code - 1) last[1] = code;
    else ranges.push([code, code]);
  }
  return ranges;
}

/** The letters of `text` outside the set, each once, in order: what the build reports when the lexicon holds one. */
export function lettersOutside(text: string, codes: ReadonlySet<number>): string[] {
  const outside = new Set<string>();
  for (const char of text) if (!codes.has(char.codePointAt(0)!) && /\p{L}/u.test(char)) outside.add(char);
  return [...outside];
}
