import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleTexts } from '../../src/writing/article-words.js';
import { blockTexts } from '../../src/check/report.js';
import { countJoinedWords } from '../../src/text.js';
import { generateArticle } from '../../src/index.js';
import type { Block } from '../../src/types.js';

const said = (text: string) => ({ text, provenance: { sources: [], template: 'test' } });

/** What the report counts: the blocks' texts, joined. */
const reported = (blocks: readonly Block[]) => {
  const texts = blockTexts(blocks).map((t) => t.text);
  return { words: countJoinedWords(texts), length: texts.join('\n').length };
};
const counted = (blocks: readonly Block[]) => {
  const { texts, length } = articleTexts(blocks);
  return { words: countJoinedWords(texts), length };
};

describe('articleTexts', () => {
  it('counts the words and the length the report counts, a figure split across sentences and blocks included', () => {
    const blocks: Block[] = [
      { type: 'heading', level: 2, text: 'Les 12', provenance: { sources: [], template: 'heading' } },
      { type: 'paragraph', sentences: [said('000 emplois en 2012'), said('000 de plus.'), said('L’usine ferme.')] },
      { type: 'paragraph', sentences: [] },
      { type: 'paragraph', sentences: [said('500 postes.')] },
      { type: 'list', items: [{ label: 'GPU 7', sentence: said('000 puces') }, { sentence: said('d’autres 3') }] },
      { type: 'faq', items: [{ question: said('Combien 12 ?'), answer: [] }, { question: said('Et 5'), answer: [said('000 ?'), said('Non.')] }] },
    ];
    expect(counted(blocks)).toEqual(reported(blocks));
    expect(counted([])).toEqual(reported([]));
  });

  it('counts as the report counts on the seed and the corpus', () => {
    const root = join(import.meta.dirname, '..', '..');
    const corpus = join(root, 'tests', 'fixtures', 'corpus');
    const files = [join(root, 'examples', 'seed.txt'), ...readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => join(corpus, f))];
    for (const file of files) {
      const { blocks } = generateArticle(readFileSync(file, 'utf8'), { seed: 3 });
      expect(counted(blocks), file).toEqual(reported(blocks));
    }
  });
});
