/** The report's figures on the blocks: here, the sentences that come back. */
import { describe, expect, it } from 'vitest';
import { blockTexts, makeReport } from '../../src/check/report.js';
import type { Block, Meta, OutSentence } from '../../src/types.js';

const said = (text: string): OutSentence => ({ text, provenance: { sources: [], template: 'test' } });
const meta: Meta = { title: 'Les prix', h1: 'Les prix', description: 'Les prix montent.', slug: 'les-prix', keyphrase: 'prix', keywords: [] };
const report = (blocks: readonly Block[]) => makeReport({ blocks, meta, sentences: [], sourceText: '', minWords: 1, warnings: [] });

describe('duplicateSentences', () => {
  it('lists a sentence said again whatever its case, marks and spaces', () => {
    const blocks: Block[] = [
      { type: 'paragraph', sentences: [said('Les prix montent.'), said('Le reste suit.')] },
      { type: 'list', items: [{ sentence: said('Les  prix, montent !') }] },
      { type: 'faq', items: [{ question: said('Quoi ?'), answer: [said('LES PRIX – montent')] }] },
    ];
    expect(report(blocks).duplicateSentences).toEqual(['Les  prix, montent !', 'LES PRIX – montent']);
  });

  it('tells apart sentences whose words differ, a single space between them or not', () => {
    const blocks: Block[] = [{ type: 'paragraph', sentences: [said('Les prix montent.'), said('Les prixmontent.'), said('Les prix montent encore.')] }];
    expect(report(blocks).duplicateSentences).toEqual([]);
  });
});

describe('the lazy figures', () => {
  const blocks: Block[] = [{ type: 'paragraph', sentences: [said('Les prix montent de 12 % cette année dans toute la région, selon les commerçants interrogés.')] }];
  const made = () => makeReport({ blocks, meta, sentences: [], sourceText: 'Les prix montent de 12 % et de 7 %.', minWords: 1, warnings: [] });

  it('are written in their place, with their values, as any other figure', () => {
    const json = JSON.parse(JSON.stringify(made()));
    expect(Object.keys(json)).toEqual(['words', 'minWords', 'language', 'headings', 'maxWordsBetweenHeadings', 'titleLength', 'descriptionLength', 'sourceNumbersMissing', 'duplicateSentences', 'keyphraseIn', 'warnings']);
    expect(json.language).toBe('fra');
    expect(json.sourceNumbersMissing).toEqual(['7']);
  });

  it('are read through the same two getters for every report, which gives every report one hidden class in V8', () => {
    const [first, second] = [made(), made()];
    for (const figure of ['language', 'sourceNumbersMissing']) {
      const getter = Object.getOwnPropertyDescriptor(first, figure)?.get;
      expect(getter).toBeTypeOf('function');
      expect(Object.getOwnPropertyDescriptor(second, figure)?.get).toBe(getter);
    }
    expect(first.sourceNumbersMissing).toBe(first.sourceNumbersMissing);
  });
});

describe('blockTexts', () => {
  const blocks: Block[] = [
    { type: 'heading', level: 2, text: 'Les prix' },
    { type: 'paragraph', sentences: [said('Les prix montent.'), said('Le reste suit.')] },
    { type: 'list', items: [{ label: '3 %', sentence: said('la hausse') }, { sentence: said('Les loyers aussi.') }] },
    { type: 'faq', items: [{ question: said('Quoi ?'), answer: [said('Les prix.'), said('Et le reste.')] }] },
  ];

  it('gives the text of each block, the level of a heading, the sentences of a paragraph or an answer joined by a space', () => {
    expect(blockTexts(blocks)).toEqual([
      { heading: true, level: 2, text: 'Les prix' },
      { heading: false, text: 'Les prix montent. Le reste suit.' },
      { heading: false, text: '3 %\u00A0: la hausse' },
      { heading: false, text: 'Les loyers aussi.' },
      { heading: true, level: 4, text: 'Quoi ?' },
      { heading: false, text: 'Les prix. Et le reste.' },
    ]);
  });

  it('gives every text the same properties in the same order, whatever its block (one shape for V8)', () => {
    for (const text of blockTexts(blocks)) expect(Object.keys(text)).toEqual(['heading', 'level', 'text']);
  });
});
