/**
 * What Yoast's readability holds against a sentence: more than 20 words, or the passive voice. A
 * source sentence is copied as written in its section; where Plume restates one (FAQ, key figures,
 * conclusion, key points) it prefers one that reads easily, so that the article reads easier than
 * its source rather than repeating its longest, most passive sentences.
 */
import { assessmentConfig } from '../seo/assessments/config.js';
import { splitIntoTokens, tokenWords } from '../seo/assessments/text/words.js';
import { splitLong } from './reformulate.js';
import { activeVoice } from './active-voice.js';
import { isPassive } from './passive-clause.js';
import { remembered } from '../remember.js';
import type { WriteContext } from './context.js';
import type { Block } from '../types.js';
import { articleTexts } from './article-words.js';

export { forgetMeasures } from '../remember.js';

/**
 * A sentence's tokens as Yoast makes them (splitIntoTokens), kept per article: its length and its transition
 * words (measure.ts) are read from them, again at each writing level. Shared: never change them.
 */
export const sentenceTokens = remembered((sentence: string): readonly string[] => splitIntoTokens(sentence));

/** Words as Yoast counts them for sentence length: a hyphenated word once, "l’homme" once. */
export const sentenceWords = remembered((sentence: string): number => tokenWords(sentenceTokens(sentence), { joinHyphens: true }).length);

/**
 * Whether a restatement may go in: it reads easily; or the writing is not `strict` and, where the level
 * bounds readability, the article's shares of long and passive sentences stay within Yoast's with it.
 */
export function mayRestate(context: Pick<WriteContext, 'guard' | 'boundedReadability'>, text: string, strict: boolean, extraWords = 0): boolean {
  if (readsEasily(text, extraWords)) return true;
  return !strict && (!context.boundedReadability || context.guard.keepsReadable(text, extraWords));
}

/** True when the sentence, with `extraWords` more from a template around it, is longer than Yoast's 20 words. */
export function isLongSentence(sentence: string, extraWords = 0): boolean {
  return sentenceWords(sentence) + extraWords > assessmentConfig.textSentenceLength.recommendedLength;
}

/**
 * The sentences Yoast's readability weighs in a written article, as the writing counts them: each heading, sentence,
 * list item, question and answer; `total` adds the H1, which the blocks do not hold yet (short, and active at most
 * when the source's headline is).
 */
export function weighedSentences(blocks: readonly Block[]): { readonly texts: readonly string[]; readonly total: number } {
  const texts = articleTexts(blocks).texts.filter((text) => text !== '');
  return { texts, total: texts.length + 1 };
}

/** Whether a written article's shares of long and of passive sentences (weighedSentences) are within Yoast's bounds. */
export function withinReadabilityBounds(blocks: readonly Block[]): boolean {
  const { texts, total } = weighedSentences(blocks);
  const long = texts.filter((text) => isLongSentence(text)).length;
  if ((100 * long) / total > assessmentConfig.textSentenceLength.slightlyTooMany) return false;
  return (100 * texts.filter(isPassive).length) / total <= assessmentConfig.passiveVoice.recommended;
}

/** True when the sentence, with `extraWords` more from a template around it, is short and active. */
export function readsEasily(sentence: string, extraWords = 0): boolean {
  return !isLongSentence(sentence, extraWords) && !isPassive(sentence);
}

/**
 * The items whose text reads easily first, each group in its own order. Lazy: a caller that stops at
 * the first it can use does not measure the others.
 */
export function* readableFirst<T>(items: readonly T[], textOf: (item: T) => string, extraWords = 0): Generator<T, void, undefined> {
  const easy: boolean[] = [];
  for (const [index, item] of items.entries()) {
    easy[index] = readsEasily(textOf(item), extraWords);
    if (easy[index]) yield item;
  }
  for (const [index, item] of items.entries()) if (!easy[index]) yield item;
}

/** The first item readableFirst gives, measuring no more than it must. */
export function firstReadable<T>(items: readonly T[], textOf: (item: T) => string, extraWords = 0): T | undefined {
  for (const item of readableFirst(items, textOf, extraWords)) return item;
  return undefined;
}

/**
 * A source sentence made easier to read without changing what it says: cut at a safe place when it is
 * long (rule split-long), each part in the active voice when a rule active-voice plainly applies.
 * `rules` names the rules applied, empty when the sentence stays as written; `halves` are the parts
 * before the active voice, and `halfRules` the active-voice rule of each ("" where none applies), which the
 * source's passives read back (passive-budget.ts) rather than parse the half again.
 */
export const easierToRead = remembered((sentence: string): { readonly parts: readonly string[]; readonly rules: readonly string[]; readonly halves: readonly string[]; readonly halfRules: readonly string[] } => {
  const halves = splitLong(sentence) ?? [sentence];
  const actives = halves.map((part) => activeVoice(part));
  const parts = halves.map((part, i) => actives[i]?.text ?? part);
  const applied = [...new Set(actives.flatMap((active) => (active ? [`rule.${active.rule}`] : [])))];
  const rules = [...(halves.length > 1 ? ['rule.split-long'] : []), ...applied];
  return { parts, rules, halves, halfRules: actives.map((active) => active?.rule ?? '') };
});

/** True when `rules` (from easierToRead) holds a rule active-voice. */
export const isActiveVoiceRule = (rule: string): boolean => rule.startsWith('rule.active-voice');

/** The first sentence of easierToRead: what a restatement of a long or passive sentence can say alone. */
export function easiestForm(sentence: string): string {
  return easierToRead(sentence).parts[0]!;
}
