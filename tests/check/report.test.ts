/** The report's figures on the blocks: here, the sentences that come back. */
import { describe, expect, it } from 'vitest';
import { makeReport } from '../../src/check/report.js';
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
