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
import { frenchWordsRegExp } from '../text.js';

type TemplateFile = Readonly<Record<string, string | readonly string[]>>;

let handlebars: typeof Handlebars | undefined;
const loaded = new Map<string, HandlebarsTemplateDelegate>();

export function template(source: string): HandlebarsTemplateDelegate {
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

/** A piece of a plain template: its text as written, or a slot, capitalised or not. */
type Part = string | { readonly slot: string; readonly cap: boolean };

/** Names that Handlebars reads as helpers, not as slots. */
const HELPER_NAMES: ReadonlySet<string> = new Set([...Object.keys(templateHelpers), 'if', 'unless', 'each', 'with', 'lookup', 'log', 'helperMissing', 'blockHelperMissing', 'this']);

/**
 * The parts of a template made only of text, {{slot}} and {{cap slot}} (all of Plume's sentences), or null
 * for any other. Such a template is rendered by joining its parts, as Handlebars would render it, without
 * the setup Handlebars runs on every call (its helpers wrapped again each time): most of a fill's cost.
 */
function plainParts(source: string): readonly Part[] | null {
  const pieces = source.split(/\{\{([^{}]*)\}\}/);
  const parts: Part[] = [];
  for (const [i, piece] of pieces.entries()) {
    if (i % 2 === 0) {
      // A brace or a backslash left in the text is Handlebars' syntax: {{{…}}}, \{{…}}.
      if (/[{}\\]/.test(piece)) return null;
      if (piece) parts.push(piece);
      continue;
    }
    const slot = /^(cap )?([A-Za-z_][A-Za-z0-9_]*)$/.exec(piece);
    if (!slot || HELPER_NAMES.has(slot[2]!)) return null;
    parts.push({ slot: slot[2]!, cap: slot[1] !== undefined });
  }
  return parts;
}

const plain = new Map<string, readonly Part[] | null>();

/** `template(source)(slots)`, joined from the template's parts when it is plain and every slot is a string of `slots`. */
export function render(source: string, slots: Readonly<Record<string, string>>): string {
  let parts = plain.get(source);
  if (parts === undefined) plain.set(source, (parts = plainParts(source)));
  if (parts === null || !parts.every((part) => typeof part === 'string' || (Object.hasOwn(slots, part.slot) && typeof slots[part.slot] === 'string'))) return template(source)(slots);
  let out = '';
  for (const part of parts) out += typeof part === 'string' ? part : part.cap ? templateHelpers.cap(slots[part.slot]) : slots[part.slot]!;
  return out;
}

export function variantsOf(id: string): readonly string[] {
  const entry = loadJson<TemplateFile>('templates/sentences.json')[id];
  if (entry === undefined) throw new Error(`no template "${id}" in templates/sentences.json`);
  return typeof entry === 'string' ? [entry] : entry;
}

/** Whether templates/sentences.json has the template `id`. */
export const hasTemplate = (id: string): boolean => !id.startsWith('$') && loadJson<TemplateFile>('templates/sentences.json')[id] !== undefined;

export function phrase(id: string): string {
  const entry = variantsOf(id)[0]!;
  return entry;
}

export interface Filled {
  readonly text: string;
  /** Template id and variant index, for provenance. */
  readonly template: string;
}

const LEADING_ARTICLE = /^(?:les|le|la|l’)(?:\s|(?<=’))/iu;

/**
 * A value from the source keeps its words: only a leading article stays open to realisation
 * ("de le Wall Street Journal" → "du Wall Street Journal"), the rest is protected ("de Higgs" stays).
 */
function asSlot(value: string): string {
  if (value.includes(OPEN)) return value;
  const article = LEADING_ARTICLE.exec(value)?.[0] ?? '';
  const rest = value.slice(article.length);
  return rest ? `${article}${protect(rest)}` : value;
}

/** Render one variant of `id` (chosen for `slot`) with `values`, then realise it as French. */
export function fill(chooser: Chooser, id: string, slot: string, values: Readonly<Record<string, string>>, accept?: (text: string) => boolean): Filled {
  const variants = variantsOf(id);
  const variant = chooser.pick(slot, variants, id);
  // Each value as a slot, copied key by key: Object.fromEntries over Object.entries took half of fill's own time.
  const slots: Record<string, string> = {};
  for (const key of Object.keys(values)) slots[key] = asSlot(values[key]!);
  const filled = (v: string): Filled => ({ text: unclash(realise(render(v, slots))), template: `${id}#${variants.indexOf(v)}` });
  // "Il ressort notamment qu’on lui doit notamment…": a variant whose own adverb a value says too gives way to the
  // first one that does not (the chooser's pick stays, and so do the choices after it).
  const said = Object.values(values);
  const echoing = (v: string): boolean => {
    const adverbs = adverbsOf(v);
    return adverbs !== null && said.some((value) => adverbs.test(value));
  };
  const chosen = filled(echoing(variant) ? variants.find((v) => !echoing(v)) ?? variant : variant);
  if (!accept || accept(chosen.text)) return chosen;
  // The chosen variant reads badly with these values (too long): the first other one that does not.
  for (const v of variants) {
    if (v === variant) continue;
    const other = filled(v);
    if (accept(other.text)) return other;
  }
  return chosen;
}

let echoed: readonly string[] | undefined;
const variantAdverbs = new Map<string, RegExp | null>();

/** The adverbs a variant says in its own words, outside its slots (lexicon/french.json echoedAdverbs), as one pattern; null when it says none. */
function adverbsOf(variant: string): RegExp | null {
  let adverbs = variantAdverbs.get(variant);
  if (adverbs === undefined) {
    echoed ??= loadJson<{ readonly echoedAdverbs: readonly string[] }>('lexicon/french.json').echoedAdverbs;
    const own = variant.replace(/\{\{[^}]*\}\}/gu, ' ');
    const said = echoed.filter((adverb) => frenchWordsRegExp([adverb]).test(own));
    variantAdverbs.set(variant, (adverbs = said.length > 0 ? frenchWordsRegExp(said) : null));
  }
  return adverbs;
}

let clashing: readonly (readonly [string, string])[] | undefined;
/**
 * "figurent entre autres entre 15 et 20 millions": words of a template that clash with a slot's where they meet are
 * said otherwise ("notamment entre"; lexicon/french.json clashes). The same variant, so the choices after it stay.
 */
function unclash(text: string): string {
  clashing ??= Object.entries(loadJson<{ readonly clashes: Readonly<Record<string, string>> }>('lexicon/french.json').clashes);
  let out = text;
  for (const [words, instead] of clashing) if (out.includes(words)) out = out.replaceAll(words, instead);
  return out;
}

/** Join items each under a preposition, realised one by one: "du Wall Street Journal, du FT et de Reuters". */
export function joinWith(preposition: string, items: readonly string[]): string {
  return protect(joinList(items.map((item) => realise(`${preposition} ${asSlot(item)}`))));
}

/**
 * Join names or figures as French lists: "a, b et c". An item with an apposition before "et" closes it
 * ("du directeur financier, Antoine Ferrand, et de la présidente"); the list's own comma closes the others'.
 */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const beforeAnd = items[items.length - 2]!;
  const last = items[items.length - 1]!;
  // "26 fontaines, entre 11 heures et 19 heures, ainsi que 20 km/h": beside an item whose own "et" joins two figures,
  // the list's "et" would read as a third end of the range (templates/sentences.json list.andAfterAnd).
  if (joinsFigures(beforeAnd) || joinsFigures(last)) return `${items.slice(0, -1).join(', ')}${phrase(STARTS_WITH_VOWEL.test(last) ? 'list.andAfterAndElided' : 'list.andAfterAnd')}${last}`;
  const closed = /,\s(?![^«]*»)/u.test(beforeAnd) ? `${beforeAnd},` : beforeAnd;
  return `${[...items.slice(0, -2), closed].join(', ')}${phrase('list.and')}${last}`;
}

/** An item whose "et" joins two figures ("entre 11 heures et 19 heures", "entre le 2 et le 20 octobre"). */
const FIGURES_AND = /\set\s(?:le\s)?[−+-]?\d/u;
const joinsFigures = (item: string): boolean => FIGURES_AND.test(item);
/** "entre 3 °C et 8 °C" after "ainsi que": "qu’" elides before a vowel. */
const STARTS_WITH_VOWEL = /^[aeiouyàâäéèêëîïôöûüœ]/iu;
