/** Paragraph length: no paragraph (or list item) longer than 150 words. */
import { assessmentConfig } from '../config.js';
import { paragraphs, type AnalysedPaper } from '../paper.js';
import { result, type AssessmentResult } from '../result.js';
import { tokenWords } from '../text/words.js';

/** The length in words of every paragraph that has words. */
export function researchParagraphLengths(paper: AnalysedPaper): number[] {
  return paragraphs(paper)
    .map((p) => p.sentences.reduce((sum, s) => sum + tokenWords(s.tokens, { joinHyphens: true }).length, 0))
    .filter((n) => n > 0);
}

export function assessParagraphLength(lengths: readonly number[], config = assessmentConfig.textParagraphTooLong): AssessmentResult {
  const id = 'textParagraphTooLong';
  const { scores } = config;
  const longest = Math.max(0, ...lengths);
  const tooLong = lengths.filter((n) => n > config.recommendedLength).length;
  const measured = { actual: longest, expected: `at most ${config.recommendedLength} words per paragraph` };
  if (longest <= config.recommendedLength) return result(id, scores.good, `Paragraph length: no paragraph is longer than ${config.recommendedLength} words, good.`, measured);
  const message = `Paragraph length: ${tooLong} paragraph${tooLong > 1 ? 's are' : ' is'} longer than ${config.recommendedLength} words (the longest has ${longest}); shorten them.`;
  return result(id, longest <= config.maximumRecommendedLength ? scores.okay : scores.bad, message, measured);
}
