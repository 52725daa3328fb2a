/** SEO title width: the title's width in a search result (Arial 20 px), at most 600 px. */
import { assessmentConfig } from '../config.js';
import type { AnalysedPaper } from '../paper.js';
import { result, type AssessmentResult } from '../result.js';
import { titleWidth } from '../text/width.js';

export function researchTitleWidth(paper: AnalysedPaper, config = assessmentConfig.titleWidth): number {
  return paper.paper.title.trim() === '' ? 0 : titleWidth(paper.paper.title, config.fontSize);
}

export function assessTitleWidth(width: number, config = assessmentConfig.titleWidth): AssessmentResult {
  const id = 'titleWidth';
  const { scores } = config;
  const measured = { actual: width, expected: `at most ${config.maximum} px` };
  if (width > 1 && width <= config.minimum) return result(id, scores.widthTooShort, `SEO title width: ${width} px; there is room for ${config.maximum - width} px more.`, measured);
  if (width > config.minimum && width <= config.maximum) return result(id, scores.widthCorrect, `SEO title width: ${width} px, good.`, measured);
  if (width > config.maximum) return result(id, scores.widthTooLong, `SEO title width: ${width} px, wider than the ${config.maximum} px a search result shows; make it shorter.`, measured);
  return result(id, scores.noTitle, 'SEO title width: there is no SEO title; write one.', measured);
}
