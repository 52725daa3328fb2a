/** batch, stage 3: inputs → jobs, each with its output path and what to do (run, skip because it exists, refuse). */
import { dirname, join, resolve } from 'node:path';
import type { Format } from '../types.js';
import type { BatchInput, Job } from './types.js';

export const REPORT_NAME = 'plume-report.json';

export const EXTENSIONS: Readonly<Record<Format, string>> = { html: '.html', md: '.md', json: '.json' };

export interface PlanOptions {
  readonly outDir: string;
  readonly format: Format;
  readonly force: boolean;
  /** Whether a file exists (the only question the plan asks the file system). */
  readonly exists: (path: string) => boolean;
}

export function planJobs(inputs: readonly BatchInput[], options: PlanOptions): Job[] {
  const outDir = resolve(options.outDir);
  const owners = new Map<string, string>();
  return inputs.map((input): Job => {
    const file = `${input.name}${EXTENSIONS[options.format]}`;
    const output = resolve(join(outDir, file));
    const refuse = (message: string): Job => ({ input, output, action: { kind: 'refuse', message } });
    if (input.source.kind === 'invalid') return refuse(input.source.message);
    if (dirname(output) !== outDir) return refuse(`the output ${file} would be written outside ${options.outDir}`);
    if (file === REPORT_NAME) return refuse(`the output name ${file} is the batch report's`);
    const owner = owners.get(output);
    if (owner !== undefined) return refuse(`the output ${file} is already that of ${owner}: rename one of them`);
    owners.set(output, input.label);
    if (input.source.kind === 'file' && resolve(input.source.path) === output) return refuse(`the output ${file} would overwrite its own input`);
    if (!options.force && options.exists(output)) return { input, output, action: { kind: 'skip' } };
    return { input, output, action: { kind: 'run' } };
  });
}
