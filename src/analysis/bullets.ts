/**
 * Bullets and the body: a bullet often sums up a sentence of the text below it. Such a bullet and its
 * sentence say one fact (see WriteContext.sameFact).
 */
import type { Sentence } from '../types.js';
import { config } from '../config.js';
import { wordsSharedWith } from './substance.js';

export interface BulletSummary {
  /** The id of the body sentence the bullet sums up. */
  readonly sentence: string;
  /** Whether the bullet repeats most of its words too (config.bulletEchoesShare): the lead then says it once more. */
  readonly echoes: boolean;
}

/**
 * Each bullet that sums up a body sentence (config.bulletSumsUpShare of its content words are the
 * sentence's; the first of the best), to that sentence.
 */
export function bulletsSummingUp(sentences: readonly Sentence[]): ReadonlyMap<string, BulletSummary> {
  const sameFact = new Map<string, BulletSummary>();
  const body = sentences.filter((s) => s.origin === 'body');
  for (const bullet of sentences.filter((s) => s.origin === 'bullet')) {
    let best: { id: string; share: number } | undefined;
    for (const sentence of body) {
      const share = wordsSharedWith(bullet.text, sentence.text);
      if (share >= config.bulletSumsUpShare && share > (best?.share ?? 0)) best = { id: sentence.id, share };
    }
    if (best) sameFact.set(bullet.id, { sentence: best.id, echoes: best.share >= config.bulletEchoesShare });
  }
  return sameFact;
}
