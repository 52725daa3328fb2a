/** French realisation: raw template forms → correct French, then typography. Source text is protected. */
import type { Segment } from './segments.js';
import { toSegments } from './segments.js';
import { contract } from './01-contractions.js';
import { elide } from './02-elision.js';
import { typeset as typesetText } from './03-typography.js';
import { remembered } from '../../remember.js';
import { isSpaceCode } from '../../text.js';

export { protect } from './segments.js';

/**
 * French typography of a finished sentence (03-typography.ts), kept per article: the same texts come again (the
 * fallback headings for each section, the headline's forms for each meta candidate, a copied sentence for the
 * source's passives): 85 calls for 59 texts an article of the corpus.
 */
export const typeset = remembered(typesetText);

interface Word {
  text: string;
  readonly protected: boolean;
  /** The space that follows the word ('' when glued, as after an elision). */
  after: string;
}

function wordsOf(segments: readonly Segment[]): Word[] {
  const words: Word[] = [];
  for (const segment of segments) {
    const leading = /^\s/.test(segment.text);
    if (leading && words.length) words[words.length - 1]!.after = ' ';
    if (segment.protected) {
      // Copied text is one unit: only its first word is seen by the rules.
      words.push({ text: segment.text.trim(), protected: true, after: /\s$/.test(segment.text) ? ' ' : '' });
      continue;
    }
    // The runs of white space and the words between them, read by char code (a split on a pattern and a test of
    // each part cost more): a run of white space is the space after the word before it.
    const { text } = segment;
    for (let start = 0; start < text.length; ) {
      let end = start;
      if (isSpaceCode(text.charCodeAt(start))) {
        while (end < text.length && isSpaceCode(text.charCodeAt(end))) end++;
        if (words.length) words[words.length - 1]!.after = ' ';
      } else {
        while (end < text.length && !isSpaceCode(text.charCodeAt(end))) end++;
        words.push({ text: text.slice(start, end), protected: false, after: '' });
      }
      start = end;
    }
  }
  return words;
}

/** Applies contractions then elisions between a word of Plume's own and the next word. */
export function realiseSegments(segments: readonly Segment[]): string {
  const words = wordsOf(segments);
  for (let i = 0; i < words.length - 1; i++) {
    const word = words[i]!;
    const next = words[i + 1]!;
    if (word.protected || word.after === '') continue;
    const afterNext = words[i + 2];
    const contracted = next.protected ? undefined : contract(word.text, next.text);
    // "de le investisseur" elides (de l’investisseur) rather than contracts.
    if (contracted && !(afterNext !== undefined && elide(next.text, afterNext.text) !== undefined)) {
      word.text = contracted;
      word.after = next.after;
      words.splice(i + 1, 1);
      i--;
      continue;
    }
    const elided = elide(word.text, next.text);
    if (elided) {
      word.text = elided;
      word.after = '';
    }
  }
  // realise keeps its own answers: its texts are typeset once each.
  return typesetText(words.map((w) => w.text + w.after).join(''));
}

/** Realise a string whose protected parts are marked (see segments.ts). Kept per article (see remember.ts). */
export const realise = remembered((marked: string): string => realiseSegments(toSegments(marked)));
