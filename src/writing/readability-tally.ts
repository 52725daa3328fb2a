/**
 * The article's readability so far, counted as the repetition guard sees its sentences: how many there
 * are, how many are long (more than twenty words) and how many passive. A restatement that reads hard
 * may then go in only while the shares it adds to stay within Yoast's bounds (25 % and 10 %), so that a thin source
 * does not make the article fail the readability its own sentences pass.
 */
import type { RepetitionGuard } from './guard.js';
import { assessmentConfig } from '../seo/assessments/config.js';
import { isLongSentence } from './readability.js';
import { isPassive } from './passive-clause.js';

export interface ReadabilityTally {
  /** Counts a heading, which Yoast reads as a sentence (a short one, never passive) and the repetition guard does not see. */
  addHeading(): void;
  /** Stops counting a sentence the article no longer holds (an intro written again): the guard still remembers its words. */
  forget(text: string): void;
  /** True when the article's shares of long and of passive sentences stay within Yoast's bounds with `text` (and `extraWords` around it). */
  keepsReadable(text: string, extraWords?: number): boolean;
}

export interface TalliedGuard extends RepetitionGuard, ReadabilityTally {
  withCandidateShare(share: number): TalliedGuard;
  copy(): TalliedGuard;
}

interface Counts {
  sentences: number;
  long: number;
  passive: number;
}

/** `guard` counting, as it records them, the sentences it sees. */
export function tallied(guard: RepetitionGuard, counts: Counts = { sentences: 0, long: 0, passive: 0 }): TalliedGuard {
  return {
    accepts: (text, options) => guard.accepts(text, options),
    add(text, copied) {
      guard.add(text, copied);
      counts.sentences++;
      if (isLongSentence(text)) counts.long++;
      if (isPassive(text)) counts.passive++;
    },
    // The same counts, as the guard shares what it has seen.
    withCandidateShare: (share) => tallied(guard.withCandidateShare(share), counts),
    copy: () => tallied(guard.copy(), { ...counts }),
    addHeading() {
      counts.sentences++;
    },
    forget(text) {
      counts.sentences--;
      if (isLongSentence(text)) counts.long--;
      if (isPassive(text)) counts.passive--;
    },
    // Only the shares the text adds to: an active sentence lowers the passive share, so a source whose
    // copies are already over one bound does not keep out restatements that make it better.
    keepsReadable(text, extraWords = 0) {
      const sentences = counts.sentences + 1;
      const withinLong = !isLongSentence(text, extraWords) || (100 * (counts.long + 1)) / sentences <= assessmentConfig.textSentenceLength.slightlyTooMany;
      return withinLong && (!isPassive(text) || (100 * (counts.passive + 1)) / sentences <= assessmentConfig.passiveVoice.recommended);
    },
  };
}
