/** The readability assessments, one test per score band, on small hand-made papers. */
import { describe, expect, it } from 'vitest';
import { assessPaper, type Paper } from '../../../src/seo/assessments/index.js';
import { h, li, p, paper, prose, sentence } from './helpers.js';

function verdict(input: Paper, id: string) {
  const found = assessPaper(input).readability.find((r) => r.id === id);
  if (!found) throw new Error(`no assessment ${id}`);
  return found;
}

/** `n` sentences of `length` words, the first `k` of them changed by `change`. */
function sentences(n: number, length: number, k: number, change: (s: string) => string): string {
  return Array.from({ length: n }, (_, i) => (i < k ? change(sentence(length, i * 5)) : sentence(length, i * 5))).join(' ');
}

describe('subheadingsTooLong', () => {
  it.each([
    ['a short text without subheadings', [p(prose(250))], 9],
    ['a short text with subheadings', [h(2, 'Un'), p(prose(250))], 9],
    ['at most 300 words between headings', [h(2, 'Un'), p(prose(300)), h(2, 'Deux'), p(prose(300))], 9],
    ['a section of 320 words', [h(2, 'Un'), p(prose(320)), h(2, 'Deux'), p(prose(100))], 6],
    ['a section of 400 words', [h(2, 'Un'), p(prose(400)), h(2, 'Deux'), p(prose(100))], 3],
    ['320 words before the first heading', [p(prose(320)), h(2, 'Un'), p(prose(100))], 6],
    ['400 words before the first heading', [p(prose(400)), h(2, 'Un'), p(prose(100))], 3],
    ['a long text without any heading', [p(prose(400))], 2],
  ])('%s', (_, blocks, score) => {
    expect(verdict(paper({ blocks }), 'subheadingsTooLong').score).toBe(score);
  });
});

describe('textParagraphTooLong', () => {
  it.each([
    ['150 words at most', 150, 9],
    ['a paragraph of 160 words', 160, 6],
    ['a paragraph of 210 words', 210, 3],
  ])('%s', (_, words, score) => {
    expect(verdict(paper({ blocks: [p(prose(words)), p(prose(40))] }), 'textParagraphTooLong').score).toBe(score);
  });

  it('counts a list item as a paragraph and a hyphenated word once', () => {
    expect(verdict(paper({ blocks: [li('Un porte-parole a parlé.')] }), 'textParagraphTooLong').actual).toBe(4);
  });
});

describe('textSentenceLength', () => {
  const longer = (s: string): string => s.replace(/\.$/, ` ${sentence(12, 3).toLowerCase()}`);
  it.each([
    ['25 % of sentences over 20 words', 5, 9],
    ['30 % of them', 6, 6],
    ['35 % of them', 7, 3],
  ])('%s', (_, k, score) => {
    expect(verdict(paper({ blocks: [p(sentences(20, 10, k, longer))] }), 'textSentenceLength').score).toBe(score);
  });
});

describe('textTransitionWords', () => {
  const transition = (s: string): string => `Ensuite, ${s.charAt(0).toLowerCase()}${s.slice(1)}`;
  it.each([
    ['30 % of sentences with one', 6, 9],
    ['25 % of them', 5, 6],
    ['15 % of them', 3, 3],
    ['none', 0, 3],
  ])('%s', (_, k, score) => {
    expect(verdict(paper({ blocks: [p(sentences(20, 12, k, transition))] }), 'textTransitionWords').score).toBe(score);
  });

  it('does not ask short texts for any', () => {
    expect(verdict(paper({ blocks: [p(prose(150))] }), 'textTransitionWords').score).toBe(9);
  });

  it('reads multi-word and two-part transitions, with either apostrophe', () => {
    const research = assessPaper(paper({ blocks: [p('D’une part les usines ferment, d’autre part les prix montent. Par conséquent les ventes baissent. Rien ne bouge. Tout attend.')] })).readability.find((r) => r.id === 'textTransitionWords');
    expect(research?.actual).toBe('50 %');
  });
});

describe('passiveVoice', () => {
  const passive = (s: string): string => `${s.replace(/\.$/, '')} a été validé par le conseil.`;
  it.each([
    ['10 % of sentences in the passive', 2, 9],
    ['15 % of them', 3, 6],
    ['20 % of them', 4, 3],
  ])('%s', (_, k, score) => {
    expect(verdict(paper({ blocks: [p(sentences(20, 8, k, passive))] }), 'passiveVoice').score).toBe(score);
  });
});

describe('sentenceBeginnings', () => {
  it.each([
    ['two sentences in a row with the same first word', 'Le projet avance. Le chantier commence. Les usines ferment. Le projet dure.', 9],
    ['three in a row', 'Ensuite les usines ferment. Ensuite les prix montent. Ensuite les ventes baissent.', 3],
    ['three after "les", each with another noun', 'Les usines ferment. Les prix montent. Les ventes baissent.', 9],
    ['three in a row after an article counted with the next word ("le projet")', 'Le projet avance. Le projet coûte cher. Le projet dure.', 3],
  ])('%s', (_, text, score) => {
    expect(verdict(paper({ blocks: [p(text)] }), 'sentenceBeginnings').score).toBe(score);
  });

  it('leaves lists out', () => {
    const blocks = [li('Usines fermées.'), li('Usines vendues.'), li('Usines rachetées.')];
    expect(verdict(paper({ blocks }), 'sentenceBeginnings').score).toBe(9);
  });
});
