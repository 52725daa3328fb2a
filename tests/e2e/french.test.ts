/**
 * The French of the text Plume writes, on the seed and on every corpus article: no Grammalecte error
 * (grammar or typography) that the source does not already have, no word outside the French
 * dictionary unless the source uses it. Grammalecte is required in CI (see tests/support/french.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArticle } from '../../src/index.js';
import { blockTexts } from '../../src/check/report.js';
import { parseSource } from '../../src/source/parse.js';
import { newGrammarErrors, requireGrammalecte, unknownWords } from '../support/french.js';

const root = join(import.meta.dirname, '..', '..');
const corpus = join(root, 'tests', 'fixtures', 'corpus');
const inputs = [
  { name: 'seed', path: join(root, 'examples', 'seed.txt') },
  ...readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f, path: join(corpus, f) })),
];
const withGrammalecte = requireGrammalecte();

describe.each(inputs)('$name', ({ path }) => {
  const raw = readFileSync(path, 'utf8');
  const instruction = parseSource(raw).instruction;
  const source = instruction ? raw.slice(raw.indexOf('\n') + 1) : raw;
  const article = generateArticle(raw);
  const lines = blockTexts(article.blocks).map((t) => t.text);

  it.skipIf(!withGrammalecte)('adds no grammar or typography error to the source', { timeout: 60_000 }, () => {
    expect(newGrammarErrors(lines, source)).toEqual([]);
  });

  it('writes no word the dictionary does not know, unless the source has it', { timeout: 60_000 }, async () => {
    expect(await unknownWords(lines.join('\n'), source)).toEqual([]);
  });
});
