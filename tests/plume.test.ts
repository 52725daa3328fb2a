/** The `plume` executable (src/plume.cts, built): the bundled generate from V8's code cache, the other commands from the modules. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, root, seed } from './support/cli.js';
import { temporaryDirectory } from './support/temporary.js';

type Executable = typeof import('../src/plume.cjs');

const built = join(root, 'dist', 'src');

/** A copy of the built executable, bundle and code cache in a directory of its own, the bundle changed by `edit`. */
function copyOfExecutable(edit: (bundle: string) => string = (bundle) => bundle): Executable {
  const dir = temporaryDirectory('plume-executable-');
  for (const file of ['plume.cjs', 'cli.cjs.cache']) copyFileSync(join(built, file), join(dir, file));
  writeFileSync(join(dir, 'cli.cjs'), edit(readFileSync(join(built, 'cli.cjs'), 'utf8')));
  return createRequire(import.meta.url)(join(dir, 'plume.cjs')) as Executable;
}

describe('plume executable', () => {
  it('compiles the bundle from the code cache the build took', () => {
    expect(copyOfExecutable().compileCli().cached).toBe(true);
  });

  it('does not use a cache taken from other bytes, even of the same length (V8 checks only the length)', () => {
    const changed = copyOfExecutable((bundle) => {
      const edited = bundle.replace('Usage: plume generate', 'Usage: plume generatf');
      expect(edited).not.toBe(bundle);
      return edited;
    });
    expect(changed.compileCli().cached).toBe(false);
  });

  it('writes the same bytes from the bundle as the modules do', () => {
    const fromBundle = spawnSync(process.execPath, [cli, 'generate', seed, '--format', 'md'], { encoding: 'utf8' });
    const fromModules = spawnSync(process.execPath, [join(built, 'cli.js'), 'generate', seed, '--format', 'md'], { encoding: 'utf8' });
    expect(fromBundle.status).toBe(0);
    expect(fromBundle.stdout.length).toBeGreaterThan(1000);
    expect(fromBundle.stdout).toBe(fromModules.stdout);
  });

  it('runs check from the modules, which are not in the bundle', () => {
    const result = spawnSync(process.execPath, [cli, 'check', join(root, 'no-such-article.html')], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('does not exist');
  });
});
