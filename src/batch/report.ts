/** batch, stage 5: the results → OUTDIR/plume-report.json and the final line. */
import { basename } from 'node:path';
import type { Format } from '../types.js';
import type { BatchReport, Job, JobResult, ReportEntry } from './types.js';

export function reportEntry(job: Job, result: JobResult): ReportEntry {
  const { status, words, exit, reason, message, warnings, ms } = result;
  return {
    input: job.input.label,
    id: job.input.name,
    output: job.input.source.kind === 'invalid' ? null : basename(job.output),
    status,
    words,
    exit,
    reason,
    ...(message !== undefined && { message }),
    warnings: [...job.input.notes, ...warnings],
    ms,
  };
}

/** The entries in the order of the inputs, whatever order they finished in. */
export function makeReport(entries: readonly ReportEntry[], context: { readonly format: Format; readonly jobs: number; readonly singleThreaded: boolean; readonly ms: number }): BatchReport {
  const count = (status: ReportEntry['status']): number => entries.filter((e) => e.status === status).length;
  return {
    format: context.format,
    jobs: context.jobs,
    singleThreaded: context.singleThreaded,
    counts: { total: entries.length, ok: count('ok'), failed: count('failed'), skipped: count('skipped') },
    ms: Math.round(context.ms),
    inputs: entries,
  };
}

export function summaryLine(report: BatchReport, reportPath: string): string {
  const { total, ok, failed, skipped } = report.counts;
  const seconds = (report.ms / 1000).toFixed(1);
  const interrupted = report.inputs.filter((e) => e.reason === 'interrupted').length;
  const notStarted = interrupted > 0 ? ` (${interrupted} not started: interrupted)` : '';
  return `plume batch: ${total} input${total === 1 ? '' : 's'}: ${ok} written, ${failed} failed, ${skipped} skipped${notStarted} in ${seconds} s; report: ${reportPath}`;
}
