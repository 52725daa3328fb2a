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

/**
 * The paragraph where each variant of a family was last chosen, by the variant's index (none where it never was):
 * one look-up per pick, not a key made and hashed for each variant of the family.
 */
type LastUsed = Map<string, (number | undefined)[]>;

function chooserFrom(inputHash: number, seed: number, start: number, lastUsed: LastUsed): Chooser {
  let paragraph = start;
  return {
    pick<T>(slot: string, options: readonly T[], family = slot): T {
      if (options.length === 0) throw new Error(`no variant to choose from for ${slot}`);
      let used = lastUsed.get(family);
      if (used === undefined) lastUsed.set(family, (used = []));
      const fresh: number[] = [];
      for (let i = 0; i < options.length; i++) if (paragraph - (used[i] ?? -Infinity) > config.varietyWindow) fresh.push(i);
      const index = fresh.length ? fresh[hash32(`${inputHash}:${seed}:${slot}`) % fresh.length]! : leastRecent(used, options.length);
      used[index] = paragraph;
      return options[index]!;
    },
    nextParagraph(): void {
      paragraph++;
    },
    copy(): Chooser {
      const copied: LastUsed = new Map();
      lastUsed.forEach((used, family) => copied.set(family, used.slice()));
      return chooserFrom(inputHash, seed, paragraph, copied);
    },
  };
}

/**
 * The variant chosen longest ago, the first of them on a tie (a variant never chosen counts as chosen at -1). A loop
 * over the indices, not `options.map`: pick's options are arrays of many kinds, and each new kind there made V8 undo
 * and optimise pick again (twice in 78 warm articles).
 */
function leastRecent(used: readonly (number | undefined)[], count: number): number {
  let oldest = 0;
  for (let i = 1; i < count; i++) if ((used[i] ?? -1) < (used[oldest] ?? -1)) oldest = i;
  return oldest;
}
