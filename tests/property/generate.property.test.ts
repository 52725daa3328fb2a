/**
 * Property tests: arbitrary strings and random French-like documents built from corpus sentences.
 * Every case ends with status 0, 1 or 2, a well-formed page, JSON-LD that parses, the same bytes on
 * a second run, and (status 0) every number of the source. FUZZ_RUNS sets the number of cases
 * (`npm run fuzz` runs 10 000); a failing seed becomes a case in tests/property/regressions.test.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digitNumbers, outcome } from '../support/outcome.js';
import { pageFacts } from '../support/html.js';
import { parseSource } from '../../src/source/parse.js';

const runs = Number(process.env.FUZZ_RUNS ?? 1000);
const corpus = join(import.meta.dirname, '..', 'fixtures', 'corpus');
const sentences = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(join(corpus, f), 'utf8').split('\n'))
  .filter((line) => line.length > 40 && !line.startsWith('#') && !line.startsWith('- ') && !/words|mots/.test(line))
  .flatMap((line) => line.split(/(?<=[.!?»])\s+(?=[A-ZÀ-Ý«])/u));

const noise = fc.constantFrom('', '<b>', '{{x}}', '**', '"', '’', '\u00A0', '\r', '\t', '\u200B', '<script>x</script>', '---', ': ', '# ', '- ', '\uFEFF', 'é', '7 000', '3,5 %');

/** A document: maybe an instruction, maybe a headline, maybe bullets, then paragraphs of corpus sentences with noise. */
const frenchDocument = fc
  .record({
    instruction: fc.option(fc.constantFrom('Make this article seo compatible, create at least 300 words', 'Optimise cet article, au moins 400 mots'), { nil: undefined }),
    title: fc.option(fc.constantFrom(...sentences.slice(0, 30)).map((s) => `# ${s.slice(0, 60)}`), { nil: undefined }),
    bullets: fc.array(fc.constantFrom(...sentences).map((s) => `- ${s}`), { maxLength: 3 }),
    paragraphs: fc.array(fc.array(fc.tuple(fc.constantFrom(...sentences), noise).map(([s, n]) => `${s}${n}`), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }),
    separator: fc.constantFrom('\n', '\n\n', '\r\n'),
  })
  .map(({ instruction, title, bullets, paragraphs, separator }) =>
    [instruction, title, ...bullets, ...paragraphs.map((p) => p.join(' '))].filter((x) => x !== undefined).join(separator),
  );

function check(text: string): void {
  const first = outcome(text, { minWords: 300 });
  expect([0, 1, 2]).toContain(first.status);
  if (first.status === 2) return;
  const page = pageFacts(first.html!);
  expect(page.h1).toBe(1);
  expect(page.scriptTypes.every((t) => t === 'application/ld+json')).toBe(true);
  expect(page.jsonLd.length).toBeGreaterThan(0);
  expect(outcome(text, { minWords: 300 }).html).toBe(first.html);
  if (first.status === 0) {
    const source = parseSource(text);
    const written = new Set(digitNumbers(`${page.text}\n${first.article!.meta.title}`));
    const body = [source.title ?? '', ...source.bullets, ...source.subheadings.map((h) => h.text), ...source.paragraphs, source.datelineText ?? ''].join('\n');
    expect(digitNumbers(body).filter((n) => !written.has(n))).toEqual([]);
  }
}

describe('generate, on any input', () => {
  // A case takes tens of milliseconds (about 70 ms of CPU for a random document): the time limit follows the
  // number of cases, with room for a machine whose cores other jobs share (the limit guards against a hang;
  // speed is measured by npm run bench, not here).
  const timeout = 10_000 + runs * 500;

  it('handles arbitrary strings', { timeout }, () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), check), { numRuns: Math.ceil(runs / 2) });
  });

  it('handles random French documents', { timeout }, () => {
    fc.assert(fc.property(frenchDocument, check), { numRuns: runs });
  });
});
