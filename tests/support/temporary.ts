/**
 * Temporary directories for tests that run Plume on files. Each test file's directories are removed when the
 * file's tests end (tests/support/setup.ts): a suite run hundreds of times must not fill the machine's /tmp.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** A new empty directory under the system's temporary directory, named `prefix` and random letters. */
export function temporaryDirectory(prefix = 'plume-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes every directory temporaryDirectory made in this test file, with what they hold. */
export function removeTemporaryDirectories(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
