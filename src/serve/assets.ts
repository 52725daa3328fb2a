/**
 * The preview page's files: hand-written HTML, CSS and JavaScript, no build step.
 *
 * They live in templates/serve/ rather than in a new top-level web/ folder: templates/ already
 * ships with the package ("files" in package.json), it is read through the one loader of Plume's
 * data files (src/data.ts), and the top level of the repository stays as DESIGN.md fixes it. They
 * are served from a fixed table, so no request path ever reaches the file system.
 */
import { readDataFile } from '../data.js';

export interface Asset {
  readonly file: string;
  readonly type: string;
}

export const ASSETS: Readonly<Record<string, Asset>> = {
  '/': { file: 'templates/serve/index.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: 'templates/serve/app.js', type: 'text/javascript; charset=utf-8' },
  '/style.css': { file: 'templates/serve/style.css', type: 'text/css; charset=utf-8' },
  '/article.css': { file: 'templates/serve/article.css', type: 'text/css; charset=utf-8' },
  '/favicon.svg': { file: 'templates/serve/favicon.svg', type: 'image/svg+xml' },
};

const cache = new Map<string, string>();

/** The asset served at this path, or undefined. Read once, on first request. */
export function assetAt(path: string): { readonly body: string; readonly type: string } | undefined {
  const asset = Object.hasOwn(ASSETS, path) ? ASSETS[path] : undefined;
  if (asset === undefined) return undefined;
  let body = cache.get(asset.file);
  if (body === undefined) {
    body = readDataFile(asset.file);
    cache.set(asset.file, body);
  }
  return { body, type: asset.type };
}
