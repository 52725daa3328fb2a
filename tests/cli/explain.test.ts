/** `plume generate --explain`: the provenance of every sentence on standard error, the article unchanged on standard output. */
import { describe, expect, it } from 'vitest';
import { plume, seed } from '../support/cli.js';

describe('plume generate --explain', { timeout: 60_000 }, () => {
  it('lists every output sentence with its template and source sentences, and leaves the article as it was', () => {
    const plain = plume(['generate', seed]);
    const explained = plume(['generate', seed, '--explain']);
    expect(explained.status).toBe(0);
    expect(explained.stdout).toBe(plain.stdout);

    const json = JSON.parse(plume(['generate', seed, '--format', 'json']).stdout) as {
      blocks: unknown[];
      sourceSentences: { id: string; text: string }[];
    };
    const provenances: { sources: string[]; template: string }[] = [];
    const walk = (value: unknown): void => {
      if (typeof value !== 'object' || value === null) return;
      const record = value as Record<string, unknown>;
      if (record.provenance) provenances.push(record.provenance as { sources: string[]; template: string });
      Object.values(record).forEach(walk);
    };
    walk(json.blocks);

    const lines = explained.stderr.split('\n');
    const entries = lines.filter((line) => /^\[\d+\] /.test(line));
    expect(entries).toHaveLength(provenances.length);
    // The seed has no headline: its H1 is cut from its lede, whose id and text follow.
    expect(entries[0]).toBe('[1] h1 · template rule.lede-headline');
    expect(lines[lines.indexOf(entries[0]!) + 2]).toBe(`    ← s1: ${json.sourceSentences.find((s) => s.id === 's1')!.text}`);
    entries.forEach((entry, index) => expect(entry).toContain(`· template ${provenances[index]!.template}`));
    // A source sentence appears with its id and its text.
    const first = json.sourceSentences[0]!;
    expect(lines).toContain(`    ← ${first.id}: ${first.text}`);
    expect(lines[0]).toMatch(new RegExp(`^plume: explain: ${provenances.length} output sentences`));
  });

  it('says nothing without --explain and is documented in --help', () => {
    expect(plume(['generate', seed]).stderr).not.toMatch(/explain/);
    expect(plume(['--help']).stdout).toContain('--explain');
  });
});
