/**
 * Plume's French sentences: Handlebars templates from templates/sentences.json, on an isolated instance.
 * The build precompiles them strict, without escaping, with the helpers of template-helpers.ts as the
 * only known ones (scripts/precompile-templates.mjs).
 */
import type Handlebars from 'handlebars';
import { handlebarsRuntime, loadJson, templateSpec } from '../data.js';
import type { Chooser } from './variety.js';
import { protect, realise } from './french/index.js';
import { OPEN } from './french/segments.js';
import { templateHelpers } from './template-helpers.js';

type TemplateFile = Readonly<Record<string, string | readonly string[]>>;

let handlebars: typeof Handlebars | undefined;
const loaded = new Map<string, HandlebarsTemplateDelegate>();

function template(source: string): HandlebarsTemplateDelegate {
  let delegate = loaded.get(source);
  if (!delegate) {
    if (!handlebars) {
      handlebars = handlebarsRuntime().create();
      for (const [name, helper] of Object.entries(templateHelpers)) handlebars.registerHelper(name, helper);
    }
    delegate = handlebars.template(templateSpec('templates/sentences.json', source));
    loaded.set(source, delegate);
  }
  return delegate;
}

export function variantsOf(id: string): readonly string[] {
  const entry = loadJson<TemplateFile>('templates/sentences.json')[id];
  if (entry === undefined) throw new Error(`no template "${id}" in templates/sentences.json`);
  return typeof entry === 'string' ? [entry] : entry;
}

export function phrase(id: string): string {
  const entry = variantsOf(id)[0]!;
  return entry;
}

export interface Filled {
  readonly text: string;
  /** Template id and variant index, for provenance. */
  readonly template: string;
}

/**
 * A value from the source keeps its words: only a leading article stays open to realisation
 * ("de le Wall Street Journal" → "du Wall Street Journal"), the rest is protected ("de Higgs" stays).
 */
function asSlot(value: string): string {
  if (value.includes(OPEN)) return value;
  const article = /^(?:les|le|la|l’)(?:\s|(?<=’))/iu.exec(value)?.[0] ?? '';
  const rest = value.slice(article.length);
  return rest ? `${article}${protect(rest)}` : value;
}

/** Render one variant of `id` (chosen for `slot`) with `values`, then realise it as French. */
export function fill(chooser: Chooser, id: string, slot: string, values: Readonly<Record<string, string>>, accept?: (text: string) => boolean): Filled {
  const variants = variantsOf(id);
  const variant = chooser.pick(slot, variants, id);
  const slots = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, asSlot(value)]));
  const render = (v: string): Filled => ({ text: realise(template(v)(slots)), template: `${id}#${variants.indexOf(v)}` });
  const chosen = render(variant);
  if (!accept || accept(chosen.text)) return chosen;
  // The chosen variant reads badly with these values (too long): the first other one that does not.
  for (const v of variants) {
    if (v === variant) continue;
    const other = render(v);
    if (accept(other.text)) return other;
  }
  return chosen;
}

/** Join items each under a preposition, realised one by one: "du Wall Street Journal, du FT et de Reuters". */
export function joinWith(preposition: string, items: readonly string[]): string {
  return protect(joinList(items.map((item) => realise(`${preposition} ${asSlot(item)}`))));
}

/** Join names or figures as French lists: "a, b et c". */
export function joinList(items: readonly string[]): string {
  const and = phrase('list.and');
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}
