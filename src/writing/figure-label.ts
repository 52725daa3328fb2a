/**
 * A key figure under its label says its figure once: "7,7 % : la progression, de 7,7 %, est plus faible…" read the
 * figure twice; "7,7 % : la progression est plus faible…" reads it once. The item's text loses the phrase that only
 * restates the label, when that phrase is one the sentence reads well without (lexicon/figures.json, label*).
 */
import type { NumberFact } from '../types.js';
import { loadJson } from '../data.js';
import { alternativesOf, capitalise, indexOfFigure, lazyPattern } from '../text.js';

interface LabelLexicon {
  readonly labelAppositions: readonly string[];
  readonly labelComplements: readonly string[];
  readonly labelDurations: readonly string[];
  readonly labelDates: readonly string[];
  readonly labelLocutions: readonly string[];
  readonly labelTimeParticiples: readonly string[];
  readonly labelMeasures: readonly string[];
  readonly labelFollowers: readonly string[];
  readonly labelRates: readonly string[];
  readonly labelMeasureAppositions: readonly string[];
}

interface LabelPatterns {
  readonly approximation: RegExp;
  readonly apposition: RegExp;
  readonly introduced: RegExp;
  readonly follows: RegExp;
  readonly rate: RegExp;
  readonly locutions: ReadonlySet<string>;
  readonly measures: ReadonlySet<string>;
  readonly lexicon: LabelLexicon;
}

/** ", d’un coût", ", pour une livraison": an apposition left without the figure that completed its noun. */
const DANGLING_APPOSITION = lazyPattern(() => /,\s(?:d’une?|pour une?)\s([\p{L}-]+)$/u);

let patterns: LabelPatterns | undefined;

/** Words as a pattern, each followed by a space, except an elided one ("de ", "d’"); a list without one matches nothing. */
function spaced(list: readonly string[], space: string): string {
  const elided = list.filter((w) => w.endsWith('’'));
  const whole = list.filter((w) => !w.endsWith('’'));
  return [...(whole.length ? [`(?:${alternativesOf(whole)})${space}`] : []), ...(elided.length ? [`(?:${alternativesOf(elided)})`] : []), '(?!)'].join('|');
}

function patternsOf(): LabelPatterns {
  const lexicon = loadJson<LabelLexicon>('lexicon/figures.json');
  const { approximations } = loadJson<{ readonly approximations: readonly string[] }>('lexicon/numbers.json');
  const all = [...lexicon.labelComplements, ...lexicon.labelDurations, ...lexicon.labelDates];
  return {
    // "d’environ 3 %", "pendant près de vingt-quatre heures": the word that says how exact the figure is goes with it.
    approximation: new RegExp(`(?:^|\\s|’)((?:${alternativesOf(approximations)})\\s?)$`, 'iu'),
    apposition: new RegExp(`,\\s(?:${spaced(lexicon.labelAppositions, '\\s')})$`, 'u'),
    introduced: new RegExp(`(?:^|\\s)([\\p{L}’-]+)\\s(${spaced(all, '\\s')})$`, 'u'),
    // What may follow the cut: the end of the sentence or of a phrase, or a word that opens a phrase of its own.
    follows: new RegExp(`^(?:\\.?$|,\\s|\\s(?:${spaced(lexicon.labelFollowers, '(?=\\s)')}))`, 'u'),
    // "1,89 euro le litre", "150 euros par mois": what the figure is a rate of goes with it.
    rate: new RegExp(`^\\s(?:${alternativesOf(lexicon.labelRates)})(?![\\p{L}’-])`, 'iu'),
    locutions: new Set(lexicon.labelLocutions),
    measures: new Set(lexicon.labelMeasures),
    lexicon,
  };
}

/** Whether the figure measures (a share, an amount, a length, a duration) rather than counts things ("25 communes"). */
function measures(number: NumberFact, units: ReadonlySet<string>): boolean {
  if (number.of !== undefined) return false;
  if (number.kind === 'percent' || number.kind === 'amount') return true;
  return units.has(number.text.split(/\s+/u).at(-1)!.toLowerCase());
}

/** Whether the figure is a date or a range of dates ("du 3 au 12 septembre 2027", whose first end is a bare day). */
function isDated(number: NumberFact, figure: string): boolean {
  if (number.kind === 'date' || number.kind === 'year') return true;
  const lower = figure.toLowerCase();
  return number.range !== undefined && loadJson<{ readonly months: readonly string[] }>('lexicon/dates.json').months.some((m) => lower.includes(m));
}

/** Whether the word before a date or a length of time reads well without it: "aura lieu", not "prévue" nor "depuis". */
function mayLoseTime(before: string, p: LabelPatterns): boolean {
  const word = before.toLowerCase();
  return !p.locutions.has(word) && !p.lexicon.labelTimeParticiples.some((end) => word.endsWith(end));
}

/** Whether the word that introduces the figure may go with it, given the figure's kind. */
function mayGo(word: string, before: string, number: NumberFact, p: LabelPatterns): boolean {
  const introduced = word.trim();
  // "aura lieu le 6 juin" → "aura lieu"; never "la rentrée, prévue le 1ᵉʳ septembre" → "prévue".
  if (p.lexicon.labelDates.includes(introduced)) return (number.kind === 'date' || number.kind === 'year') && mayLoseTime(before, p);
  // "a dirigé la commune pendant dix-neuf ans" → "a dirigé la commune"; after a participle, the length is what the verb says.
  if (p.lexicon.labelDurations.includes(introduced)) return p.measures.has(number.text.split(/\s+/u).at(-1)!.toLowerCase()) && mayLoseTime(before, p);
  // "une inéligibilité de trois ans", "en repli de 7,45 %": a measure's complement; never "à hauteur de", "proche de".
  return !p.locutions.has(before.toLowerCase()) && measures(number, p.measures);
}

/**
 * The item's text without the phrase that restates its figure, and the label with the figure as that phrase said it
 * ("Environ 3 %" of "a reculé d’environ 3 %"); undefined when the sentence cannot lose it and read well.
 */
export function saidOnce(text: string, number: NumberFact, figure: string): { text: string; label: string } | undefined {
  const p = (patterns ??= patternsOf());
  const at = indexOfFigure(text, figure);
  if (at < 0) return undefined;
  const after = text.slice(at + figure.length);
  // Without the figure, its rate would stay behind alone ("avait atteint un pic le litre").
  if (!p.follows.test(after) || p.rate.test(after)) return undefined;
  // "passe de 89,9 % à 88,1 %": the figure is where a change starts; "l’annulation de 40 % des vols": a share of what follows.
  if (/^\s(?:à|au|aux|et)\s+(?:\d|\p{L}+\s+\d)/u.test(after) || (number.kind === 'percent' && /^\s(?:des|du|de|d’)/u.test(after))) return undefined;
  let before = text.slice(0, at);
  const approximate = p.approximation.exec(before)?.[1] ?? '';
  before = before.slice(0, before.length - approximate.length);
  const label = capitalise(`${approximate}${figure}`);
  // "la progression, de 7,7 %, est" → "la progression est"; "proche de son record, à 68,9 %." → "proche de son record."
  const apposition = p.apposition.exec(before);
  // "…du classement, à six points du leader": the figure's own complement would be left to the noun before it
  // ("…du classement du leader"), which it does not complete.
  if (apposition && /^\s(?:du|de|des|d’)\s?\p{L}/u.test(after)) return undefined;
  if (apposition) return { text: before.slice(0, apposition.index) + after.replace(/^,/u, ''), label };
  // "la 79ᵉ édition aura lieu du 3 au 12 septembre 2027": a range of dates says its own "du" or "entre".
  const wordBefore = /([\p{L}’-]+),?\s$/u.exec(before)?.[1];
  if (isDated(number, figure) && /^(?:du|entre|de)\s/u.test(figure) && wordBefore !== undefined && mayLoseTime(wordBefore, p)) return { text: before.replace(/,?\s$/u, '') + after, label };
  const introduced = p.introduced.exec(before);
  if (!introduced || !mayGo(introduced[2]!, introduced[1]!, number, p)) return undefined;
  // Only the introducing word goes, with the space before it; and the noun it completes when that noun opened an
  // apposition that says nothing without the figure (", d’un coût de 4,5 millions d’euros" left ", d’un coût").
  const cut = before.length - introduced[2]!.length - 1;
  const head = before.slice(0, cut);
  const dangling = DANGLING_APPOSITION().exec(head);
  // One that names a measure goes too, the label saying it; any other would say nothing, or mislead (", pour une livraison").
  if (dangling !== null && !p.lexicon.labelMeasureAppositions.includes(dangling[1]!)) return undefined;
  return { text: (dangling === null ? head : head.slice(0, dangling.index)) + after, label };
}
