/** What every block writer needs: the analysed source, the seeded chooser and the repetition guard. */
import type { Entity, Fact, Keyphrase, OutSentence, Sentence } from '../types.js';
import type { Chooser } from './variety.js';
import type { TalliedGuard } from './readability-tally.js';
import type { Mentions } from './refer.js';
import type { BulletSummary } from '../analysis/bullets.js';
import { typeset } from './french/index.js';
import { speaksInFirstPerson } from './reformulate.js';
import { keptForArticle } from '../remember.js';

export interface WriteContext {
  readonly sentences: readonly Sentence[];
  readonly facts: ReadonlyMap<string, Fact>;
  readonly keyphrase: Keyphrase;
  /** The source's salient phrases, best first (analysis/keywords.ts rankPhrases): what a section's heading may name. */
  readonly phrases: readonly Keyphrase[];
  readonly roles: readonly Entity[];
  /** Names of the source with the determiner it uses, most mentioned first. */
  readonly names: readonly {
    readonly name: string;
    readonly display: string;
    readonly count: number;
    /** Named after "en" and never with its article ("en Californie"): no list may say it bare. */
    readonly articleUnknown: boolean;
    /** Named once, as where something happens ("réalisé en France"): no name that stands out. */
    readonly placeOnce: boolean;
  }[];
  readonly chooser: Chooser;
  /** The repetition guard, which also counts the article's long and passive sentences. */
  readonly guard: TalliedGuard;
  /** The texts of the source (bullets and sentences), for look-ups. */
  readonly texts: readonly string[];
  /** How often each source sentence was restated outside its section (see MAX_RESTATEMENTS). */
  readonly restated: Map<string, number>;
  /** A bullet that sums up a body sentence → that sentence: restating either restates the same fact. */
  readonly sameFact: ReadonlyMap<string, BulletSummary>;
  /** Restatements must read easily (short, active); false when the article needs their words. */
  readonly strict: boolean;
  /** So must the key points and extra questions that fill an article short of the minimum. */
  readonly strictFill: boolean;
  /**
   * A restatement that reads hard (where strict allows one) goes in only while the article's shares of
   * long and passive sentences stay within Yoast's bounds; false at the last writing level, where the
   * minimum the user asked for comes first.
   */
  readonly boundedReadability: boolean;
  /** How often a source sentence may be restated: MAX_RESTATEMENTS, one more for a source too thin. */
  readonly maxRestatements: number;
  /** How Plume's own sentences named each person so far (see refer.ts). */
  readonly mentions: Mentions;
}

/** listableNames' answer, by the names it was asked for (an article's, shared by every context of the article). */
const listable = keptForArticle<WriteContext['names'], { readonly keyphrase: string; readonly names: WriteContext['names'] }>();

/**
 * Names for Plume's own lists (openings, actors, conclusion): the keyphrase is everywhere already, and a
 * long name ("Sterling and Francine Clark Art Institute") repeated in lists is mostly repetition.
 */
export function listableNames(context: WriteContext): WriteContext['names'] {
  const kp = context.keyphrase.text;
  // Asked for by each section's opener, the conclusion and the FAQ: worked out once for the article's names.
  const kept = listable.get(context.names);
  if (kept !== undefined && kept.keyphrase === kp) return kept.names;
  // "Grecs", "Américains" without their article read as adjectives: a plural-looking word needs the source's article.
  const pluralWithoutArticle = (n: WriteContext['names'][number]): boolean => n.display === n.name && /^\S+[sx]$/u.test(n.name);
  const names = context.names.filter((n) => !kp.includes(n.name) && !n.name.includes(kp) && n.name.split(' ').length <= 3 && !pluralWithoutArticle(n) && !n.articleUnknown && !n.placeOnce);
  listable.set(context.names, { keyphrase: kp, names });
  return names;
}

export function sourceSentence(sentence: Sentence): OutSentence {
  return { text: typeset(sentence.text), provenance: { sources: [sentence.id], template: 'source' } };
}

export function made(text: string, sources: readonly string[], template: string): OutSentence {
  return { text, provenance: { sources, template } };
}

/**
 * A source sentence may be restated twice outside its section (a figure from one clause, an answer from
 * another); the repetition guard still refuses any restatement that would repeat too many of its words.
 */
export const MAX_RESTATEMENTS = 2;

/** The source sentences in the first person, by the sentences of the article (see speaksInFirstPerson). */
const firstPersonIds = keptForArticle<readonly Sentence[], ReadonlySet<string>>();

function inFirstPerson(sentences: readonly Sentence[]): ReadonlySet<string> {
  let ids = firstPersonIds.get(sentences);
  if (!ids) firstPersonIds.set(sentences, (ids = new Set(sentences.filter((s) => speaksInFirstPerson(s.text)).map((s) => s.id))));
  return ids;
}

/** The sentence that states the fact of sentence `id`: itself, or the body sentence that a bullet summarises. */
export const factOf = (context: WriteContext, id: string): string => context.sameFact.get(id)?.sentence ?? id;

/** A sentence in the first person ("Nous avons…", an interview's answer) is said in its place only. */
export function canRestate(context: WriteContext, id: string): boolean {
  if (inFirstPerson(context.sentences).has(id)) return false;
  return (context.restated.get(factOf(context, id)) ?? 0) < context.maxRestatements;
}

export function markRestated(context: WriteContext, id: string): void {
  const fact = factOf(context, id);
  context.restated.set(fact, (context.restated.get(fact) ?? 0) + 1);
}

/**
 * Adds a derived sentence if the guard accepts it (and, when it restates a source sentence, if that
 * sentence was not restated before); returns it, or undefined when refused.
 */
export function tryAdd(context: WriteContext, sentence: OutSentence | undefined, restates?: string): OutSentence | undefined {
  const heading = sentence !== undefined && /[?]\s*$/u.test(sentence.text);
  if (!sentence || (restates !== undefined && !canRestate(context, restates)) || !context.guard.accepts(sentence.text, { heading })) return undefined;
  context.guard.add(sentence.text);
  if (restates !== undefined) markRestated(context, restates);
  return sentence;
}

/** A heading before assembly: it may offer a variant that carries the keyphrase. */
export interface DraftHeading {
  readonly type: 'heading';
  readonly level: 2 | 3;
  readonly text: string;
  readonly withKeyphrase?: string;
  /** The phrase of the source that the heading names ("La zone de surveillance"), when it names one. */
  readonly about?: string;
  readonly provenance: { readonly sources: readonly string[]; readonly template: string };
}

export type Draft = Exclude<import('../types.js').Block, { type: 'heading' }> | DraftHeading;
