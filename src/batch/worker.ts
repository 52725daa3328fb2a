/** batch, the worker: loads the library once, then makes one article per message, in the order they come. */
import { parentPort } from 'node:worker_threads';
import { runJob } from './job.js';
import type { WorkItem } from './types.js';

export interface WorkMessage {
  readonly index: number;
  readonly item: WorkItem;
}

const port = parentPort;
if (!port) throw new Error('src/batch/worker.ts runs as a worker thread of plume batch');
port.on('message', ({ index, item }: WorkMessage) => {
  port.postMessage({ index, result: runJob(item) });
});
