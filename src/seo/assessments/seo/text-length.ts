/** Text length: words of the visible text, split on white space as Yoast counts them. */
import { assessmentConfig } from '../config.js';
import { fullText, type AnalysedPaper } from '../paper.js';
import { result, type AssessmentResult } from '../result.js';
import { textWords } from '../text/words.js';

export function researchTextLength(paper: AnalysedPaper): number {
  return textWords(fullText(paper)).length;
}

export function assessTextLength(words: number, config = assessmentConfig.textLength): AssessmentResult {
  const id = 'textLength';
  const { scores } = config;
  const measured = { actual: words, expected: `at least ${config.recommendedMinimum} words` };
  const text = `Text length: ${words} words`;
  if (words >= config.recommendedMinimum) return result(id, scores.recommendedMinimum, `${text}, good.`, measured);
  if (words >= config.slightlyBelowMinimum) return result(id, scores.slightlyBelowMinimum, `${text}, slightly below the recommended ${config.recommendedMinimum}; add content.`, measured);
  if (words >= config.belowMinimum) return result(id, scores.belowMinimum, `${text}, below the recommended ${config.recommendedMinimum}; add content.`, measured);
  const score = words < config.veryFarBelowMinimum ? scores.veryFarBelowMinimum : scores.farBelowMinimum;
  return result(id, score, `${text}, far below the recommended ${config.recommendedMinimum}; add content.`, measured);
}
