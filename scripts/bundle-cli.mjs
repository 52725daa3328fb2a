// Build step (after tsc): dist/src/cli.cjs, one CommonJS module holding everything `plume generate` runs,
// its dependencies included. A cold start then loads one module instead of about ninety (node's module
// loader was the largest part of a cold generate), and CommonJS so that the executable (src/plume.cts)
// can run it from V8's code cache (scripts/code-cache.mjs). The other commands are not in it: the
// executable runs them from the modules tsc wrote (dist/src/cli.js and what it imports on demand).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RolldownMagicString, build } from 'rolldown';
import { data } from 'franc/data.js';
import { CANDIDATE_LANGUAGES } from '../dist/src/source/language.js';

const dist = join(import.meta.dirname, '..', 'dist', 'src');
const bundle = join(dist, 'cli.cjs');
const onDemand = new Set(['./cli-check.js', './batch/command.js', './serve/command.js']);

// franc's trigram models of the candidate languages only, under all of franc's scripts: the only ones
// src/source/language.ts reads (18 KB of the 240 KB that every cold start would parse).
const francData = fileURLToPath(import.meta.resolve('franc/data.js'));
const candidates = Object.fromEntries(
  Object.entries(data).map(([script, languages]) => [script, Object.fromEntries(Object.entries(languages).filter(([language]) => CANDIDATE_LANGUAGES.includes(language)))]),
);

// Handlebars' runtime, which src/data.ts requires when a page is first rendered, goes into the bundle too, so that
// the code cache holds it: required as a separate file, it was compiled on every cold start (about 10 ms).
const dataModule = join(dist, 'data.js');
const RUNTIME_REQUIRE = "require('handlebars/dist/handlebars.runtime.min.js')";
const bundledRuntime = {
  name: 'handlebars-runtime',
  transform: (code, id) => {
    if (id !== dataModule) return null;
    if (!code.includes(RUNTIME_REQUIRE)) throw new Error(`${dataModule} no longer requires Handlebars' runtime as ${RUNTIME_REQUIRE}: update scripts/bundle-cli.mjs`);
    // Through a magic string, which rolldown maps back to data.ts in the bundle's source map.
    const edited = new RolldownMagicString(code);
    const at = code.indexOf(RUNTIME_REQUIRE);
    edited.overwrite(at, at + RUNTIME_REQUIRE.length, 'handlebarsRuntimeModule');
    edited.prepend("import handlebarsRuntimeModule from 'handlebars/dist/handlebars.runtime.min.js';\n");
    return { code: edited };
  },
};

await build({
  input: join(dist, 'cli.js'),
  platform: 'node',
  external: (id) => onDemand.has(id),
  plugins: [{ name: 'franc-candidates', load: (id) => (id === francData ? `export const data = ${JSON.stringify(candidates)};` : null) }, bundledRuntime],
  output: { file: bundle, format: 'cjs', sourcemap: true },
  logLevel: 'warn',
});
// The executable wraps the bundle in a function, where a hashbang is a syntax error (the line stays, empty, for the source map).
writeFileSync(bundle, readFileSync(bundle, 'utf8').replace(/^#!.*/, ''));
