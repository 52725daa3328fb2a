/**
 * What the fill weighs before it adds a sentence Plume writes from its lexicon: the article's words and
 * those of its fact-free sentences (DESIGN.md's filler, analysis/substance.ts), its sentences and those
 * holding a transition word (Yoast's readability).
 */
import type { Draft } from './context.js';
import { countWordsOf } from '../text.js';
import { listItemText } from '../check/report.js';
import { isFactFree } from '../analysis/substance.js';
import { remembered } from '../remember.js';
import { holdsTransitionWord } from '../seo/assessments/readability/transition-words.js';
import { sentenceTokens } from './readability.js';

export interface DraftMeasures {
  words: number;
  factFree: number;
  sentences: number;
  transitions: number;
}

/** Kept per article: each writing level's fill measures the same sentences again. */
export const holdsTransition = remembered((text: string): boolean => holdsTransitionWord(sentenceTokens(text)));

/**
 * The words of the article's sentences and those of its fact-free ones (headings and questions aside, as
 * DESIGN.md counts filler); its sentences and those with a transition word (headings and questions among
 * them, as Yoast counts; the H1, not a draft, is one more).
 */
export function measureDrafts(drafts: readonly Draft[], stems: ReadonlySet<string>): DraftMeasures {
  const measures: DraftMeasures = { words: 0, factFree: 0, sentences: 1, transitions: 0 };
  const sentence = (text: string): void => {
    measures.sentences++;
    if (holdsTransition(text)) measures.transitions++;
  };
  const count = (text: string): void => {
    const n = countWordsOf(text);
    measures.words += n;
    if (isFactFree(text, stems)) measures.factFree += n;
    sentence(text);
  };
  for (const draft of drafts) {
    if (draft.type === 'heading') sentence(draft.text);
    else if (draft.type === 'paragraph') draft.sentences.forEach((s) => count(s.text));
    else if (draft.type === 'list') draft.items.forEach((item) => count(listItemText(item)));
    else if (draft.type === 'faq')
      draft.items.forEach((item) => {
        sentence(item.question.text);
        item.answer.forEach((s) => count(s.text));
      });
  }
  return measures;
}
