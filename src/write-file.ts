/**
 * Write through a temporary file and a rename, for `plume generate -o` and `plume batch`, so that a failure never leaves
 * half a file; a device, a pipe or a socket is written to as it is (a rename would replace it by a file).
 */
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { InputError } from './errors.js';

export function writeAtomically(path: string, content: string): void {
  // The thread id keeps two workers of one process apart.
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${threadId}.tmp`);
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
