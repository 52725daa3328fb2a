/**
 * batch, stage 4: the worker pool. Each worker loads the library once and makes many articles; each
 * gets a new input as soon as it hands one back (two in flight, so that none waits for the main thread).
 * A worker that dies fails the input it was making, its other inputs go back to the queue, and a new
 * worker takes its place. Which worker makes an input never changes the bytes.
 */
import { Worker } from 'node:worker_threads';
import type { JobResult } from './types.js';
import type { WorkMessage } from './worker.js';

const IN_FLIGHT = 2;
/** Workers that die before finishing a single input: past this many, the library cannot load and the rest fail. */
const MAX_STARTUP_FAILURES = 3;

export interface PoolOptions {
  readonly workers: number;
  readonly onResult: (index: number, result: JobResult) => void;
  /** The worker's module (default: dist/src/batch/worker.js beside this file). */
  readonly workerUrl?: URL;
}

export interface Pool {
  /** Resolves when every input has a result, or when the pool was stopped and the inputs in flight are back. */
  readonly done: Promise<void>;
  /** Give no new input to the workers; the ones in flight finish. */
  stop(): void;
}

interface Slot {
  readonly worker: Worker;
  readonly inFlight: WorkMessage[];
  finished: number;
  dead: boolean;
}

function crashed(message: string): JobResult {
  return { status: 'failed', words: null, exit: null, reason: 'crash', message, warnings: [], ms: 0 };
}

export function runPool(messages: readonly WorkMessage[], options: PoolOptions): Pool {
  const queue = [...messages];
  const slots = new Set<Slot>();
  let stopped = false;
  let startupFailures = 0;
  let resolveDone: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    resolveDone = resolve;
  });

  const finishIfIdle = (): void => {
    if (slots.size === 0) {
      if (!stopped && queue.length > 0) {
        // No worker can run: fail what is left rather than wait forever.
        for (const message of queue.splice(0)) options.onResult(message.index, crashed('no worker could load the library'));
      }
      resolveDone();
    }
  };

  const feed = (slot: Slot): void => {
    while (!stopped && slot.inFlight.length < IN_FLIGHT && queue.length > 0) {
      const message = queue.shift()!;
      slot.inFlight.push(message);
      slot.worker.postMessage(message);
    }
    if (slot.inFlight.length === 0) {
      slot.dead = true;
      slots.delete(slot);
      void slot.worker.terminate();
      finishIfIdle();
    }
  };

  const lose = (slot: Slot, why: string): void => {
    if (slot.dead) return;
    slot.dead = true;
    slots.delete(slot);
    const [culprit, ...others] = slot.inFlight;
    if (culprit) options.onResult(culprit.index, crashed(why));
    queue.unshift(...others);
    if (slot.finished === 0) startupFailures++;
    if (!stopped && queue.length > 0 && startupFailures < MAX_STARTUP_FAILURES) spawn();
    finishIfIdle();
  };

  const spawn = (): void => {
    const worker = new Worker(options.workerUrl ?? new URL('./worker.js', import.meta.url));
    const slot: Slot = { worker, inFlight: [], finished: 0, dead: false };
    slots.add(slot);
    worker.on('message', ({ index, result }: { index: number; result: JobResult }) => {
      const at = slot.inFlight.findIndex((m) => m.index === index);
      if (at >= 0) slot.inFlight.splice(at, 1);
      slot.finished++;
      options.onResult(index, result);
      feed(slot);
    });
    worker.on('error', (error) => lose(slot, `the worker stopped: ${error.name}: ${error.message}`));
    worker.on('exit', (code) => lose(slot, `the worker exited with code ${code}`));
    feed(slot);
  };

  const count = Math.min(options.workers, queue.length);
  for (let i = 0; i < count; i++) spawn();
  finishIfIdle();
  return {
    done,
    stop: () => {
      stopped = true;
      for (const slot of [...slots]) if (slot.inFlight.length === 0) feed(slot);
    },
  };
}
