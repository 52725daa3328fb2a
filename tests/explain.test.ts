/** explain: output sentences in reading order, each with its place, template and source sentences. */
import { describe, expect, it } from 'vitest';
import { explainArticle, explainedSentences } from '../src/explain.js';
import type { Block, Sentence } from '../src/types.js';

const sentences: Sentence[] = [
  { id: 'b1', text: 'La ville a voté le budget.', origin: 'bullet', paragraph: -1 },
  { id: 's1', text: 'Le budget atteint 3 millions d’euros.', origin: 'body', paragraph: 0 },
];
const blocks: Block[] = [
  { type: 'heading', level: 1, text: 'Le budget de la ville', provenance: { sources: [], template: 'seo-title' } },
  { type: 'paragraph', sentences: [{ text: 'La ville a voté le budget.', provenance: { sources: ['b1'], template: 'source' } }] },
  { type: 'list', items: [{ label: '3 millions', sentence: { text: 'Le budget : 3 millions d’euros.', provenance: { sources: ['s1'], template: 'figure#0' } } }] },
  {
    type: 'faq',
    items: [{ question: { text: 'Combien ?', provenance: { sources: ['s1'], template: 'question.amount#1' } }, answer: [{ text: 'Trois millions.', provenance: { sources: ['s1', 'b1'], template: 'answer#0' } }] }],
  },
];

describe('explainedSentences', () => {
  it('walks the blocks in reading order and names each place', () => {
    expect(explainedSentences(blocks).map((s) => `${s.where} ${s.provenance.template}`)).toEqual([
      'h1 seo-title',
      'paragraph 1 source',
      'list 1, item 1 figure#0',
      'faq 1, question 1 question.amount#1',
      'faq 1, answer 1 answer#0',
    ]);
  });
});

describe('explainArticle', () => {
  it('prints each sentence, its template, and its sources with their text', () => {
    expect(explainArticle({ blocks, sentences })).toBe(
      [
        'plume: explain: 5 output sentences; 2 source ids used of 2 source sentences',
        '[1] h1 · template seo-title',
        '    Le budget de la ville',
        '    ← no source sentence',
        '[2] paragraph 1 · template source',
        '    La ville a voté le budget.',
        '    ← b1: La ville a voté le budget.',
        '[3] list 1, item 1 · template figure#0',
        '    Le budget : 3 millions d’euros.',
        '    ← s1: Le budget atteint 3 millions d’euros.',
        '[4] faq 1, question 1 · template question.amount#1',
        '    Combien ?',
        '    ← s1: Le budget atteint 3 millions d’euros.',
        '[5] faq 1, answer 1 · template answer#0',
        '    Trois millions.',
        '    ← s1: Le budget atteint 3 millions d’euros.',
        '    ← b1: La ville a voté le budget.',
        '',
      ].join('\n'),
    );
  });
});
