/** batch, stage 1: the command line → BatchOptions, or a usage error (exit 2). */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import type { Format } from '../types.js';
import { checkMinWords } from '../source/brief.js';
import type { ArticleOptions, BatchOptions } from './types.js';

export const BATCH_USAGE = `Usage: plume batch INPUT... -o OUTDIR [options]

Generates many articles at once, in parallel, each byte-identical to what plume generate gives
for that input with the same options.

INPUT is a text file, a directory (its *.txt and *.md files, sorted by name) or a .jsonl file
with one {"id", "text"} object per line, each with optional "minWords", "keyphrase", "seed",
"date" and "url" (they win over the options below). Each input gets one output named after it:
a.txt → OUTDIR/a.html; a JSONL line → OUTDIR/<id>.html.

Options:
  -o, --output DIR      the output directory (created if needed); required
  -f, --format FORMAT   html (default), md or json
  -j, --jobs N          articles made at the same time (default: the number of cores)
      --force           remake the outputs that exist (default: skip them, to resume a batch)
      --min-words N     minimum words in each body (default: the instruction's, else 700)
      --seed N          varies connectors and templates, deterministically (default 0)
      --allow-short     write an article even when it is shorter than the minimum
  -h, --help            show this help

On a terminal a progress bar shows the articles done, the rate and the time left; otherwise one
line per input is printed. A failed input is reported and the batch goes on. OUTDIR/plume-report.json
records each input's status (ok, failed, skipped), words, exit reason and milliseconds.

A batch of 100 articles or more with a worker per core runs in a node started again with
--single-threaded: V8's background threads would only compete with the workers (about 12 % faster).
PLUME_BATCH_SINGLE_THREADED=0 keeps it in the node it was started in.

Exit status: 0 every input written or skipped; 1 at least one input failed; 2 bad usage.`;

export class BatchUsageError extends Error {
  override readonly name = 'BatchUsageError';
}

const FORMATS: readonly Format[] = ['html', 'md', 'json'];
const MAX_JOBS = 64;

function integer(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value.trim())) throw new BatchUsageError(`${name} must be a whole number, not "${value}"`);
  return Number(value);
}

/** The options, or null when help was asked for. */
export function parseBatchArgs(args: readonly string[]): BatchOptions | null {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      output: { type: 'string', short: 'o' },
      format: { type: 'string', short: 'f' },
      jobs: { type: 'string', short: 'j' },
      force: { type: 'boolean' },
      'min-words': { type: 'string' },
      seed: { type: 'string' },
      'allow-short': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return null;
  if (positionals.length === 0) throw new BatchUsageError('give at least one input: a file, a directory or a .jsonl file (see plume batch --help)');
  if (positionals.includes('-')) throw new BatchUsageError('plume batch reads files, not standard input: give files, directories or a .jsonl file');
  if (!values.output) throw new BatchUsageError('give the output directory with -o DIR (see plume batch --help)');
  const format = values.format ?? 'html';
  if (!(FORMATS as readonly string[]).includes(format)) throw new BatchUsageError(`--format must be html, md or json, not "${format}"`);
  const jobs = integer('--jobs', values.jobs) ?? availableParallelism();
  // Each worker holds the whole generator and its own heap: a few per core is already more than enough.
  if (jobs < 1 || jobs > MAX_JOBS) throw new BatchUsageError(`--jobs must be between 1 and ${MAX_JOBS}, not ${jobs}`);
  const minWords = integer('--min-words', values['min-words']);
  const seed = integer('--seed', values.seed);
  let defaults: ArticleOptions;
  try {
    defaults = { ...(minWords !== undefined && { minWords: checkMinWords(minWords) }), ...(seed !== undefined && { seed }) };
  } catch (error) {
    throw new BatchUsageError((error as Error).message);
  }
  return {
    inputs: positionals,
    outDir: values.output,
    format: format as Format,
    jobs,
    force: values.force === true,
    allowShort: values['allow-short'] === true,
    defaults,
  };
}
