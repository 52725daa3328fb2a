/** Key figures: each sentence with numbers gives one item, the clause that holds the figure. */
import type { Entity, ListItem, NumberFact, Sentence } from '../../types.js';
import type { WriteContext } from '../context.js';
import { citedAs } from '../../analysis/numbers.js';
import { canRestate, made, markRestated } from '../context.js';
import { asContinuation, clauseAround, dropAttribution, namedBeforeDefinitely, shortened, standsAlone, withoutContrastAdverb, withoutDemonstratives } from '../reformulate.js';
import { easiestForm, mayRestate, readsEasily } from '../readability.js';
import { capitalise, holdsFigure, indexOfFigure } from '../../text.js';
import { saidOnce } from '../figure-label.js';
import { typeset } from '../french/index.js';
import { loadJson } from '../../data.js';
import { pointsBackByClass, storyWords } from '../class-anaphor.js';
import { withNamedSubject } from '../named-subject.js';
import { keptForArticle } from '../../remember.js';

const MAX_ITEMS = 8;

/** An item's text, under its figure as a label or not; `repeats` when the text says the label's figure again. */
interface FigureItem {
  readonly text: string;
  readonly label?: string;
  readonly repeats?: boolean;
  /** The item that repeats its figure, for when this one cannot go in. */
  readonly instead?: FigureItem;
}

const same = (a: string, b: string): boolean =>
  a.replace(/[^A-Za-zÀ-ÖØ-öø-ÿĀ-ſ0-9]+/gu, '') === b.replace(/[^A-Za-zÀ-ÖØ-öø-ÿĀ-ſ0-9]+/gu, '');

/** The sentence before `sentence` in its paragraph, or nothing. */
function previousOf(context: WriteContext, sentence: Sentence): string {
  const previous = context.sentences[context.sentences.indexOf(sentence) - 1];
  return previous !== undefined && previous.paragraph === sentence.paragraph && previous.origin === sentence.origin ? previous.text : '';
}

const people = keptForArticle<WriteContext, readonly Entity[]>();
/** The text's names, with the role the source gives where it gives one: worked out once per article. */
function peopleOf(context: WriteContext): readonly Entity[] {
  let found = people.get(context);
  if (found === undefined) {
    const roles = new Set(context.roles.map((entity) => entity.name));
    found = [...context.roles, ...context.names.filter((n) => !roles.has(n.name)).map((n): Entity => ({ name: n.name }))];
    people.set(context, found);
  }
  return found;
}

/**
 * The clause holding the figure; when that is the whole sentence, the sentence without its
 * attribution; failing that, the sentence under the figure as a label (never the sentence alone again),
 * saying the figure once (figure-label.ts).
 */
function fullItem(context: WriteContext, sentence: Sentence, number: NumberFact): FigureItem | undefined {
  const before = previousOf(context, sentence);
  // Out of its paragraph, "Il avait dirigé…" points at nothing: the person the sentence before opens on.
  const own = withNamedSubject(sentence.text, before, peopleOf(context)) ?? sentence.text;
  const clause = clauseAround(own, number.text);
  if (!clause) return undefined;
  // Out of its paragraph, "ces pièces" points at nothing: "des pièces", as the sentence before says "les pièces".
  if (!same(clause, own)) return { text: `${capitalise(namedBeforeDefinitely(clause, before))}.` };
  const short = dropAttribution(own, context.facts.get(sentence.id)?.attribution);
  // "« Je connais bien leurs tireuses », a confié la gardienne, âgée de 34 ans": without its attribution
  // the sentence may lose the figure; a key figure states its figure.
  if (short !== undefined && holdsFigure(short, number.text)) return { text: namedBeforeDefinitely(short, before) };
  // Under a label, a quotation would be said twice; a key figure is no quotation.
  if (/«[^»]*»/u.test(own)) return undefined;
  // One end of a range is labelled with the whole range ("Entre 450 et 600 millions d’euros"), never alone; nor
  // is one end of a span that may say a change ("de 110 à 210 euros").
  const figure = citedAs(number);
  if (figure === undefined) return undefined;
  // "Deux personnes : deux personnes ont trouvé la mort", "19 ans : à 19 ans, l’ailier…": a label the sentence opens on says the figure twice.
  if (opensOn(own, figure)) return undefined;
  // "23 : la liste obtient 23 des 33 sièges": a number without its unit says nothing as a label.
  if (/^[\d\s\u00A0\u202F.,]+$/u.test(figure)) return undefined;
  // Under a label, the sentence goes on after a colon: no capital unless it starts with a name.
  const text = namedBeforeDefinitely(asContinuation(own, context.names.map((n) => n.name)) ?? own, before);
  // "7,7 % : la progression, de 7,7 %, est…" said the figure twice: the text says it no more where it reads well
  // without it ("la progression est…"); where it cannot ("64 vols : l’aéroport a annulé 64 vols"), the item repeats.
  return saidOnce(text, number, figure) ?? { text, label: capitalise(figure), repeats: true };
}

/** The most words before a sentence's first comma ("À 19 ans,", "l’entrée coûte 12 euros,") within which a label would be read twice. */
const MAX_OPENING_WORDS = 5;

/** Whether `sentence` opens on `figure`: at its start, or in the short phrase before its first comma. */
function opensOn(sentence: string, figure: string): boolean {
  const text = sentence.toLowerCase();
  const wanted = figure.toLowerCase();
  if (text.startsWith(wanted)) return true;
  // The first comma that sets a phrase off, not the one of a decimal ("3,5 millions").
  const opening = /^[^,]*?(?:\d,\d[^,]*?)*(?=, )/u.exec(text)?.[0];
  return opening !== undefined && opening.split(/\s+/u).length <= MAX_OPENING_WORDS && opening.includes(wanted);
}

let timeBackReference: RegExp | undefined;

/**
 * "Les vents soufflaient alors à 230 km/h": out of its paragraph, the item places its fact at a time it does not say
 * (lexicon/connectors.json timeBackReferences), unless it holds a date of its own ("En novembre 2013, Facebook tente de
 * racheter Snapchat, valorisé alors à 800 millions de dollars").
 */
function pointsBackInTime(context: WriteContext, sentence: Sentence, text: string): boolean {
  timeBackReference ??= new RegExp(`(?<![\\p{L}’-])(?:${loadJson<{ readonly timeBackReferences: readonly string[] }>('lexicon/connectors.json').timeBackReferences.join('|')})(?![\\p{L}’-])(?! que\\b| qu’)`, 'iu');
  if (!timeBackReference.test(text.replace(/«[^»]*»/gu, ' '))) return false;
  return !(context.facts.get(sentence.id)?.numbers ?? []).some((n) => (n.kind === 'date' || n.kind === 'year') && text.includes(n.text));
}

/** A key figure's item, unless it points back at a time its paragraph said (pointsBackInTime). */
function figureItem(context: WriteContext, sentence: Sentence, number: NumberFact): FigureItem | undefined {
  const item = readableItem(context, sentence, number);
  return item && !pointsBackInTime(context, sentence, item.text) ? item : undefined;
}

/**
 * A list item restates: it must read easily (short, active). A long one gives way to the sentence's
 * short form when that still holds the figure; otherwise the figure stays in its section only.
 */
function readableItem(context: WriteContext, sentence: Sentence, number: NumberFact): FigureItem | undefined {
  const full = fullItem(context, sentence, number);
  // "Une centaine d’évêques et 1 500 prêtres y participeront": out of its paragraph, a pronoun that stands for what
  // the sentence before said points at nothing; the figure stays in its section.
  // So does a subject named by its class ("l’organisation réclame…": which one?), unless the story is of that class.
  const item = full === undefined || (standsAlone(capitalise(full.text), { quotes: true }) && !pointsBackByClass(capitalise(full.text), storyWords(context))) ? full : undefined;
  // An item that repeats its figure gives way to a short form that says it once.
  if (item && !item.repeats && readsEasily(item.text, item.label ? countLabel(item.label) : 0)) return item;
  const shortForm = shortened(sentence.text, context.facts.get(sentence.id)?.attribution);
  const short = shortForm === undefined ? undefined : easiestForm(shortForm);
  // An article short of words keeps the long item rather than lose the figure, within the bounds of its readability.
  const kept = item && mayRestate(context, item.text, context.strict, item.label ? countLabel(item.label) : 0) ? item : undefined;
  // A short form may still be the body's sentence again (the guard says so): the repeating item stays in reserve.
  if (short !== undefined && holdsFigure(short, number.text) && readsEasily(short)) return kept?.repeats ? { text: short, instead: kept } : { text: short };
  return kept;
}

const countLabel = (label: string): number => label.split(/\s+/).length;

let numberingNouns: ReadonlySet<string> | undefined;

/**
 * "Ligue 1", "Formule 1", "Airbus A320": a bare number after a capitalised word is part of a name, not a figure;
 * so is one after a definite article ("appeler le 15") or a noun that numbers things ("l’article 9", "la ligne 14": lexicon/markers.json, numberingNouns).
 */
function partOfName(text: string, number: NumberFact): boolean {
  if (number.kind !== 'count' || /\p{L}/u.test(number.text.replace(number.value, ''))) return false;
  const at = indexOfFigure(text, number.text);
  if (at <= 0) return false;
  const before = text.slice(Math.max(0, at - 30), at);
  if (/(?:^|\s)\p{Lu}[\p{L}-]*\s$/u.test(before)) return true;
  // "appeler le 15", "sur la 5": a bare number after a definite article names a number or a channel; it counts nothing.
  if (/(?:^|[\s(])(?:le|la)\s$/iu.test(before)) return true;
  numberingNouns ??= new Set(loadJson<{ readonly numberingNouns: readonly string[] }>('lexicon/markers.json').numberingNouns);
  const noun = /(?:^|[\s’])([\p{L}°]+)\s$/u.exec(before)?.[1];
  return noun !== undefined && numberingNouns.has(noun.toLowerCase());
}

/**
 * The figure an item bolds: a span whole ("Entre 20 heures et 8 heures", "8 à 10 centimes", "4 à 3"), as the
 * item writes it, or nothing when the item holds only part of it (never "**8** à 10 centimes").
 */
function highlightOf(text: string, number: NumberFact): { highlight?: string } {
  if (number.span === undefined) return { highlight: typeset(number.text) };
  const range = typeset(number.range ?? number.span);
  const at = text.toLowerCase().indexOf(range.toLowerCase());
  return at >= 0 ? { highlight: text.slice(at, at + range.length) } : {};
}

export interface KeyFigures {
  readonly items: ListItem[];
  /** Whether an item that says its figure twice was left out (see writeKeyFigures). */
  readonly leftOut: boolean;
}

/**
 * The items of the figures of `kinds`. One that says its figure twice ("64 vols : l’aéroport a annulé 64 vols")
 * restates a sentence the body holds as it is: it is left out, unless it is all the list would hold (its section
 * would go, and the words and short sentences it gives the article), the article is short of words (a level that
 * is not strict), or `keepRepeated` (a body that would fall short of words without them; a timeline, whose dates
 * order the facts: one left out would misstate where the chronology starts or ends).
 */
export function writeKeyFigures(context: WriteContext, kinds: readonly NumberFact['kind'][], keepRepeated = false): KeyFigures {
  const items: ListItem[] = [];
  let leftOut = 0;
  const seen = new Set<string>();
  let spare: { sentence: Sentence; numbers: readonly NumberFact[]; found: FigureItem } | undefined;
  const take = (sentence: Sentence, numbers: readonly NumberFact[], found: FigureItem): boolean => {
    // "la fréquentation a en revanche reculé d’environ 3 %", "l’acquisition de ces immenses étendues": out of its
    // paragraph, the item contrasts with nothing and points at nothing (rules drop-contrast-adverb, definite-article).
    const text = withoutDemonstratives(withoutContrastAdverb(found.text));
    if (text === undefined) return false;
    const item = { ...found, text };
    const shown = item.label ? `${item.label} : ${item.text}` : item.text;
    if (!context.guard.accepts(shown)) return false;
    context.guard.add(shown);
    markRestated(context, sentence.id);
    const out = made(typeset(item.text), [sentence.id], item.label ? 'rule.figure-label' : 'rule.figure-clause');
    for (const n of numbers) if (holdsFigure(shown, n.text)) seen.add(n.value);
    items.push(item.label ? { label: typeset(item.label), sentence: out } : { sentence: out, ...highlightOf(out.text, numbers[0]!) });
    return true;
  };
  // The bullets already open the article as they are: a figure comes from the body first.
  const bodyFirst = [...context.sentences.filter((s) => s.origin !== 'bullet'), ...context.sentences.filter((s) => s.origin === 'bullet')];
  for (const sentence of bodyFirst) {
    if (items.length >= MAX_ITEMS) break;
    // matchAll clones its pattern: a sentence without « has no quotation to look for.
    const quoted = sentence.text.includes('«') ? [...sentence.text.matchAll(/«[^»]*»/gu)].map((m) => m[0]).join(' ') : '';
    // A figure inside a quotation or a title ("La Petite danseuse de quatorze ans") is not a key figure; nor is a count
    // that is a reference ("le joueur de 23 ans", "100 000 habitants" of a rate, "trente ans plus tard"), which
    // measures nothing of the news. A target stays ("l’objectif de ramener le déficit à 5,4 %"): its item states it.
    const numbers = (context.facts.get(sentence.id)?.numbers ?? []).filter((n) => kinds.includes(n.kind) && !(n.reference && n.kind === 'count') && !seen.has(n.value) && !holdsFigure(quoted, n.text) && !partOfName(sentence.text, n));
    const number = numbers[0];
    if (!number) continue;
    const found = canRestate(context, sentence.id) ? figureItem(context, sentence, number) : undefined;
    if (!found) continue;
    const repeating = found.repeats ? found : take(sentence, numbers, found) ? undefined : found.instead;
    // An article that fell short of words at the strict levels keeps it, as it keeps a long item: else the fill
    // says its sentence a third time ("Il ressort notamment que…").
    if (repeating && (keepRepeated || !context.strict)) take(sentence, numbers, repeating);
    else if (repeating) {
      spare ??= { sentence, numbers, found: repeating };
      leftOut++;
    }
  }
  if (items.length === 0 && spare && take(spare.sentence, spare.numbers, spare.found)) leftOut--;
  return { items, leftOut: leftOut > 0 };
}

interface DateLexicon { readonly months: readonly string[] }

/** A sortable key for "18 septembre 2012", "avril 2013", "2012" (a date without a year sorts last). */
export function dateKey(text: string): number {
  const { months } = loadJson<DateLexicon>('lexicon/dates.json');
  const lower = text.toLowerCase();
  const year = Number(/\b(1[0-9]{3}|20[0-9]{2})\b/.exec(lower)?.[1] ?? Number.POSITIVE_INFINITY);
  const month = months.findIndex((m) => lower.includes(m)) + 1;
  const day = Number(/^(\d{1,2})(?:er)?\s/.exec(lower)?.[1] ?? 0);
  return year * 10_000 + month * 100 + day;
}

/** The timeline: the dated facts of the source, in the order of their dates. */
export function writeTimeline(context: WriteContext): ListItem[] {
  const { items } = writeKeyFigures(context, ['date', 'year'], true);
  return calendarOrder(items.map((item) => item.label ?? item.highlight ?? '')).map((index) => items[index]!);
}

/**
 * The indexes of the dates that a timeline lists, in the order of the calendar. "le 3 avril" among years has no
 * place in their order: sorted last, it made "de 2026 au 3 avril" of an exhibition of April 2025, so it is left
 * out. Dates that all lack their year keep the source's order.
 */
export function calendarOrder(dates: readonly string[]): number[] {
  const keyed = dates.map((date, index) => ({ index, key: dateKey(date) }));
  const placed = keyed.some(({ key }) => Number.isFinite(key)) ? keyed.filter(({ key }) => Number.isFinite(key)) : keyed;
  return placed.sort((a, b) => a.key - b.key || a.index - b.index).map(({ index }) => index);
}
