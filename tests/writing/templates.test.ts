/** The sentence templates as the build precompiled them: every variant, strict, with the helpers of template-helpers.ts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fill } from '../../src/writing/templates.js';
import { createChooser } from '../../src/writing/variety.js';
import { templateSpec } from '../../src/data.js';

const file = 'templates/sentences.json';
const templates = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', file), 'utf8')) as Record<string, string | string[]>;
const ids = Object.keys(templates).filter((id) => !id.startsWith('$'));

describe('the precompiled sentence templates', () => {
  it('hold every variant of templates/sentences.json', () => {
    for (const id of ids) for (const variant of [templates[id]!].flat()) expect(() => templateSpec(file, variant)).not.toThrow();
  });

  it('refuse a template the build did not compile', () => {
    expect(() => templateSpec(file, '{{kp}} jamais vu')).toThrow(/run npm run build/);
  });

  it('stay strict: a missing slot is an error, not an empty string', () => {
    // Strict mode checks the slots a template prints ({{name}}), not a helper's arguments ({{cap name}}).
    const id = ids.find((i) => [templates[i]!].flat().every((v) => /\{\{\w+\}\}/.test(v)))!;
    expect(() => fill(createChooser(1, 0), id, 'slot', {})).toThrow(/not defined/);
  });

  it('run the helpers of template-helpers.ts', () => {
    const id = ids.find((i) => [templates[i]!].flat().every((v) => v.includes('{{cap kp}}')))!;
    expect(fill(createChooser(1, 0), id, 'slot', { kp: 'pénurie de puces' }).text).toMatch(/^Pénurie de puces/);
  });
});
