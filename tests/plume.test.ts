/**
 * The `plume` executable (src/plume.cts, built): the bundled generate from V8's code cache (the Latin bundle
 * when the input allows it), the other commands from the modules.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, corpus, root, seed } from './support/cli.js';
import { temporaryDirectory } from './support/temporary.js';

type Executable = typeof import('../src/plume.cjs');

const built = join(root, 'dist', 'src');

/** A copy of the built executable, bundle and code cache in a directory of its own, the bundle changed by `edit`. */
function copyOfExecutable(edit: (bundle: string) => string = (bundle) => bundle): Executable {
  const dir = temporaryDirectory('plume-executable-');
  for (const file of ['plume.cjs', 'generate-options.cjs', 'latin-set.cjs', 'cli.cjs.cache']) copyFileSync(join(built, file), join(dir, file));
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

  it('compiles the Latin bundle from its own code cache', () => {
    const executable = createRequire(import.meta.url)(join(built, 'plume.cjs')) as Executable;
    expect(executable.compileCli(executable.LATIN_BUNDLE).cached).toBe(true);
  });

  describe('the bundle a command runs', () => {
    const executable = createRequire(import.meta.url)(join(built, 'plume.cjs')) as Executable;
    const dir = temporaryDirectory('plume-bundle-');
    const greek = join(dir, 'athenes.txt');
    writeFileSync(greek, `${readFileSync(seed, 'utf8')}\nLe mot Αθήνα figure dans la source.\n`);
    const emoji = join(dir, 'fusee.txt');
    writeFileSync(emoji, `${readFileSync(seed, 'utf8')}\nLe lancement 🚀 est prévu « en 2027 », à 9 h 30 (1ᵉʳ essai, 12 µg).\n`);

    it.each([
      ['a generate of a French file', ['generate', seed, '--format', 'md']],
      ['its options in the Latin set', ['generate', '--keyphrase', 'pénurie de puces', '-o', join(dir, 'out.html'), seed]],
      ['emoji, typography and the micro sign', ['generate', emoji]],
    ])('is the Latin bundle for %s', (_, args) => {
      expect(executable.bundleFor(args)).toBe(executable.LATIN_BUNDLE);
    });

    it.each([
      ['a letter outside the set in the input', ['generate', greek]],
      ['a letter outside the set in an argument', ['generate', seed, '--keyphrase', 'Αθήνα']],
      ['standard input, read once', ['generate']],
      ['standard input named -', ['generate', '-']],
      ['a --links file, not read here', ['generate', seed, '--links', join(dir, 'links.json')]],
      ['a usage error, which the bundle reports', ['generate', seed, '--no-such-option']],
      ['a file that cannot be read', ['generate', join(dir, 'missing.txt')]],
      ['another command', ['--help']],
    ])('is the full bundle for %s', (_, args) => {
      expect(executable.bundleFor(args)).toBe(executable.BUNDLE);
    });
  });

  // The modules are the reference: the Latin bundle for French inputs, the full one for the others.
  it.each([
    ['the seed', seed],
    ['02-business', join(corpus, '02-business-psa-8000-emplois.txt')],
    ['06-sport', join(corpus, '06-sport-relais-jamaicain-bolt.txt')],
  ])('writes the same bytes from the Latin bundle as the modules do: %s', (_, input) => {
    const fromBundle = spawnSync(process.execPath, [cli, 'generate', input, '--format', 'md', '--seed', '1'], { encoding: 'utf8' });
    const fromModules = spawnSync(process.execPath, [join(built, 'cli.js'), 'generate', input, '--format', 'md', '--seed', '1'], { encoding: 'utf8' });
    expect(fromBundle.status).toBe(0);
    expect(fromBundle.stdout.length).toBeGreaterThan(1000);
    expect(fromBundle.stdout).toBe(fromModules.stdout);
  });

  it('writes the same bytes from the full bundle as the modules do, for a text with Greek letters', () => {
    const greek = join(temporaryDirectory('plume-bundle-'), 'athenes.txt');
    writeFileSync(greek, `${readFileSync(seed, 'utf8')}\nLe mot Αθήνα figure dans la source.\n`);
    const fromBundle = spawnSync(process.execPath, [cli, 'generate', greek, '--format', 'md'], { encoding: 'utf8' });
    const fromModules = spawnSync(process.execPath, [join(built, 'cli.js'), 'generate', greek, '--format', 'md'], { encoding: 'utf8' });
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
