import { describe, expect, it } from 'vitest';
import type { Block, OutSentence, Sentence } from '../../src/types.js';
import { keepSourcePassives } from '../../src/writing/passive-budget.js';
import { easierToRead } from '../../src/writing/readability.js';
import { typeset } from '../../src/writing/french/index.js';

const PASSIVE = 'Le gros-porteur A350 a été livré à 57 exemplaires.';
const source: Sentence = { id: 's9', text: PASSIVE, origin: 'body', paragraph: 3 };

/** The sentence as the sections copy it: in the active voice with "on". */
const withOn = (): OutSentence => {
  const { parts, rules } = easierToRead(PASSIVE);
  return { text: typeset(parts[0]!), provenance: { sources: [source.id], template: rules.join('+') } };
};

/** Short active sentences, none passive: room for passives. */
const filler = (count: number, from = 0): OutSentence[] =>
  Array.from({ length: count }, (_, i) => ({ text: `Le conseil adopte la mesure numéro ${from + i + 1} sans débat.`, provenance: { sources: [], template: 'test' } }));

const article = (sentences: readonly OutSentence[]): Block[] => [
  { type: 'heading', level: 2, text: 'Les faits', provenance: { sources: [], template: 'test' } },
  { type: 'paragraph', sentences },
];

const paragraphOf = (blocks: readonly Block[]): readonly OutSentence[] => (blocks[1]!.type === 'paragraph' ? blocks[1]!.sentences : []);

describe('keepSourcePassives', () => {
  it('starts from a sentence the active-voice-on rule made', () => {
    expect(withOn().text).toBe('On a livré le gros-porteur A350 à 57 exemplaires.');
    expect(withOn().provenance.template).toBe('rule.active-voice-on');
  });

  it('gives the source its passive back when the article has room for it, as a copy of the source', () => {
    const blocks = keepSourcePassives(article([...filler(20), withOn()]), [source], -50);
    const restored = paragraphOf(blocks).at(-1)!;
    expect(restored.text).toBe(typeset(PASSIVE));
    expect(restored.provenance).toEqual({ sources: [source.id], template: 'source' });
  });

  it('keeps "on" while the passive share would go past the margin below Yoast’s 10 %', () => {
    // 9 sentences and a heading: one passive more is 10 %, past the 8 % kept.
    const blocks = keepSourcePassives(article([...filler(8), withOn()]), [source], -50);
    expect(paragraphOf(blocks).at(-1)!.text).toBe(withOn().text);
  });

  it('counts the words: a passive of as many words as its "on" form keeps an article at its minimum exactly', () => {
    // "été" takes the place of "on": the two forms have the same number of words.
    expect(typeset(PASSIVE).split(/\s+/u).length).toBe(withOn().text.split(/\s+/u).length);
    const blocks = keepSourcePassives(article([...filler(20), withOn()]), [source], 0);
    expect(paragraphOf(blocks).at(-1)!.text).toBe(typeset(PASSIVE));
  });

  it('keeps "on" when the article already says the source’s sentence as it is', () => {
    const said: OutSentence = { text: typeset(PASSIVE), provenance: { sources: [source.id], template: 'faq' } };
    const blocks = keepSourcePassives(article([...filler(20), withOn(), said]), [source], -50);
    expect(paragraphOf(blocks).at(-2)!.text).toBe(withOn().text);
  });

  it('leaves every other sentence as it is, and the blocks themselves when nothing changes', () => {
    const blocks = article(filler(20));
    expect(keepSourcePassives(blocks, [source], -50)).toBe(blocks);
    const changed = keepSourcePassives(article([...filler(20), withOn()]), [source], -50);
    expect(paragraphOf(changed).slice(0, 20)).toEqual(filler(20));
  });
});
