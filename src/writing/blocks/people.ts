/**
 * Who's who: each person or organisation with the role the source gives it; names without a
 * stated role get the name the source spells their acronym with, or else the sentence of the source that opens on them,
 * said as the name in bold and a relative clause.
 */
import type { ListItem, Sentence } from '../../types.js';
import type { WriteContext } from '../context.js';
import { canRestate, made, markRestated } from '../context.js';
import { clauses, dropAttribution, holdsFiniteVerb } from '../reformulate.js';
import { loadJson } from '../../data.js';
import { fill } from '../templates.js';
import { protect } from '../french/index.js';
import { finiteNumbers } from '../french/verbs.js';
import { mentioned } from '../refer.js';
import { typeset } from '../french/index.js';
import { isSpaceCode, isWordCode } from '../../text.js';
import { acronymSpelling } from '../../analysis/entities.js';
import { askedAbout } from './faq.js';
import { mayRestate } from '../readability.js';
import { lefffGender } from '../french/lefff.js';

interface CutWords {
  readonly clitics: readonly string[];
  readonly verbs: Readonly<Record<'S' | 'P', readonly string[]>>;
}

/** "et", "mais", "puis": a verb after one of them with a subject before it is another subject's ("… et Poke ferme"). */
const COORDINATION = /\s(?:et|mais|puis|or|car|donc)\s/u;

const MAX_ITEMS = 5;
/** A who's who of one line is no list: below this, nothing is written (and nothing is used up). */
const MIN_ITEMS = 2;

export function writePeople(context: WriteContext, exclude: ReadonlySet<string>): ListItem[] {
  const items: ListItem[] = [];
  const shownTexts: string[] = [];
  /** Whether the line is listed. */
  const add = (label: string, text: string, sources: readonly string[], template: string, highlight?: string): boolean => {
    const shown = label ? `${label} : ${text}` : text;
    if (items.length >= MAX_ITEMS || !context.guard.accepts(shown) || shownTexts.includes(shown) || !mayRestate(context, shown, false)) return false;
    shownTexts.push(shown);
    const sentence = made(typeset(text), sources, template);
    items.push(highlight ? { highlight, sentence } : { label, sentence });
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
  for (const { name, count } of context.names) {
    // Names cited once are not worth a line; "Grand Prix", "Tour Eiffel", opening on a common word, name a thing.
    if ((count < 2 && name.split(' ').length < 2) || exclude.has(name) || lefffGender(name.split(' ')[0]!.toLowerCase()) !== undefined) continue;
    if (context.roles.some((r) => r.name.includes(name) || name.includes(r.name))) continue;
    // "l’Union africaine (UA)": an acronym is described by the name the source spells it with; where the article
    // says that name too often already for the guard, by the first sentence that opens on it.
    const spelt = spelledOut(name, context.sentences);
    if (spelt && add(name, spelt.name, [spelt.sentence], 'rule.acronym-spelt')) continue;
    // The sentence must be about the name: it opens with it (after an article at most).
    const opens = (text: string): boolean => text.startsWith(name) || nameStarts(text, name).some((at) => !isWordCode(text.charCodeAt(at + name.length)));
    // "Karim Haddad, 34 ans, et Yannick Morvan, 51 ans, avaient chuté…" says what two people did, not who one is.
    const sharedBy = (text: string): boolean =>
      [...nameStarts(text, name), 0].some((at) => {
        if (!text.startsWith(name, at)) return false;
        const end = at + name.length;
        const comma = text.startsWith(', ', end) ? text.indexOf(',', end + 2) : -1;
        return (comma > end + 2 && saysAnd(text, comma + 1)) || saysAnd(text, end);
      });
    const sentence = context.sentences.find((s) => s.origin === 'body' && opens(s.text) && !sharedBy(s.text) && canRestate(context, s.id));
    if (!sentence) continue;
    const text = dropAttribution(sentence.text, context.facts.get(sentence.id)?.attribution) ?? sentence.text;
    if (items.some((item) => item.sentence.provenance.sources.includes(sentence.id))) continue;
    // "Snapchat : Snapchat s’est hissé…" said the name twice, and the body says the sentence as it is: the line
    // presents the name, in bold, by what the sentence says of it ("Snapchat, qui s’est hissé…").
    const presented = presentedBy(text, name);
    if (!presented) continue;
    const filled = fill(context.chooser, 'people.presented', `people.presented:${sentence.id}`, { subject: presented.subject, predicate: protect(presented.predicate) });
    add('', filled.text, [sentence.id], filled.template, name);
  }
  if (items.length < MIN_ITEMS) return [];
  for (const shown of shownTexts) context.guard.add(shown);
  for (const item of items) for (const id of item.sentence.provenance.sources) markRestated(context, id);
  return items;
}

/** The articles a sentence may open with before a name. */
const NAME_ARTICLES = ['Le', 'La', 'Les', 'L’'];
/** A lower-case letter as the first code point of a text (a literal in the function: created only where a name is presented). */
const opensOnLower = (text: string): boolean => /^\p{Ll}/u.test(text);

/**
 * Where a name may start in a text that opens on it after an article, in the order ^(?:Le|La|Les|L’)\s?name tries
 * them (a space after the article first): read by hand, since a pattern built for each name cost more to compile
 * than all the searches (about 0.6 to 1.6 M instructions each).
 */
function nameStarts(text: string, name: string): number[] {
  const starts: number[] = [];
  for (const article of NAME_ARTICLES) {
    if (!text.startsWith(article)) continue;
    if (isSpaceCode(text.charCodeAt(article.length)) && text.startsWith(name, article.length + 1)) starts.push(article.length + 1);
    if (text.startsWith(name, article.length)) starts.push(article.length);
  }
  return starts;
}

/** Whether " et" and a space are at `at`. */
const saysAnd = (text: string, at: number): boolean => text.startsWith(' et', at) && isSpaceCode(text.charCodeAt(at + 3));

/**
 * What ^((?:(?:Le|La|Les|L’)\s?)?name)(?:(, [^,«»()]+),)? (?=\p{Ll}) finds: the name with its article and its
 * apposition (the subject), and the length of the whole opening, its space included.
 */
function openingOn(sentence: string, name: string): { readonly subject: string; readonly length: number } | undefined {
  for (const at of [...nameStarts(sentence, name), 0]) {
    if (!sentence.startsWith(name, at)) continue;
    const end = at + name.length;
    if (sentence.startsWith(', ', end)) {
      let close = end + 2;
      while (close < sentence.length && !',«»()'.includes(sentence[close]!)) close++;
      if (close > end + 2 && sentence[close] === ',' && sentence[close + 1] === ' ' && opensOnLower(sentence.slice(close + 2, close + 4))) return { subject: sentence.slice(0, close), length: close + 2 };
    }
    if (sentence[end] === ' ' && opensOnLower(sentence.slice(end + 1, end + 3))) return { subject: sentence.slice(0, end), length: end + 1 };
  }
  return undefined;
}

/**
 * A sentence that opens on a name (after its article at most, then an apposition between commas) and goes on
 * with the name's verb, said as the name and a relative clause: "Alva Lindqvist, 22 ans, a séduit avec…" →
 * "Alva Lindqvist, 22 ans, qui a séduit avec…". Undefined where the clause would take in another subject's
 * verb ("…, au bout de 18 mois l’application disparaît", "… et Poke ferme"), which then reads as its own.
 */
export function presentedBy(sentence: string, name: string): { readonly subject: string; readonly predicate: string } | undefined {
  const opening = openingOn(sentence, name);
  if (!opening) return undefined;
  const predicate = sentence.slice(opening.length);
  const { clitics, verbs } = loadJson<CutWords>('lexicon/sentence-cuts.json');
  // Clitics ("n’", "s’", "y", "en") may stand before the verb; the first other word must be a finite verb, not a noun ("l’est").
  const verb = predicate.split(' ').map((w) => w.replace(/^(?:n|s)’/u, '')).find((w) => !clitics.includes(w));
  if (verb === undefined || finiteNumbers(verb).length === 0 || (lefffGender(verb) !== undefined && !verbs.S.includes(verb) && !verbs.P.includes(verb))) return undefined;
  const [first = '', ...others] = clauses(predicate);
  if ([...first.split(COORDINATION).slice(1), ...others].some((part) => holdsFiniteVerb(part))) return undefined;
  return { subject: opening.subject, predicate };
}

/**
 * The name an acronym stands for, where the source spells it before the acronym in brackets, with its article
 * ("la Commission de régulation de l’énergie (CRE)" → "la Commission de régulation de l’énergie"), and the sentence that does.
 */
function spelledOut(acronym: string, sentences: readonly Sentence[]): { readonly name: string; readonly sentence: string } | undefined {
  for (const sentence of sentences) {
    const spelt = acronymSpelling(acronym, sentence.text);
    if (spelt === undefined) continue;
    const { words, start } = spelt;
    const article = /^(?:la|le|les)$/iu.test(words[start - 1] ?? '') ? `${words[start - 1]!.toLowerCase()} ` : '';
    const name = `${article}${words.slice(start).join(' ')}`.replace(/^L’/u, 'l’');
    return { name, sentence: sentence.id };
  }
  return undefined;
}
