/**
 * Write through a temporary file and a rename, for `plume generate -o` and `plume batch`, so that a failure never leaves
 * half a file; a device, a pipe or a socket is written to as it is (a rename would replace it by a file).
 */
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from './errors.js';

export function writeAtomically(path: string, content: string): void {
  // A random part keeps two workers of one process apart (node:worker_threads' threadId would cost every cold start its load, ~3 ms).
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`);
  const special = statSync(path, { throwIfNoEntry: false });
  try {
    if (special && !special.isFile() && !special.isDirectory()) {
      writeFileSync(path, content);
      return;
    }
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new InputError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
