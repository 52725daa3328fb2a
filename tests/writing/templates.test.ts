/** Plume's own sentences, every variant of templates/sentences.json, hold to Yoast's readability. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPassiveSentence } from '../../src/seo/assessments/text/passive.js';
import { sentenceWords } from '../../src/writing/readability.js';

const file = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'templates', 'sentences.json'), 'utf8')) as Record<string, string | string[]>;
// Each slot filled with a one-word value: what the template itself adds.
const variants = Object.entries(file)
  .filter(([id]) => !id.startsWith('$'))
  .flatMap(([id, value]) => [value].flat().map((text, index) => ({ id: `${id}#${index}`, text: text.replace(/\{\{[^}]*\}\}/g, 'Dupont') })))
  .filter((v) => /\p{L}/u.test(v.text));

describe('template sentences', () => {
  it('are many (the table below is not empty)', () => {
    expect(variants.length).toBeGreaterThan(100);
  });

  it.each(variants.map((v) => [v.id, v.text]))('%s is not in the passive voice', (_, text) => {
    expect(isPassiveSentence(text)).toBe(false);
  });

  it.each(variants.map((v) => [v.id, v.text]))('%s leaves room for its slots within 20 words', (_, text) => {
    expect(sentenceWords(text)).toBeLessThanOrEqual(14);
  });
});

describe('fill', () => {
  it('gives way to another variant when the chosen one is refused, and keeps it when all are', async () => {
    const { fill } = await import('../../src/writing/templates.js');
    const { createChooser } = await import('../../src/writing/variety.js');
    const values = { list: 'la bourse, la contrefaçon, l’appel et la séance boursière', ofList: 'de la bourse', count: 'quatre' };
    const chosen = fill(createChooser(1, 0), 'intro.glossary', 'intro.glossary', values);
    const other = fill(createChooser(1, 0), 'intro.glossary', 'intro.glossary', values, (text) => text !== chosen.text);
    expect(other.text).not.toBe(chosen.text);
    expect(other.template).not.toBe(chosen.template);
    expect(fill(createChooser(1, 0), 'intro.glossary', 'intro.glossary', values, () => false)).toEqual(chosen);
  });
});
