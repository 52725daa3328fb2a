// Build step (after tsc): dist/src/cli.js becomes one module holding everything `plume generate` runs,
// its dependencies included. A cold start then loads one module instead of about ninety (node's module
// loader was the largest part of a cold generate). The other commands stay as tsc wrote them and load on
// demand (import('./cli-check.js')…); so does errors.js, so that the InputError they throw is the one cli.js catches.
import { join } from 'node:path';
import { build } from 'rolldown';

const dist = join(import.meta.dirname, '..', 'dist', 'src');
const shared = new Set(['./cli-check.js', './batch/command.js', './serve/command.js', join(dist, 'errors.js')]);

await build({
  input: join(dist, 'cli.js'),
  platform: 'node',
  external: (id) => shared.has(id),
  output: { file: join(dist, 'cli.js'), format: 'esm', sourcemap: true },
  logLevel: 'warn',
});
