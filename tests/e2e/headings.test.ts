/**
 * End to end: the subheadings of every article (seed, corpus, unseen; three seeds) come each
 * once: no two headings of an article are the same, and a topic's label ("Le volet politique") heads one section only.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArticle } from '../../src/index.js';
import { loadJson } from '../../src/data.js';
import { fold } from '../../src/text.js';
import { variantsOf } from '../../src/writing/templates.js';
import { typeset } from '../../src/writing/french/index.js';

const root = join(import.meta.dirname, '..', '..');
const inputs = [
  join(root, 'examples', 'seed.txt'),
  ...['corpus', 'unseen'].flatMap((dir) => readdirSync(join(root, 'tests', 'fixtures', dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => join(root, 'tests', 'fixtures', dir, f))),
];

/** Each topic's labels, folded: "le volet politique" → "politique". */
const labels = new Map(
  loadJson<{ readonly topics: readonly { readonly id: string; readonly headings: readonly string[] }[] }>('lexicon/topics.json').topics.flatMap((t) => t.headings.map((h) => [fold(h), t.headings.map(fold)] as const)),
);

/** heading.fallback's headings, as a question names them after its article or preposition: "détails" ("sur les détails", "à propos des détails"). */
const fallbacks = variantsOf('heading.fallback').map((h) => typeset(h).replace(/^\S+\s+/u, ''));

describe('subheadings over all inputs and three seeds', () => {
  it.each(inputs.map((f) => [f.slice(root.length + 1), f]))('%s: no subheading twice, no topic label twice', (_, file) => {
    const text = readFileSync(file, 'utf8');
    for (const seed of [0, 1, 2]) {
      const { blocks } = generateArticle(text, { seed });
      const headings = blocks.flatMap((b) => (b.type === 'heading' && b.level > 1 ? [b.text] : []));
      // "Qu’apprend-on sur les détails ?" asks nothing: a section under a heading that names no subject is asked about otherwise.
      const questions = blocks.flatMap((b) => (b.type === 'faq' ? b.items.map((i) => i.question.text) : []));
      expect(questions.filter((q) => fallbacks.some((f) => q.replace(/\s+/gu, ' ').endsWith(` ${f} ?`))), `seed ${seed}`).toEqual([]);
      expect(headings.filter((h, i) => headings.indexOf(h) !== i), `seed ${seed}`).toEqual([]);
      // "Conseil constitutionnel : le volet politique" after "Le contexte politique": the keyphrase's prefix aside.
      const family = headings.map((h) => labels.get(fold(h.replace(/^[^:]*: /u, '')))?.join('|')).filter((f) => f !== undefined);
      expect(family.filter((f, i) => family.indexOf(f) !== i), `seed ${seed}`).toEqual([]);
      // --explain: a section's heading names the section's sentences and its rule.
      const sectionHeadings = blocks.filter((b) => b.type === 'heading' && /^topic:/u.test(b.provenance.template));
      for (const h of sectionHeadings) expect(h.provenance.sources.length, `${seed}: ${h.provenance.template}`).toBeGreaterThan(0);
      for (const h of headings) expect(h).toMatch(/^[\p{Lu}\d«]|^Qu’/u);
      for (const h of headings) expect(h).not.toMatch(/\.$/u);
    }
  });
});
