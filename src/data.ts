/**
 * The one loader of Plume's words: the JSON files of lexicon/ and templates/.
 * Read once, synchronously, on first use; every stage receives plain objects.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
// src/data.ts sits one level below the package root, dist/src/data.js two.
const root = [join(here, '..'), join(here, '..', '..')].find((dir) => existsSync(join(dir, 'lexicon'))) ?? join(here, '..');

export function readDataFile(relativePath: string): string {
  return readFileSync(join(root, relativePath), 'utf8');
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
