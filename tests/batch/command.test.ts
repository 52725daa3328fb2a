/** `plume batch` as users run it (the built bin): mixed inputs, resume, byte-identity with generate, JSONL. */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGLISH, THIN, corpus, plume, readReport, seed } from '../support/cli.js';
import { temporaryDirectory } from '../support/temporary.js';

const TIMEOUT = 120_000;
const corpusFiles = ['02-business-psa-8000-emplois.txt', '11-business-samsung-bourse-apple-bullets.txt'];

describe('plume batch', { timeout: TIMEOUT }, () => {
  it('writes the good inputs, reports the bad ones with their reasons, goes on and exits 1', () => {
    const dir = temporaryDirectory();
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    copyFileSync(seed, join(inputs, 'good.txt'));
    writeFileSync(join(inputs, 'empty.txt'), '  \n\n');
    writeFileSync(join(inputs, 'english.txt'), ENGLISH);
    writeFileSync(join(inputs, 'thin.md'), THIN);
    writeFileSync(join(inputs, 'notes.csv'), 'not an input');
    const out = join(dir, 'out');

    const result = plume(['batch', inputs, '-o', out, '--jobs', '2']);
    expect(result.status).toBe(1);
    expect(readdirSync(out).filter((f) => !f.startsWith('.')).sort()).toEqual(['good.html', 'plume-report.json']);
    const report = readReport(out);
    expect(report.counts).toEqual({ total: 4, ok: 1, failed: 3, skipped: 0 });
    // Sorted by name, whatever order they finished in.
    expect(report.inputs.map((e) => [e.id, e.status, e.exit, e.reason])).toEqual([
      ['empty', 'failed', 2, 'input'],
      ['english', 'failed', 2, 'input'],
      ['good', 'ok', 0, 'written'],
      ['thin', 'failed', 1, 'thin'],
    ]);
    const byId = Object.fromEntries(report.inputs.map((e) => [e.id, e]));
    expect(byId.empty?.message).toMatch(/empty/);
    expect(byId.english?.message).toMatch(/English/);
    expect(byId.thin?.message).toMatch(/\d+ honest words, fewer than the 700/);
    expect(byId.thin?.words).toBeGreaterThan(0);
    expect(byId.good?.words).toBeGreaterThanOrEqual(700);
    for (const entry of report.inputs) expect(entry.ms).toBeGreaterThanOrEqual(0);
    // Not a terminal: one plain line per input, and a final line with the counts.
    expect(result.stderr.split('\n').filter((l) => /^(ok|failed|skipped) /.test(l))).toHaveLength(4);
    expect(result.stdout).toMatch(/4 inputs: 1 written, 3 failed, 0 skipped/);
  });

  it('resumes: a second run skips the outputs that exist, --force makes them again', () => {
    const dir = temporaryDirectory();
    const out = join(dir, 'out');
    const inputs = [seed, join(corpus, corpusFiles[0]!)];
    expect(plume(['batch', ...inputs, '-o', out]).status).toBe(0);
    const first = readFileSync(join(out, 'seed.html'));

    writeFileSync(join(out, 'seed.html'), 'stale');
    const second = plume(['batch', ...inputs, '-o', out]);
    expect(second.status).toBe(0);
    expect(readReport(out).counts).toEqual({ total: 2, ok: 0, failed: 0, skipped: 2 });
    expect(second.stderr).toMatch(/skipped {2}\S*seed\.txt: seed\.html exists/);
    expect(readFileSync(join(out, 'seed.html'), 'utf8')).toBe('stale');

    const forced = plume(['batch', ...inputs, '-o', out, '--force']);
    expect(forced.status).toBe(0);
    expect(readReport(out).counts).toEqual({ total: 2, ok: 2, failed: 0, skipped: 0 });
    expect(readFileSync(join(out, 'seed.html'))).toEqual(first);
  });

  it.each(['html', 'md', 'json'] as const)('gives the bytes of plume generate for the seed and two corpus files (%s)', (format) => {
    const dir = temporaryDirectory();
    const out = join(dir, 'out');
    const files = [seed, ...corpusFiles.map((f) => join(corpus, f))];
    expect(plume(['batch', ...files, '-o', out, '--format', format, '--seed', '7', '--jobs', '2']).status).toBe(0);
    for (const file of files) {
      const name = file.split('/').pop()!.replace(/\.txt$/, '');
      const single = join(dir, `${name}.single.${format}`);
      expect(plume(['generate', file, '-o', single, '--format', format, '--seed', '7']).status).toBe(0);
      expect(readFileSync(join(out, `${name}.${format}`))).toEqual(readFileSync(single));
    }
  });

  it('gives the same bytes with one worker as with two, whatever the order of the inputs', () => {
    const dir = temporaryDirectory();
    const files = [seed, ...corpusFiles.map((f) => join(corpus, f))];
    expect(plume(['batch', ...files, '-o', join(dir, 'one'), '--jobs', '1']).status).toBe(0);
    expect(plume(['batch', ...[...files].reverse(), '-o', join(dir, 'two'), '--jobs', '2']).status).toBe(0);
    for (const name of readdirSync(join(dir, 'one')).filter((f) => f.endsWith('.html'))) {
      expect(readFileSync(join(dir, 'two', name))).toEqual(readFileSync(join(dir, 'one', name)));
    }
  });

  it('reads JSONL: one output per id, the line’s options win, bad lines and escaping ids are refused', () => {
    const dir = temporaryDirectory();
    const text = readFileSync(seed, 'utf8');
    const lines = [
      JSON.stringify({ id: 'altman', text, seed: 3, url: 'https://example.org/altman' }),
      '',
      JSON.stringify({ id: '../escape', text }),
      JSON.stringify({ id: 'sub/dir', text }),
      '{ not json',
      JSON.stringify({ id: 'short', text, minWords: 300, seed: 1, category: 'tech' }),
      JSON.stringify({ id: 'thin', text: THIN }),
      JSON.stringify({ id: 'no-text' }),
    ];
    writeFileSync(join(dir, 'inputs.jsonl'), `${lines.join('\n')}\n`);
    const out = join(dir, 'out');
    const result = plume(['batch', join(dir, 'inputs.jsonl'), '-o', out, '--seed', '9']);
    expect(result.status).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['altman.html', 'plume-report.json', 'short.html']);
    expect(existsSync(join(dir, 'escape.html'))).toBe(false);

    const report = readReport(out);
    expect(report.inputs.map((e) => [e.input.replace(dir, ''), e.status, e.exit])).toEqual([
      ['/inputs.jsonl:1', 'ok', 0],
      ['/inputs.jsonl:3', 'failed', 2],
      ['/inputs.jsonl:4', 'failed', 2],
      ['/inputs.jsonl:5', 'failed', 2],
      ['/inputs.jsonl:6', 'ok', 0],
      ['/inputs.jsonl:7', 'failed', 1],
      ['/inputs.jsonl:8', 'failed', 2],
    ]);
    expect(report.inputs[1]?.message).toMatch(/outside the output directory/);
    expect(report.inputs[2]?.message).toMatch(/outside the output directory/);
    expect(report.inputs[4]?.warnings).toEqual(['ignored field "category"']);

    const single = plume(['generate', seed, '--seed', '3', '--url', 'https://example.org/altman']);
    expect(readFileSync(join(out, 'altman.html'), 'utf8')).toBe(single.stdout);
    const short = plume(['generate', seed, '--seed', '1', '--min-words', '300']);
    expect(readFileSync(join(out, 'short.html'), 'utf8')).toBe(short.stdout);
  });

  it.each([
    [['batch', 'x.txt'], /-o DIR/],
    [['batch', '-o', 'out'], /at least one input/],
    [['batch', 'x.txt', '-o', 'out', '--format', 'pdf'], /html, md or json/],
    [['batch', 'x.txt', '-o', 'out', '--jobs', '0'], /--jobs must be between 1 and 64/],
    [['batch', 'x.txt', '-o', 'out', '--jobs', '500'], /--jobs must be between 1 and 64/],
    [['batch', 'x.txt', '-o', 'out', '--min-words', '0'], /positive whole number/],
    [['batch', 'x.txt', '-o', 'out', '--frobnicate'], /Unknown option/],
    [['batch', '-', '-o', 'out'], /not standard input/],
  ])('exits 2 on bad usage: %j', (args, message) => {
    const result = plume(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 when the inputs hold nothing to generate, and prints its help', () => {
    const dir = temporaryDirectory();
    const result = plume(['batch', dir, '-o', join(dir, 'out')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/no input found/);
    const help = plume(['batch', '--help']);
    expect(help.status).toBe(0);
    for (const option of ['--output', '--format', '--jobs', '--force', '--min-words', '--seed', 'plume-report.json', 'JSONL']) expect(help.stdout).toContain(option);
  });

  it('reports an input that does not exist and goes on', () => {
    const dir = temporaryDirectory();
    const out = join(dir, 'out');
    const result = plume(['batch', join(dir, 'missing.txt'), seed, '-o', out]);
    expect(result.status).toBe(1);
    expect(existsSync(join(out, 'seed.html'))).toBe(true);
    expect(readReport(out).inputs[0]).toMatchObject({ status: 'failed', exit: 2, reason: 'input', message: expect.stringMatching(/does not exist/) });
  });
});
