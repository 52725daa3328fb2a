// Build step (after bundle-cli): V8's code cache of dist/src/cli.cjs, taken in a fresh process after it
// generated the bundled example, so that it holds the functions a generate runs (see src/plume.cts).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const executable = join(root, 'dist', 'src', 'plume.cjs');
const take = `
  const { compileCli, runCli, saveCodeCache } = require(${JSON.stringify(executable)});
  const cli = compileCli(false);
  process.on('exit', () => saveCodeCache(cli));
  process.argv = [process.argv[0], ${JSON.stringify(executable)}, 'generate', ${JSON.stringify(join(root, 'examples', 'seed.txt'))}];
  runCli(cli);
`;
const result = spawnSync(process.execPath, ['-e', take], { stdio: ['ignore', 'ignore', 'inherit'] });
if (result.status !== 0) throw new Error(`taking the code cache failed (exit ${result.status ?? result.signal})`);
