#!/usr/bin/env node
/**
 * The `plume` executable. `generate` (and help, version) runs the one-file CommonJS build of cli.ts
 * (dist/src/cli.cjs, scripts/bundle-cli.mjs) from V8's code cache of it, which the build took after
 * generating the bundled example (scripts/code-cache.mjs): the functions a generate runs start
 * compiled instead of being parsed and compiled on first call. Node 20 has no module.enableCompileCache
 * (22.1+), hence vm.Script's cachedData. `check`, `batch` and `serve` load the ES modules as tsc wrote them.
 *
 * A generate whose input file and arguments are all in the Latin set runs the Latin bundle (cli-latin.cjs,
 * src/latin-bundle.ts), the same program with cheaper letter classes, from its own code cache.
 *
 * V8 checks a cache against the source's length only: the cache file starts with the bundle it was
 * taken from (its length, then its bytes, compared in one memcmp; a hash would cost node:crypto's load,
 * about 6 ms), and a cache of another bundle is not used. V8 rejects one from another V8 version or
 * other flags; either way the bundle is then compiled as usual, only slower.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Script } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { GENERATE_OPTIONS } from './generate-options.cjs';
import { type CodeRanges, latinTextTest } from './latin-set.cjs';

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
export const LATIN_BUNDLE = join(__dirname, 'cli-latin.cjs');
/** The Latin set's code points, written by the build beside the Latin bundle. */
const LATIN_INPUT = join(__dirname, 'cli-latin.json');
/** A bundle's code cache, beside it. */
export const codeCacheOf = (bundle: string): string => `${bundle}.cache`;

/** The commands that load their modules on demand (see main in cli.ts) and are not in the bundle. */
const UNBUNDLED_COMMANDS = new Set(['check', 'batch', 'serve']);

/**
 * Whether `generate args` can run the Latin bundle: one input file (standard input cannot be read twice), no
 * --links file, and the file's text and every argument in the Latin set. Anything else, a usage error
 * included, runs the full bundle, which reports it.
 */
function isLatinRun(args: readonly string[]): boolean {
  if (!existsSync(LATIN_BUNDLE) || !existsSync(LATIN_INPUT)) return false;
  let input: string | undefined;
  try {
    const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: GENERATE_OPTIONS });
    if (positionals.length !== 1 || positionals[0] === '-' || values.links !== undefined) return false;
    input = positionals[0]!;
  } catch {
    return false;
  }
  const isLatin = latinTextTest((JSON.parse(readFileSync(LATIN_INPUT, 'utf8')) as { ranges: CodeRanges }).ranges);
  if (!args.every(isLatin)) return false;
  try {
    return isLatin(readFileSync(input, 'utf8'));
  } catch {
    return false;
  }
}

/** The bundle that runs `plume args`: the Latin one for a generate that can (isLatinRun), else the full one. */
export function bundleFor(args: readonly string[]): string {
  return args[0] === 'generate' && isLatinRun(args.slice(1)) ? LATIN_BUNDLE : BUNDLE;
}

interface CompiledCli {
  readonly bundle: string;
  readonly script: Script;
  /** The bundle's bytes, which a saved cache starts with. */
  readonly source: Buffer;
  /** Whether V8 took the code cache. */
  readonly cached: boolean;
}

/** The bundle compiled, from its code cache when there is one for these very bytes. */
export function compileCli(bundle = BUNDLE, useCache = true): CompiledCli {
  const source = readFileSync(bundle);
  const cacheFile = codeCacheOf(bundle);
  const saved = useCache && existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  const takenFrom = saved && saved.length >= 4 ? saved.subarray(4, 4 + saved.readUInt32LE(0)) : undefined;
  const cachedData = takenFrom?.equals(source) ? saved!.subarray(4 + takenFrom.length) : undefined;
  // The wrapper node puts around a CommonJS module: the bundle reads require, __filename and __dirname.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source.toString('utf8')}\n})`, { filename: bundle, ...(cachedData ? { cachedData } : {}) });
  return { bundle, script, source, cached: cachedData !== undefined && !script.cachedDataRejected };
}

/** Runs the bundle: it reads its arguments from process.argv, as cli.ts does. */
export function runCli({ bundle, script }: CompiledCli): void {
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(bundle), module, bundle, __dirname);
}

/** The code cache of the bundle as it is now, with the functions run so far: what scripts/code-cache.mjs saves. */
export function saveCodeCache({ bundle, script, source }: CompiledCli): void {
  const length = Buffer.alloc(4);
  length.writeUInt32LE(source.length);
  writeFileSync(codeCacheOf(bundle), Buffer.concat([length, source, script.createCachedData()]));
}

if (require.main === module) {
  if (UNBUNDLED_COMMANDS.has(process.argv[2] ?? '') || !existsSync(BUNDLE)) void import('./cli.js');
  else runCli(compileCli(bundleFor(process.argv.slice(2))));
}
