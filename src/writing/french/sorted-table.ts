import { compareText } from '../../text.js';

/**
 * A sorted table of "key\tvalue" lines, read as bytes and searched by bisection: the Lefff tables
 * (genders, verb forms) are derived at build time in this shape so that a cold start reads a file
 * instead of parsing a package's large JSON (see lefff.ts, verbs.ts).
 */

/**
 * The lines, sorted by their UTF-8 bytes, without duplicate keys (the first value wins). French words
 * are in the Basic Multilingual Plane, where the order of UTF-16 code units is that of the UTF-8 bytes
 * the look-up compares.
 */
export function sortedLines(entries: readonly (readonly [string, string])[]): string {
  const sorted = [...entries].sort(([a], [b]) => compareText(a, b));
  return sorted
    .filter(([key], i) => i === 0 || key !== sorted[i - 1]![0])
    .map(([key, value]) => `${key}\t${value}\n`)
    .join('');
}

/** The value of `key` in the sorted lines of `bytes` from `start` on, or undefined. */
export function lookUp(bytes: Buffer, start: number, key: string): string | undefined {
  const wanted = Buffer.from(key.normalize('NFC'), 'utf8');
  let lo = start;
  let hi = bytes.length;
  while (lo < hi) {
    const middle = (lo + hi) >>> 1;
    const lineStart = bytes.lastIndexOf(10, middle - 1) + 1;
    const lineEnd = bytes.indexOf(10, lineStart);
    const tab = bytes.indexOf(9, lineStart);
    const order = bytes.compare(wanted, 0, wanted.length, lineStart, tab);
    if (order === 0) return bytes.toString('utf8', tab + 1, lineEnd);
    if (order < 0) lo = lineEnd + 1;
    else hi = lineStart;
  }
  return undefined;
}
