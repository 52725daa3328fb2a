/** The preview server's request handler: every answer is JSON or a page file, no request brings it down. */
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandler, MAX_BODY_BYTES, respond } from '../../src/serve/server.js';
import { listenDuringTests } from './support.js';
import { generateArticle, InputError, renderArticle } from '../../src/index.js';
import { auditArticle } from '../../src/check/audit.js';
import { readArticle } from '../../src/check/read-article.js';
import { ENGLISH, THIN } from '../support/cli.js';

const seed = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'seed.txt'), 'utf8');

const post = (body: string | Buffer, contentType = 'application/json') =>
  respond({ method: 'POST', path: '/api/generate', hostHeader: '127.0.0.1:4173', contentType, body: Buffer.from(body) });

const parse = (reply: { body: string }): Record<string, unknown> => JSON.parse(reply.body) as Record<string, unknown>;

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('POST /api/generate', { timeout: 30_000 }, () => {
  it('answers 400 to a body that is not JSON', () => {
    const reply = post('{"text": "Le');
    expect(reply.status).toBe(400);
    expect(reply.headers['Content-Type']).toBe('application/json; charset=utf-8');
    expect(parse(reply).error).toMatch(/^the request body is not valid JSON/);
  });

  it('answers 400 to JSON that is not an object, to a missing text, to an unknown field, and to bytes that are not UTF-8', () => {
    expect(parse(post('[1, 2]')).error).toMatch(/must be a JSON object/);
    expect(parse(post('{"minWords": 700}')).error).toBe('text must be a string: the French source text');
    const unknown = post(JSON.stringify({ text: seed, min_words: 700 }));
    expect(unknown.status).toBe(400);
    expect(parse(unknown).error).toMatch(/^unknown field "min_words": the fields are text, minWords, keyphrase, seed, url, date, keywords, image, imageAlt, sourceUrl, siteName, author, links$/);
    const latin1 = post(Buffer.from([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]));
    expect(latin1.status).toBe(400);
    expect(parse(latin1).error).toBe('the request body is not valid UTF-8');
  });

  it('answers 400 with the library’s InputError message, word for word', () => {
    for (const [body, expected] of [
      [{ text: ENGLISH }, messageOf(() => generateArticle(ENGLISH))],
      [{ text: '   \n' }, messageOf(() => generateArticle('   \n'))],
      [{ text: seed, url: 'ftp://example.com/a' }, messageOf(() => generateArticle(seed, { url: 'ftp://example.com/a' }))],
      [{ text: seed, date: '2024-13-45' }, messageOf(() => generateArticle(seed, { date: '2024-13-45' }))],
    ] as const) {
      const reply = post(JSON.stringify(body));
      expect(reply.status).toBe(400);
      expect(parse(reply)).toEqual({ error: expected });
    }
  });

  it('checks the options as plume generate does', () => {
    expect(parse(post(JSON.stringify({ text: seed, minWords: 0 }))).error).toBe('the minimum number of words must be a positive whole number, not 0');
    expect(parse(post(JSON.stringify({ text: seed, minWords: 9000 }))).error).toMatch(/ask for 5000 words or fewer/);
    expect(parse(post(JSON.stringify({ text: seed, seed: 1.5 }))).error).toBe('seed must be a whole number, not 1.5');
    expect(parse(post(JSON.stringify({ text: seed, keyphrase: 7 }))).error).toBe('keyphrase must be a string, not 7');
  });

  it('answers 200 with the very bytes of renderArticle(generateArticle(text, options)) in the three formats', () => {
    const options = { minWords: 650, keyphrase: 'pénurie de puces', seed: 3, url: 'https://example.com/actualite/puces', date: '2024-02-09' };
    const reply = post(JSON.stringify({ text: seed, ...options }));
    expect(reply.status).toBe(200);
    const body = parse(reply) as { html: string; md: string; json: string; article: Record<string, unknown>; assessments: Record<string, { rating: string }[]>; warnings: string[]; snippet: Record<string, unknown> };
    const article = generateArticle(seed, options);
    expect(body.html).toBe(renderArticle(article, 'html'));
    expect(body.md).toBe(renderArticle(article, 'md'));
    expect(body.json).toBe(renderArticle(article, 'json'));
    expect(body.article).toEqual(JSON.parse(JSON.stringify({ meta: article.meta, blocks: article.blocks, report: article.report, sentences: article.sentences })));
    expect(body.warnings).toEqual([]);
    expect(body.snippet).toMatchObject({ title: article.meta.title, description: article.meta.description, url: 'https://example.com/actualite/puces', titleChars: article.report.titleLength, maxTitleChars: 60, minDescriptionChars: 120, maxDescriptionChars: 156 });
  });

  it('gives the same verdicts as plume check reading the same page', () => {
    const body = parse(post(JSON.stringify({ text: seed }))) as { html: string; assessments: { seo: object[]; readability: object[] } };
    const audit = auditArticle(readArticle(body.html, 'html'));
    const plain = (list: readonly object[]) => list.map((r) => Object.fromEntries(Object.entries(r).filter(([key]) => key !== 'exactMatch')));
    expect(body.assessments.seo).toEqual(plain(audit.seo));
    expect(body.assessments.readability).toEqual(plain(audit.readability));
    expect(body.assessments.seo.length).toBeGreaterThan(5);
  });

  it('takes the SEO options of plume generate: keywords, image and its alt, source URL, site name, author, links', () => {
    const body = { keywords: 'OpenAI, semi-conducteurs', image: 'https://example.com/puce.jpg', imageAlt: 'Une puce', sourceUrl: 'https://example.org/source', siteName: 'Le Journal', author: 'Marie Curie', links: { 'pénurie de puces': 'https://example.com/puces' } };
    const reply = post(JSON.stringify({ text: seed, ...body }));
    expect(reply.status).toBe(200);
    const options = { keywords: ['OpenAI', 'semi-conducteurs'], image: { url: body.image, alt: body.imageAlt }, sourceUrl: body.sourceUrl, siteName: body.siteName, author: body.author, links: body.links };
    const { html, md } = parse(reply) as { html: string; md: string };
    expect(html).toBe(renderArticle(generateArticle(seed, options), 'html'));
    expect(md).toBe(renderArticle(generateArticle(seed, options), 'md'));
    expect(html).toContain('<a href="https://example.com/puces">');
    expect(parse(post(JSON.stringify({ text: seed, keywords: ['OpenAI', ' semi-conducteurs '] }))).html).toBe(renderArticle(generateArticle(seed, { keywords: ['OpenAI', 'semi-conducteurs'] }), 'html'));
  });

  it('refuses SEO options that plume generate refuses', () => {
    expect(parse(post(JSON.stringify({ text: seed, imageAlt: 'Une puce' }))).error).toBe("imageAlt needs image, the image's URL");
    expect(parse(post(JSON.stringify({ text: seed, links: ['https://example.com'] }))).error).toMatch(/^links must be one JSON object from phrases to URLs/);
    expect(parse(post(JSON.stringify({ text: seed, keywords: [1] }))).error).toMatch(/^keywords must be a string of comma-separated keywords or an array of strings/);
    const reply = post(JSON.stringify({ text: seed, image: 'javascript:alert(1)' }));
    expect(reply.status).toBe(400);
    expect(parse(reply)).toEqual({ error: messageOf(() => generateArticle(seed, { image: { url: 'javascript:alert(1)' } })) });
  });

  it('shows a source too thin for the minimum, with a warning (plume generate would exit 1)', () => {
    const reply = post(JSON.stringify({ text: THIN }));
    expect(reply.status).toBe(200);
    const body = parse(reply) as { html: string; warnings: string[] };
    expect(body.html).toBe(renderArticle(generateArticle(THIN), 'html'));
    expect(body.warnings.at(-1)).toMatch(/^the article has \d+ words, fewer than the 700 asked for/);
  });

  it('takes an empty option as not given, as an empty form field', () => {
    const reply = post(JSON.stringify({ text: seed, minWords: '', keyphrase: '  ', seed: null, url: '', date: '' }));
    expect((parse(reply) as { html: string }).html).toBe(renderArticle(generateArticle(seed), 'html'));
  });

  it('answers 415 to a POST that is not JSON (a cross-site form cannot send one) and 405 to a GET', () => {
    expect(post(JSON.stringify({ text: seed }), 'text/plain').status).toBe(415);
    expect(post(JSON.stringify({ text: seed }), 'application/x-www-form-urlencoded').status).toBe(415);
    const get = respond({ method: 'GET', path: '/api/generate', hostHeader: 'localhost:4173' });
    expect(get.status).toBe(405);
    expect(get.headers.Allow).toBe('POST');
  });
});

describe('the page and its files', () => {
  it('serves the page with a policy that loads nothing from elsewhere', () => {
    const reply = respond({ method: 'GET', path: '/', hostHeader: '127.0.0.1:4173' });
    expect(reply.status).toBe(200);
    expect(reply.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['Content-Security-Policy']).toMatch(/default-src 'none'/);
    expect(reply.body).toContain('<iframe id="article" title="The generated article" sandbox="allow-same-origin"></iframe>');
    for (const path of ['/app.js', '/style.css', '/article.css', '/favicon.svg']) expect(respond({ method: 'GET', path, hostHeader: 'localhost' }).status).toBe(200);
  });

  it('refers to nothing remote: no http(s) address in the page’s files but the SVG namespace and example.com placeholders', () => {
    for (const path of ['/', '/app.js', '/style.css', '/article.css', '/favicon.svg']) {
      const { body } = respond({ method: 'GET', path, hostHeader: 'localhost' });
      const remote = [...body.matchAll(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'`)]*/gi)].map((m) => m[0]).filter((url) => !/^(?:https?:)?\/\/(?:www\.w3\.org\/2000\/svg|example\.com\/|your-site\.example)/.test(url));
      expect(remote, path).toEqual([]);
    }
  });

  it('answers 404 in JSON to any other path, 405 to a POST of a file', () => {
    for (const path of ['/index.html', '/../package.json', '/templates/serve/app.js', '/api', '/%2e%2e/lexicon']) {
      const reply = respond({ method: 'GET', path, hostHeader: 'localhost' });
      expect(reply.status, path).toBe(404);
      expect(parse(reply).error).toMatch(/^nothing at /);
    }
    expect(respond({ method: 'POST', path: '/', hostHeader: 'localhost', contentType: 'application/json' }).status).toBe(405);
  });

  it('answers 403 to a Host that is not loopback while it listens on loopback (DNS rebinding)', () => {
    expect(respond({ method: 'GET', path: '/', hostHeader: 'attacker.example:4173' }).status).toBe(403);
    expect(respond({ method: 'GET', path: '/', hostHeader: '[::1]:4173' }).status).toBe(200);
    expect(respond({ method: 'GET', path: '/', hostHeader: 'preview.example' }, { host: '0.0.0.0' }).status).toBe(200);
  });
});

describe('the listener, over HTTP', { timeout: 30_000 }, () => {
  const { port, logged } = listenDuringTests((log) => createHandler({ log }));

  const generate = (body: string | Buffer) => fetch(`http://127.0.0.1:${port()}/api/generate`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });

  it('answers 413 to a body over 2 MB, said by Content-Length, and keeps serving', async () => {
    const huge = JSON.stringify({ text: 'a'.repeat(MAX_BODY_BYTES + 10) });
    const reply = await generate(huge);
    expect(reply.status).toBe(413);
    expect(await reply.json()).toEqual({ error: `the request body is larger than ${MAX_BODY_BYTES} bytes (2 MB), the most the preview accepts` });
    expect((await fetch(`http://127.0.0.1:${port()}/`)).status).toBe(200);
  });

  it('answers 413 to a chunked body that grows over 2 MB', async () => {
    const chunk = Buffer.alloc(256 * 1024, 0x61);
    const status = await new Promise<number>((resolve, reject) => {
      const request = httpRequest({ host: '127.0.0.1', port: port(), method: 'POST', path: '/api/generate', headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
      let sent = 0;
      const more = (): void => {
        while (sent < MAX_BODY_BYTES + chunk.length * 2) {
          sent += chunk.length;
          if (!request.write(chunk)) {
            request.once('drain', more);
            return;
          }
        }
        request.end();
      };
      more();
    });
    expect(status).toBe(413);
  });

  it('survives a client that hangs up in the middle of a body', async () => {
    await new Promise<void>((resolve) => {
      const socket = connect(port(), '127.0.0.1', () => {
        socket.write('POST /api/generate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"text": "Le');
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 50);
      });
    });
    const reply = await generate(JSON.stringify({ text: ENGLISH }));
    expect(reply.status).toBe(400);
  });

  it('answers a success with the article over HTTP', async () => {
    const reply = await generate(JSON.stringify({ text: seed, seed: 2 }));
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = (await reply.json()) as { html: string };
    expect(body.html).toBe(renderArticle(generateArticle(seed, { seed: 2 }), 'html'));
  });

  it('answers HEAD without a body', async () => {
    const reply = await fetch(`http://127.0.0.1:${port()}/`, { method: 'HEAD' });
    expect(reply.status).toBe(200);
    expect(await reply.text()).toBe('');
    expect(logged).toEqual([]);
  });
});
