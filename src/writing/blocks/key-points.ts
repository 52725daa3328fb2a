/**
 * Key points: when the other blocks leave the article short of the minimum, the source sentences
 * not restated yet are given once more as short points, in the source's order (main clause, no attribution).
 */
import type { ListItem, Sentence } from '../../types.js';
import type { WriteContext } from '../context.js';
import { canRestate, made } from '../context.js';
import { clauses, dropAttribution, standAlone } from '../reformulate.js';
import { capitalise, countWords } from '../../text.js';
import { typeset } from '../french/index.js';

const LONG_SENTENCE = 25;

/** The sentence without its attribution, cut after its first clauses when it is long. */
function point(context: WriteContext, sentence: Sentence): string | undefined {
  const short = standAlone(dropAttribution(sentence.text, context.facts.get(sentence.id)?.attribution) ?? sentence.text, { quotes: true });
  if (short === undefined) return undefined;
  if (countWords(short) <= LONG_SENTENCE) return short;
  const parts = clauses(short);
  let text = '';
  for (const part of parts) {
    if (text && countWords(text) >= 10) break;
    text = text ? `${text}, ${part}` : part;
  }
  return `${capitalise(text)}.`;
}

export function writeKeyPoints(context: WriteContext, wordsWanted: number): ListItem[] {
  const items: ListItem[] = [];
  let words = 0;
  for (const sentence of context.sentences) {
    if (words >= wordsWanted) break;
    if (sentence.origin !== 'body' || !canRestate(context, sentence.id)) continue;
    const text = point(context, sentence);
    if (!text || !context.guard.accepts(text)) continue;
    context.guard.add(text);
    context.restated.add(sentence.id);
    items.push({ sentence: made(typeset(text), [sentence.id], 'rule.key-point') });
    words += countWords(text);
  }
  return items;
}
