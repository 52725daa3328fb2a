/** `plume generate -o` onto something that is not a regular file: written to as it is, never replaced by a rename. */
import { spawn, spawnSync } from 'node:child_process';
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, plume, seed } from '../support/cli.js';
import { temporaryDirectory } from '../support/temporary.js';

describe('plume generate -o PIPE', { timeout: 60_000 }, () => {
  it.skipIf(process.platform === 'win32')('writes into a named pipe instead of replacing it (as -o /dev/null or /dev/stdout would be)', async () => {
    const dir = temporaryDirectory();
    const pipe = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
    const reader = spawn('cat', [pipe]);
    let received = '';
    reader.stdout.setEncoding('utf8').on('data', (chunk: string) => (received += chunk));
    const closed = new Promise<void>((resolve) => reader.on('close', () => resolve()));
    const written = spawn(process.execPath, [cli, 'generate', seed, '-o', pipe]);
    const status = await new Promise<number | null>((resolve) => written.on('close', resolve));
    // Had the pipe been replaced, the reader would wait for a writer forever.
    const timer = setTimeout(() => reader.kill(), 10_000);
    await closed;
    clearTimeout(timer);
    expect(status).toBe(0);
    expect(lstatSync(pipe).isFIFO()).toBe(true);
    expect(received).toBe(plume(['generate', seed]).stdout);
  });
});
