/** Keyphrase length: the number of content words of the keyphrase (function words such as "de", "la" do not count). */
import { assessmentConfig } from '../config.js';
import type { AnalysedPaper } from '../paper.js';
import { result, type AssessmentResult } from '../result.js';

export function researchKeyphraseLength(paper: AnalysedPaper): number {
  return paper.keyphrase?.contentWords.length ?? 0;
}

export function assessKeyphraseLength(words: number, config = assessmentConfig.keyphraseLength): AssessmentResult {
  const id = 'keyphraseLength';
  const { scores } = config;
  const expected = `${config.recommendedMinimum} to ${config.recommendedMaximum} content words`;
  if (words < config.recommendedMinimum) return result(id, scores.noKeyphrase, 'Keyphrase length: no keyphrase was set; set one to get an SEO verdict.', { actual: 0, expected });
  if (words <= config.recommendedMaximum) return result(id, scores.good, `Keyphrase length: ${words} content word${words > 1 ? 's' : ''}, good.`, { actual: words, expected });
  if (words <= config.acceptableMaximum) {
    return result(id, scores.okay, `Keyphrase length: ${words} content words, more than the recommended ${config.recommendedMaximum}; make it shorter.`, { actual: words, expected });
  }
  return result(id, scores.bad, `Keyphrase length: ${words} content words, far more than the recommended ${config.recommendedMaximum}; make it shorter.`, { actual: words, expected });
}
