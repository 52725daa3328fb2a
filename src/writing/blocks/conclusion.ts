/** Conclusion: the lead facts recapped; a look ahead only when the source itself speaks of the future. */
import type { OutSentence, Sentence } from '../../types.js';
import type { WriteContext } from '../context.js';
import { made, tryAdd } from '../context.js';
import { asContinuation, shortened } from '../reformulate.js';
import { fill, joinList } from '../templates.js';
import { protect } from '../french/index.js';

function recap(context: WriteContext, id: string, sentence: Sentence): OutSentence | undefined {
  const short = shortened(sentence.text, context.facts.get(sentence.id)?.attribution);
  if (short === undefined) return undefined;
  const rest = asContinuation(short, context.names.map((n) => n.name));
  if (rest === undefined) return undefined;
  const filled = fill(context.chooser, id, `${id}:${sentence.id}`, { sentence: protect(rest) });
  return tryAdd(context, made(filled.text, [sentence.id], filled.template), sentence.id);
}

export function writeConclusion(context: WriteContext): OutSentence[] {
  const out: OutSentence[] = [];
  const candidates = context.sentences.filter((s) => s.origin === 'bullet').concat(context.sentences.filter((s) => s.origin === 'body'));
  for (const sentence of candidates) {
    const line = recap(context, 'conclusion.recap', sentence);
    if (line) {
      out.push(line);
      break;
    }
  }
  const names = context.names.slice(0, 3);
  if (names.length >= 2) {
    const filled = fill(context.chooser, 'conclusion.actors', 'conclusion.actors', { list: joinList(names.map((n) => n.display)) });
    const added = tryAdd(context, made(filled.text, [], filled.template));
    if (added) out.push(added);
  }
  const future = [...context.sentences].reverse().find((s) => s.origin === 'body' && context.facts.get(s.id)?.future && !out.some((o) => o.provenance.sources.includes(s.id)));
  if (future) {
    const ahead = recap(context, 'conclusion.future', future);
    if (ahead) out.push(ahead);
  }
  context.chooser.nextParagraph();
  return out;
}
