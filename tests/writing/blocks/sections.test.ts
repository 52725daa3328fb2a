/** Topic sections (src/writing/blocks/sections.ts), as generateArticle writes them. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArticle } from '../../../src/index.js';
import { readsEasily } from '../../../src/writing/readability.js';

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

describe('writeSections: the figures an opener lists', () => {
  const unseen = join(root, 'tests', 'fixtures', 'unseen');

  it.each([0, 1, 2])('lists no reference of the news: the base of a rate, an age bound, a person’s age (h-07, b-01, e-10, seed %i)', (seed) => {
    for (const [file, references] of [
      // "312 cas pour 100 000 habitants" (listed whole, never its base alone), "les enfants de moins de 15 ans", "avaient plus de 65 ans".
      ['h-07-sante-grippe-epidemie.txt', /(?<!cas pour )100 000 habitants|15 ans|65 ans/u],
      // "Madeleine Sorel entre à 17 ans à l’École des beaux-arts".
      ['e-10.txt', /17 ans/u],
      // "Karim Haddad, 34 ans, et Yannick Morvan, 51 ans".
      ['b-01-justice-proces.txt', /34 ans|51 ans/u],
    ] as const) {
      const article = generateArticle(readFileSync(join(unseen, file), 'utf8'), { seed, allowShort: true });
      const openers = article.blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences : [])).filter((s) => s.provenance.template.startsWith('opener.number'));
      expect(openers.length).toBeGreaterThan(0);
      for (const opener of openers) expect(opener.text.replace(/[\u00A0\u202F]/gu, ' ')).not.toMatch(references);
    }
  });

  it.each([0, 1, 2])('lists two figures where three make the opener long (e-01: "4,2 millions d’euros de dommages et intérêts", seed %i)', (seed) => {
    const article = generateArticle(readFileSync(join(unseen, 'e-01.txt'), 'utf8'), { seed });
    const openers = article.blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences : [])).filter((s) => s.provenance.template.startsWith('opener.number') && s.text.includes('dommages et intérêts'));
    expect(openers.length).toBe(1);
    expect(readsEasily(openers[0]!.text)).toBe(true);
  });
});
