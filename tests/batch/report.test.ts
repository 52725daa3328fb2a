/** The report: entries in input order, counts, the final line, and the line printed for each input. */
import { describe, expect, it } from 'vitest';
import { describe as describeEntry } from '../../src/batch/progress.js';
import { makeReport, reportEntry, summaryLine } from '../../src/batch/report.js';
import type { Job, JobResult } from '../../src/batch/types.js';

const job = (name: string, kind: 'file' | 'invalid' = 'file'): Job => ({
  input: { label: `in/${name}.txt`, name, source: kind === 'file' ? { kind, path: `in/${name}.txt` } : { kind, message: 'bad' }, options: {}, notes: ['a note'] },
  output: `/out/${name}.html`,
  action: { kind: 'run' },
});
const ok: JobResult = { status: 'ok', words: 812, exit: 0, reason: 'written', warnings: ['w'], ms: 12.3 };
const thin: JobResult = { status: 'failed', words: 120, exit: 1, reason: 'thin', message: 'too thin', warnings: [], ms: 4 };
const skipped: JobResult = { status: 'skipped', words: null, exit: null, reason: 'exists', warnings: [], ms: 0 };
const crash: JobResult = { status: 'failed', words: null, exit: null, reason: 'crash', message: 'Error: boom', warnings: [], ms: 1 };

describe('reportEntry and makeReport', () => {
  it('names the input and its output, keeps the input’s notes before the warnings, and counts', () => {
    const entries = [reportEntry(job('a'), ok), reportEntry(job('b'), thin), reportEntry(job('c'), skipped), reportEntry(job('line-4', 'invalid'), crash)];
    expect(entries[0]).toEqual({ input: 'in/a.txt', id: 'a', output: 'a.html', status: 'ok', words: 812, exit: 0, reason: 'written', warnings: ['a note', 'w'], ms: 12.3 });
    expect(entries[3]?.output).toBeNull();
    const report = makeReport(entries, { format: 'html', jobs: 2, singleThreaded: true, ms: 1234.5 });
    expect(report.counts).toEqual({ total: 4, ok: 1, failed: 2, skipped: 1 });
    expect(report).toMatchObject({ format: 'html', jobs: 2, singleThreaded: true, ms: 1235 });
    expect(summaryLine(report, 'out/plume-report.json')).toBe('plume batch: 4 inputs: 1 written, 2 failed, 1 skipped in 1.2 s; report: out/plume-report.json');
  });
});

describe('the line for each input', () => {
  it.each([
    [ok, 'ok       in/a.txt → a.html (812 words, 12 ms)'],
    [thin, 'failed   in/a.txt (exit 1): too thin'],
    [crash, 'failed   in/a.txt (crash): Error: boom'],
    [skipped, 'skipped  in/a.txt: a.html exists (--force remakes it)'],
  ])('%j', (result, line) => {
    expect(describeEntry(reportEntry(job('a'), result))).toBe(line);
  });
});
