/**
 * What every assessment returns, and the one scale that turns a score into a rating.
 *
 * Yoast's scale (yoastseo 3.6, scoring/interpreters/scoreToRating): a score above 7 is good,
 * 5 to 7 is ok, 4 or less is bad. Yoast also gives -1 ("error") and 0 ("feedback", a grey
 * light) special meanings; no assessment here returns either, so three ratings suffice. Negative
 * scores (-10, -50, -999: far too short, over-optimised, no keyphrase) are bad.
 */
export type Rating = 'good' | 'ok' | 'bad';

export interface AssessmentResult {
  /** Yoast's identifier of the same assessment, so that verdicts can be compared one to one. */
  readonly id: string;
  readonly score: number;
  readonly rating: Rating;
  readonly message: string;
  /** The measured value the verdict rests on. */
  readonly actual?: number | string;
  /** What a good value looks like, in words and numbers taken from the config. */
  readonly expected?: string;
}

export function scoreToRating(score: number): Rating {
  if (score > 7) return 'good';
  if (score > 4) return 'ok';
  return 'bad';
}

export function result(id: string, score: number, message: string, measured: { actual?: number | string; expected?: string } = {}): AssessmentResult {
  return {
    id,
    score,
    rating: scoreToRating(score),
    message,
    ...(measured.actual !== undefined && { actual: measured.actual }),
    ...(measured.expected !== undefined && { expected: measured.expected }),
  };
}

/** 12.3456 → 12.3, 25 → 25: the rounding Yoast applies to percentages before comparing them. */
export function roundPercent(value: number): number {
  return Math.round(value) === value ? value : Math.round(value * 10) / 10;
}
