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

// What a generate requires on first use goes into the bundle too, so that the code cache holds it: required
// as separate files, each was parsed and compiled on every cold start (the Handlebars runtime about 10 ms; the
// templates, compromise's splitter and the French word packages together about 25 M instructions more).
// Each call is replaced, in the module tsc wrote, by what it returns, imported statically.
const distFile = (file) => JSON.stringify(join(dist, '..', file));
const bundledRequires = [
  { module: 'data.js', call: "require('handlebars/dist/handlebars.runtime.min.js')", imports: { handlebarsRuntimeModule: "'handlebars/dist/handlebars.runtime.min.js'" }, by: 'handlebarsRuntimeModule' },
  {
    module: 'data.js',
    call: "require(join(root, 'dist', module))",
    imports: { templatesModule: distFile('templates.cjs'), sentenceTemplatesModule: distFile('sentence-templates.cjs') },
    by: "{ 'templates.cjs': templatesModule, 'sentence-templates.cjs': sentenceTemplatesModule }[module]",
  },
  { module: 'analysis/sentences.js', call: "createRequire(import.meta.url)(packagePath('dist/compromise-sentences.cjs'))", imports: { compromiseSentencesModule: distFile('compromise-sentences.cjs') }, by: 'compromiseSentencesModule' },
  { module: 'writing/french/nouns.js', call: "require('french-words')", imports: { frenchWordsModule: "'french-words'" }, by: 'frenchWordsModule' },
  { module: 'writing/french/agreement.js', call: "require('french-determiners')", imports: { frenchDeterminersModule: "'french-determiners'" }, by: 'frenchDeterminersModule' },
];
const bundledRequire = {
  name: 'bundled-requires',
  transform: (code, id) => {
    const edits = bundledRequires.filter(({ module }) => id === join(dist, module));
    if (edits.length === 0) return null;
    // Through a magic string, which rolldown maps back to the TypeScript source in the bundle's source map.
    const edited = new RolldownMagicString(code);
    for (const { module, call, imports, by } of edits) {
      const at = code.indexOf(call);
      if (at === -1) throw new Error(`${module} no longer holds ${call}: update scripts/bundle-cli.mjs`);
      edited.overwrite(at, at + call.length, `(${by})`);
      for (const [name, from] of Object.entries(imports)) edited.prepend(`import ${name} from ${from};\n`);
    }
    return { code: edited };
  },
};

await build({
  input: join(dist, 'cli.js'),
  platform: 'node',
  external: (id) => onDemand.has(id),
  plugins: [{ name: 'franc-candidates', load: (id) => (id === francData ? `export const data = ${JSON.stringify(candidates)};` : null) }, bundledRequire],
  output: { file: bundle, format: 'cjs', sourcemap: true },
  logLevel: 'warn',
});
// The executable wraps the bundle in a function, where a hashbang is a syntax error (the line stays, empty, for the source map).
writeFileSync(bundle, readFileSync(bundle, 'utf8').replace(/^#!.*/, ''));
