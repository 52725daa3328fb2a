/** The plan: output names, resume, refusals (duplicates, the report's name, an output over its input). */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planJobs } from '../../src/batch/plan.js';
import type { BatchInput } from '../../src/batch/types.js';

const file = (path: string, name: string): BatchInput => ({ label: path, name, source: { kind: 'file', path }, options: {}, notes: [] });
const out = resolve('/tmp/plume-plan-out');

describe('planJobs', () => {
  it('names each output after its input, in the format’s extension', () => {
    const jobs = planJobs([file('in/a.txt', 'a'), file('in/b.md', 'b')], { outDir: out, format: 'md', force: false, exists: () => false });
    expect(jobs.map((j) => [j.output, j.action.kind])).toEqual([
      [join(out, 'a.md'), 'run'],
      [join(out, 'b.md'), 'run'],
    ]);
  });

  it('skips the outputs that exist unless forced', () => {
    const inputs = [file('in/a.txt', 'a'), file('in/b.txt', 'b')];
    const exists = (path: string) => path.endsWith('a.html');
    expect(planJobs(inputs, { outDir: out, format: 'html', force: false, exists }).map((j) => j.action.kind)).toEqual(['skip', 'run']);
    expect(planJobs(inputs, { outDir: out, format: 'html', force: true, exists }).map((j) => j.action.kind)).toEqual(['run', 'run']);
  });

  it('refuses a second input with the same output, the report’s name and an output over its own input', () => {
    const jobs = planJobs(
      [file('x/a.txt', 'a'), file('y/a.txt', 'a'), file('in/plume-report.txt', 'plume-report'), file(join(out, 'c.md'), 'c')],
      { outDir: out, format: 'json', force: false, exists: () => false },
    );
    expect(jobs.map((j) => j.action.kind)).toEqual(['run', 'refuse', 'refuse', 'run']);
    const md = planJobs([file(join(out, 'c.md'), 'c')], { outDir: out, format: 'md', force: false, exists: () => false });
    expect(md[0]?.action).toEqual({ kind: 'refuse', message: expect.stringMatching(/overwrite its own input/) });
  });

  it('passes on the refusal of an input that could not be read', () => {
    const input: BatchInput = { label: 'in.jsonl:2', name: 'line-2', source: { kind: 'invalid', message: 'line 2 is not JSON' }, options: {}, notes: [] };
    expect(planJobs([input], { outDir: out, format: 'html', force: false, exists: () => true })[0]?.action).toEqual({ kind: 'refuse', message: 'line 2 is not JSON' });
  });
});
