/** The values that flow through `plume batch`, stage after stage: args → inputs → plan → run → report. */
import type { Format, GenerateOptions } from '../types.js';

/** What the command line asked for. */
export interface BatchOptions {
  readonly inputs: readonly string[];
  readonly outDir: string;
  readonly format: Format;
  readonly jobs: number;
  readonly force: boolean;
  readonly allowShort: boolean;
  /** Defaults for every input; a JSONL line's own options win. */
  readonly defaults: ArticleOptions;
}

/** The options of one article, as `plume generate` takes them (--format and --allow-short apart). */
export type ArticleOptions = Pick<GenerateOptions, 'minWords' | 'keyphrase' | 'seed' | 'date' | 'url'>;

/** Where an input's text is: a file read by the worker, a JSONL line's text, or nowhere (the input was refused). */
export type InputSource =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'invalid'; readonly message: string };

/** One article to make, before any output path is decided. */
export interface BatchInput {
  /** How the report and the progress lines name it: the path, or `file.jsonl:LINE`. */
  readonly label: string;
  /** The output's name without its extension: the file's name, or the JSONL id. */
  readonly name: string;
  readonly source: InputSource;
  readonly options: ArticleOptions;
  /** Notes about the input itself (a JSONL field Plume ignores, for instance). */
  readonly notes: readonly string[];
}

/** A refused input (exit 2), an input whose output exists (skipped), or one to run. */
export type JobAction =
  | { readonly kind: 'run' }
  | { readonly kind: 'skip' }
  | { readonly kind: 'refuse'; readonly message: string };

export interface Job {
  readonly input: BatchInput;
  /** Absolute path of the output, inside the output directory. */
  readonly output: string;
  readonly action: JobAction;
}

/** What a worker needs to make one article: plain data, posted as a message. */
export interface WorkItem {
  readonly source: Exclude<InputSource, { kind: 'invalid' }>;
  readonly options: ArticleOptions;
  readonly format: Format;
  readonly allowShort: boolean;
  readonly output: string;
}

/** Why an input ended as it did: the exit status `plume generate` would give, and the kind of failure. */
export type Reason = 'written' | 'exists' | 'input' | 'thin' | 'crash' | 'interrupted';

export interface JobResult {
  readonly status: 'ok' | 'failed' | 'skipped';
  /** Words of the article's body, when one was made. */
  readonly words: number | null;
  /** What `plume generate` would exit with: 0 written, 1 too thin, 2 bad input; null when not run. */
  readonly exit: 0 | 1 | 2 | null;
  readonly reason: Reason;
  readonly message?: string;
  readonly warnings: readonly string[];
  /** Time spent on this input (read, generate, render, write), in milliseconds. */
  readonly ms: number;
}

export interface ReportEntry extends JobResult {
  readonly input: string;
  readonly id: string;
  /** The output's file name, inside the output directory (null when the input could not even be named). */
  readonly output: string | null;
}

export interface BatchReport {
  readonly format: Format;
  readonly jobs: number;
  /** Whether the batch ran in a node without V8's background threads (see relaunch.ts). */
  readonly singleThreaded: boolean;
  readonly counts: { readonly total: number; readonly ok: number; readonly failed: number; readonly skipped: number };
  /** Wall-clock time of the whole batch, in milliseconds. */
  readonly ms: number;
  readonly inputs: readonly ReportEntry[];
}
