/** Subheadings (src/writing/blocks/headings.ts). */
import { describe, expect, it } from 'vitest';
import { isNounPhrase, topicHeading } from '../../../src/writing/blocks/headings.js';
import { createChooser } from '../../../src/writing/variety.js';
import { createGuard } from '../../../src/writing/guard.js';
import { tallied } from '../../../src/writing/readability-tally.js';
import type { WriteContext } from '../../../src/writing/context.js';

describe('isNounPhrase', () => {
  it.each([
    ['Le parcours sportif', true],
    ['Une attaque à six kilomètres de l’arrivée', true],
    ['Les enjeux économiques du projet', true],
    // A source's subheading may be a sentence: the FAQ cannot ask "Que sait-on du maillot jaune résiste ?".
    ['Le maillot jaune résiste', false],
    ['Les industriels s’inquiètent', false],
    ['La majorité adopte le budget', false],
    // A word both noun and verb is the verb after a noun, the noun after an article or a preposition.
    ['Le long-courrier reste à la traîne', false],
    ['La grève continue', false],
    ['Le reste du budget', true],
    ['La fin de la grève', true],
    // Unsure: "politique" may be a verb form.
    ['Le contexte politique', false],
  ])('%s → %s', (heading, expected) => {
    expect(isNounPhrase(heading)).toBe(expected);
  });
});

describe('topicHeading: a topic\'s label heads one section', () => {
  const context = (): WriteContext =>
    ({ chooser: createChooser(7, 0), guard: tallied(createGuard()), keyphrase: { text: 'Airbus', withDeterminer: 'Airbus', proper: true } }) as unknown as WriteContext;
  const LABELS = ['Le volet politique', 'Le contexte politique', 'Les enjeux politiques'];
  it.each([0, 1, 2])('gives a second section of the same topic another heading than its labels (slot %i)', (slot) => {
    const c = context();
    const used = new Set<string>();
    const first = topicHeading(c, LABELS, `section:${slot}`, used, 2);
    const second = topicHeading(c, LABELS, `section:${slot + 1}`, used, 2, ['s4', 's5']);
    expect(LABELS).toContain(first.text);
    expect(LABELS).not.toContain(second.text);
    expect(second.text).not.toBe(first.text);
    // Its provenance: the section's sentences.
    expect(second.provenance.sources).toEqual(['s4', 's5']);
  });
});
