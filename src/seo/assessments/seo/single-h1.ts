/** Single title: at most one H1. */
import { assessmentConfig } from '../config.js';
import type { AnalysedPaper } from '../paper.js';
import { result, type AssessmentResult } from '../result.js';

export function researchH1s(paper: AnalysedPaper): number {
  return paper.paper.blocks.filter((b) => b.type === 'heading' && b.level === 1 && b.text !== '').length;
}

export function assessSingleH1(h1s: number, config = assessmentConfig.singleH1): AssessmentResult {
  const id = 'singleH1';
  const measured = { actual: h1s, expected: `at most ${config.maximum} H1` };
  if (h1s <= config.maximum) return result(id, config.scores.good, `Single title: ${h1s} H1, good.`, measured);
  return result(id, config.scores.bad, `Single title: ${h1s} H1 headings; keep one for the main title and make the others lower headings.`, measured);
}
