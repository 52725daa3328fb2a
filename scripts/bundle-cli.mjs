// Build step (after tsc): dist/src/cli.js becomes one module holding everything `plume generate` runs,
// its dependencies included. A cold start then loads one module instead of about ninety (node's module
// loader was the largest part of a cold generate). The other commands stay as tsc wrote them and load on
// demand (import('./cli-check.js')…); so does errors.js, so that the InputError they throw is the one cli.js catches.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { data } from 'franc/data.js';
import { CANDIDATE_LANGUAGES } from '../dist/src/source/language.js';

const dist = join(import.meta.dirname, '..', 'dist', 'src');
const shared = new Set(['./cli-check.js', './batch/command.js', './serve/command.js', join(dist, 'errors.js')]);

// franc's trigram models of the candidate languages only, under all of franc's scripts: the only ones
// src/source/language.ts reads (18 KB of the 240 KB that every cold start would parse).
const francData = fileURLToPath(import.meta.resolve('franc/data.js'));
const candidates = Object.fromEntries(
  Object.entries(data).map(([script, languages]) => [script, Object.fromEntries(Object.entries(languages).filter(([language]) => CANDIDATE_LANGUAGES.includes(language)))]),
);

await build({
  input: join(dist, 'cli.js'),
  platform: 'node',
  external: (id) => shared.has(id),
  plugins: [{ name: 'franc-candidates', load: (id) => (id === francData ? `export const data = ${JSON.stringify(candidates)};` : null) }],
  output: { file: join(dist, 'cli.js'), format: 'esm', sourcemap: true },
  logLevel: 'warn',
});
