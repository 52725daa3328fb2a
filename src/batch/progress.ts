/**
 * batch, what the user sees while it runs: on a terminal a progress bar (done/total, rate, time left)
 * with the failures printed above it; otherwise one plain line per finished input. Both on standard error.
 */
import type { ReportEntry } from './types.js';

export interface Progress {
  /** One input has finished (made, failed or skipped). */
  done(entry: ReportEntry): void;
  stop(): void;
}

/** The line that tells how one input ended, without its end of line. */
export function describe(entry: ReportEntry): string {
  switch (entry.status) {
    case 'ok':
      return `ok       ${entry.input} → ${entry.output} (${entry.words} words, ${Math.round(entry.ms)} ms)`;
    case 'skipped':
      return entry.reason === 'interrupted' ? `skipped  ${entry.input}: interrupted before it started` : `skipped  ${entry.input}: ${entry.output} exists (--force remakes it)`;
    case 'failed':
      return `failed   ${entry.input} (${entry.exit === null ? entry.reason : `exit ${entry.exit}`}): ${entry.message ?? entry.reason}`;
  }
}

function warningLines(entry: ReportEntry): string {
  return entry.warnings.map((warning) => `warning  ${entry.input}: ${warning}\n`).join('');
}

function plainProgress(stream: NodeJS.WritableStream): Progress {
  return {
    done: (entry) => stream.write(`${describe(entry)}\n${warningLines(entry)}`),
    stop: () => {},
  };
}

async function barProgress(stream: NodeJS.WritableStream, total: number, skipped: number): Promise<Progress> {
  const { default: cliProgress } = await import('cli-progress');
  const started = Date.now();
  let finished = 0;
  let failed = 0;
  const bars = new cliProgress.MultiBar({
    stream,
    format: 'plume batch {bar} {value}/{total} · {rate}/s · ETA {eta_formatted} · {failed} failed',
    barCompleteChar: '█',
    barIncompleteChar: '░',
    gracefulExit: false,
    hideCursor: false,
    etaBuffer: 50,
    barsize: 24,
  });
  // Skipped inputs count as done from the start, so that they do not make the rate and the ETA look better.
  const bar = bars.create(total, skipped, { rate: '0.0', failed: 0 });
  return {
    done: (entry) => {
      if (entry.status === 'failed') {
        failed++;
        bars.log(`${describe(entry)}\n`);
      }
      if (entry.status === 'skipped') return;
      finished++;
      const seconds = (Date.now() - started) / 1000;
      bar.increment(1, { rate: (seconds > 0 ? finished / seconds : 0).toFixed(1), failed });
    },
    stop: () => {
      bars.update(); // flushes the failures logged since the last redraw: stop() alone drops them
      bars.stop();
    },
  };
}

/** A bar when standard error is a terminal, plain lines otherwise; `skipped` inputs are done before it starts. */
export async function createProgress(total: number, skipped: number, stream: NodeJS.WriteStream = process.stderr): Promise<Progress> {
  return stream.isTTY ? barProgress(stream, total, skipped) : plainProgress(stream);
}
