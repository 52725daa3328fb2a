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

  it('throws when there is nothing to choose from', () => {
    expect(() => createChooser(1, 0).pick('slot', [])).toThrow();
  });
});
