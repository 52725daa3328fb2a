/** Keyphrase in subheadings: the share of H2 and H3 headings that hold more than half of the keyphrase's content words. */
import { assessmentConfig } from '../config.js';
import { fullText, type AnalysedPaper } from '../paper.js';
import { result, type AssessmentResult } from '../result.js';
import { percentWordsFound } from '../text/keyphrase.js';
import { textWords } from '../text/words.js';

export interface SubheadingsKeyphraseResearch {
  /** H2 and H3 headings. */
  readonly subheadings: number;
  /** Those that reflect the keyphrase. */
  readonly matches: number;
  readonly textWords: number;
}

export function researchSubheadingsKeyphrase(paper: AnalysedPaper, config = assessmentConfig.subheadingsKeyword): SubheadingsKeyphraseResearch | undefined {
  const { keyphrase } = paper;
  if (!keyphrase || paper.blocks.every((b) => b.block.text.trim() === '')) return undefined;
  const subheadings = paper.paper.blocks.filter((b) => b.type === 'heading' && (b.level === 2 || b.level === 3));
  return {
    subheadings: subheadings.length,
    matches: subheadings.filter((h) => percentWordsFound(keyphrase, h.text) > config.wordShare * 100).length,
    textWords: textWords(fullText(paper)).length,
  };
}

export function assessSubheadingsKeyphrase(research: SubheadingsKeyphraseResearch | undefined, config = assessmentConfig.subheadingsKeyword): AssessmentResult {
  const id = 'subheadingsKeyword';
  const { scores } = config;
  const lower = Math.round(config.lowerBoundary * 100);
  const upper = Math.round(config.upperBoundary * 100);
  if (!research) return result(id, scores.noKeyphraseOrText, 'Keyphrase in subheading: add both a keyphrase and some text.');
  const { subheadings, matches } = research;
  const min = Math.ceil(subheadings * config.lowerBoundary);
  const max = Math.floor(subheadings * config.upperBoundary);
  const expected = subheadings === 0 ? `H2/H3 subheadings once the text reaches ${config.recommendedMaximumLength} words` : `${min} to ${max} of the ${subheadings} H2/H3 subheadings (${lower}–${upper} %)`;
  const measured = { actual: matches, expected };
  if (subheadings === 0) {
    if (research.textWords >= config.recommendedMaximumLength) return result(id, scores.badLongTextNoSubheadings, 'Keyphrase in subheading: the text has no H2 or H3 subheading; add some that contain the keyphrase.', measured);
    return result(id, scores.goodShortTextNoSubheadings, 'Keyphrase in subheading: no H2 or H3 subheading, but the text is short enough not to need one.', measured);
  }
  const of = `${matches} of the ${subheadings} H2/H3 subheadings reflect the keyphrase`;
  if (matches > 0 && matches < min) return result(id, scores.tooFewMatches, `Keyphrase in subheading: ${of}, fewer than ${lower} %; use it in more of them.`, measured);
  if (subheadings > 1 && matches > max) return result(id, scores.tooManyMatches, `Keyphrase in subheading: ${of}, more than ${upper} %; do not over-optimise.`, measured);
  if (subheadings === 1 && matches === 1) return result(id, scores.goodNumberOfMatches, 'Keyphrase in subheading: the one H2/H3 subheading reflects the keyphrase, good.', measured);
  if (matches >= min && matches <= max) return result(id, scores.goodNumberOfMatches, `Keyphrase in subheading: ${of}, good.`, measured);
  return result(id, scores.noMatches, `Keyphrase in subheading: ${of}; use it in ${lower} to ${upper} % of them.`, measured);
}
