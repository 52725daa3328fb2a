/** Keyphrase in meta description: the keyphrase (all its content words in one sentence) once or twice. */
import { assessmentConfig } from '../config.js';
import type { AnalysedPaper } from '../paper.js';
import { result, type AssessmentResult } from '../result.js';
import { occurrencesInText } from '../text/keyphrase.js';
import { splitSentences } from '../text/sentences.js';

export function researchMetaDescriptionKeyphrase(paper: AnalysedPaper): number | undefined {
  const { keyphrase } = paper;
  const description = paper.paper.description;
  if (!keyphrase || description === '') return undefined;
  return description
    .split(/\r?\n|\r/)
    .flatMap(splitSentences)
    .reduce((sum, sentence) => sum + occurrencesInText(keyphrase, sentence), 0);
}

export function assessMetaDescriptionKeyphrase(count: number | undefined, config = assessmentConfig.metaDescriptionKeyword): AssessmentResult {
  const id = 'metaDescriptionKeyword';
  const { scores } = config;
  const expected = `${config.minimum} to ${config.maximum} times`;
  if (count === undefined) return result(id, scores.bad, 'Keyphrase in meta description: add both a keyphrase and a meta description that contains it.', { expected });
  if (count >= config.minimum && count <= config.maximum) return result(id, scores.good, `Keyphrase in meta description: found ${count} time${count > 1 ? 's' : ''}, good.`, { actual: count, expected });
  if (count > config.maximum) return result(id, scores.bad, `Keyphrase in meta description: found ${count} times, more than the ${config.maximum} advised.`, { actual: count, expected });
  return result(id, scores.bad, 'Keyphrase in meta description: the meta description does not contain the keyphrase.', { actual: 0, expected });
}
