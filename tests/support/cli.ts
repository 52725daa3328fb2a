/** Running the built `plume` as users run it, in fresh temporary directories (batch and explain tests). */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
/** The executable npm installs as `plume` (package.json's bin). */
export const cli = join(root, (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: { plume: string } }).bin.plume);
export const seed = join(root, 'examples', 'seed.txt');
export const corpus = join(root, 'tests', 'fixtures', 'corpus');

export const ENGLISH = 'The city council approved the new budget on Monday after a long debate about taxes, schools and public transport in the region.\n';
export const THIN = 'La mairie de Lyon a inauguré lundi une nouvelle passerelle sur la Saône, après deux ans de travaux et un chantier suivi de près par les riverains du quartier.\n';

export function plume(args: readonly string[], env: Readonly<Record<string, string>> = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface Entry {
  readonly input: string;
  readonly id: string;
  readonly output: string | null;
  readonly status: 'ok' | 'failed' | 'skipped';
  readonly words: number | null;
  readonly exit: 0 | 1 | 2 | null;
  readonly reason: string;
  readonly message?: string;
  readonly warnings: readonly string[];
  readonly ms: number;
}

export function readReport(outDir: string): { singleThreaded: boolean; counts: Record<string, number>; inputs: Entry[] } {
  return JSON.parse(readFileSync(join(outDir, 'plume-report.json'), 'utf8'));
}
