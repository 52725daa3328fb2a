/** Keyphrase in introduction: all the keyphrase's content words in one sentence of the first paragraph. */
import { assessmentConfig } from '../config.js';
import { paragraphs, type AnalysedPaper } from '../paper.js';
import { result, type AssessmentResult } from '../result.js';
import { percentWordsFound } from '../text/keyphrase.js';

export interface IntroductionResearch {
  readonly foundInOneSentence: boolean;
  readonly foundInParagraph: boolean;
}

export function researchIntroduction(paper: AnalysedPaper): IntroductionResearch | undefined {
  const { keyphrase } = paper;
  if (!keyphrase || paper.blocks.every((b) => b.block.text.trim() === '')) return undefined;
  const first = paragraphs(paper)[0];
  if (!first) return { foundInOneSentence: false, foundInParagraph: false };
  if (first.sentences.some((s) => percentWordsFound(keyphrase, s.text) === 100)) return { foundInOneSentence: true, foundInParagraph: true };
  return { foundInOneSentence: false, foundInParagraph: percentWordsFound(keyphrase, first.block.text) === 100 };
}

export function assessIntroduction(research: IntroductionResearch | undefined, config = assessmentConfig.introductionKeyword): AssessmentResult {
  const id = 'introductionKeyword';
  const { scores } = config;
  const expected = 'the keyphrase in one sentence of the first paragraph';
  if (!research) return result(id, scores.bad, 'Keyphrase in introduction: add both a keyphrase and an introduction that contains it.', { expected });
  if (research.foundInOneSentence) return result(id, scores.good, 'Keyphrase in introduction: the first paragraph has the keyphrase in one sentence.', { actual: 'in one sentence', expected });
  if (research.foundInParagraph) return result(id, scores.okay, 'Keyphrase in introduction: the keyphrase’s words are in the first paragraph, but not within one sentence.', { actual: 'spread over sentences', expected });
  return result(id, scores.bad, 'Keyphrase in introduction: the keyphrase is not in the first paragraph; make the topic clear at once.', { actual: 'missing', expected });
}
