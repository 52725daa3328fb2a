/**
 * Key points: when the other blocks leave the article short of the minimum, the source sentences
 * not restated yet are given once more as short points, in the source's order (main clause, no attribution).
 */
import type { ListItem } from '../../types.js';
import type { WriteContext } from '../context.js';
import { canRestate, made, markRestated } from '../context.js';
import { shortened } from '../reformulate.js';
import { countWords } from '../../text.js';
import { typeset } from '../french/index.js';

/** A list of one point is no list. */
const MIN_ITEMS = 2;

export function writeKeyPoints(context: WriteContext, wordsWanted: number): ListItem[] {
  const items: ListItem[] = [];
  const texts: string[] = [];
  let words = 0;
  for (const sentence of context.sentences) {
    if (words >= wordsWanted) break;
    if (sentence.origin !== 'body' || !canRestate(context, sentence.id)) continue;
    const text = shortened(sentence.text, context.facts.get(sentence.id)?.attribution, { quotes: true });
    if (!text || !context.guard.accepts(text) || texts.includes(text)) continue;
    texts.push(text);
    items.push({ sentence: made(typeset(text), [sentence.id], 'rule.key-point') });
    words += countWords(text);
  }
  if (items.length < MIN_ITEMS) return [];
  for (const text of texts) context.guard.add(text);
  for (const item of items) for (const id of item.sentence.provenance.sources) markRestated(context, id);
  return items;
}
