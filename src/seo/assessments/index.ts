/**
 * Plume's SEO and readability assessments: Yoast SEO's, for French, each a research (a pure
 * measurement of the paper) and an assessment (a score and a message from `assessmentConfig`).
 *
 * `matching: 'inflected'` (the default) finds the keyphrase's French inflected forms;
 * `matching: 'exact'` finds only what Yoast's free analysis finds, so that its verdicts can be
 * compared with Yoast's one to one.
 */
import { analysePaper, type Paper } from './paper.js';
import type { AssessmentResult } from './result.js';
import type { Matching } from './text/keyphrase.js';
import { assessKeyphraseInTitle, researchKeyphraseInTitle } from './seo/keyphrase-in-title.js';
import { assessIntroduction, researchIntroduction } from './seo/introduction-keyphrase.js';
import { assessKeyphraseLength, researchKeyphraseLength } from './seo/keyphrase-length.js';
import { assessKeyphraseDensity, researchKeyphraseDensity } from './seo/keyphrase-density.js';
import { assessMetaDescriptionKeyphrase, researchMetaDescriptionKeyphrase } from './seo/meta-description-keyphrase.js';
import { assessMetaDescriptionLength, researchMetaDescriptionLength } from './seo/meta-description-length.js';
import { assessSubheadingsKeyphrase, researchSubheadingsKeyphrase } from './seo/subheadings-keyphrase.js';
import { assessSlugKeyphrase, researchSlugKeyphrase } from './seo/slug-keyphrase.js';
import { assessTextLength, researchTextLength } from './seo/text-length.js';
import { assessTitleWidth, researchTitleWidth } from './seo/title-width.js';
import { assessSingleH1, researchH1s } from './seo/single-h1.js';
import { assessSubheadingDistribution, researchSubheadingDistribution } from './readability/subheading-distribution.js';
import { assessParagraphLength, researchParagraphLengths } from './readability/paragraph-length.js';
import { assessSentenceLength, researchSentenceLengths } from './readability/sentence-length.js';
import { assessTransitionWords, researchTransitionWords } from './readability/transition-words.js';
import { assessPassiveVoice, researchPassiveVoice } from './readability/passive-voice.js';
import { assessSentenceBeginnings, researchSentenceBeginnings } from './readability/sentence-beginnings.js';

export type { Paper, PaperBlock, HeadingLevel } from './paper.js';
export type { AssessmentResult, Rating } from './result.js';
export type { Matching } from './text/keyphrase.js';
export { scoreToRating } from './result.js';
export { assessmentConfig } from './config.js';
export { formKey } from './text/keyphrase.js';
export { titleWidth } from './text/width.js';

export interface Assessments {
  readonly seo: readonly AssessmentResult[];
  readonly readability: readonly AssessmentResult[];
}

/** The assessments whose verdict depends on how the keyphrase is matched. */
export const KEYPHRASE_ASSESSMENTS: readonly string[] = ['keyphraseInSEOTitle', 'introductionKeyword', 'keyphraseDensity', 'metaDescriptionKeyword', 'subheadingsKeyword', 'slugKeyword'];

export function assessPaper(paper: Paper, options: { readonly matching?: Matching } = {}): Assessments {
  const analysed = analysePaper(paper, options.matching ?? 'inflected');
  return {
    seo: [
      assessKeyphraseInTitle(researchKeyphraseInTitle(analysed)),
      assessIntroduction(researchIntroduction(analysed)),
      assessKeyphraseLength(researchKeyphraseLength(analysed)),
      assessKeyphraseDensity(researchKeyphraseDensity(analysed)),
      assessMetaDescriptionKeyphrase(researchMetaDescriptionKeyphrase(analysed)),
      assessMetaDescriptionLength(researchMetaDescriptionLength(analysed)),
      assessSubheadingsKeyphrase(researchSubheadingsKeyphrase(analysed)),
      assessSlugKeyphrase(researchSlugKeyphrase(analysed)),
      assessTextLength(researchTextLength(analysed)),
      assessTitleWidth(researchTitleWidth(analysed)),
      assessSingleH1(researchH1s(analysed)),
    ],
    readability: [
      assessSubheadingDistribution(researchSubheadingDistribution(analysed)),
      assessParagraphLength(researchParagraphLengths(analysed)),
      assessSentenceLength(researchSentenceLengths(analysed)),
      assessTransitionWords(researchTransitionWords(analysed)),
      assessPassiveVoice(researchPassiveVoice(analysed)),
      assessSentenceBeginnings(researchSentenceBeginnings(analysed)),
    ],
  };
}
