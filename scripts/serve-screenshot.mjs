// The README's picture of plume serve: docs/serve.png, the seed generated, a sentence hovered.
// Run after a build, with the Debian chromium: node scripts/serve-screenshot.mjs
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../dist/src/serve/server.js';

const root = join(import.meta.dirname, '..');
const output = join(root, 'docs', 'serve.png');
const running = await startServer({ port: 0, host: '127.0.0.1' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 820 } });
  await page.goto(running.url);
  await page.locator('#text').fill(readFileSync(join(root, 'examples', 'seed.txt'), 'utf8'));
  await page.locator('#generate').click();
  const frame = page.frameLocator('#article');
  await frame.locator('[data-plume-sentence]').first().waitFor({ timeout: 30_000 });
  // A sentence that Plume wrote from several source sentences: they all light up on the left.
  const reply = await fetch(`${running.url}api/generate`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: await page.locator('#text').inputValue() }) });
  const { article } = await reply.json();
  const sentence = article.blocks.flatMap((b) => b.sentences ?? []).find((s) => s.provenance.template !== 'source' && s.provenance.sources.length > 1);
  const target = frame.locator('[data-plume-sentence]', { hasText: sentence.text }).first();
  await target.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await target.hover();
  await page.locator('#text').evaluate((area) => area.scrollTo(0, 0));
  await page.screenshot({ path: output });
  console.log(`${output}: ${Math.round(statSync(output).size / 1024)} KB`);
} finally {
  await browser.close();
  await running.close();
}
