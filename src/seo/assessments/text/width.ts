/**
 * The width of a title in a search result, in pixels: Arial at 20 px, character by character
 * (lexicon/arial-widths.json). Accents are removed first and œ/æ spelled out; a character the table
 * does not know counts as wide as "x". An approximation, as Yoast's own is (it measures the
 * rendered snippet preview in the browser).
 */
import { characterWidths } from '../lexicon.js';
import { transliterate } from './keyphrase.js';

export function titleWidth(title: string, fontSize: number): number {
  const { widths, fallback } = characterWidths();
  let hundredths = 0;
  for (const char of transliterate(title)) {
    if (/[\x00-\x1F]/.test(char)) continue;
    hundredths += widths[char] ?? widths[fallback] ?? 0;
  }
  return Math.round((hundredths * fontSize) / 100);
}
