/**
 * `plume serve [--port 4173] [--host 127.0.0.1]`: the command's edge. Its options are read at
 * once (a bad one throws InputError: exit 2); the server (src/serve/server.ts, which loads the
 * generator and the assessments) is imported only then, so that other commands do not pay for it.
 * Resolves 0 when stopped with Ctrl+C (SIGINT) or SIGTERM, 2 when the address cannot be used.
 */
import { parseArgs } from 'node:util';
import { InputError } from '../errors.js';

export const DEFAULT_PORT = 4173;
export const DEFAULT_HOST = '127.0.0.1';

export const SERVE_USAGE = `Usage: plume serve [--port ${DEFAULT_PORT}] [--host ${DEFAULT_HOST}]

Starts a local preview page for editors: paste or drop a French source text, set the options
(minimum words, keyphrase, seed, date, URL, image, links…) and see at once the article (the
same bytes as plume generate), its search-result snippet, the SEO and readability assessments,
the figures, and where each sentence comes from (hover it); download or copy the HTML, Markdown
or JSON. Works offline.

Options:
      --port N          port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)
      --host ADDRESS    address to listen on (default ${DEFAULT_HOST}, this machine only; 0.0.0.0
                        makes the page reachable from other machines, without any password)
  -h, --help            show this help

Stop it with Ctrl+C. Exit status: 0 stopped; 2 bad usage, or the address or port cannot be used.`;

function portOf(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  if (!/^\d+$/.test(value.trim()) || Number(value) > 65535) throw new InputError(`--port must be a whole number from 0 to 65535, not "${value}"`);
  return Number(value);
}

const LISTEN_ERRORS: Readonly<Record<string, (host: string, port: number) => string>> = {
  EADDRINUSE: (host, port) => `port ${port} of ${host} is already in use: stop what uses it or choose another port with --port`,
  EACCES: (host, port) => `listening on port ${port} of ${host} needs privileges this user does not have: choose a port above 1023 with --port`,
  EADDRNOTAVAIL: (host) => `${host} is not an address of this machine: use --host 127.0.0.1 (or 0.0.0.0 for every address)`,
  ENOTFOUND: (host) => `${host} is not a known host name: use --host 127.0.0.1`,
  EAI_AGAIN: (host) => `${host} is not a known host name: use --host 127.0.0.1`,
};

export function serve(args: readonly string[]): number | Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      port: { type: 'string', short: 'p' },
      host: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${SERVE_USAGE}\n`);
    return 0;
  }
  if (positionals.length > 0) throw new InputError(`plume serve takes no file (${positionals.join(' ')}): paste or drop the text on the page (see plume serve --help)`);
  const port = portOf(values.port);
  const host = values.host?.trim() || DEFAULT_HOST;

  return import('./server.js').then(({ startServer }) =>
    startServer({ port, host }).then(
      (running) =>
        new Promise<number>((resolve) => {
          process.stdout.write(`plume: preview at ${running.url} (Ctrl+C stops it)\n`);
          if (!['127.0.0.1', 'localhost', '::1'].includes(host)) process.stderr.write(`plume: warning: listening on ${host}: other machines that reach this address can use the preview\n`);
          const stop = (): void => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            void running.close().then(() => resolve(0));
          };
          process.on('SIGINT', stop);
          process.on('SIGTERM', stop);
        }),
      (error: NodeJS.ErrnoException) => {
        const why = error.code !== undefined ? LISTEN_ERRORS[error.code] : undefined;
        if (why === undefined) throw error;
        process.stderr.write(`plume: ${why(host, port)}\n`);
        return 2;
      },
    ),
  );
}
