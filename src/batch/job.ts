/**
 * batch, stage 4 (in a worker): one input → its article, written as `plume generate -o` writes it.
 * The same steps as the generate command, in the same order: options, read, generateArticle, the
 * minimum, renderArticle, a temporary file renamed into place. Never throws: every outcome is a JobResult.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { InputError, generateArticle, renderArticle } from '../index.js';
import { checkMinWords } from '../source/brief.js';
import type { GenerateOptions } from '../types.js';
import type { ArticleOptions, JobResult, WorkItem } from './types.js';
import { writeAtomically } from '../write-file.js';
import { thinSourceMessage } from '../errors.js';

/** The file's text, refused as `plume generate` refuses it: missing, binary or not UTF-8. */
function readText(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const what = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read (${code ?? 'unknown error'})`;
    throw new InputError(`the input file ${path} ${what}`);
  }
  if (bytes.includes(0)) throw new InputError('the input is binary, not text: give a UTF-8 text file');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('the input is not valid UTF-8: convert it first (for example: iconv -f latin1 -t utf-8 FILE)');
  }
}

/** A JSONL text as a file of its UTF-8 bytes would read: no NUL, no byte order mark. */
function lineText(text: string): string {
  if (text.includes('\u0000')) throw new InputError('the input is binary, not text: give a UTF-8 text file');
  return text.replace(/^\uFEFF/, '');
}

function generateOptions(options: ArticleOptions): GenerateOptions {
  const result: GenerateOptions = {
    ...(options.minWords !== undefined && { minWords: checkMinWords(options.minWords) }),
    ...(options.keyphrase !== undefined && { keyphrase: options.keyphrase.trim() }),
    ...(options.seed !== undefined && { seed: options.seed }),
    ...(options.date !== undefined && { date: options.date }),
    ...(options.url !== undefined && { url: options.url }),
  };
  if (result.keyphrase === '') throw new InputError('the keyphrase must not be empty');
  return result;
}

function make(item: WorkItem): Omit<JobResult, 'ms'> {
  const options = generateOptions(item.options);
  const article = generateArticle(item.source.kind === 'file' ? readText(item.source.path) : lineText(item.source.text), options);
  const warnings = [...article.warnings];
  const { words, minWords } = article.report;
  if (words < minWords && !item.allowShort) {
    return {
      status: 'failed',
      words,
      exit: 1,
      reason: 'thin',
      message: thinSourceMessage(words, minWords, article.facts),
      warnings,
    };
  }
  if (words < minWords) warnings.push(`the article has ${words} words, fewer than the ${minWords} asked for`);
  writeAtomically(item.output, renderArticle(article, item.format));
  return { status: 'ok', words, exit: 0, reason: 'written', warnings };
}

export function runJob(item: WorkItem): JobResult {
  const start = performance.now();
  let result: Omit<JobResult, 'ms'>;
  try {
    result = make(item);
  } catch (error) {
    result =
      error instanceof InputError
        ? { status: 'failed', words: null, exit: 2, reason: 'input', message: error.message, warnings: [] }
        : { status: 'failed', words: null, exit: null, reason: 'crash', message: `${(error as Error).name ?? 'Error'}: ${(error as Error).message ?? String(error)}`, warnings: [] };
  }
  return { ...result, ms: Math.round((performance.now() - start) * 10) / 10 };
}
