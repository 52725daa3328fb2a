/** batch, stage 2: the INPUT arguments → one BatchInput per article (files, directories' *.txt and *.md, JSONL lines). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseJsonl } from './jsonl.js';
import type { ArticleOptions, BatchInput } from './types.js';
import { compareText } from '../text.js';

const TEXT_EXTENSIONS = new Set(['.txt', '.md']);


function nameOf(path: string): string {
  return basename(path, extname(path));
}

function refused(path: string, message: string): BatchInput {
  return { label: path, name: nameOf(path), source: { kind: 'invalid', message }, options: {}, notes: [] };
}

function problemOf(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  const what = code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read (${code ?? 'unknown error'})`;
  return `the input ${path} ${what}`;
}

function fromDirectory(dir: string): BatchInput[] {
  const names = readdirSync(dir).filter((name) => TEXT_EXTENSIONS.has(extname(name).toLowerCase()) && !name.startsWith('.'));
  return names
    // Code units, not the locale's order: the same directory gives the same order everywhere.
    .sort(compareText)
    .map((name) => join(dir, name))
    .filter((path) => statSync(path, { throwIfNoEntry: false })?.isFile() === true)
    .map((path) => ({ label: path, name: nameOf(path), source: { kind: 'file', path }, options: {}, notes: [] }));
}

function fromJsonl(path: string): BatchInput[] {
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch (error) {
    return [refused(path, error instanceof TypeError ? `the JSONL file ${path} is not valid UTF-8` : problemOf(error, path))];
  }
  return parseJsonl(content, path);
}

function fromArgument(path: string): BatchInput[] {
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    return [refused(path, problemOf(error, path))];
  }
  if (stats.isDirectory()) {
    try {
      return fromDirectory(path);
    } catch (error) {
      return [refused(path, problemOf(error, path))];
    }
  }
  if (extname(path).toLowerCase() === '.jsonl') return fromJsonl(path);
  return [{ label: path, name: nameOf(path), source: { kind: 'file', path }, options: {}, notes: [] }];
}

/** Every input, in the order given (a directory's files by name, a JSONL file's lines in order); an input's own options win over the defaults. */
export function collectInputs(paths: readonly string[], defaults: ArticleOptions): BatchInput[] {
  return paths.flatMap(fromArgument).map((input) => ({ ...input, options: { ...defaults, ...input.options } }));
}
