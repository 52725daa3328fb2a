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

/**
 * The sentences seen, each +1 (added) or -1 (forgotten), and how many of them are long and passive. Those
 * two are measured only when a hard restatement asks for its share, and only for the sentences seen since:
 * most articles ask for one share or none, and a sentence's verdicts cost more than its words.
 */
interface Counts {
  sentences: number;
  readonly texts: string[];
  readonly signs: number[];
  readonly long: Share;
  readonly passive: Share;
}

/** A share's count over texts[0 … measured). */
interface Share {
  count: number;
  measured: number;
}

const newCounts = (): Counts => ({ sentences: 0, texts: [], signs: [], long: { count: 0, measured: 0 }, passive: { count: 0, measured: 0 } });

const copyCounts = (counts: Counts): Counts => ({ sentences: counts.sentences, texts: [...counts.texts], signs: [...counts.signs], long: { ...counts.long }, passive: { ...counts.passive } });

/** The share's count, once the sentences seen since it was last asked for are measured with `is`. */
function countOf(share: Share, counts: Counts, is: (text: string) => boolean): number {
  for (; share.measured < counts.texts.length; share.measured++) if (is(counts.texts[share.measured]!)) share.count += counts.signs[share.measured]!;
  return share.count;
}

const isLong = (text: string): boolean => isLongSentence(text);

/** `guard` counting, as it records them, the sentences it sees. */
export function tallied(guard: RepetitionGuard, counts: Counts = newCounts()): TalliedGuard {
  return {
    accepts: (text, options) => guard.accepts(text, options),
    add(text, copied) {
      guard.add(text, copied);
      counts.sentences++;
      counts.texts.push(text);
      counts.signs.push(1);
    },
    reserve: (text) => guard.reserve(text),
    endsWith: (phrase) => guard.endsWith(phrase),
    // The same counts, as the guard shares what it has seen.
    withCandidateShare: (share) => tallied(guard.withCandidateShare(share), counts),
    copy: () => tallied(guard.copy(), copyCounts(counts)),
    addHeading() {
      counts.sentences++;
    },
    forget(text) {
      counts.sentences--;
      counts.texts.push(text);
      counts.signs.push(-1);
    },
    // Only the shares the text adds to: an active sentence lowers the passive share, so a source whose
    // copies are already over one bound does not keep out restatements that make it better.
    keepsReadable(text, extraWords = 0) {
      const sentences = counts.sentences + 1;
      const withinLong = !isLongSentence(text, extraWords) || (100 * (countOf(counts.long, counts, isLong) + 1)) / sentences <= assessmentConfig.textSentenceLength.slightlyTooMany;
      return withinLong && (!isPassive(text) || (100 * (countOf(counts.passive, counts, isPassive) + 1)) / sentences <= assessmentConfig.passiveVoice.recommended);
    },
  };
}
