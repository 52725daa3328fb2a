/** Topic sections (src/writing/blocks/sections.ts), as generateArticle writes them. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArticle } from '../../../src/index.js';

const root = join(import.meta.dirname, '..', '..', '..');
const corpus = join(root, 'tests', 'fixtures', 'corpus');
const inputs = [join(root, 'examples', 'seed.txt'), ...readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => join(corpus, f))];

/** The longer words of a sentence in lower case (a name's are not): an opener's formula, and the nouns of its list. */
const frame = (text: string): string[] => text.split(/[^\p{L}]+/u).filter((word) => word.length >= 5 && word === word.toLowerCase());

describe('writeSections: openers', () => {
  it.each([0, 1, 2])('never says the names and the figures of a section in one formula ("Plusieurs noms ressortent ici, en particulier…" then "Plusieurs chiffres ressortent, en particulier…", seed %i)', (seed) => {
    const repeated: string[] = [];
    for (const path of inputs) {
      const article = generateArticle(readFileSync(path, 'utf8'), { seed, allowShort: true });
      for (const block of article.blocks) {
        if (block.type !== 'paragraph' || block.sentences.length !== 2) continue;
        const [names, figures] = block.sentences;
        if (!names!.provenance.template.startsWith('opener.entit') || !figures!.provenance.template.startsWith('opener.number')) continue;
        const shared = frame(figures!.text).filter((word) => frame(names!.text).includes(word));
        if (shared.length) repeated.push(`${names!.text} ${figures!.text}`);
      }
    }
    expect(repeated).toEqual([]);
  });
});
