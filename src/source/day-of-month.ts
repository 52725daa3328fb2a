/** The day of a month as a French date says it: "1er" for the first (lexicon/dates.json), the number otherwise. */
import { loadJson } from '../data.js';

interface DateLexicon { readonly firstDay: string }

export function saidDay(day: string): string {
  const number = Number(day);
  return number === 1 ? loadJson<DateLexicon>('lexicon/dates.json').firstDay : String(number);
}
