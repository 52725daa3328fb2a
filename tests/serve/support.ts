/** Starting the built `plume serve` as users start it, or its handler in process, on a free port of 127.0.0.1, and stopping it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { cli } from '../support/cli.js';

export interface Served {
  readonly child: ChildProcess;
  /** The page's address, as the command prints it. */
  readonly url: string;
  readonly stderr: () => string;
  /** SIGTERM, then the exit status. */
  stop(): Promise<number | null>;
}

export function startServe(args: readonly string[] = ['--port', '0', '--host', '127.0.0.1']): Promise<Served> {
  const child = spawn(process.execPath, [cli, 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`plume serve did not start in 20 s: ${stdout}${stderr}`)), 20_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const url = /preview at (http:\/\/\S+\/)/.exec(stdout)?.[1];
      if (url === undefined) return;
      clearTimeout(timer);
      resolve({
        child,
        url,
        stderr: () => stderr,
        stop: () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          return exited;
        },
      });
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`plume serve exited (${code}) before listening: ${stdout}${stderr}`));
    });
  });
}

/** An in-process server on a free port of 127.0.0.1 for the whole describe block: its port and what it logged. */
export function listenDuringTests(makeHandler: (log: (message: string) => void) => RequestListener): { port: () => number; logged: string[] } {
  let server: Server;
  let port = 0;
  const logged: string[] = [];
  beforeAll(async () => {
    server = createServer(makeHandler((m) => logged.push(m)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return { port: () => port, logged };
}
