/** A source sentence opened by an additive connector: "Par ailleurs, le chef d’OpenAI…", "Notons qu’il…". */
import type { OutSentence, Sentence } from '../types.js';
import type { WriteContext } from './context.js';
import { made } from './context.js';
import { asContinuation, withoutContextOpener } from './reformulate.js';
import { fill } from './templates.js';
import { loadJson } from '../data.js';
import { escapeRegExp } from '../text.js';
import { protect } from './french/index.js';
import { easierToRead, isActiveVoiceRule } from './readability.js';

interface Connector { readonly id: string; readonly text: string; readonly form: 'prefix' | 'colon' | 'que' }
interface ConnectorLexicon { readonly connectors: readonly Connector[]; readonly frontedPrepositions: readonly string[] }

let fronted: RegExp | undefined;

/**
 * "d’un montant total de 612 millions d’euros, il a été voté…": a sentence that opens on a phrase set off by a
 * comma before its subject, which "Précisons que" would read as its clause (lexicon/connectors.json frontedPrepositions).
 */
function opensOnFrontedPhrase(rest: string): boolean {
  fronted ??= new RegExp(`^(?:${loadJson<ConnectorLexicon>('lexicon/connectors.json').frontedPrepositions.map(escapeRegExp).join('|')})(?:\\s|(?<=’))[^,«»]*,\\s`, 'iu');
  return fronted.test(rest);
}

/** The sentence with a connector chosen for `slot`, or undefined when its first word cannot follow one. */
export function connect(context: WriteContext, sentence: Sentence, slot: string): OutSentence | undefined {
  // A sentence that already opens on a connector ("En fait, …") takes no second one.
  if (/^[«\d]/u.test(sentence.text) || withoutContextOpener(sentence.text) !== sentence.text) return undefined;
  // "Ajoutons que la France ne l’a jamais prêtée": the active voice when the sentence has it in one piece.
  const { parts, rules } = easierToRead(sentence.text);
  const active = parts.length === 1 ? rules.find(isActiveVoiceRule) : undefined;
  const rest = asContinuation(active !== undefined ? parts[0]! : sentence.text, context.names.map((n) => n.name));
  if (rest === undefined) return undefined;
  const { connectors } = loadJson<ConnectorLexicon>('lexicon/connectors.json');
  // A fronted phrase takes a connector before a comma or a colon, not "que".
  const connector = context.chooser.pick(slot, opensOnFrontedPhrase(rest) ? connectors.filter((c) => c.form !== 'que') : connectors, 'connector');
  const separator = { prefix: ', ', colon: ' : ', que: ' ' }[connector.form];
  const filled = fill(context.chooser, 'connector.any', slot, { sentence: `${connector.text}${separator}${protect(rest)}` });
  return made(filled.text, [sentence.id], `${active !== undefined ? `${active}/` : ''}connector:${connector.id}`);
}
