/**
 * The article's readability so far, counted as the repetition guard sees its sentences: how many there
 * are, how many are long (more than twenty words) and how many passive. A restatement that reads hard
 * may then go in only while both shares stay within Yoast's bounds (25 % and 10 %), so that a thin source
 * does not make the article fail the readability its own sentences pass.
 */
import type { RepetitionGuard } from './guard.js';
import { assessmentConfig } from '../seo/assessments/config.js';
import { isLongSentence } from './readability.js';
import { isPassive } from './passive-clause.js';

export interface ReadabilityTally {
  /** Counts a heading, which Yoast reads as a sentence (a short one, never passive) and the repetition guard does not see. */
  addHeading(): void;
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
    keepsReadable(text, extraWords = 0) {
      const sentences = counts.sentences + 1;
      const long = counts.long + (isLongSentence(text, extraWords) ? 1 : 0);
      const passive = counts.passive + (isPassive(text) ? 1 : 0);
      return (100 * long) / sentences <= assessmentConfig.textSentenceLength.slightlyTooMany && (100 * passive) / sentences <= assessmentConfig.passiveVoice.recommended;
    },
  };
}
