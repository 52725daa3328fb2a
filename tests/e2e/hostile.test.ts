/** Hostile and messy inputs: markup, template syntax and YAML in the source stay text; errors are clear. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { temporaryDirectory } from '../support/temporary.js';
import { generateArticle, renderArticle } from '../../src/index.js';
import { outcome } from '../support/outcome.js';
import { pageFacts } from '../support/html.js';

const root = join(import.meta.dirname, '..', '..');
const seed = readFileSync(join(root, 'examples', 'seed.txt'), 'utf8');

const INJECTIONS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '{{#each this}}',
  '{{{constructor}}}',
  'javascript:alert(1)',
  ']]>',
  '-->',
  '</script><script>alert(2)</script>',
];

/** The seed with every hostile string quoted inside sentences of its body. */
const hostile = seed
  .split('\n')
  .map((line, i) => (i >= 4 && i < 4 + INJECTIONS.length ? `${line.replace(/\.$/, '')}, selon le texte « ${INJECTIONS[i - 4]} ».` : line))
  .join('\n');

describe('a source full of markup, template syntax and YAML breakers', () => {
  const article = generateArticle(`${hostile}\n---\ntitle: pirate\n# pas un titre : vraiment\n`, { minWords: 1 });

  it('gives a page where none of it is live', () => {
    const page = pageFacts(renderArticle(article, 'html'));
    expect(page.h1).toBe(1);
    expect(page.scriptTypes.every((t) => t === 'application/ld+json')).toBe(true);
    expect(page.jsonLd.length).toBeGreaterThan(0);
    expect(page.elements).not.toContain('img');
    expect(page.eventAttributes).toBe(0);
  });

  it('shows it as the text it was', () => {
    const text = pageFacts(renderArticle(article, 'html')).text;
    for (const injection of ['<script>alert(1)</script>', '{{#each this}}', '{{{constructor}}}', ']]>', '-->']) expect(text).toContain(injection);
  });

  it('keeps the JSON-LD and the meta attributes closed', () => {
    const html = renderArticle(article, 'html');
    const head = html.slice(0, html.indexOf('<body>'));
    expect(head.match(/<\/script>/g)?.length).toBe(head.match(/<script /g)?.length);
    expect(head).not.toMatch(/content="[^"]*<script/);
  });

  it('keeps the Markdown front matter intact and the body inert', () => {
    const md = renderArticle(article, 'md');
    const [, front, body] = md.split(/^---$/m);
    for (const line of front!.trim().split('\n')) {
      const [key, ...value] = line.split(': ');
      expect(key).toMatch(/^[a-z]+$/);
      expect(() => JSON.parse(value.join(': '))).not.toThrow();
    }
    expect(body).not.toMatch(/(?<!\\)<script/);
    expect(body).not.toMatch(/^---$/m);
  });

  it('gives JSON that parses back', () => {
    expect(JSON.parse(renderArticle(article, 'json')).meta.title).toBe(article.meta.title);
  });
});

describe('input hygiene', () => {
  it('gives the same article for the seed with CRLF line endings and a BOM', () => {
    const crlf = `\uFEFF${seed.replace(/\n/g, '\r\n')}`;
    expect(renderArticle(generateArticle(crlf), 'html')).toBe(renderArticle(generateArticle(seed), 'html'));
  });

  it('reads a text pasted from a web page as the text it shows', () => {
    const html = `<p>${seed.split('\n').slice(4).join('</p>\n<p>').replace(/’/g, '&rsquo;')}</p>`;
    const article = generateArticle(html, { minWords: 1 });
    expect(article.sentences.some((s) => s.text.includes('7 000 milliards de dollars'))).toBe(true);
    expect(article.sentences.every((s) => !/[<>]|&rsquo;/.test(s.text))).toBe(true);
  });
});

describe('errors', () => {
  const run = (args: readonly string[], input?: string | Buffer) => spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8' });

  it.each([
    ['empty', '', /empty/],
    ['whitespace only', ' \n\t\n ', /empty/],
    ['latin-1 bytes', Buffer.from('Le président a parlé à la télévision.', 'latin1'), /not valid UTF-8/],
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), /binary/],
    ['Spanish', 'El gobierno aprobó el lunes un nuevo presupuesto para la región, después de un largo debate sobre los impuestos y las escuelas públicas.\n', /Spanish/],
  ])('exits 2 with one clear line for %s input', (_, input, message) => {
    const result = run(['generate', '-'], input);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 and leaves nothing behind when the output cannot be written', () => {
    const dir = temporaryDirectory();
    const result = run(['generate', join(root, 'examples', 'seed.txt'), '-o', join(dir, 'missing', 'article.html')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/cannot write/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a source past the documented limit', () => {
    const outcomeOfHuge = outcome('Le conseil municipal a voté le budget. '.repeat(60_000));
    expect(outcomeOfHuge.status).toBe(2);
    expect(outcomeOfHuge.message).toMatch(/at most 2000000/);
  });

  it('does not leave a temporary file when it succeeds', () => {
    const dir = temporaryDirectory();
    const out = join(dir, 'a.md');
    writeFileSync(join(dir, 'in.txt'), seed);
    expect(run(['generate', join(dir, 'in.txt'), '-o', out]).status).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'in.txt']);
  });
});
