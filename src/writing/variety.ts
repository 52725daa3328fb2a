/**
 * Seeded choice: the same input, seed and slot always give the same variant, and a variant
 * of a family does not come back within `config.varietyWindow` paragraphs.
 */
import { config } from '../config.js';
import { hash32 } from '../text.js';

export interface Chooser {
  /** One of `options`, chosen from the slot's hash, avoiding the family's recent choices. */
  pick<T>(slot: string, options: readonly T[], family?: string): T;
  /** Tell the chooser that a paragraph (or any block) was written. */
  nextParagraph(): void;
  /** A chooser that goes on from this one's state, each then going its own way. */
  copy(): Chooser;
}

export function createChooser(inputHash: number, seed: number): Chooser {
  return chooserFrom(inputHash, seed, 0, new Map());
}

function chooserFrom(inputHash: number, seed: number, start: number, lastUsed: Map<string, number>): Chooser {
  let paragraph = start;
  return {
    pick<T>(slot: string, options: readonly T[], family = slot): T {
      if (options.length === 0) throw new Error(`no variant to choose from for ${slot}`);
      const key = (i: number): string => `${family}#${i}`;
      const fresh = options.map((_, i) => i).filter((i) => paragraph - (lastUsed.get(key(i)) ?? -Infinity) > config.varietyWindow);
      const pool = fresh.length ? fresh : options.map((_, i) => i).sort((a, b) => (lastUsed.get(key(a)) ?? -1) - (lastUsed.get(key(b)) ?? -1)).slice(0, 1);
      const index = pool[hash32(`${inputHash}:${seed}:${slot}`) % pool.length]!;
      lastUsed.set(key(index), paragraph);
      return options[index]!;
    },
    nextParagraph(): void {
      paragraph++;
    },
    copy(): Chooser {
      return chooserFrom(inputHash, seed, paragraph, new Map(lastUsed));
    },
  };
}
