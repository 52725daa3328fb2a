/** Keyphrase in SEO title: the exact keyphrase, at the beginning of the title (function words before it do not count). */
import { assessmentConfig } from '../config.js';
import type { AnalysedPaper } from '../paper.js';
import { result, type AssessmentResult } from '../result.js';
import { findPhrase, onlyFunctionWords, percentWordsFound } from '../text/keyphrase.js';

export interface KeyphraseInTitleResearch {
  readonly exactMatch: boolean;
  readonly atBeginning: boolean;
  readonly allWordsFound: boolean;
}

export function researchKeyphraseInTitle(paper: AnalysedPaper): KeyphraseInTitleResearch | undefined {
  const { keyphrase } = paper;
  const title = paper.paper.title;
  if (!keyphrase || title.trim() === '') return undefined;
  const phrase = findPhrase(keyphrase, title);
  if (phrase.found) return { exactMatch: true, atBeginning: onlyFunctionWords(phrase.wordsBefore, paper.matching), allWordsFound: true };
  return { exactMatch: false, atBeginning: false, allWordsFound: !keyphrase.quoted && percentWordsFound(keyphrase, title) === 100 };
}

export function assessKeyphraseInTitle(research: KeyphraseInTitleResearch | undefined, config = assessmentConfig.keyphraseInSEOTitle): AssessmentResult {
  const id = 'keyphraseInSEOTitle';
  const { scores } = config;
  const expected = 'the exact keyphrase at the beginning of the title';
  if (!research) return result(id, scores.bad, 'Keyphrase in SEO title: add both a keyphrase and an SEO title that begins with it.', { expected });
  if (research.exactMatch && research.atBeginning) return result(id, scores.good, 'Keyphrase in SEO title: the exact keyphrase begins the title.', { actual: 'at the beginning', expected });
  if (research.exactMatch) return result(id, scores.okay, 'Keyphrase in SEO title: the exact keyphrase is in the title, but not at its beginning; move it there.', { actual: 'not at the beginning', expected });
  if (research.allWordsFound) return result(id, scores.okay, 'Keyphrase in SEO title: all the keyphrase’s words are in the title, but not as the exact phrase.', { actual: 'words only', expected });
  return result(id, scores.bad, 'Keyphrase in SEO title: not all the keyphrase’s words are in the title; write the exact keyphrase at its beginning.', { actual: 'missing', expected });
}
