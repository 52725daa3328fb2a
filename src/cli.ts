#!/usr/bin/env node
/** The `plume` command: the only place that reads files, writes output and chooses exit codes. */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { BriefError, InputError, generateArticle, renderArticle } from './index.js';
import { writeAtomically } from './write-file.js';
import { thinSourceMessage } from './errors.js';
import type { Format, GenerateOptions } from './types.js';
import { checkMinWords } from './source/brief.js';
import { explainArticle } from './explain.js';

const USAGE = `Usage: plume generate [FILE|-] [options]
       plume check FILE [--keyphrase TEXT] [--source FILE] [--json]
       plume batch INPUT... -o OUTDIR [--format html|md|json] [--jobs N] [--force] [options]
       plume serve [--port 4173] [--host 127.0.0.1]

Turns a French news text into an SEO-ready French article (HTML, Markdown or JSON).
Deterministic: the same input and options give the same bytes. No network, no language model.

FILE is a UTF-8 text file; - (or no FILE) reads standard input. The text may start with an
instruction line ("…at least 700 words"), a "# " headline and "- " bullet points. Text pasted
as HTML or Markdown keeps its words; a table gives one paragraph per row.

Options:
  -o, --output FILE     write the article to FILE (default: standard output)
  -f, --format FORMAT   html (default), md or json; without it, -o's extension decides
      --min-words N     minimum words in the body (default: the instruction's, else 700)
      --keyphrase TEXT  focus keyphrase (default: the source's most salient phrase)
      --seed N          varies connectors and templates, deterministically (default 0)
      --date YYYY-MM-DD publication date (default: the source's dateline or "Publié le" line, if any)
      --url URL         canonical address of the article (http or https)
      --allow-short     write the article even when it is shorter than the minimum
      --keywords LIST   secondary keywords, comma-separated (meta keywords, structured data)
      --image URL       an image after the lead (og:image too); --image-alt TEXT describes it
                        (the keyphrase is put first in the alt text when the text lacks it)
      --source-url URL  credit the original article with a link at the end
      --links FILE      JSON object from phrases to internal URLs: the first occurrence of each
                        phrase in the body becomes a link (at most 5)
      --site-name NAME  publisher (JSON-LD, og:site_name); --author NAME the author
                        Every URL must be an absolute http(s) address.
      --explain         print to standard error, for each sentence, the template or rule that
                        made it and the source sentences (ids and text) it comes from
  -h, --help            show this help
  -v, --version         show the version

Exit status: 0 written; 1 the source is too thin to reach the minimum honestly (nothing is
padded; see --allow-short); 2 bad input or usage.

plume check audits any French article, HTML or Markdown with front matter: Yoast SEO's SEO and
readability assessments, words, language, repeated sentences and, with --source FILE, numbers and
names not in the source. --json prints JSON. Exit status: 0 no assessment is bad, 1 one is bad,
2 bad usage or unreadable file (see plume check --help).

plume batch makes many articles in parallel, each byte-identical to plume generate's. INPUT is a
file, a directory (its *.txt and *.md files) or a .jsonl file (one {"id", "text", options} a line);
OUTDIR receives one output per input and plume-report.json. Outputs that exist are skipped unless
--force; --jobs N (default: the cores), --min-words N, --seed N and --allow-short as above. Exit
status: 0 all written or skipped, 1 an input failed, 2 bad usage (see plume batch --help).

plume serve starts a local preview page (http://127.0.0.1:4173/ by default): paste a source text,
see the article (the same bytes as plume generate), its search snippet, the assessments and each
sentence's provenance; download or copy the HTML, Markdown or JSON (see plume serve --help).`;

class UsageError extends Error {}

const FORMATS: readonly Format[] = ['html', 'md', 'json'];

function formatFor(explicit: string | undefined, output: string | undefined): Format {
  if (explicit !== undefined) {
    if (!(FORMATS as readonly string[]).includes(explicit)) throw new UsageError(`--format must be html, md or json, not "${explicit}"`);
    return explicit as Format;
  }
  const ext = output ? extname(output).toLowerCase() : '';
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.json') return 'json';
  return 'html';
}

function integer(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value.trim())) throw new UsageError(`${name} must be a whole number, not "${value}"`);
  return Number(value);
}

function readInput(file: string | undefined): string {
  let bytes: Buffer;
  try {
    bytes = !file || file === '-' ? readFileSync(0) : readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const what = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read (${code ?? 'unknown error'})`;
    throw new InputError(`the input file ${file} ${what}`);
  }
  if (bytes.includes(0)) throw new InputError('the input is binary, not text: give a UTF-8 text file');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('the input is not valid UTF-8: convert it first (for example: iconv -f latin1 -t utf-8 FILE)');
  }
}

/** --links FILE: a JSON object from phrases to internal URLs (checked by the library). */
function readLinks(file: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code ? `the links file ${file} cannot be read (${code})` : `the links file ${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || Object.values(parsed).some((v) => typeof v !== 'string')) {
    throw new InputError(`the links file ${file} must hold one JSON object from phrases to URLs: {"pénurie de puces": "https://example.org/puces"}`);
  }
  return parsed as Record<string, string>;
}

function generate(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      output: { type: 'string', short: 'o' },
      format: { type: 'string', short: 'f' },
      'min-words': { type: 'string' },
      keyphrase: { type: 'string' },
      seed: { type: 'string' },
      date: { type: 'string' },
      url: { type: 'string' },
      'allow-short': { type: 'boolean' },
      explain: { type: 'boolean' },
      keywords: { type: 'string' },
      image: { type: 'string' },
      'image-alt': { type: 'string' },
      'source-url': { type: 'string' },
      links: { type: 'string' },
      'site-name': { type: 'string' },
      author: { type: 'string' },
    },
  });
  if (positionals.length > 1) throw new UsageError(`one input at a time, not ${positionals.length}: ${positionals.join(' ')}`);
  const format = formatFor(values.format, values.output);
  const minWords = integer('--min-words', values['min-words']);
  const seed = integer('--seed', values.seed);
  const options: GenerateOptions = {
    ...(minWords !== undefined && { minWords: checkMinWords(minWords) }),
    ...(values.keyphrase !== undefined && { keyphrase: values.keyphrase.trim() }),
    ...(seed !== undefined && { seed }),
    ...(values.date !== undefined && { date: values.date }),
    ...(values.url !== undefined && { url: values.url }),
    ...(values.keywords !== undefined && { keywords: values.keywords.split(',').map((k) => k.trim()).filter(Boolean) }),
    ...(values.image !== undefined && { image: { url: values.image, ...(values['image-alt'] !== undefined && { alt: values['image-alt'] }) } }),
    ...(values['source-url'] !== undefined && { sourceUrl: values['source-url'] }),
    ...(values.links !== undefined && { links: readLinks(values.links) }),
    ...(values['site-name'] !== undefined && { siteName: values['site-name'] }),
    ...(values.author !== undefined && { author: values.author }),
  };
  if (options.keyphrase === '') throw new UsageError('--keyphrase must not be empty');
  if (values['image-alt'] !== undefined && values.image === undefined) throw new UsageError('--image-alt needs --image URL');

  const article = generateArticle(readInput(positionals[0]), options);
  for (const warning of article.warnings) process.stderr.write(`plume: warning: ${warning}\n`);
  const { words, minWords: wanted } = article.report;
  if (words < wanted && !values['allow-short']) {
    throw new BriefError(thinSourceMessage(words, wanted, article.facts), words, wanted);
  }
  if (words < wanted) process.stderr.write(`plume: warning: the article has ${words} words, fewer than the ${wanted} asked for\n`);
  if (values.explain) process.stderr.write(explainArticle(article));
  const output = renderArticle(article, format);
  if (values.output) writeAtomically(values.output, output);
  else process.stdout.write(output);
  return 0;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export function main(argv: string[]): number | Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (command === '-v' || command === '--version') {
      process.stdout.write(`${version()}\n`);
      return 0;
    }
    // Loaded on demand: generate's cold start does not pay for the audit (htmlparser2, marked, yaml, assessments),
    // the worker pool or the server; the build leaves these modules out of the one-file cli.cjs (scripts/bundle-cli.mjs),
    // and the executable (plume.cts) runs these commands from the modules.
    if (command === 'check') return import('./cli-check.js').then(({ check }) => check(rest)).catch(failed);
    if (command === 'batch') return import('./batch/command.js').then(({ batch }) => batch(rest));
    if (command === 'serve') return import('./serve/command.js').then(({ serve }) => serve(rest)).catch(failed);
    if (command !== 'generate') throw new UsageError(`unknown command "${command}"; try: plume generate FILE (see plume --help)`);
    if (rest.includes('-h') || rest.includes('--help')) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    return generate(rest);
  } catch (error) {
    return failed(error);
  }
}

/** An error → its message on standard error and the exit status: 1 too thin, 2 bad input or usage; anything else is a bug and is thrown. */
function failed(error: unknown): number {
  if (error instanceof BriefError) {
    process.stderr.write(`plume: ${error.message}\n`);
    return 1;
  }
  if (error instanceof InputError || error instanceof UsageError) {
    process.stderr.write(`plume: ${error.message}\n`);
    return 2;
  }
  const code = (error as { code?: string }).code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`plume: ${(error as Error).message} (see plume --help)\n`);
    return 2;
  }
  throw error;
}

/**
 * Exits as soon as standard output and error have taken everything written: otherwise node first lets V8
 * finish a garbage collection begun during the run, for nothing (about 20 ms of a cold generate).
 */
function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  let pending = 2;
  const flushed = (): void => {
    if (--pending === 0) process.exit();
  };
  process.stdout.write('', flushed);
  process.stderr.write('', flushed);
}

const status = main(process.argv.slice(2));
if (typeof status === 'number') exitWhenFlushed(status);
else void status.then((code) => {
  process.exitCode = code;
});
