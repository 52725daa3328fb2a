// Build step (after bundle-cli and latin-bundle): V8's code cache of each generate bundle (dist/src/cli.cjs and
// dist/src/cli-latin.cjs), each taken in a fresh process after it generated the bundled example, so that it
// holds the functions a generate runs (see src/plume.cts).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const executable = join(root, 'dist', 'src', 'plume.cjs');
for (const bundle of ['cli.cjs', 'cli-latin.cjs']) {
  const take = `
    const { compileCli, runCli, saveCodeCache } = require(${JSON.stringify(executable)});
    const cli = compileCli(${JSON.stringify(join(root, 'dist', 'src', bundle))}, false);
    process.on('exit', () => saveCodeCache(cli));
    process.argv = [process.argv[0], ${JSON.stringify(executable)}, 'generate', ${JSON.stringify(join(root, 'examples', 'seed.txt'))}];
    runCli(cli);
  `;
  const result = spawnSync(process.execPath, ['-e', take], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`taking the code cache of ${bundle} failed (exit ${result.status ?? result.signal})`);
}
