/** Subheading distribution: no more than 300 words after a heading (or before the first one) before the next heading. */
import { assessmentConfig } from '../config.js';
import { fullText, type AnalysedPaper } from '../paper.js';
import { result, type AssessmentResult } from '../result.js';
import { textWords } from '../text/words.js';

export interface SubheadingDistributionResearch {
  readonly textWords: number;
  readonly headings: number;
  /** Words before the first heading. */
  readonly beforeFirstHeading: number;
  /** Words of each section, including the text before the first heading when there is some. */
  readonly sections: readonly number[];
}

export function researchSubheadingDistribution(paper: AnalysedPaper): SubheadingDistributionResearch {
  const sections: number[] = [];
  let before = 0;
  let headings = 0;
  for (const block of paper.paper.blocks) {
    const words = textWords(block.text).length;
    if (block.type === 'heading') {
      headings++;
      sections.push(0);
    } else if (headings === 0) before += words;
    else sections[sections.length - 1]! += words;
  }
  return { textWords: textWords(fullText(paper)).length, headings, beforeFirstHeading: before, sections: headings > 0 && before > 0 ? [before, ...sections] : sections };
}

export function assessSubheadingDistribution(research: SubheadingDistributionResearch, config = assessmentConfig.subheadingsTooLong): AssessmentResult {
  const id = 'subheadingsTooLong';
  const { scores } = config;
  const longest = Math.max(0, ...research.sections);
  const measured = { actual: longest, expected: `at most ${config.recommendedMaximumLength} words between headings` };
  if (research.textWords <= config.recommendedMaximumLength) {
    if (research.headings > 0) return result(id, scores.goodSubheadings, 'Subheading distribution: good.', measured);
    return result(id, scores.goodShortTextNoSubheadings, 'Subheading distribution: no subheadings, but the text is short enough not to need them.', measured);
  }
  if (research.headings === 0) {
    return result(id, scores.badLongTextNoSubheadings, `Subheading distribution: ${research.textWords} words and no subheading; add headings at least every ${config.recommendedMaximumLength} words.`, { ...measured, actual: research.textWords });
  }
  const tooLong = research.sections.filter((n) => n > config.recommendedMaximumLength).length;
  const before = research.beforeFirstHeading;
  if (before > config.slightlyTooMany && before <= config.farTooMany && tooLong < 2) {
    return result(id, scores.okSubheadings, `Subheading distribution: ${before} words before the first heading, more than ${config.recommendedMaximumLength}; add a heading.`, { ...measured, actual: before });
  }
  if (before > config.farTooMany && tooLong < 2) {
    return result(id, scores.badSubheadings, `Subheading distribution: ${before} words before the first heading, far more than ${config.recommendedMaximumLength}; add a heading.`, { ...measured, actual: before });
  }
  if (longest <= config.slightlyTooMany) return result(id, scores.goodSubheadings, `Subheading distribution: at most ${longest} words between headings, good.`, measured);
  const sections = `${tooLong} section${tooLong > 1 ? 's' : ''} longer than ${config.recommendedMaximumLength} words (the longest has ${longest})`;
  if (longest <= config.farTooMany) return result(id, scores.okSubheadings, `Subheading distribution: ${sections}; add subheadings.`, measured);
  return result(id, scores.badSubheadings, `Subheading distribution: ${sections}; add subheadings.`, measured);
}
