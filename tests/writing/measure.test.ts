import { describe, expect, it } from 'vitest';
import { measureDrafts } from '../../src/writing/measure.js';
import { sourceStems } from '../../src/analysis/substance.js';
import type { Draft } from '../../src/writing/context.js';

const said = (text: string, sources: string[] = []) => ({ text, provenance: { sources, template: 'test' } });

describe('measureDrafts', () => {
  it('counts words and fact-free words in sentences, and sentences with a transition word, headings and the H1 among them', () => {
    const stems = sourceStems(['Nvidia vend ses puces aux investisseurs du monde entier.']);
    const drafts: Draft[] = [
      { type: 'heading', level: 2, text: 'Les puces', provenance: { sources: [], template: 'heading' } },
      { type: 'paragraph', sentences: [said('Nvidia vend ainsi ses puces aux investisseurs.', ['s1']), said('Cette évolution mérite qu’on s’y attarde longuement.')] },
      { type: 'list', items: [{ label: 'puce', sentence: said('circuit électronique gravé sur du silicium') }] },
      { type: 'faq', items: [{ question: said('Que faut-il retenir avant tout ?'), answer: [said('Nvidia vend ses puces.', ['s1'])] }] },
    ];
    const measures = measureDrafts(drafts, stems);
    // 7 + 8 + (puce : 6) + 4 words; fact-free: the sentence about nothing (8) and the definition (1 of 5 content words from the source).
    expect(measures).toEqual({ words: 7 + 8 + 8 + 4, factFree: 8 + 8, sentences: 1 + 1 + 2 + 1 + 2, transitions: 2 });
  });
});
