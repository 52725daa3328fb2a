/**
 * The preview page end to end, in headless Chromium (the Debian package `chromium`, driven by
 * playwright-core): paste the seed, see the article, the search result, the assessments and the
 * provenance of a hovered sentence, and download the very bytes of `plume generate`. Each run
 * saves test-results/serve.png. Without /usr/bin/chromium: a failure in CI, a loud skip elsewhere.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { cli, root, seed, ENGLISH, THIN } from '../support/cli.js';
import { temporaryDirectory } from '../support/temporary.js';
import { startServe, type Served } from './support.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const SCREENSHOT = join(root, 'test-results', 'serve.png');

const present = existsSync(CHROMIUM);
const inCi = Boolean(process.env.CI);
if (!present && !inCi) {
  const line = '!'.repeat(100);
  console.warn(`\n${line}\n!!! ${CHROMIUM} is missing: the browser tests of plume serve are SKIPPED.\n!!! Install it (apt-get install -y --no-install-recommends chromium) to run them; in CI they fail without it.\n${line}\n`);
}

/** expect.poll with room for a generation (the first one loads the lexicons: about 2 s). */
const poll = <T>(value: () => Promise<T> | T) => expect.poll(value, { timeout: 30_000, interval: 100 });

/** `plume generate examples/seed.txt [args]`, as bytes. */
function generated(args: readonly string[] = []): Buffer {
  const result = spawnSync(process.execPath, [cli, 'generate', seed, ...args]);
  if (result.status !== 0) throw new Error(`plume generate failed: ${result.stderr.toString()}`);
  return result.stdout;
}

describe.skipIf(!present && !inCi)('plume serve in headless Chromium', () => {
  let served: Served;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  /** Requests for anything but the preview server: asked for, and answered. */
  const elsewhere: string[] = [];
  const reached: string[] = [];
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    if (!present) throw new Error(`${CHROMIUM} is missing: CI must install the Debian package chromium (.ci/run does: apt-get install -y --no-install-recommends chromium)`);
    let started = performance.now();
    served = await startServe();
    timings.server = performance.now() - started;
    started = performance.now();
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    timings.browser = performance.now() - started;
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(served.url).origin });
    page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    const outside = (url: string): boolean => !url.startsWith(served.url) && !/^(about|blob|data):/.test(url);
    page.on('request', (request) => {
      if (outside(request.url())) elsewhere.push(request.url());
    });
    page.on('requestfinished', (request) => {
      if (outside(request.url())) reached.push(request.url());
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    const status = await served?.stop();
    if (served) expect(status).toBe(0);
    console.log(`plume serve browser test timings (ms): ${Object.entries(timings).map(([step, ms]) => `${step} ${Math.round(ms)}`).join(', ')}`);
  });

  it('shows the article, the search result, the assessments and the provenance of the pasted seed; downloads the bytes of plume generate', async () => {
    let started = performance.now();
    await page.goto(served.url);
    await expect(page.title()).resolves.toBe('Plume preview');
    timings.page = performance.now() - started;

    // Paste the seed: a real paste through the clipboard, which generates at once.
    const text = readFileSync(seed, 'utf8');
    started = performance.now();
    await page.evaluate((value) => navigator.clipboard.writeText(value), text);
    await page.locator('#text').focus();
    await page.keyboard.press('Control+V');
    await poll(() => page.locator('#text').inputValue()).toBe(text);

    // The article, in its frame, from the very bytes plume generate writes.
    const html = generated();
    const frame = page.frameLocator('#article');
    await frame.locator('article h1').waitFor({ timeout: 30_000 });
    await frame.locator('[data-plume-sentence]').first().waitFor();
    timings.generate = performance.now() - started;
    expect(Buffer.from((await page.locator('#article').getAttribute('srcdoc')) ?? '')).toEqual(html);
    expect(await page.locator('#article').getAttribute('sandbox')).toBe('allow-same-origin');
    const title = /<title>([^<]*)<\/title>/.exec(html.toString())?.[1]?.replace(/&nbsp;/g, '\u00A0');
    expect(await frame.locator('article h1').innerText()).toBeTruthy();
    await poll(() => page.locator('#status').innerText()).toContain('words');

    // The search result: title, address, description, and their lengths.
    await poll(() => page.locator('#serp-title').textContent()).toBe(title ?? '');
    await poll(() => page.locator('#serp-description').innerText()).not.toBe('');
    await poll(() => page.locator('#serp-url').innerText()).toContain('›');
    await poll(() => page.locator('#lengths').innerText()).toMatch(/Title\s*\d+ characters \(at most 60\)/);
    await poll(() => page.locator('#lengths').innerText()).toMatch(/Description\s*\d+ characters \(120 to 156\)/);

    // The assessments, each green, orange or red, and the figures.
    const seo = page.locator('#seo li.assessment');
    expect(await seo.count()).toBeGreaterThan(5);
    for (const rating of await seo.evaluateAll((items) => items.map((item) => item.className))) expect(rating).toMatch(/^assessment (good|ok|bad)$/);
    expect(await page.locator('#readability li.assessment').count()).toBeGreaterThan(3);
    await poll(() => page.locator('#figures').innerText()).toMatch(/Words\s*\d+ \(minimum 700\)/);
    await poll(() => page.locator('#figures').innerText()).toMatch(/Language\s*French \(fra\)/);
    await poll(() => page.locator('#figures').innerText()).toMatch(/Source numbers missing\s*none/);

    // Hover a sentence: its source sentences light up and its template shows.
    const json = JSON.parse(generated(['--format', 'json']).toString()) as { blocks: { type: string; sentences?: { text: string; provenance: { sources: string[]; template: string } }[] }[] };
    const lead = json.blocks.find((b) => b.type === 'paragraph' && b.sentences?.some((s) => s.provenance.sources.length > 0))!;
    const sentence = lead.sentences!.find((s) => s.provenance.sources.length > 0)!;
    started = performance.now();
    await frame.locator('[data-plume-sentence]', { hasText: sentence.text }).first().hover();
    await poll(() => page.locator('#provenance-template').textContent()).toBe(sentence.provenance.template);
    await poll(() => page.locator('#sources li.hl').count()).toBe(sentence.provenance.sources.length);
    expect(await page.locator('#sources li.hl').evaluateAll((items) => items.map((item) => item.getAttribute('data-id')))).toEqual(sentence.provenance.sources);
    await poll(() => frame.locator('.plume-on').textContent()).toBe(sentence.text);
    // A sentence of a template, made from several source sentences.
    const made = json.blocks.flatMap((b) => b.sentences ?? []).find((s) => s.provenance.template !== 'source' && s.provenance.sources.length > 1);
    if (made) {
      await frame.locator('[data-plume-sentence]', { hasText: made.text }).first().hover();
      await poll(() => page.locator('#provenance-template').textContent()).toBe(made.provenance.template);
      await poll(() => page.locator('#sources li.hl').count()).toBe(made.provenance.sources.length);
    }
    timings.hover = performance.now() - started;
    // Back to the lead sentence for the screenshot.
    await frame.locator('[data-plume-sentence]', { hasText: sentence.text }).first().hover();
    mkdirSync(join(root, 'test-results'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });

    // Downloads: the exact bytes of plume generate, in the three formats.
    started = performance.now();
    for (const [format, args] of [['html', []], ['md', ['--format', 'md']], ['json', ['--format', 'json']]] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-download="${format}"]`).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^[a-z0-9-]+\\.${format}$`));
      expect(readFileSync(await download.path()), format).toEqual(generated(args));
    }
    timings.downloads = performance.now() - started;

    // Copy: the clipboard gets the Markdown.
    await page.locator('[data-copy="md"]').click();
    await poll(() => page.locator('#status').innerText()).toContain('Markdown copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(generated(['--format', 'md']).toString());

    expect(problems).toEqual([]);
    expect(elsewhere).toEqual([]);
    expect(reached).toEqual([]);
  }, 120_000);

  it('shows a clear message for bad input, a thin source with a warning, and the options as plume generate takes them', async () => {
    const started = performance.now();
    await page.locator('#text').fill(ENGLISH);
    await page.locator('#generate').click();
    await poll(() => page.locator('.message.error').innerText()).toContain('Cannot generate: the source looks English (franc: eng), not French: Plume reads and writes French only');

    await page.locator('#text').fill(THIN);
    await page.locator('#generate').click();
    await poll(() => page.locator('.message.warning').innerText()).toMatch(/the article has \d+ words, fewer than the 700 asked for/);
    await poll(() => page.locator('.message.error').count()).toBe(0);
    await page.frameLocator('#article').locator('article h1').waitFor();

    // Options: a bad URL is refused with the library's message; a seed changes the article as --seed does.
    await page.locator('#text').fill(readFileSync(seed, 'utf8'));
    await page.locator('#url').fill('ftp://example.com/a');
    await page.locator('#generate').click();
    await poll(() => page.locator('.message.error').innerText()).toContain('--url must use http or https, not ftp:');
    await page.locator('#url').fill('');
    await page.locator('#seed').fill('4');
    await page.locator('#generate').click();
    await poll(() => page.locator('#command').innerText()).toBe('plume generate FILE --seed 4');
    await poll(async () => Buffer.from((await page.locator('#article').getAttribute('srcdoc')) ?? '').equals(generated(['--seed', '4']))).toBe(true);

    // The SEO options: an image, a credit and internal links (inside paragraphs) keep the bytes and the provenance.
    const links = { 'pénurie de puces': 'https://example.com/puces' };
    const linksFile = join(temporaryDirectory('plume-serve-'), 'links.json');
    writeFileSync(linksFile, JSON.stringify(links));
    await page.locator('#seed').fill('');
    await page.locator('.more summary').click();
    await page.locator('#image').fill('https://example.com/puce.jpg');
    await page.locator('#imageAlt').fill('Une puce');
    await page.locator('#sourceUrl').fill('https://example.org/source');
    await page.locator('#links').fill(JSON.stringify(links));
    await page.locator('#generate').click();
    const withOptions = generated(['--image', 'https://example.com/puce.jpg', '--image-alt', 'Une puce', '--source-url', 'https://example.org/source', '--links', linksFile]);
    await poll(async () => Buffer.from((await page.locator('#article').getAttribute('srcdoc')) ?? '').equals(withOptions)).toBe(true);
    const frame = page.frameLocator('#article');
    await frame.locator('article a[href="https://example.com/puces"]').waitFor();
    await poll(() => page.locator('#provenance').innerText()).toMatch(/^Hover a sentence of the article \(\d+ sentences\)/);
    expect(await page.locator('#provenance .bad').count()).toBe(0);
    // The link's text sits in a sentence's span (the paragraph has several) or in a marked paragraph.
    const linkedIndex = await frame.locator('[data-plume-sentence]:has(a[href="https://example.com/puces"]), a[href="https://example.com/puces"] > [data-plume-sentence]').first().getAttribute('data-plume-sentence');
    expect(linkedIndex).toMatch(/^\d+$/);
    await frame.locator(`[data-plume-sentence="${linkedIndex}"]`).first().hover();
    await poll(() => page.locator('#sources li.hl').count()).toBeGreaterThan(0);
    // The image is the editor's remote address: the page's policy keeps it out (nothing loads from elsewhere), and says so.
    await poll(() => page.locator('.message.note').innerText()).toContain('not loaded');
    timings.options = performance.now() - started;
    // Chromium logs each 400 answer as a failed resource (the answers asked for here), and the blocked image.
    expect(problems.filter((p) => !p.includes('the server responded with a status of 400') && !p.includes("Loading the image 'https://example.com/puce.jpg' violates the following Content Security Policy directive"))).toEqual([]);
    expect([...new Set(elsewhere)]).toEqual(['https://example.com/puce.jpg']);
    expect(reached).toEqual([]);
  }, 120_000);
});
