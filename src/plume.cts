#!/usr/bin/env node
/**
 * The `plume` executable. `generate` (and help, version) runs the one-file CommonJS build of cli.ts
 * (dist/src/cli.cjs, scripts/bundle-cli.mjs) from V8's code cache of it, which the build took after
 * generating the bundled example (scripts/code-cache.mjs): the functions a generate runs start
 * compiled instead of being parsed and compiled on first call. Node 20 has no module.enableCompileCache
 * (22.1+), hence vm.Script's cachedData. `check`, `batch` and `serve` load the ES modules as tsc wrote them.
 *
 * V8 checks a cache against the source's length only: the cache file starts with the bundle it was
 * taken from (its length, then its bytes, compared in one memcmp; a hash would cost node:crypto's load,
 * about 6 ms), and a cache of another bundle is not used. V8 rejects one from another V8 version or
 * other flags; either way the bundle is then compiled as usual, only slower.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { setFlagsFromString } from 'node:v8';

/**
 * V8 compiles a regex to bytecode first and again to machine code on its second run: a generate runs
 * nearly three hundred, most of them more than once, so the first compilation is wasted (about a tenth of
 * a cold generate's own instructions, measured with valgrind). Set before the bundle is compiled, here and
 * when the build takes the code cache, so that the cache's flags match. Process-wide: batch's workers too.
 */
setFlagsFromString('--no-regexp-tier-up');
/**
 * TurboFan optimizes a function once it has run enough bytecode (V8's interrupt budget, 66 KB by default).
 * A generate runs most of its functions for one article only, and a function optimized then is mostly
 * compiled for nothing, or compiled again after the next sentence of another shape deoptimizes it: with a
 * budget four times larger only the truly hot ones are. Counted with valgrind (every thread): a cold
 * generate of the seed 1.27 G instructions → 1.08 G (node alone starting: 0.50 G), a 1 MB source
 * 16.8 G → 14.4 G, one thread making 65 articles of the corpus 11.7 G → 10.0 G.
 */
setFlagsFromString('--interrupt-budget=270000');

export const BUNDLE = join(__dirname, 'cli.cjs');
export const CODE_CACHE = join(__dirname, 'cli.cjs.cache');

/** The commands that load their modules on demand (see main in cli.ts) and are not in the bundle. */
const UNBUNDLED_COMMANDS = new Set(['check', 'batch', 'serve']);

interface CompiledCli {
  readonly script: Script;
  /** The bundle's bytes, which a saved cache starts with. */
  readonly source: Buffer;
  /** Whether V8 took the code cache. */
  readonly cached: boolean;
}

/** The bundle compiled, from the code cache when there is one for these very bytes. */
export function compileCli(useCache = true): CompiledCli {
  const source = readFileSync(BUNDLE);
  const saved = useCache && existsSync(CODE_CACHE) ? readFileSync(CODE_CACHE) : undefined;
  const takenFrom = saved && saved.length >= 4 ? saved.subarray(4, 4 + saved.readUInt32LE(0)) : undefined;
  const cachedData = takenFrom?.equals(source) ? saved!.subarray(4 + takenFrom.length) : undefined;
  // The wrapper node puts around a CommonJS module: the bundle reads require, __filename and __dirname.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source.toString('utf8')}\n})`, { filename: BUNDLE, ...(cachedData ? { cachedData } : {}) });
  return { script, source, cached: cachedData !== undefined && !script.cachedDataRejected };
}

/** Runs the bundle: it reads its arguments from process.argv, as cli.ts does. */
export function runCli({ script }: CompiledCli): void {
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(BUNDLE), module, BUNDLE, __dirname);
}

/** The code cache of the bundle as it is now, with the functions run so far: what scripts/code-cache.mjs saves. */
export function saveCodeCache({ script, source }: CompiledCli): void {
  const length = Buffer.alloc(4);
  length.writeUInt32LE(source.length);
  writeFileSync(CODE_CACHE, Buffer.concat([length, source, script.createCachedData()]));
}

if (require.main === module) {
  if (UNBUNDLED_COMMANDS.has(process.argv[2] ?? '') || !existsSync(BUNDLE)) void import('./cli.js');
  else runCli(compileCli());
}
