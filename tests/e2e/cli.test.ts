/** The `plume` command as users run it (the built bin): output, exit codes, determinism across processes. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { temporaryDirectory } from '../support/temporary.js';

const root = join(import.meta.dirname, '..', '..');
const seed = join(root, 'examples', 'seed.txt');

function plume(args: readonly string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('plume generate', () => {
  it('gives byte-identical output in two processes with another time zone and locale', () => {
    const first = plume(['generate', seed], { env: { TZ: 'UTC', LANG: 'fr_FR.UTF-8' } });
    const second = plume(['generate', seed], { env: { TZ: 'Pacific/Kiritimati', LANG: 'C', LC_ALL: 'C' } });
    expect(first.status).toBe(0);
    expect(second.stdout).toBe(first.stdout);
  });

  it('reads standard input with -', () => {
    const fromFile = plume(['generate', seed, '--format', 'md']);
    const fromStdin = plume(['generate', '-', '--format', 'md'], { input: readFileSync(seed, 'utf8') });
    expect(fromStdin.status).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });

  it.each([
    ['article.md', /^---\ntitle: /],
    ['article.json', /^\{\n {2}"meta"/],
    ['article.html', /^<!doctype html>/],
  ])('chooses the format from the extension of -o (%s)', (name, start) => {
    const out = join(temporaryDirectory(), name);
    expect(plume(['generate', seed, '-o', out]).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(start);
  });

  it('exits 1 and writes nothing when the source is too thin for the minimum', () => {
    const dir = temporaryDirectory();
    const input = join(dir, 'thin.txt');
    writeFileSync(input, 'La mairie de Lyon a inauguré lundi une nouvelle passerelle sur la Saône, après deux ans de travaux et un chantier suivi de près par les riverains du quartier.\n');
    const out = join(dir, 'thin.html');
    const result = plume(['generate', input, '-o', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/\d+ honest words, fewer than the 700/);
    expect(existsSync(out)).toBe(false);
    expect(plume(['generate', input, '--allow-short']).status).toBe(0);
  });

  it.each([
    [['generate', '/nonexistent/file.txt'], /does not exist/],
    [['generate', seed, '--min-words', 'many'], /whole number/],
    [['generate', seed, '--min-words', '0'], /positive whole number/],
    [['generate', seed, '--min-words', '90000'], /5000 words or fewer/],
    [['generate', seed, '--format', 'pdf'], /html, md or json/],
    [['generate', seed, '--url', 'javascript:alert(1)'], /http/],
    [['generate', seed, '--date', '2024-13-45'], /YYYY-MM-DD/],
    [['generate', seed, '--frobnicate'], /Unknown option/],
    [['publish', seed], /unknown command/],
  ])('exits 2 with a clear message for %j', (args, message) => {
    const result = plume(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on empty, binary and non-French input', () => {
    expect(plume(['generate', '-'], { input: '  \n\n' }).stderr).toMatch(/empty/);
    expect(plume(['generate', '-'], { input: 'abc\u0000def' }).status).toBe(2);
    const english = plume(['generate', '-'], { input: 'The city council approved the new budget on Monday after a long debate about taxes, schools and public transport in the region.\n' });
    expect(english.status).toBe(2);
    expect(english.stderr).toMatch(/English/);
  });

  it('says that it writes French only when the instruction asks for another language', () => {
    const text = readFileSync(seed, 'utf8').replace('be in french', 'be in english');
    const result = plume(['generate', '-'], { input: text });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/French only/);
  });

  it('leaves out a news site’s furniture, says so, and takes the date it gives', () => {
    const text = readFileSync(seed, 'utf8').replace(/\n/u, '\nPar Julie Marchand\nPublié le 12/03/2026 à 08h15\nLire aussi : Les puces, un marché sous tension\n');
    const result = plume(['generate', '-', '--format', 'json'], { input: text });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/warning: the line "Par Julie Marchand" is a web page's furniture/);
    expect(result.stderr).toMatch(/warning: the line "Lire aussi : Les puces, un marché sous tension" is a web page's furniture/);
    const article = JSON.parse(result.stdout) as { meta: { date?: string }; blocks: { type: string; text?: string }[] };
    expect(article.meta.date).toBe('2026-03-12');
    expect(JSON.stringify(article.blocks)).not.toMatch(/Julie Marchand|Lire aussi/u);
  });

  it('warns about the parts of the instruction it does not understand', () => {
    const text = readFileSync(seed, 'utf8').replace('be in french', 'be in french, add three funny jokes');
    const result = plume(['generate', '-'], { input: text });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/warning: the instruction "add three funny jokes" was not understood/);
  });

  it('prints a help that documents every option', () => {
    const help = plume(['--help']).stdout;
    for (const option of ['--output', '--format', '--min-words', '--keyphrase', '--seed', '--date', '--url', '--allow-short']) expect(help).toContain(option);
  });
});
