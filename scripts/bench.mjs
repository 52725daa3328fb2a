// npm run bench: Plume's speed figures, each a median over repeated runs, beside its target and their ratio.
//   warm      milliseconds per article in one process, everything loaded (seed, and seed + corpus)
//   cold      a new process running `plume generate` on the seed, as a user or a CI job runs it
//   memory    peak RSS of that cold generate
//   block     200 000 characters in one paragraph under a headline in capitals (a quadratic pass shows here)
//   batch     `plume batch` of 10 000 articles: the corpus repeated with varied seeds, as a JSONL file,
//             written to a temporary directory (BENCH_BATCH=N changes the count, 0 skips it)
// Timing stays here, out of the test suite.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { generateArticle, renderArticle } from '../dist/src/index.js';

const root = join(import.meta.dirname, '..');
// The executable npm installs as `plume`.
const cli = join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin.plume);
const corpus = join(root, 'tests', 'fixtures', 'corpus');
const files = [join(root, 'examples', 'seed.txt'), ...readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => join(corpus, f))];
const texts = files.map((f) => readFileSync(f, 'utf8'));
const batchSize = Number(process.env.BENCH_BATCH ?? 10_000);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))];

// Peak RSS and CPU time of a child process, printed on exit to standard error (both count every thread: workers too).
const probe = `process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\nRSS ' + u.maxRSS + ' CPU ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });`;
const probeArgs = ['--import', `data:text/javascript,${encodeURIComponent(probe)}`];
// Summed over every process that printed them: a long batch runs in a second node (src/batch/relaunch.ts),
// which inherits the probe; the peak RSS of two processes that run together is at most the sum of theirs.
const sumOf = (stderr, name) => [...stderr.matchAll(new RegExp(`\\b${name} (\\d+)`, 'g'))].reduce((sum, m) => sum + Number(m[1]), 0);
const rssOf = (stderr) => sumOf(stderr, 'RSS') / 1024;
const cpuOf = (stderr) => sumOf(stderr, 'CPU') / 1000;

// Warm: every input once to load everything, then 20 rounds.
for (const text of texts) renderArticle(generateArticle(text, { minWords: 1 }), 'html');
const warm = [];
const warmSeed = [];
// CPU time too: on a shared machine it moves less than the wall clock when other processes compete.
// And the garbage collector's pauses: what an article leaves alive too long shows here first.
let gcPauses = 0;
const gcObserver = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcPauses += entry.duration;
});
gcObserver.observe({ entryTypes: ['gc'] });
const cpuStart = process.cpuUsage();
for (let round = 0; round < 20; round++) {
  texts.forEach((text, index) => {
    const start = performance.now();
    renderArticle(generateArticle(text, { minWords: 1 }), 'html');
    const ms = performance.now() - start;
    warm.push(ms);
    if (index === 0) warmSeed.push(ms);
  });
}

const cpuUsed = process.cpuUsage(cpuStart);
const warmCpu = (cpuUsed.user + cpuUsed.system) / 1000 / warm.length;
// Node hands the observer the last collections two turns of the event loop later (a native then a JS immediate).
await new Promise((resolve) => setTimeout(resolve, 50));
gcObserver.disconnect();
const warmGc = gcPauses / warm.length;

// Cold: a new process for the seed.
// Timed without the probe, whose --import starts node's ES module loader (about 13 ms here, which a user's run does not
// pay); its peak RSS and CPU time from runs of their own, with the probe.
const cold = [];
const coldCpu = [];
const rss = [];
for (let run = 0; run < 9; run++) {
  const start = performance.now();
  const result = spawnSync(process.execPath, [cli, 'generate', files[0]], { encoding: 'utf8' });
  cold.push(performance.now() - start);
  if (result.status !== 0) throw new Error(result.stderr);
  const probed = spawnSync(process.execPath, [...probeArgs, cli, 'generate', files[0]], { encoding: 'utf8' });
  if (probed.status !== 0) throw new Error(probed.stderr);
  rss.push(rssOf(probed.stderr));
  coldCpu.push(cpuOf(probed.stderr));
}
// The floor under any cold figure: node itself, starting and exiting.
const bare = [];
for (let run = 0; run < 9; run++) {
  const start = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  bare.push(performance.now() - start);
}

// NODE_EXTRA_CA_CERTS makes node read and parse every certificate of the file it names before any script runs
// (about 400 M instructions for a system bundle, several times node's own start). Plume opens no TLS connection:
// where it is set, the cold figures are measured again without it, as on a machine that does not set it.
const withoutExtraCerts = [];
const bareWithoutExtraCerts = [];
if (process.env.NODE_EXTRA_CA_CERTS) {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  for (let run = 0; run < 9; run++) {
    let start = performance.now();
    const result = spawnSync(process.execPath, [cli, 'generate', files[0]], { encoding: 'utf8', env });
    withoutExtraCerts.push(performance.now() - start);
    if (result.status !== 0) throw new Error(result.stderr);
    start = performance.now();
    spawnSync(process.execPath, ['-e', '0'], { env });
    bareWithoutExtraCerts.push(performance.now() - start);
  }
}

// Batch: the corpus repeated with seeds 0, 1, 2… until batchSize articles.
let batch;
if (batchSize > 0) {
  const dir = mkdtempSync(join(tmpdir(), 'plume-bench-'));
  try {
    const lines = [];
    for (let i = 0; i < batchSize; i++) {
      lines.push(JSON.stringify({ id: `a${String(i).padStart(5, '0')}`, text: texts[i % texts.length], seed: Math.floor(i / texts.length) }));
    }
    writeFileSync(join(dir, 'inputs.jsonl'), `${lines.join('\n')}\n`);
    const start = performance.now();
    // --allow-short: a few seeds leave a corpus article just under 700 words; write them all, the same work for each.
    const result = spawnSync(process.execPath, [...probeArgs, cli, 'batch', join(dir, 'inputs.jsonl'), '-o', join(dir, 'out'), '--allow-short'], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const seconds = (performance.now() - start) / 1000;
    if (result.status !== 0) throw new Error(`plume batch exited ${result.status}: ${result.stderr.slice(-2000)}`);
    const report = JSON.parse(readFileSync(join(dir, 'out', 'plume-report.json'), 'utf8'));
    const perArticle = report.inputs.map((entry) => entry.ms);
    batch = { seconds, rss: rssOf(result.stderr), cpu: cpuOf(result.stderr) / 1000, median: median(perArticle), p95: quantile(perArticle, 0.95), ok: report.counts.ok, jobs: report.jobs, singleThreaded: report.singleThreaded };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// A 1 MB French source (the corpus bodies again and again, figures shifted so that no two copies match),
// through the CLI as a user runs it: bounded time and memory (issue 5's target: 2 s).
const huge = (() => {
  const bodies = texts.map((t) => t.split('\n').filter((l) => l && !l.startsWith('#') && !l.startsWith('- ') && !/\b(words|mots)\b/.test(l)).join('\n\n'));
  let out = '';
  for (let i = 0; out.length < 1_000_000; i++) out += `${bodies[i % bodies.length].replace(/\d+/g, (n) => String(Number(n) + (i % 7)))}\n\n`;
  return out;
})();
const hugeDir = mkdtempSync(join(tmpdir(), 'plume-bench-huge-'));
const hugeRuns = [];
let hugeRss = 0;
try {
  writeFileSync(join(hugeDir, 'huge.txt'), huge);
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, [...probeArgs, cli, 'generate', join(hugeDir, 'huge.txt'), '-o', join(hugeDir, 'huge.html')], { encoding: 'utf8' });
    hugeRuns.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`the 1 MB source failed: ${result.stderr}`);
    hugeRss = Math.max(hugeRss, rssOf(result.stderr));
  }
} finally {
  rmSync(hugeDir, { recursive: true, force: true });
}

// The shape that hid a quadratic pass (a test per word that scanned its paragraph from the start): 200 000
// characters in one paragraph under a headline typed in capitals, which sends the whole text through the
// headline's sentence case too. No target of its own: it should stay near the 1 MB source's time per character.
const block = (() => {
  const words = huge.replace(/\s+/g, ' ').slice(0, 200_000);
  return `# ${texts.flatMap((t) => t.split('\n')).find((l) => l.startsWith('# ')).slice(2).toUpperCase()}\n\n${words.slice(0, words.lastIndexOf(' '))}\n`;
})();
const blockDir = mkdtempSync(join(tmpdir(), 'plume-bench-block-'));
const blockRuns = [];
try {
  writeFileSync(join(blockDir, 'block.txt'), block);
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, [cli, 'generate', join(blockDir, 'block.txt'), '-o', join(blockDir, 'block.html')], { encoding: 'utf8' });
    blockRuns.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`the one-paragraph source failed: ${result.stderr}`);
  }
} finally {
  rmSync(blockDir, { recursive: true, force: true });
}

const rows = [];
const row = (label, value, unit, target, digits = 0) => rows.push({ label, value, unit, target, digits });
row('warm, in process, seed, median', median(warmSeed), 'ms', 2, 2);
row('warm, in process, all inputs, median', median(warm), 'ms', 2, 2);
row('warm, in process, CPU per article, mean', warmCpu, 'ms', undefined, 2);
row('warm, in process, slowest article', Math.max(...warm), 'ms', undefined, 2);
row('warm, GC pauses per article, mean', warmGc, 'ms', undefined, 2);
row('cold plume generate (seed), median', median(cold), 'ms', 300);
row('  CPU time of it (all threads), median', median(coldCpu), 'ms');
row('  of which node starting, median', median(bare), 'ms');
if (withoutExtraCerts.length) {
  row('cold generate, NODE_EXTRA_CA_CERTS unset', median(withoutExtraCerts), 'ms', 300);
  row('  of which node starting, median', median(bareWithoutExtraCerts), 'ms');
}
row('peak RSS of a cold generate, median', median(rss), 'MB', 150);
row(`1 MB source (${(huge.length / 1e6).toFixed(2)} M chars), cold, median`, median(hugeRuns), 'ms', 2000);
row('  peak RSS of it', hugeRss, 'MB');
row(`${(block.length / 1e3).toFixed(0)} k chars, 1 paragraph, caps title`, median(blockRuns), 'ms');
if (batch) {
  const batchTarget = Number(((60 * batchSize) / 10_000).toFixed(1));
  row(`plume batch, ${batchSize} articles, --jobs ${batch.jobs}${batch.singleThreaded ? ' (node --single-threaded)' : ''}`, batch.seconds, 's', batchTarget, 1);
  row('  articles per second', batchSize / batch.seconds, '/s', undefined, 0);
  // What the wall clock would be with the cores to itself: its CPU time shared by its workers.
  row(`  CPU time / ${batch.jobs} (the cores to itself)`, batch.cpu / batch.jobs, 's', batchTarget, 1);
  row('  per article in a worker, median', batch.median, 'ms', undefined, 1);
  row('  per article in a worker, 95th pct', batch.p95, 'ms', undefined, 1);
  row('  peak RSS of the batch (all processes)', batch.rss, 'MB', undefined, 0);
}

console.log(`plume bench: ${texts.length} inputs (seed + corpus), node ${process.version}, ${availableParallelism()} cores`);
console.log(`${'figure'.padEnd(40)} ${'value'.padStart(11)}  ${'target'.padStart(9)}  ratio`);
for (const { label, value, unit, target, digits } of rows) {
  const shown = `${value.toFixed(digits)} ${unit}`;
  const goal = target === undefined ? '-' : `≤ ${target} ${unit}`;
  const ratio = target === undefined ? '' : `${(value / target).toFixed(2)}× ${value <= target ? 'ok' : 'over'}`;
  console.log(`${label.padEnd(40)} ${shown.padStart(11)}  ${goal.padStart(9)}  ${ratio}`);
}
console.log(`ratio cold / warm (seed): ${(median(cold) / median(warmSeed)).toFixed(0)}×`);
if (batch) console.log(`batch: ${batch.ok} of ${batchSize} written`);
