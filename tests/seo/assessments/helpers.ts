/** Small hand-made papers for the assessment tests. */
import type { Paper, PaperBlock } from '../../../src/seo/assessments/index.js';

const WORDS = ['jardin', 'maison', 'rivière', 'montagne', 'village', 'chemin', 'forêt', 'colline', 'prairie', 'fontaine', 'moulin', 'pont', 'vallée', 'étang', 'verger', 'sentier', 'clairière', 'falaise', 'plage', 'port', 'lavoir', 'grange', 'bocage', 'marais'];

const capital = (word: string): string => word.charAt(0).toLocaleUpperCase('fr') + word.slice(1);

/** One sentence of n plain words (nouns, no function word, no transition word), starting at word `from`. */
export function sentence(n: number, from = 0): string {
  const words = Array.from({ length: n }, (_, i) => WORDS[(from + i) % WORDS.length]!);
  return `${capital(words.join(' '))}.`;
}

/** Prose of about `words` words in sentences of `perSentence` words whose first words vary. */
export function prose(words: number, perSentence = 10, from = 0): string {
  const sentences: string[] = [];
  for (let done = 0, i = 0; done < words; i++) {
    const n = Math.min(perSentence, words - done);
    sentences.push(sentence(n, from + i * 7));
    done += n;
  }
  return sentences.join(' ');
}

export const p = (text: string): PaperBlock => ({ type: 'paragraph', text });
export const li = (text: string): PaperBlock => ({ type: 'paragraph', text, inList: true });
export const h = (level: 1 | 2 | 3 | 4 | 5 | 6, text: string): PaperBlock => ({ type: 'heading', level, text });

export function paper(fields: Partial<Paper> = {}): Paper {
  return { keyphrase: 'pénurie de puces', title: '', description: '', slug: '', blocks: [], ...fields };
}
