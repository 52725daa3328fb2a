/** `plume serve` as users run it (the built bin): help, bad options, start, stop, a port in use. */
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { plume } from '../support/cli.js';
import { startServe } from './support.js';

describe('plume serve', () => {
  it('is documented in plume --help and in plume serve --help', () => {
    expect(plume(['--help']).stdout).toContain('plume serve [--port 4173] [--host 127.0.0.1]');
    const help = plume(['serve', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: plume serve \[--port 4173\] \[--host 127\.0\.0\.1\]\n/);
   }, 30_000);

  it('refuses bad options with exit 2', () => {
    for (const [args, message] of [
      [['serve', '--port', '70000'], 'plume: --port must be a whole number from 0 to 65535, not "70000"\n'],
      [['serve', '--port', 'http'], 'plume: --port must be a whole number from 0 to 65535, not "http"\n'],
      [['serve', 'article.txt'], 'plume: plume serve takes no file (article.txt): paste or drop the text on the page (see plume serve --help)\n'],
    ] as const) {
      const result = plume(args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toBe(message);
    }
    const unknown = plume(['serve', '--open']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^plume: Unknown option '--open'.*\(see plume --help\)\n$/);
   }, 30_000);

  it('listens on 127.0.0.1, serves the page, and exits 0 on SIGTERM', async () => {
    const served = await startServe();
    try {
      expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await fetch(served.url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>Plume preview</title>');
    } finally {
      expect(await served.stop()).toBe(0);
    }
  }, 30_000);

  it('says so and exits 2 when the port is in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      const result = plume(['serve', '--port', String(port)]);
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(`plume: port ${port} of 127.0.0.1 is already in use: stop what uses it or choose another port with --port\n`);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  }, 30_000);
});
