/** Meta description length, in characters. */
import { assessmentConfig } from '../config.js';
import type { AnalysedPaper } from '../paper.js';
import { result, type AssessmentResult } from '../result.js';

export function researchMetaDescriptionLength(paper: AnalysedPaper): number {
  // UTF-16 units, as Yoast counts (the same as characters for French).
  return paper.paper.description.length;
}

export function assessMetaDescriptionLength(length: number, config = assessmentConfig.metaDescriptionLength): AssessmentResult {
  const id = 'metaDescriptionLength';
  const { scores } = config;
  const expected = `${config.recommendedMinimum + 1} to ${config.maximum} characters`;
  const measured = { actual: length, expected };
  if (length === 0) return result(id, scores.noMetaDescription, 'Meta description length: there is no meta description; search engines will show text from the page instead.', measured);
  if (length <= config.recommendedMinimum) return result(id, scores.tooShort, `Meta description length: ${length} characters, too short; up to ${config.maximum} are available.`, measured);
  if (length > config.maximum) return result(id, scores.tooLong, `Meta description length: ${length} characters, more than the ${config.maximum} a search result shows.`, measured);
  return result(id, scores.correctLength, `Meta description length: ${length} characters, good.`, measured);
}
