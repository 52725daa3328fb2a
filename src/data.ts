/**
 * The one loader of Plume's words: the JSON files of lexicon/ and templates/, and the templates as the
 * build precompiled them. Read once, synchronously, on first use; every stage receives plain objects.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type HandlebarsStatic from 'handlebars';

const here = dirname(fileURLToPath(import.meta.url));
// src/data.ts sits one level below the package root, dist/src/data.js two.
const root = [join(here, '..'), join(here, '..', '..')].find((dir) => existsSync(join(dir, 'lexicon'))) ?? join(here, '..');
const require = createRequire(import.meta.url);

/** A file of the package (lexicon/…, dist/…), wherever this module runs from: src, dist or the one-module CLI. */
export function packagePath(relativePath: string): string {
  return join(root, relativePath);
}

export function readDataFile(relativePath: string): string {
  return readFileSync(join(root, relativePath), 'utf8');
}

/**
 * A JSON file the build made from the lexicon (an index, a table), or undefined when there is none (run from
 * src without a build): the caller then makes it from the lexicon itself.
 */
export function builtJson<T>(relativePath: string): T | undefined {
  return existsSync(join(root, relativePath)) ? (JSON.parse(readDataFile(relativePath)) as T) : undefined;
}

const cache = new Map<string, unknown>();

export function loadJson<T>(relativePath: string): T {
  let value = cache.get(relativePath);
  if (value === undefined) {
    value = JSON.parse(readDataFile(relativePath));
    cache.set(relativePath, value);
  }
  return value as T;
}

/** The precompiled templates: data file → template source → specification. */
type Precompiled = Readonly<Record<string, Readonly<Record<string, TemplateSpecification>>>>;
const precompiled = new Map<string, Precompiled>();

/**
 * The specification of `source`, a template of `file` (a whole .hbs file, or one sentence of
 * templates/sentences.json), compiled by the build (scripts/precompile-templates.mjs) into
 * dist/templates.cjs, the sentences into dist/sentence-templates.cjs: running Plume never loads the
 * Handlebars compiler.
 */
export function templateSpec(file: string, source: string): TemplateSpecification {
  const module = file === 'templates/sentences.json' ? 'sentence-templates.cjs' : 'templates.cjs';
  let specs = precompiled.get(module);
  if (!specs) precompiled.set(module, (specs = require(join(root, 'dist', module)) as Precompiled));
  const spec = specs[file]?.[source];
  if (spec === undefined) throw new Error(`${file} has a template the build did not compile: run npm run build`);
  return spec;
}

let runtime: typeof HandlebarsStatic | undefined;

/**
 * Handlebars' runtime, without its compiler. Its one-file minified build: the same code as handlebars/runtime,
 * which is twenty modules and loads three times slower.
 */
export function handlebarsRuntime(): typeof HandlebarsStatic {
  return (runtime ??= require('handlebars/dist/handlebars.runtime.min.js') as typeof HandlebarsStatic);
}
