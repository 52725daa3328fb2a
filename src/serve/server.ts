/**
 * The preview server (node:http, nothing else): GET / and the page's files, POST /api/generate.
 *
 * A request never brings the server down: every answer goes through one try/catch, errors are
 * JSON `{error}` with 400 (bad JSON, bad field, the library's InputError), 403 (a Host header that
 * is not this loopback server's: DNS rebinding), 404, 405, 413 (a body over the limit, 2 MB),
 * 415 (a POST that is not JSON, which also keeps cross-site forms out) or 500 (a bug, logged).
 */
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { InputError } from '../errors.js';
import { assetAt } from './assets.js';
import { previewArticle, readPreviewRequest } from './preview.js';

export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export interface HandlerOptions {
  /** The address the server listens on; on a loopback address, only loopback Host headers are answered. */
  readonly host?: string;
  readonly maxBodyBytes?: number;
  /** Where unexpected errors are reported (default: standard error). */
  readonly log?: (message: string) => void;
}

export interface Reply {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** The page and its files: nothing remote may load (no CDN, no fonts), the article frame runs no script. */
const PAGE_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const COMMON_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

export function jsonReply(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { ...COMMON_HEADERS, 'Content-Type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(value) };
}

const errorReply = (status: number, message: string, headers: Record<string, string> = {}): Reply => jsonReply(status, { error: message }, headers);

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

const isLoopback = (host: string): boolean => LOOPBACK_NAMES.has(host.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(host) || host.toLowerCase().endsWith('.localhost');

/** The host name of a Host header ("127.0.0.1:4173" → "127.0.0.1", "[::1]:80" → "[::1]"). */
function hostName(header: string): string {
  const match = /^(\[[^\]]*\]|[^:]*)(?::\d*)?$/.exec(header.trim());
  return match?.[1] ?? header;
}

/** Answers a request whose body has been read: pure apart from `log`, so that it can be tested alone. */
export function respond(request: { readonly method: string; readonly path: string; readonly hostHeader?: string; readonly contentType?: string; readonly body?: Buffer }, options: HandlerOptions = {}): Reply {
  const boundHost = options.host ?? '127.0.0.1';
  if (isLoopback(boundHost) && !isLoopback(hostName(request.hostHeader ?? boundHost))) {
    return errorReply(403, `this preview server answers only to a loopback address (Host: ${request.hostHeader}); open http://127.0.0.1 or http://localhost instead`);
  }
  if (request.path === '/api/generate') {
    if (request.method !== 'POST') return errorReply(405, 'use POST /api/generate with a JSON body {"text": "…"}', { Allow: 'POST' });
    if (!/^application\/json\s*(;|$)/i.test(request.contentType ?? '')) return errorReply(415, 'send the request body as JSON, with Content-Type: application/json');
    return generateReply(request.body ?? Buffer.alloc(0));
  }
  const asset = assetAt(request.path);
  if (asset === undefined) return errorReply(404, `nothing at ${request.path}: the preview page is at /`);
  if (request.method !== 'GET' && request.method !== 'HEAD') return errorReply(405, `use GET for ${request.path}`, { Allow: 'GET, HEAD' });
  return {
    status: 200,
    headers: { ...COMMON_HEADERS, 'Content-Type': asset.type, ...(request.path === '/' && { 'Content-Security-Policy': PAGE_POLICY }) },
    body: asset.body,
  };
}

function generateReply(body: Buffer): Reply {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return errorReply(400, 'the request body is not valid UTF-8');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return errorReply(400, `the request body is not valid JSON (${(error as Error).message})`);
  }
  try {
    return jsonReply(200, previewArticle(readPreviewRequest(parsed)));
  } catch (error) {
    if (error instanceof InputError) return errorReply(400, error.message);
    throw error;
  }
}

type Body = { readonly kind: 'read'; readonly bytes: Buffer } | { readonly kind: 'too-large' } | { readonly kind: 'gone' };

/**
 * The request body, up to `limit` bytes; past that, stops keeping it (the rest is drained, not
 * stored). A client that hangs up before the end ('aborted', ECONNRESET) is gone: nothing to answer.
 */
function readBody(request: IncomingMessage, limit: number): Promise<Body> {
  return new Promise((resolve) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      request.resume();
      resolve({ kind: 'too-large' });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        resolve({ kind: 'too-large' });
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve({ kind: 'read', bytes: Buffer.concat(chunks) }));
    request.on('error', () => resolve({ kind: 'gone' }));
  });
}

function send(response: ServerResponse, reply: Reply, head: boolean): void {
  if (response.headersSent || response.destroyed) return;
  response.writeHead(reply.status, { ...reply.headers, 'Content-Length': String(Buffer.byteLength(reply.body)) });
  response.end(head ? undefined : reply.body);
}

/** The server's request listener: reads the body within the limit, answers, and catches everything. */
export function createHandler(options: HandlerOptions = {}): RequestListener {
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  return (request, response) => {
    const method = request.method ?? 'GET';
    let path = '/';
    try {
      path = new URL(request.url ?? '/', 'http://localhost').pathname;
    } catch {
      // A request target that is not a path: answered as an unknown path below.
      path = request.url ?? '';
    }
    const answer = async (): Promise<void> => {
      const body = method === 'POST' || method === 'PUT' || method === 'PATCH' ? await readBody(request, limit) : undefined;
      if (body?.kind === 'gone') return;
      if (body?.kind === 'too-large') {
        send(response, errorReply(413, `the request body is larger than ${limit} bytes (${Math.round(limit / 1024 / 1024)} MB), the most the preview accepts`, { Connection: 'close' }), false);
        return;
      }
      if (body === undefined) request.resume();
      send(
        response,
        respond(
          {
            method,
            path,
            ...(request.headers.host !== undefined && { hostHeader: request.headers.host }),
            ...(request.headers['content-type'] !== undefined && { contentType: request.headers['content-type'] }),
            ...(body?.kind === 'read' && { body: body.bytes }),
          },
          options,
        ),
        method === 'HEAD',
      );
    };
    answer().catch((error: unknown) => {
      log(`plume serve: ${method} ${path} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      send(response, errorReply(500, `internal error: ${error instanceof Error ? error.message : String(error)}`), false);
    });
  };
}

export interface RunningServer {
  readonly server: Server;
  /** The page's address, e.g. http://127.0.0.1:4173/. */
  readonly url: string;
  close(): Promise<void>;
}

/** Listens on host:port (port 0: any free port) and resolves once listening; rejects with the listen error (EADDRINUSE…). */
export function startServer(options: { readonly port: number; readonly host: string } & HandlerOptions): Promise<RunningServer> {
  const server = createServer(createHandler(options));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      server.on('error', (error) => (options.log ?? ((m: string) => process.stderr.write(`${m}\n`)))(`plume serve: ${error.message}`));
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : options.port;
      const host = options.host.includes(':') ? `[${options.host}]` : options.host;
      resolve({
        server,
        url: `http://${host}:${port}/`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
