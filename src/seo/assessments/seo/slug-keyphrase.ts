/** Keyphrase in slug: all the keyphrase's content words (more than half for keyphrases of three or more). */
import { assessmentConfig } from '../config.js';
import type { AnalysedPaper } from '../paper.js';
import { result, type AssessmentResult } from '../result.js';
import { percentWordsFound } from '../text/keyphrase.js';

export interface SlugKeyphraseResearch {
  readonly keyphraseLength: number;
  /** Share of the content words found, 0–100. */
  readonly percentFound: number;
}

export function researchSlugKeyphrase(paper: AnalysedPaper): SlugKeyphraseResearch | undefined {
  const { keyphrase } = paper;
  const slug = paper.paper.slug;
  if (!keyphrase || slug === '') return undefined;
  return { keyphraseLength: keyphrase.contentWords.length, percentFound: percentWordsFound(keyphrase, slug.replace(/[-_]/g, ' ')) };
}

export function assessSlugKeyphrase(research: SlugKeyphraseResearch | undefined, config = assessmentConfig.slugKeyword): AssessmentResult {
  const id = 'slugKeyword';
  const { scores } = config;
  if (!research) return result(id, scores.bad, 'Keyphrase in slug: add both a keyphrase and a slug that contains it.');
  const short = research.keyphraseLength < config.shortKeyphrase;
  const expected = short ? 'all the keyphrase’s content words' : 'more than half of the keyphrase’s content words';
  const measured = { actual: `${research.percentFound} %`, expected };
  if (short ? research.percentFound === 100 : research.percentFound > 50) return result(id, scores.good, `Keyphrase in slug: ${research.percentFound} % of the keyphrase’s content words are in the slug, good.`, measured);
  return result(id, scores.okay, `Keyphrase in slug: only ${research.percentFound} % of the keyphrase’s content words are in the slug; change it.`, measured);
}
