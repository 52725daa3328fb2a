/** What every block writer needs: the analysed source, the seeded chooser and the repetition guard. */
import type { Entity, Fact, Keyphrase, OutSentence, Sentence } from '../types.js';
import type { Chooser } from './variety.js';
import type { RepetitionGuard } from './guard.js';
import { typeset } from './french/index.js';

export interface WriteContext {
  readonly sentences: readonly Sentence[];
  readonly facts: ReadonlyMap<string, Fact>;
  readonly keyphrase: Keyphrase;
  readonly roles: readonly Entity[];
  /** Names of the source with the determiner it uses, most mentioned first. */
  readonly names: readonly { readonly name: string; readonly display: string; readonly count: number }[];
  readonly chooser: Chooser;
  readonly guard: RepetitionGuard;
  /** The texts of the source (bullets and sentences), for look-ups. */
  readonly texts: readonly string[];
  /** Source sentences already restated once outside their section: a sentence is restated at most once. */
  readonly restated: Set<string>;
}

export function sourceSentence(sentence: Sentence): OutSentence {
  return { text: typeset(sentence.text), provenance: { sources: [sentence.id], template: 'source' } };
}

export function made(text: string, sources: readonly string[], template: string): OutSentence {
  return { text, provenance: { sources, template } };
}

/** True when the source sentence has not been restated outside its section yet. */
export function canRestate(context: WriteContext, id: string): boolean {
  return !context.restated.has(id);
}

/**
 * Adds a derived sentence if the guard accepts it (and, when it restates a source sentence, if that
 * sentence was not restated before); returns it, or undefined when refused.
 */
export function tryAdd(context: WriteContext, sentence: OutSentence | undefined, restates?: string): OutSentence | undefined {
  if (!sentence || (restates !== undefined && context.restated.has(restates)) || !context.guard.accepts(sentence.text)) { if (process.env.PLUME_DEBUG && sentence) console.error("REFUSED", restates, context.restated.has(restates ?? ""), sentence.text.slice(0, 80)); return undefined; }
  context.guard.add(sentence.text);
  if (restates !== undefined) context.restated.add(restates);
  return sentence;
}

/** A heading before assembly: it may offer a variant that carries the keyphrase. */
export interface DraftHeading {
  readonly type: 'heading';
  readonly level: 2 | 3;
  readonly text: string;
  readonly withKeyphrase?: string;
  readonly provenance: { readonly sources: readonly string[]; readonly template: string };
}

export type Draft = Exclude<import('../types.js').Block, { type: 'heading' }> | DraftHeading;
