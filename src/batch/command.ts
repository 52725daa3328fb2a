/**
 * `plume batch INPUT... -o OUTDIR`: composes the stages in plain sight (args → inputs → plan → pool →
 * report). Loaded by cli.ts only for this command. The main thread never loads the generator itself:
 * the workers do, once each.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BATCH_USAGE, BatchUsageError, parseBatchArgs } from './args.js';
import { collectInputs } from './inputs.js';
import { REPORT_NAME, planJobs } from './plan.js';
import { runPool } from './pool.js';
import { SINGLE_THREADED, relaunchSingleThreaded, shouldRelaunch } from './relaunch.js';
import { createProgress } from './progress.js';
import { makeReport, reportEntry, summaryLine } from './report.js';
import type { BatchOptions, Job, JobResult } from './types.js';
import type { WorkMessage } from './worker.js';
import { writeAtomically } from '../write-file.js';

const SKIPPED: JobResult = { status: 'skipped', words: null, exit: null, reason: 'exists', warnings: [], ms: 0 };
const INTERRUPTED: JobResult = { ...SKIPPED, reason: 'interrupted' };

function refused(message: string): JobResult {
  return { status: 'failed', words: null, exit: 2, reason: 'input', message, warnings: [], ms: 0 };
}

function usageError(message: string): number {
  process.stderr.write(`plume: ${message}\n`);
  return 2;
}

function options(args: readonly string[]): BatchOptions | null | string {
  try {
    return parseBatchArgs(args);
  } catch (error) {
    if (error instanceof BatchUsageError) return error.message;
    const code = (error as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) return `${(error as Error).message} (see plume batch --help)`;
    throw error;
  }
}

/** Runs the batch; resolves to the exit status: 0 all written or skipped, 1 an input failed, 2 bad usage, 130 interrupted. */
export async function batch(args: readonly string[]): Promise<number> {
  const parsed = options(args);
  if (typeof parsed === 'string') return usageError(parsed);
  if (parsed === null) {
    process.stdout.write(`${BATCH_USAGE}\n`);
    return 0;
  }
  const started = performance.now();
  const inputs = collectInputs(parsed.inputs, parsed.defaults);
  if (inputs.length === 0) return usageError(`no input found in ${parsed.inputs.join(' ')}: a directory gives its *.txt and *.md files, a .jsonl file its lines`);
  try {
    mkdirSync(parsed.outDir, { recursive: true });
  } catch (error) {
    return usageError(`cannot create the output directory ${parsed.outDir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const jobs: readonly Job[] = planJobs(inputs, { outDir: parsed.outDir, format: parsed.format, force: parsed.force, exists: existsSync });
  const articles = jobs.filter((job) => job.action.kind === 'run' && job.input.source.kind !== 'invalid').length;
  if (shouldRelaunch({ jobs: parsed.jobs, cores: availableParallelism(), articles, execArgv: process.execArgv, env: process.env })) {
    const status = await relaunchSingleThreaded(args);
    if (status !== null) return status;
  }

  const results: (JobResult | undefined)[] = new Array<JobResult | undefined>(jobs.length);
  const progress = await createProgress(jobs.length, jobs.filter((job) => job.action.kind === 'skip').length);
  const finish = (index: number, result: JobResult): void => {
    results[index] = result;
    progress.done(reportEntry(jobs[index]!, result));
  };
  const messages: WorkMessage[] = [];
  jobs.forEach((job, index) => {
    if (job.action.kind === 'skip') finish(index, SKIPPED);
    else if (job.action.kind === 'refuse') finish(index, refused(job.action.message));
    else if (job.input.source.kind !== 'invalid') {
      messages.push({ index, item: { source: job.input.source, options: job.input.options, format: parsed.format, allowShort: parsed.allowShort, output: job.output } });
    }
  });

  const pool = runPool(messages, { workers: parsed.jobs, onResult: finish });
  let interrupted = false;
  const onInterrupt = (): void => {
    if (interrupted) process.exit(130);
    interrupted = true;
    pool.stop();
    process.stderr.write('\nplume: interrupted: finishing the articles in progress (Ctrl-C again to quit now)\n');
  };
  process.on('SIGINT', onInterrupt);
  await pool.done;
  process.off('SIGINT', onInterrupt);
  // Not started because of Ctrl-C: in the report, not one line each.
  jobs.forEach((_, index) => {
    results[index] ??= INTERRUPTED;
  });
  progress.stop();

  const report = makeReport(
    jobs.map((job, index) => reportEntry(job, results[index]!)),
    { format: parsed.format, jobs: parsed.jobs, singleThreaded: process.execArgv.includes(SINGLE_THREADED), ms: performance.now() - started },
  );
  const reportPath = join(parsed.outDir, REPORT_NAME);
  try {
    writeAtomically(resolve(reportPath), `${JSON.stringify(report, null, 2)}\n`);
  } catch (error) {
    return usageError((error as Error).message);
  }
  process.stdout.write(`${summaryLine(report, reportPath)}\n`);
  if (interrupted) return 130;
  return report.counts.failed > 0 ? 1 : 0;
}
