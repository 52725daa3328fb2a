/** JSONL inputs: ids that name a file inside the output directory, typed options, refused lines. */
import { describe, expect, it } from 'vitest';
import { idProblem, parseJsonl } from '../../src/batch/jsonl.js';

describe('idProblem', () => {
  it.each([
    ['article-1', null],
    ['2024 budget', null],
    ['élection', null],
    ['', /empty/],
    ['..', /outside/],
    ['.', /outside/],
    ['a/b', /outside/],
    ['..\\b', /outside/],
    ['/etc/passwd', /outside/],
    ['.hidden', /dot/],
    ['a\u0000b', /control/],
    ['x'.repeat(201), /at most 200/],
  ])('%j → %s', (id, expected) => {
    const problem = idProblem(id);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});

describe('parseJsonl', () => {
  it('reads one input per non-blank line, with its options', () => {
    const inputs = parseJsonl('{"id":"a","text":"Un texte.","seed":2,"minWords":300,"keyphrase":"texte","date":"2024-01-02","url":"https://x.fr/a"}\n\n{"id":7,"text":"Deux."}\n', 'in.jsonl');
    expect(inputs).toEqual([
      { label: 'in.jsonl:1', name: 'a', source: { kind: 'text', text: 'Un texte.' }, options: { seed: 2, minWords: 300, keyphrase: 'texte', date: '2024-01-02', url: 'https://x.fr/a' }, notes: [] },
      { label: 'in.jsonl:3', name: '7', source: { kind: 'text', text: 'Deux.' }, options: {}, notes: [] },
    ]);
  });

  it.each([
    ['not json', /not JSON/],
    ['[1, 2]', /not a JSON object/],
    ['{"text":"x"}', /no "id"/],
    ['{"id":"../x","text":"x"}', /outside/],
    ['{"id":"a"}', /no "text"/],
    ['{"id":"a","text":"x","seed":"1"}', /"seed" must be a whole number/],
    ['{"id":"a","text":"x","minWords":1.5}', /"minWords" must be a whole number/],
    ['{"id":"a","text":"x","url":3}', /"url" must be a string/],
  ])('refuses %j', (line, message) => {
    const [input] = parseJsonl(line, 'in.jsonl');
    expect(input?.source).toEqual({ kind: 'invalid', message: expect.stringMatching(message) });
  });

  it('notes the fields it ignores and skips a byte order mark', () => {
    const [input] = parseJsonl('\uFEFF{"id":"a","text":"x","title":"T","category":"c"}', 'in.jsonl');
    expect(input?.notes).toEqual(['ignored fields "category", "title"']);
  });
});
