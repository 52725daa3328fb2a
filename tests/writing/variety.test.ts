import { describe, expect, it } from 'vitest';
import { createChooser } from '../../src/writing/variety.js';

const OPTIONS = ['a', 'b', 'c', 'd', 'e'] as const;

describe('createChooser', () => {
  it('gives the same variant for the same hash, seed and slot', () => {
    for (const slot of ['title', 'opener', 'faq.1']) {
      expect(createChooser(123, 4).pick(slot, OPTIONS)).toBe(createChooser(123, 4).pick(slot, OPTIONS));
    }
  });

  it('can give another variant with another seed', () => {
    const picks = new Set(Array.from({ length: 20 }, (_, seed) => createChooser(123, seed).pick('slot', OPTIONS)));
    expect(picks.size).toBeGreaterThan(1);
  });

  it('does not pick a variant of a family again within 3 paragraphs when others are available', () => {
    const chooser = createChooser(1, 0);
    const picks: string[] = [];
    for (let paragraph = 0; paragraph < 12; paragraph++) {
      picks.push(chooser.pick(`slot${paragraph}`, ['a', 'b', 'c', 'd'], 'family'));
      chooser.nextParagraph();
    }
    picks.forEach((pick, i) => expect(picks.slice(Math.max(0, i - 3), i)).not.toContain(pick));
  });

  it('copies its state: a copy picks as the original would, and neither sees the other’s later picks', () => {
    const chooser = createChooser(1, 0);
    chooser.pick('slot0', ['a', 'b', 'c', 'd'], 'family');
    chooser.nextParagraph();
    const copy = chooser.copy();
    const fresh = createChooser(1, 0);
    fresh.pick('slot0', ['a', 'b', 'c', 'd'], 'family');
    fresh.nextParagraph();
    const picks = (c: typeof chooser) => Array.from({ length: 6 }, (_, i) => (c.nextParagraph(), c.pick(`slot${i + 1}`, ['a', 'b', 'c', 'd'], 'family')));
    expect(picks(copy)).toEqual(picks(fresh));
    // The original was left where the copy started.
    const again = createChooser(1, 0);
    again.pick('slot0', ['a', 'b', 'c', 'd'], 'family');
    again.nextParagraph();
    expect(picks(chooser)).toEqual(picks(again));
  });

  it('throws when there is nothing to choose from', () => {
    expect(() => createChooser(1, 0).pick('slot', [])).toThrow();
  });
});
