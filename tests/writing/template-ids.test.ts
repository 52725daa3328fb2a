/**
 * Every sentence of templates/sentences.json is one the code writes: an id that no stage fills is a sentence nobody
 * reads, kept in step with the others for nothing ("conclusion.figures" listed the figures a fourth time after the
 * sections' openers, the key figures and the FAQ, and was removed rather than used).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const ids = Object.keys(JSON.parse(readFileSync(join(root, 'templates', 'sentences.json'), 'utf8')) as Record<string, unknown>).filter((id) => !id.startsWith('$') && !id.startsWith('list.'));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [readFileSync(join(dir, entry.name), 'utf8')] : []));
}

const code = sources(join(root, 'src')).join('\n');
// Ids the code builds: `heading.${id}.kp`, `faq.${id}.q`…
const built = [...code.matchAll(/`((?:[\w-]+\.)+)\$\{[^}]+\}((?:\.[\w-]+)*)`/gu)].map(([, head, tail]) => new RegExp(`^${head!.replace(/\./gu, '\\.')}[\\w.-]+${tail!.replace(/\./gu, '\\.')}$`, 'u'));

describe('templates/sentences.json', () => {
  it.each(ids)('%s is filled by the code', (id) => {
    expect(code.includes(`'${id}'`) || built.some((pattern) => pattern.test(id))).toBe(true);
  });
});
