/**
 * `plume check FILE [--keyphrase TEXT] [--source FILE] [--json]`: the command's edge (files, standard
 * output, exit code); the audit itself is pure (src/check/). Exit 0: no assessment is bad; 1: at least
 * one is; 2: bad usage or an unreadable file (reported by cli.ts as "plume: …").
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { InputError } from './errors.js';
import { auditArticle } from './check/audit.js';
import { detectFormat, readArticle } from './check/read-article.js';
import { formatJson, formatTable } from './check/format.js';

export const CHECK_USAGE = `Usage: plume check FILE [--keyphrase TEXT] [--source FILE] [--json]

Audits a French article, HTML or Markdown with YAML front matter, whoever wrote it: Yoast SEO's
SEO and readability assessments (keyphrase matched with its French inflected forms; Yoast's exact
matching is shown beside where it differs), the figures (words, language, headings, repeated
sentences) and, with --source, fidelity (numbers and names not in the source, source numbers missing).

Options:
      --keyphrase TEXT  focus keyphrase (default: front matter keyphrase, else the first keyword)
      --source FILE     the source text the article was written from
      --json            print JSON instead of a table
  -h, --help            show this help

Exit status: 0 no assessment is bad; 1 at least one is bad (red); 2 bad usage or unreadable file.`;

function readText(path: string, what: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read (${code ?? 'unknown error'})`;
    throw new InputError(`the ${what} ${path} ${why}`);
  }
  if (bytes.includes(0)) throw new InputError(`the ${what} ${path} is binary, not text`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`the ${what} ${path} is not valid UTF-8`);
  }
}

export function check(args: readonly string[]): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      keyphrase: { type: 'string' },
      source: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${CHECK_USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new InputError(positionals.length === 0 ? 'check needs the article to audit: plume check FILE (see plume check --help)' : `one article at a time, not ${positionals.length}: ${positionals.join(' ')}`);
  const file = positionals[0]!;
  const keyphrase = values.keyphrase?.trim();
  if (keyphrase === '') throw new InputError('--keyphrase must not be empty');
  const text = readText(file, 'article');
  const source = values.source === undefined ? undefined : readText(values.source, 'source');
  const article = readArticle(text, detectFormat(file, text));
  const report = auditArticle(article, { ...(keyphrase !== undefined && { keyphrase }), ...(source !== undefined && { source }) });
  process.stdout.write(values.json ? formatJson(report, file) : formatTable(report, file));
  return report.summary.bad > 0 ? 1 : 0;
}
