/** le, la, de, que, ne, se, jusque, lorsque, puisque before a vowel or a mute h; si before il(s). */
import { lowerCase } from '../../text.js';
import { contracts } from 'french-contractions';
import { loadJson } from '../../data.js';

interface GenderLexicon { readonly noElision?: readonly string[]; readonly muteHNames?: readonly string[] }

const ELIDING = new Set(['le', 'la', 'de', 'que', 'ne', 'se', 'je', 'me', 'te', 'ce', 'jusque', 'lorsque', 'puisque', 'quoique']);

function override(word: string): boolean | undefined {
  const { noElision = [] } = loadJson<GenderLexicon>('lexicon/french.json');
  return noElision.includes(lowerCase(word)) ? false : undefined;
}

let muteHNames: ReadonlySet<string> | undefined;
const isMuteHName = (name: string): boolean => (muteHNames ??= new Set(loadJson<GenderLexicon>('lexicon/french.json').muteHNames ?? [])).has(name);

/** True when `next` makes the word before it elide ("l’investisseur", "d’OpenAI", but "le héros", "de Yale"). */
export function startsElision(next: string): boolean {
  const word = next.replace(/^[«"(\s]+/u, '');
  if (!/^[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]/u.test(word)) return false;
  // Names in H are mostly foreign and aspirated in French use: de Higgs, de Hastings, de Hollande; the
  // lexicon lists those whose h is mute (d’Hélène, d’Honfleur).
  if (/^H/u.test(word)) return isMuteHName(/^\p{L}+/u.exec(word)?.[0] ?? word);
  // Acronyms: l’ONU, d’EDF, but la SNCF, le FMI (French usage follows the written vowel).
  if (/^[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ]{2,}/u.test(word)) return /^[AEIOU]/u.test(word);
  return override(word) ?? contracts(word, undefined);
}

/** The text up to its first white space. */
function firstWord(text: string): string {
  const space = text.search(/\s/);
  return space === -1 ? text : text.slice(0, space);
}

/**
 * The elided form of `word` before the text `following` (its first word, cut only for a word that may elide: most
 * words may not), or undefined when nothing changes.
 */
export function elide(word: string, following: string): string | undefined {
  const lower = lowerCase(word);
  if (lower === 'si') return /^ils?\b/u.test(firstWord(following)) ? `${word[0]}’` : undefined;
  if (!ELIDING.has(lower)) return undefined;
  const next = firstWord(following);
  if (!startsElision(next)) return undefined;
  if (lower === 'ce' && !/^(?:est|était|étaient)\b/u.test(next)) return undefined;
  return `${word.slice(0, -1)}’`;
}
