/** batch, JSONL inputs: one `{id, text, minWords?, keyphrase?, seed?, date?, url?}` per line → BatchInput[]. Pure. */
import type { ArticleOptions, BatchInput } from './types.js';

const KNOWN = new Set(['id', 'text', 'minWords', 'keyphrase', 'seed', 'date', 'url']);
const MAX_ID_CHARS = 200;

/** Why an id cannot name a file inside the output directory, or null when it can. */
export function idProblem(id: string): string | null {
  if (id.trim() === '') return 'the id is empty';
  if (id.length > MAX_ID_CHARS) return `the id has ${id.length} characters; at most ${MAX_ID_CHARS}`;
  if (id === '.' || id === '..' || /[/\\]/.test(id)) return `the id "${id}" would write outside the output directory: use no / or \\ and not . or ..`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001F\u007F]/.test(id)) return 'the id contains control characters';
  if (id.startsWith('.')) return `the id "${id}" starts with a dot (hidden file names are reserved for temporary files)`;
  return null;
}

type Parsed = { readonly ok: true; readonly text: string; readonly options: ArticleOptions; readonly notes: readonly string[] } | { readonly ok: false; readonly message: string };

function parseLine(record: Record<string, unknown>): Parsed {
  const { text, minWords, keyphrase, seed, date, url } = record;
  if (typeof text !== 'string') return { ok: false, message: 'the line has no "text" string' };
  const integerField = (name: string, value: unknown): string | null =>
    value === undefined || (typeof value === 'number' && Number.isSafeInteger(value)) ? null : `"${name}" must be a whole number, not ${JSON.stringify(value)}`;
  const stringField = (name: string, value: unknown): string | null => (value === undefined || typeof value === 'string' ? null : `"${name}" must be a string, not ${JSON.stringify(value)}`);
  const problem =
    integerField('minWords', minWords) ?? integerField('seed', seed) ?? stringField('keyphrase', keyphrase) ?? stringField('date', date) ?? stringField('url', url);
  if (problem) return { ok: false, message: problem };
  const options: ArticleOptions = {
    ...(minWords !== undefined && { minWords: minWords as number }),
    ...(keyphrase !== undefined && { keyphrase: keyphrase as string }),
    ...(seed !== undefined && { seed: seed as number }),
    ...(date !== undefined && { date: date as string }),
    ...(url !== undefined && { url: url as string }),
  };
  const unknown = Object.keys(record).filter((key) => !KNOWN.has(key)).sort();
  return { ok: true, text, options, notes: unknown.length > 0 ? [`ignored field${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}`] : [] };
}

/** Every non-blank line is one input; a line that cannot be read becomes a refused input, named after its line. */
export function parseJsonl(content: string, label: string): BatchInput[] {
  const inputs: BatchInput[] = [];
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${label}:${index + 1}`;
    const refuse = (name: string, message: string): void => {
      inputs.push({ label: where, name, source: { kind: 'invalid', message }, options: {}, notes: [] });
    };
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      refuse(`line-${index + 1}`, `line ${index + 1} is not JSON: ${(error as Error).message}`);
      return;
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      refuse(`line-${index + 1}`, `line ${index + 1} is not a JSON object`);
      return;
    }
    const fields = record as Record<string, unknown>;
    const id = typeof fields.id === 'number' && Number.isSafeInteger(fields.id) ? String(fields.id) : fields.id;
    if (typeof id !== 'string') {
      refuse(`line-${index + 1}`, `line ${index + 1} has no "id" string`);
      return;
    }
    const problem = idProblem(id);
    if (problem) {
      refuse(`line-${index + 1}`, problem);
      return;
    }
    const parsed = parseLine(fields);
    if (!parsed.ok) refuse(id, parsed.message);
    else inputs.push({ label: where, name: id, source: { kind: 'text', text: parsed.text }, options: parsed.options, notes: parsed.notes });
  });
  return inputs;
}
