/** Sentence length: at most 25 % of the sentences longer than 20 words. */
import { assessmentConfig } from '../config.js';
import { allSentences, type AnalysedPaper } from '../paper.js';
import { result, roundPercent, type AssessmentResult } from '../result.js';
import { tokenWords } from '../text/words.js';

/** The length in words of every sentence that has words, headings included. */
export function researchSentenceLengths(paper: AnalysedPaper): number[] {
  return allSentences(paper)
    .map((s) => tokenWords(s.tokens, { joinHyphens: true }).length)
    .filter((n) => n > 0);
}

export function assessSentenceLength(lengths: readonly number[], config = assessmentConfig.textSentenceLength): AssessmentResult {
  const id = 'textSentenceLength';
  const { scores } = config;
  const tooLong = lengths.filter((n) => n > config.recommendedLength).length;
  const percent = lengths.length === 0 ? 0 : roundPercent((tooLong / lengths.length) * 100);
  const measured = { actual: `${percent} %`, expected: `at most ${config.slightlyTooMany} % of sentences over ${config.recommendedLength} words` };
  if (percent <= config.slightlyTooMany) return result(id, scores.good, `Sentence length: ${percent} % of the sentences have more than ${config.recommendedLength} words, good.`, measured);
  const message = `Sentence length: ${percent} % of the sentences have more than ${config.recommendedLength} words, more than the recommended ${config.slightlyTooMany} %; shorten them.`;
  return result(id, percent <= config.farTooMany ? scores.okay : scores.bad, message, measured);
}
