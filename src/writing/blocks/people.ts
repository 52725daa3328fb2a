/**
 * Who's who: each person or organisation with the role the source gives it; names without a
 * stated role get the name the source spells their acronym with, or else the clause of the source that first mentions them.
 */
import type { ListItem, Sentence } from '../../types.js';
import type { WriteContext } from '../context.js';
import { canRestate, made, markRestated } from '../context.js';
import { asContinuation, dropAttribution } from '../reformulate.js';
import { mentioned } from '../refer.js';
import { typeset } from '../french/index.js';
import { escapeRegExp } from '../../text.js';
import { acronymStart } from '../../analysis/entities.js';
import { askedAbout } from './faq.js';
import { mayRestate } from '../readability.js';
import { lefffGender } from '../french/lefff.js';

const MAX_ITEMS = 5;
/** A who's who of one line is no list: below this, nothing is written (and nothing is used up). */
const MIN_ITEMS = 2;

export function writePeople(context: WriteContext, exclude: ReadonlySet<string>): ListItem[] {
  const items: ListItem[] = [];
  const shownTexts: string[] = [];
  /** Whether the line is listed. */
  const add = (label: string, text: string, sources: readonly string[], template: string): boolean => {
    const shown = `${label} : ${text}`;
    if (items.length >= MAX_ITEMS || !context.guard.accepts(shown) || shownTexts.includes(shown) || !mayRestate(context, shown, false)) return false;
    shownTexts.push(shown);
    items.push({ label, sentence: made(typeset(text), sources, template) });
    return true;
  };
  const inFaq = askedAbout(context);
  for (const entity of context.roles) {
    // The FAQ answers "Qui est … ?" for these: one place is enough.
    if (!entity.role || inFaq.includes(entity)) continue;
    const sources = context.sentences.filter((s) => s.text.includes(entity.name)).map((s) => s.id);
    add(entity.name, entity.role, [], 'rule.apposition-role');
    mentioned(context.mentions, entity.name);
  }
  const names = context.names.map((n) => n.name);
  for (const { name, count } of context.names) {
    // Names cited once are not worth a line; "Grand Prix", "Tour Eiffel", opening on a common word, name a thing.
    if ((count < 2 && name.split(' ').length < 2) || exclude.has(name) || lefffGender(name.split(' ')[0]!.toLowerCase()) !== undefined) continue;
    if (context.roles.some((r) => r.name.includes(name) || name.includes(r.name))) continue;
    // "l’Union africaine (UA)": an acronym is described by the name the source spells it with; where the article
    // says that name too often already for the guard, by the first sentence that opens on it.
    const spelt = spelledOut(name, context.sentences);
    if (spelt && add(name, spelt.name, [spelt.sentence], 'rule.acronym-spelt')) continue;
    // The sentence must be about the name: it opens with it (after an article at most).
    const opening = new RegExp(`^(?:Le|La|Les|L’)\\s?${escapeRegExp(name)}(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ſ\\d])`, 'u');
    const opens = (text: string): boolean => text.startsWith(name) || opening.test(text);
    // "Karim Haddad, 34 ans, et Yannick Morvan, 51 ans, avaient chuté…" says what two people did, not who one is.
    const shared = new RegExp(`^(?:(?:Le|La|Les|L’)\\s?)?${escapeRegExp(name)}(?:, [^,]+,)? et\\s`, 'u');
    const sentence = context.sentences.find((s) => s.origin === 'body' && opens(s.text) && !shared.test(s.text) && canRestate(context, s.id));
    if (!sentence) continue;
    const text = dropAttribution(sentence.text, context.facts.get(sentence.id)?.attribution) ?? sentence.text;
    if (items.some((item) => item.sentence.provenance.sources.includes(sentence.id))) continue;
    add(name, asContinuation(text, names) ?? text, [sentence.id], 'rule.first-mention');
  }
  if (items.length < MIN_ITEMS) return [];
  for (const shown of shownTexts) context.guard.add(shown);
  for (const item of items) for (const id of item.sentence.provenance.sources) markRestated(context, id);
  return items;
}

/**
 * The name an acronym stands for, where the source spells it before the acronym in brackets, with its article
 * ("la Commission de régulation de l’énergie (CRE)" → "la Commission de régulation de l’énergie"), and the sentence that does.
 */
function spelledOut(acronym: string, sentences: readonly Sentence[]): { readonly name: string; readonly sentence: string } | undefined {
  if (!/^\p{Lu}{2,8}$/u.test(acronym)) return undefined;
  const bracketed = `(${acronym})`;
  for (const sentence of sentences) {
    const at = sentence.text.indexOf(bracketed);
    if (at < 0) continue;
    const words = sentence.text.slice(0, at).trim().split(' ');
    const start = acronymStart(words, acronym);
    if (start === undefined) continue;
    const article = /^(?:la|le|les)$/iu.test(words[start - 1] ?? '') ? `${words[start - 1]!.toLowerCase()} ` : '';
    const name = `${article}${words.slice(start).join(' ')}`.replace(/^L’/u, 'l’');
    return { name, sentence: sentence.id };
  }
  return undefined;
}
