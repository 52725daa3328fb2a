/** `plume check` as users run it (the built bin): on an article Plume did not write, on a clean Markdown article, and on bad usage. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { temporaryDirectory } from '../support/temporary.js';
import { minimalHtml } from './minimal-html.js';

const root = join(import.meta.dirname, '..', '..');
const corpusFile = join(root, 'tests', 'fixtures', 'corpus', '01-tech-ubuntu-12-10.txt');
const goodArticle = join(root, 'tests', 'fixtures', 'check', 'good-article.md');

beforeAll(() => {
  // Like the other CLI tests, this runs the built bin: npm test builds first (pretest); otherwise run npx tsc -p . before.
  if (!existsSync(join(root, 'dist', 'src', 'cli-check.js'))) throw new Error('dist/src/cli-check.js is missing: build first with npx tsc -p .');
});

function plume(args: readonly string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dir = temporaryDirectory('plume-check-');
const notPlume = join(dir, 'ubuntu.html');
writeFileSync(notPlume, minimalHtml(readFileSync(corpusFile, 'utf8')));

describe('plume check on an article Plume did not write (a corpus text in minimal HTML)', () => {
  const run = plume(['check', notPlume, '--keyphrase', 'Ubuntu', '--source', corpusFile]);

  it('prints one line per assessment, the figures and fidelity, and exits 1 because some are red', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`${notPlume} (HTML)`);
    expect(run.stdout).toContain('  keyphrase: “Ubuntu” (--keyphrase)');
    expect(run.stdout).toContain('  title: “Informatique : Sortie d\'une nouvelle version 12.10 d\'Ubuntu” (59 characters, <title>)');
    expect(lines.filter((l) => /^ {2}(good|ok {2}|BAD ) {2}\w+ +\S/.test(l))).toHaveLength(17);
    expect(run.stdout).toMatch(/\n {2}ok {4}keyphraseInSEOTitle +Keyphrase in SEO title: the exact keyphrase is in the title, but not at its beginning/);
    expect(run.stdout).toMatch(/\n {2}good {2}introductionKeyword +Keyphrase in introduction: the first paragraph has the keyphrase in one sentence\./);
    expect(run.stdout).toMatch(/\n {2}BAD {3}metaDescriptionLength +Meta description length: there is no meta description/);
    expect(run.stdout).toMatch(/\n {2}BAD {3}slugKeyword +Keyphrase in slug: add both a keyphrase and a slug/);
    expect(run.stdout).toMatch(/\n {2}good {2}textLength +Text length: 311 words, good\./);
    expect(run.stdout).toMatch(/\n {2}BAD {3}textSentenceLength +Sentence length: 53\.3 % of the sentences have more than 20 words/);
    expect(run.stdout).toMatch(/\n {2}words 337 · language fra · headings h1 1, h2 2 · paragraphs 3 · list items 0\n/);
    expect(run.stdout).toContain('  numbers not in the source: none\n  names not in the source: none\n  source numbers missing: none\n');
    expect(lines.at(-2)).toBe('10 good, 1 ok, 6 bad');
  });

  it('prints the same report as JSON with --json', () => {
    const json = plume(['check', notPlume, '--keyphrase', 'Ubuntu', '--json']);
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout) as { keyphrase: string; keyphraseSource: string; figures: { words: number; language: string }; seo: { id: string; rating: string }[]; summary: { bad: number } };
    expect(report).toMatchObject({ keyphrase: 'Ubuntu', keyphraseSource: '--keyphrase', figures: { words: 337, language: 'fra' }, summary: { bad: 6 } });
    expect(report.seo.find((r) => r.id === 'metaDescriptionLength')?.rating).toBe('bad');
    expect(report).not.toHaveProperty('fidelity');
  });
});

describe('plume check on a clean article', () => {
  it('exits 0 when no assessment is red (Markdown with front matter)', () => {
    const run = plume(['check', goodArticle]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('  keyphrase: “usines automobiles” (front matter keyphrase)');
    expect(run.stdout).toMatch(/\n17 good, 0 ok, 0 bad\n$/);
  });
});

describe('plume check on bad usage', () => {
  it.each([
    [['check'], /^plume: check needs the article to audit/],
    [['check', join(dir, 'absent.html')], /^plume: the article .*absent\.html does not exist\n$/],
    [['check', dir], /^plume: the article .* is a directory\n$/],
    [['check', notPlume, '--source', join(dir, 'absent.txt')], /^plume: the source .*absent\.txt does not exist\n$/],
    [['check', notPlume, '--keyphrase', ' '], /^plume: --keyphrase must not be empty\n$/],
    [['check', notPlume, '--frobnicate'], /^plume: .*frobnicate.*\(see plume --help\)\n$/],
    [['check', notPlume, notPlume], /^plume: one article at a time, not 2/],
  ])('%j exits 2 with a one-line message', (args, message) => {
    const run = plume(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it('rejects Markdown whose front matter is not YAML', () => {
    const file = join(dir, 'bad.md');
    writeFileSync(file, '---\ntitle: [oops\n---\nTexte.\n');
    const run = plume(['check', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^plume: the front matter is not valid YAML/);
  });

  it('documents check in plume --help and in plume check --help', () => {
    expect(plume(['--help']).stdout).toContain('plume check FILE [--keyphrase TEXT] [--source FILE] [--json]');
    const help = plume(['check', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: plume check FILE/);
  });
});
