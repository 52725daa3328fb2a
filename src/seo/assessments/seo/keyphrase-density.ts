/**
 * Keyphrase density: occurrences of the keyphrase (all its content words in one sentence) per 100
 * words, weighted by the keyphrase's length (× (0.7 + content words / 3)). Short texts are judged on
 * the number of occurrences instead.
 */
import { assessmentConfig } from '../config.js';
import { allSentences, type AnalysedPaper } from '../paper.js';
import { result, type AssessmentResult } from '../result.js';
import { occurrencesInTokens, plainForm } from '../text/keyphrase.js';
import { splitIntoTokens, tokenWords } from '../text/words.js';

export interface KeyphraseDensityResearch {
  readonly count: number;
  readonly words: number;
  /** Content words of the keyphrase (1 for a quoted keyphrase). */
  readonly keyphraseLength: number;
  /** Whether inflected forms are counted (Yoast then allows a higher maximum). */
  readonly wordForms: boolean;
}

export function researchKeyphraseDensity(paper: AnalysedPaper): KeyphraseDensityResearch | undefined {
  const { keyphrase } = paper;
  const sentences = allSentences(paper);
  const words = sentences.reduce((sum, s) => sum + tokenWords(s.tokens, { joinHyphens: false }).length, 0);
  if (!keyphrase || paper.blocks.every((b) => b.block.text.trim() === '')) return undefined;
  // Exact words are found only in a sentence that holds each of them, accents and apostrophes aside: the others, most
  // of them, need no token matched.
  const wanted = keyphrase.matching === 'exact' && !keyphrase.quoted ? keyphrase.contentWords.map(plainForm) : [];
  const mayHold = (text: string): boolean => {
    if (wanted.length === 0) return true;
    const plain = plainForm(text);
    return wanted.every((w) => plain.includes(w));
  };
  const count = sentences.reduce((sum, s) => sum + (mayHold(s.text) ? occurrencesInTokens(keyphrase, s.tokens, splitIntoTokens) : 0), 0);
  return { count, words, keyphraseLength: keyphrase.contentWords.length, wordForms: paper.matching === 'inflected' };
}

const lengthFactor = (keyphraseLength: number): number => 0.7 + keyphraseLength / 3;

/** The number of occurrences a density gives for this text, never under the configured minimum. */
function recommendedCount(research: KeyphraseDensityResearch, density: number, round: 'min' | 'max', minimum: number): number {
  const count = (density * research.words) / (100 * lengthFactor(research.keyphraseLength));
  if (count < minimum) return minimum;
  return round === 'min' ? Math.ceil(count) : Math.floor(count);
}

/** The most occurrences of the keyphrase rated good in this text (its density at the maximum, rounded down). */
export function maximumCount(research: KeyphraseDensityResearch, config = assessmentConfig.keyphraseDensity): number {
  return recommendedCount(research, research.wordForms ? config.maximumWithWordForms : config.maximum, 'max', config.minimumRecommendedCount);
}

export function assessKeyphraseDensity(research: KeyphraseDensityResearch | undefined, config = assessmentConfig.keyphraseDensity): AssessmentResult {
  const id = 'keyphraseDensity';
  const { scores } = config;
  if (!research) return result(id, scores.noKeyphraseOrText, 'Keyphrase density: add both a keyphrase and some text that contains it.');
  const { count, words } = research;
  const found = `the keyphrase was found ${count} time${count === 1 ? '' : 's'} in ${words} words`;
  if (words < config.shortTextWords) {
    const max = words > config.veryShortTextWords ? 2 : 1;
    const expected = max === 1 ? '1 time' : `1 to ${max} times`;
    if (count === 0) return result(id, scores.underMinimum, `Keyphrase density: ${found}; use it at least once.`, { actual: count, expected });
    if (count <= max) return result(id, scores.correctDensity, `Keyphrase density: ${found}, good.`, { actual: count, expected });
    if (count === max + 1) return result(id, scores.overMaximum, `Keyphrase density: ${found}, more than the ${max} a text this short takes; do not over-optimise.`, { actual: count, expected });
    return result(id, scores.wayOverMaximum, `Keyphrase density: ${found}, far more than the ${max} a text this short takes; do not over-optimise.`, { actual: count, expected });
  }
  const maximum = research.wordForms ? config.maximumWithWordForms : config.maximum;
  const minCount = recommendedCount(research, config.minimum, 'min', config.minimumRecommendedCount);
  const maxCount = maximumCount(research, config);
  const density = (count / words) * 100 * lengthFactor(research.keyphraseLength);
  const expected = `${minCount} to ${maxCount} times (weighted density ${config.minimum}–${maximum} %)`;
  const measured = { actual: count, expected };
  if (count === 0) return result(id, scores.underMinimum, `Keyphrase density: ${found}; use it at least ${minCount} times.`, measured);
  if (density < config.minimum || count === 1) return result(id, scores.underMinimum, `Keyphrase density: ${found}, fewer than the ${minCount} recommended; use it more.`, measured);
  if (density <= maximum || (count === 2 && minCount <= 2)) return result(id, scores.correctDensity, `Keyphrase density: ${found}, good.`, measured);
  if (density <= config.overMaximum) return result(id, scores.overMaximum, `Keyphrase density: ${found}, more than the ${maxCount} recommended; do not over-optimise.`, measured);
  return result(id, scores.wayOverMaximum, `Keyphrase density: ${found}, far more than the ${maxCount} recommended; do not over-optimise.`, measured);
}
