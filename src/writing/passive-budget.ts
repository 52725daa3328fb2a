/**
 * The source's own passives, where the article has room for them. Rules active-voice-on turn a passive
 * without agent into "on …" ("Le gros-porteur A350 a été livré à 57 exemplaires" → "On a livré le
 * gros-porteur A350 à 57 exemplaires") so that the article stays within Yoast's passive share; the source's
 * sentence reads better. Once the article is written, its copies of source sentences get their own voice
 * back, in order, while the shares of passive and of long sentences stay under a margin below Yoast's
 * bounds, the article keeps its minimum of words, and no sentence comes twice.
 */
import type { Block, OutSentence, Sentence } from '../types.js';
import { config } from '../config.js';
import { countWordsOf } from '../text.js';
import { isPassive } from './passive-clause.js';
import { easierToRead, isLongSentence, weighedSentences } from './readability.js';
import { typeset } from './french/index.js';

const ON_RULE = /^rule\.active-voice-on(?:-present|-future|-modal)?$/u;

/** The key under which the article's checks see two sentences as the same (check/report.ts). */
const sameKey = (text: string): string => text.toLowerCase().replace(/[^A-Za-zÀ-ÖØ-öø-ÿĀ-ſ0-9]+/g, ' ').trim();

/** The source's passive that `out` says with "on", when `out` is that source sentence's part as easierToRead made it. */
function passiveOf(out: OutSentence, sources: ReadonlyMap<string, Sentence>): string | undefined {
  const rules = out.provenance.template.split('+');
  if (out.provenance.sources.length !== 1 || !rules.some((rule) => ON_RULE.test(rule))) return undefined;
  const source = sources.get(out.provenance.sources[0]!);
  if (!source) return undefined;
  // The source's text as written, then typeset: the typeset text is made only when the written one does not say `out`.
  return passiveIn(out, source.text) ?? passiveIn(out, typeset(source.text));
}

/** The half of `text` (easierToRead) that `out` says with "on", typeset. */
function passiveIn(out: OutSentence, text: string): string | undefined {
  const { parts, halves, halfRules } = easierToRead(text);
  const i = parts.findIndex((part) => typeset(part) === out.text);
  return i >= 0 && ON_RULE.test(`rule.${halfRules[i]!}`) ? typeset(halves[i]!) : undefined;
}

/**
 * How many of `texts` Yoast reads as passive, counted no further than `most`: an article with that many takes no
 * passive back, whatever the texts left would say (each verdict costs as much as the rest of a sentence's writing).
 */
function passivesUpTo(texts: readonly string[], most: number): number {
  let count = 0;
  for (const text of texts) if (count < most && isPassive(text)) count++;
  return count;
}

/**
 * `blocks` with the source's passives back where they said them with "on", as far as the shares of
 * passive and long sentences (config.passiveShareKept, longShareKept), the words (`wordsMissing`, as the
 * writing counted them: at most 0 stays at most 0) and the uniqueness of sentences allow.
 */
export function keepSourcePassives(blocks: readonly Block[], sentences: readonly Sentence[], wordsMissing: number): readonly Block[] {
  const sources = new Map(sentences.map((s) => [s.id, s]));
  const candidates = blocks.flatMap((block) => (block.type === 'paragraph' ? block.sentences : [])).flatMap((out) => {
    const passive = passiveOf(out, sources);
    return passive === undefined ? [] : [{ out, passive }];
  });
  if (candidates.length === 0) return blocks;
  // The shares over the sentences readability weighs, with the verdicts the writing kept for the article.
  const { texts, total } = weighedSentences(blocks);
  const allowed = { passives: Math.floor(total * config.passiveShareKept), long: Math.floor(total * config.longShareKept) };
  let passives = passivesUpTo(texts, allowed.passives);
  if (passives >= allowed.passives) return blocks;
  // Counted only when a passive would add a long sentence (rarely: "été" takes the place of "on").
  let long: number | undefined;
  let seen: Set<string> | undefined;
  const floor = Math.max(0, wordsMissing);
  let missing = wordsMissing;
  const restored = new Map<OutSentence, OutSentence>();
  for (const { out, passive } of candidates) {
    const addedPassives = Number(isPassive(passive)) - Number(isPassive(out.text));
    const addedLong = Number(isLongSentence(passive)) - Number(isLongSentence(out.text));
    const lessWords = countWordsOf(out.text) - countWordsOf(passive);
    if (passives + addedPassives > allowed.passives || missing + lessWords > floor) continue;
    if (addedLong > 0 && (long ??= texts.filter((text) => isLongSentence(text)).length) + addedLong > allowed.long) continue;
    seen ??= new Set(texts.map(sameKey));
    if (seen.has(sameKey(passive))) continue;
    passives += addedPassives;
    if (long !== undefined) long += addedLong;
    missing += lessWords;
    seen.add(sameKey(passive));
    const template = out.provenance.template.split('+').filter((rule) => !ON_RULE.test(rule)).join('+') || 'source';
    restored.set(out, { text: passive, provenance: { ...out.provenance, template } });
  }
  if (restored.size === 0) return blocks;
  return blocks.map((block) => (block.type === 'paragraph' && block.sentences.some((s) => restored.has(s)) ? { ...block, sentences: block.sentences.map((s) => restored.get(s) ?? s) } : block));
}
