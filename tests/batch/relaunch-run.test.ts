/** A long batch as users run it: it runs again in a node without V8's background threads, same bytes, same signals. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIN_ARTICLES, RELAUNCH_ENV } from '../../src/batch/relaunch.js';
import { cli, plume, readReport, seed } from '../support/cli.js';
import { temporaryDirectory } from '../support/temporary.js';

const TIMEOUT = 180_000;

/** MIN_ARTICLES lines or more of the seed, each with its own seed, short articles to keep the test quick. */
function longBatch(dir: string, count = MIN_ARTICLES): string {
  const text = readFileSync(seed, 'utf8');
  const lines = Array.from({ length: count }, (_, i) => JSON.stringify({ id: `a${String(i).padStart(3, '0')}`, text, seed: i, minWords: 300 }));
  const file = join(dir, 'long.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** Runs a batch in its own process group, sends `signal` once it has written an article, and resolves to its exit status. */
function interrupted(args: readonly string[], signal: NodeJS.Signals, group: boolean): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let sent = false;
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (!sent && /^ok /m.test(stderr)) {
        sent = true;
        // A terminal's Ctrl-C reaches the whole foreground group; a supervisor's SIGTERM the process it started.
        process.kill(group ? -child.pid! : child.pid!, signal);
      }
    });
    child.on('exit', (status) => resolve({ status, stderr }));
  });
}

describe('a long batch with a worker per core', { timeout: TIMEOUT }, () => {
  it('runs single-threaded and writes the bytes it writes where it was started', () => {
    const dir = temporaryDirectory();
    const input = longBatch(dir);
    const jobs = String(availableParallelism());
    const relaunched = plume(['batch', input, '-o', join(dir, 'relaunched'), '--jobs', jobs]);
    const here = plume(['batch', input, '-o', join(dir, 'here'), '--jobs', jobs], { [RELAUNCH_ENV]: '0' });
    expect(relaunched.status).toBe(0);
    expect(here.status).toBe(0);
    expect(relaunched.stdout).toMatch(new RegExp(`${MIN_ARTICLES} inputs: ${MIN_ARTICLES} written, 0 failed`));
    expect(readReport(join(dir, 'relaunched'))).toMatchObject({ singleThreaded: true, counts: { ok: MIN_ARTICLES } });
    expect(readReport(join(dir, 'here'))).toMatchObject({ singleThreaded: false, counts: { ok: MIN_ARTICLES } });
    const outputs = readdirSync(join(dir, 'here')).filter((f) => f.endsWith('.html'));
    expect(outputs).toHaveLength(MIN_ARTICLES);
    for (const name of outputs) expect(readFileSync(join(dir, 'relaunched', name))).toEqual(readFileSync(join(dir, 'here', name)));
  });

  it('stops on Ctrl-C as a batch does: the articles in progress finish, the rest are reported not started, exit 130', async () => {
    const dir = temporaryDirectory();
    const out = join(dir, 'out');
    const { status, stderr } = await interrupted(['batch', longBatch(dir, 3 * MIN_ARTICLES), '-o', out, '--jobs', String(availableParallelism())], 'SIGINT', true);
    expect(status).toBe(130);
    expect(stderr).toMatch(/interrupted: finishing the articles in progress/);
    const report = readReport(out);
    expect(report).toMatchObject({ singleThreaded: true });
    expect(report.counts.ok).toBeGreaterThan(0);
    expect(report.inputs.filter((e) => e.reason === 'interrupted').length).toBeGreaterThan(0);
  });

  it('passes a SIGTERM sent to the command on to the batch, and exits with it', async () => {
    const dir = temporaryDirectory();
    const { status } = await interrupted(['batch', longBatch(dir, 3 * MIN_ARTICLES), '-o', join(dir, 'out'), '--jobs', String(availableParallelism())], 'SIGTERM', false);
    expect(status).toBe(128 + 15);
  });
});
