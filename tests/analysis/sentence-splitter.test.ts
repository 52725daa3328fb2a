import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitIntoSentences } from '../../src/analysis/sentence-splitter.js';
import { loadJson } from '../../src/data.js';

// The port against the library it comes from (compromise stays a development dependency for this).
const nlp = createRequire(import.meta.url)('compromise/one') as {
  methods(): { one: { tokenize: { splitSentences(text: string, world: object): string[] } } };
  world(): { model: { one: { abbreviations: Record<string, boolean> } } };
  addWords(words: Record<string, string>): void;
};
// As Plume used it: taught the French abbreviations first (which never changed its cuts).
nlp.addWords(Object.fromEntries(loadJson<{ abbreviations: string[] }>('lexicon/abbreviations.json').abbreviations.map((a) => [a.toLowerCase(), 'Abbreviation'])));
const theirs = (text: string): string[] => nlp.methods().one.tokenize.splitSentences(text, nlp.world());

describe('splitIntoSentences cuts as compromise’s splitter cuts', () => {
  it('knows compromise’s abbreviations', () => {
    expect(loadJson<{ abbreviations: string[] }>('lexicon/sentence-abbreviations.json').abbreviations).toEqual(Object.keys(nlp.world().model.one.abbreviations));
  });

  it('on every paragraph of the corpus and the examples', () => {
    const dirs = ['tests/fixtures/corpus', 'examples'];
    const texts = dirs.flatMap((dir) => readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).map((f) => readFileSync(join(dir, f), 'utf8')));
    for (const text of texts) {
      expect(splitIntoSentences(text)).toEqual(theirs(text));
      for (const paragraph of text.split(/\n\s*\n/)) expect(splitIntoSentences(paragraph), paragraph).toEqual(theirs(paragraph));
    }
  });

  it.each([
    ['', []],
    ['   ', []],
    ['Bonjour. Il fait beau.', ['Bonjour. ', 'Il fait beau.']],
    ['Le Dr. Martin arrive. Il parle.', ['Le Dr. Martin arrive. ', 'Il parle.']],
  ])('%j', (text, expected) => {
    expect(splitIntoSentences(text)).toEqual(expected);
    expect(theirs(text)).toEqual(expected);
  });

  it('on made-up texts of stops, quotations, parentheses, abbreviations and line breaks', () => {
    const pieces = ['Il dit', ' ', '. ', '! ', '? ', '... ', '… ', '\n', '\n\n', '« Non. ', 'Oui » ', '“Yes!” ', '"no sir. ', 'he left" ', '(voir ', 'plus bas) ', 'Mr. ', 'etc. ', 'F.B.I. ', 'W. ', 'J.-C. ', 'av. ', '12.10 ', '。', '「はい。」', '」', 'a', 'É', '- ', ',', '3 ', 'vol. ', '¿', '‹ ', '› '];
    let state = 11;
    const next = (n: number): number => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) % n);
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: 1 + next(12) }, () => pieces[next(pieces.length)]).join('');
      expect(splitIntoSentences(text), JSON.stringify(text)).toEqual(theirs(text));
    }
  });
});
