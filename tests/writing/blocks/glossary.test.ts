/**
 * The glossary's definitions (lexicon/glossary.json), as writeGlossary prints them: Yoast counts each list
 * item as a sentence, so every definition holds to its readability, as Plume's own sentences do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPassiveSentence } from '../../../src/seo/assessments/text/passive.js';
import { sentenceWords } from '../../../src/writing/readability.js';
import { typeset } from '../../../src/writing/french/index.js';

const file = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'lexicon', 'glossary.json'), 'utf8')) as {
  terms: { term: string; definition: string }[];
};
const definitions = file.terms.map((t) => [t.term, t.definition] as const);

describe('glossary definitions', () => {
  it('are many (the tables below are not empty)', () => {
    expect(definitions.length).toBeGreaterThan(100);
  });

  it.each(definitions)('%s is not in the passive voice', (_, definition) => {
    expect(isPassiveSentence(definition)).toBe(false);
    // What the block prints: the typeset definition.
    expect(isPassiveSentence(typeset(definition))).toBe(false);
  });

  // The list item reads "term : definition", one sentence of at most 20 words for Yoast.
  it.each(definitions)('%s, with its definition, holds in 20 words', (term, definition) => {
    expect(sentenceWords(`${term} : ${typeset(definition)}`)).toBeLessThanOrEqual(20);
  });
});
