/**
 * Key points: when the other blocks leave the article short of the minimum, the source sentences
 * not restated yet are given once more as short points, in the source's order (main clause, no attribution).
 */
import type { ListItem } from '../../types.js';
import type { WriteContext } from '../context.js';
import { canRestate, made, markRestated } from '../context.js';
import { asContinuation, shortened, speakerOnly, speaksInFirstPerson, withoutContrastAdverb } from '../reformulate.js';
import { countWords, fold } from '../../text.js';
import { typeset } from '../french/index.js';
import { easiestForm, mayRestate, readableFirst, readsEasily } from '../readability.js';
import { fill } from '../templates.js';
import { protect } from '../french/index.js';

/** A list of one point is no list. */
const MIN_ITEMS = 2;

/**
 * A point that opens on a quotation lost who said it with the attribution: it names the speaker again
 * ("Selon le Brésilien, « C’est un rêve… »"; "Le chef : « Je pense… »" for words in the first person), or it
 * is no point (a quotation alone speaks for no one). So does a point that quotes words further on ("… sera
 * examinée « dans les plus brefs délais », a assuré la préfecture": "Selon la préfecture, on examinera…"), which
 * would otherwise state as a fact what someone promised.
 */
function withSpeaker(context: WriteContext, text: string, attribution: string | undefined, id: string): { readonly text: string; readonly template: string } | undefined {
  const opensOnQuote = text.startsWith('«');
  if (!opensOnQuote && !text.includes('«')) return { text, template: 'rule.key-point' };
  if (!attribution) return opensOnQuote ? undefined : { text, template: 'rule.key-point' };
  const speaker = speakerOnly(attribution);
  if (!opensOnQuote && fold(text).includes(fold(speaker))) return { text, template: 'rule.key-point' };
  const quote = opensOnQuote ? text : asContinuation(text, context.names.map((n) => n.name));
  if (quote === undefined) return undefined;
  // "Selon la réalisatrice, « Je dédie… »" mixes two persons: a quotation in the first person follows its speaker and a colon.
  const template = opensOnQuote && speaksInFirstPerson(text.replace(/[«»]/gu, ' ')) ? 'keyPoint.quoted.firstPerson' : 'keyPoint.quoted';
  const filled = fill(context.chooser, template, `key-point:${id}`, { source: speaker, quote: protect(quote) });
  return { text: filled.text, template: `rule.key-point/${filled.template}` };
}

export function writeKeyPoints(context: WriteContext, wordsWanted: number): ListItem[] {
  const chosen: { index: number; text: string; item: ListItem }[] = [];
  let words = 0;
  const points = context.sentences
    .map((sentence, index) => {
      const attribution = context.facts.get(sentence.id)?.attribution;
      const short = shortened(sentence.text, attribution, { quotes: true });
      const point = short === undefined ? undefined : withSpeaker(context, easiestForm(short), attribution, sentence.id);
      return { sentence, index, text: point?.text, template: point?.template ?? 'rule.key-point' };
    })
    .filter((p) => p.sentence.origin === 'body' && p.text !== undefined && canRestate(context, p.sentence.id));
  // The points that read easily go first; the list keeps the source's order.
  for (const { sentence, index, text, template } of readableFirst(points, (p) => p.text!)) {
    if (words >= wordsWanted || (context.strictFill && !readsEasily(text!))) break;
    if (!text || !mayRestate(context, text, context.strictFill) || !context.guard.accepts(text) || chosen.some((c) => c.text === text)) continue;
    // A point is read out of its paragraph: a contrast adverb ("ont toutefois relevé") would contrast with nothing.
    // It goes once the point is chosen, which the points chosen do not change.
    const point = withoutContrastAdverb(text);
    chosen.push({ index, text: point, item: { sentence: made(typeset(point), [sentence.id], template) } });
    words += countWords(text);
  }
  if (chosen.length < MIN_ITEMS) return [];
  chosen.sort((a, b) => a.index - b.index);
  const items = chosen.map((c) => c.item);
  const texts = chosen.map((c) => c.text);
  for (const text of texts) context.guard.add(text);
  for (const item of items) for (const id of item.sentence.provenance.sources) markRestated(context, id);
  return items;
}
