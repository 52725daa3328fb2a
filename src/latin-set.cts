/**
 * Whether a text is in the Latin set (src/latin-bundle.ts), as the executable asks before it runs the Latin
 * bundle: one look-up per character in a table of the BMP, the set's ranges for the others. (A pattern
 * [set]*$ took a quarter of a second on a 1 MB text and gave up on 5 MB.) CommonJS, as the executable is.
 */

/** The set's code points as runs, first and last, ascending: what the build writes beside the Latin bundle. */
export type CodeRanges = readonly (readonly [number, number])[];

/** A test of whether every character of a text is in `ranges`; a lone surrogate is not. */
export function latinTextTest(ranges: CodeRanges): (text: string) => boolean {
  const inBmp = new Uint8Array(0x10000);
  for (const [first, last] of ranges) for (let code = first; code <= Math.min(last, 0xffff); code++) inBmp[code] = 1;
  const astral = ranges.filter(([, last]) => last > 0xffff);
  return (text) => {
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit < 0xd800 || unit > 0xdbff) {
        if (inBmp[unit] !== 1) return false;
        continue;
      }
      const code = text.codePointAt(i)!;
      if (code <= 0xffff || !astral.some(([first, last]) => code >= first && code <= last)) return false;
      i++;
    }
    return true;
  };
}
