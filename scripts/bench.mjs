// npm run bench: median milliseconds per article in process (warm), a cold `plume generate`, and peak memory.
// Figures are medians over repeated runs; the targets are printed beside them.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateArticle, renderArticle } from '../dist/src/index.js';

const root = join(import.meta.dirname, '..');
const corpus = join(root, 'tests', 'fixtures', 'corpus');
const files = [join(root, 'examples', 'seed.txt'), ...readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => join(corpus, f))];
const texts = files.map((f) => readFileSync(f, 'utf8'));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// Warm: every input once to load everything, then 20 rounds.
for (const text of texts) renderArticle(generateArticle(text, { minWords: 1 }), 'html');
const warm = [];
for (let round = 0; round < 20; round++) {
  for (const text of texts) {
    const start = performance.now();
    renderArticle(generateArticle(text, { minWords: 1 }), 'html');
    warm.push(performance.now() - start);
  }
}

// Cold: a new process for the seed, as a user or a CI job runs it.
const cold = [];
const rss = [];
const probe = `process.on('exit', () => process.stderr.write('\\nRSS ' + process.resourceUsage().maxRSS + '\\n'));`;
for (let run = 0; run < 9; run++) {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(probe)}`, join(root, 'dist', 'src', 'cli.js'), 'generate', files[0]], { encoding: 'utf8' });
  cold.push(performance.now() - start);
  if (result.status !== 0) throw new Error(result.stderr);
  rss.push(Number(/RSS (\d+)/.exec(result.stderr)?.[1] ?? 0) / 1024);
}

const row = (label, value, target) => console.log(`${label.padEnd(38)} ${value.padStart(10)}   target ${target}`);
console.log(`plume bench: ${texts.length} inputs (seed + corpus), node ${process.version}`);
row('warm, in process, median per article', `${median(warm).toFixed(2)} ms`, '≤ 5 ms');
row('warm, in process, slowest article', `${Math.max(...warm).toFixed(2)} ms`, '-');
row('cold plume generate (seed), median', `${median(cold).toFixed(0)} ms`, '≤ 400 ms');
row('peak RSS of a cold generate, median', `${median(rss).toFixed(0)} MB`, '≤ 150 MB');
row('ratio cold / warm', `${(median(cold) / median(warm)).toFixed(0)}×`, '-');
