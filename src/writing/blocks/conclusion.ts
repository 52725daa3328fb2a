/** Conclusion: the lead facts recapped (from the bullets and the body's first part); a look ahead only when the source itself speaks of the future. */
import type { OutSentence, Sentence } from '../../types.js';
import type { WriteContext } from '../context.js';
import { listableNames, made, tryAdd } from '../context.js';
import { asContinuation, holdsFiniteVerb, shortened, standsAlone, withoutDemonstratives } from '../reformulate.js';
import { loadJson } from '../../data.js';
import { pointsBackByClass, storyWords } from '../class-anaphor.js';
import { isFuture } from '../../analysis/facts.js';
import { fill, joinList } from '../templates.js';
import { protect } from '../french/index.js';
import { easiestForm, firstReadable, mayRestate, readableFirst } from '../readability.js';
import { sentenceKey } from '../guard.js';

/** "Pour conclure," and the like open the recap: two words. */
const RECAP_WORDS = 2;

/** The share of the body, from its start, whose sentences hold the lead facts that the recap says again. */
const LEAD_SHARE = 0.6;

let backReference: RegExp | undefined;

/**
 * A sentence that reads alone as the last word: it stands alone, has its verb ("Un démarrage inédit pour
 * un studio…" has none) and points at nothing before it ("le prix lui est décerné", "la bactérie utilise
 * ensuite…", "les autres", "le reste"; lexicon/connectors.json), not even through a demonstrative: "ce dernier",
 * and "Ce poids était le principal reproche…", which said with the definite article ("le poids") no longer
 * says whose weight it is.
 */
export function endsAlone(text: string): boolean {
  backReference ??= new RegExp(`(?<![\\p{L}’-])(?:${loadJson<{ readonly backReferences: readonly string[] }>('lexicon/connectors.json').backReferences.join('|')})(?![\\p{L}’-])`, 'iu');
  return standsAlone(text) && holdsFiniteVerb(text) && !backReference.test(text.replace(/«[^»]*»/gu, ' ')) && withoutDemonstratives(text) === text;
}

let closing: RegExp | undefined;

/** "Enfin, …": an opener that closes a series (lexicon/connectors.json), which a paragraph's first sentence cannot. */
function opensOnClosing(text: string): boolean {
  closing ??= new RegExp(`^(?:${loadJson<{ readonly closingOpeners: readonly string[] }>('lexicon/connectors.json').closingOpeners.join('|')})(?![\\p{L}’-])`, 'iu');
  return closing.test(text);
}

function recap(context: WriteContext, id: string, sentence: Sentence, first = false, leadKeys: readonly string[] = []): OutSentence | undefined {
  const shortForm = shortened(sentence.text, context.facts.get(sentence.id)?.attribution);
  // The short form already says a demonstrative with the definite article ("Ce poids" → "Le poids"): the source tells whether it pointed back.
  if (shortForm === undefined || !endsAlone(shortForm) || withoutDemonstratives(sentence.text) !== sentence.text) return undefined;
  const short = easiestForm(shortForm);
  // The conclusion takes a recap that reads hard only when nothing reads easily, within the bounds of the article's readability.
  if (!mayRestate(context, short, false, RECAP_WORDS)) return undefined;
  // No demonstrative left to say with an article: endsAlone refused the sentences that had one.
  const rest = asContinuation(short, context.names.map((n) => n.name));
  // "Pour conclure, l’organisation estime…": which one? The last word names what it speaks of (see class-anaphor.ts).
  if (rest === undefined || pointsBackByClass(rest, storyWords(context))) return undefined;
  // A recap that the lead already says word for word tells the reader nothing new, only the same sentence twice.
  const key = sentenceKey(rest);
  if (leadKeys.some((lead) => lead.includes(key))) return undefined;
  // "Pour conclure, pour les ménages…": another opener when the sentence opens with the opener's first word.
  // Opening its paragraph, the recap closes no series ("Enfin, …" with nothing before it).
  const filled = fill(context.chooser, id, `${id}:${sentence.id}`, { sentence: protect(rest) }, (text) => !/^(\p{L}+)\b[^,]*, \1\b/iu.test(text) && !(first && opensOnClosing(text)));
  return tryAdd(context, made(filled.text, [sentence.id], filled.template), sentence.id);
}

/**
 * The conclusion's paragraphs: the names, then the recap; the look ahead apart. `lead`: the lead's sentences. A restated sentence
 * ends its paragraph, so that its last words keep their source neighbours.
 */
export function writeConclusion(context: WriteContext, lead: readonly string[] = []): OutSentence[][] {
  const first: OutSentence[] = [];
  const names = listableNames(context).slice(0, 3);
  if (names.length >= 2) {
    const filled = fill(context.chooser, 'conclusion.actors', 'conclusion.actors', { list: joinList(names.map((n) => n.display)) });
    const added = tryAdd(context, made(filled.text, [], filled.template));
    if (added) first.push(added);
  }
  // The recap says a lead fact again: a bullet, or a sentence of the body's first part, where news put what matters most,
  // in other words than the lead's; failing that, a lead fact in the lead's words ("Pour conclure, deux membres de
  // l’équipage restent portés disparus"); failing that, a late sentence ("Enfin, une ligne de car relie désormais
  // Chambéry à Val Thorens"), a detail rather than the story, which still closes on a fact where the names alone say none.
  const body = context.sentences.filter((s) => s.origin === 'body');
  const leading = Math.ceil(body.length * LEAD_SHARE);
  const early = context.sentences.filter((s) => s.origin === 'bullet').concat(body.slice(0, leading));
  const leadKeys = lead.map(sentenceKey);
  const tiers = [{ sentences: early, leadKeys }, { sentences: early, leadKeys: [] }, { sentences: body.slice(leading), leadKeys }];
  recapping: for (const tier of tiers) {
    for (const sentence of readableFirst(tier.sentences, (s) => easiestForm(shortened(s.text, context.facts.get(s.id)?.attribution) ?? s.text), RECAP_WORDS)) {
      // recap() writes the sentence once it accepts it: stop at the first.
      const recapped = recap(context, 'conclusion.recap', sentence, first.length === 0, tier.leadKeys);
      if (recapped) {
        first.push(recapped);
        break recapping;
      }
    }
  }
  const used = new Set(first.flatMap((o) => o.provenance.sources));
  const short = (s: Sentence): string => shortened(s.text, context.facts.get(s.id)?.attribution) ?? s.text;
  // "Quant à la suite, on estime le coût de la visite à 4,2 millions d’euros": a sentence whose future its short
  // form leaves out ("dont la moitié sera financée…") no longer looks ahead (the active form of a future passive,
  // "on publiera", is asked of the short form before it).
  const futures = [...context.sentences].reverse().filter((s) => s.origin === 'body' && context.facts.get(s.id)?.future && !used.has(s.id) && isFuture(short(s)));
  // "En outre, la suite se dessine déjà :" opens the look ahead: seven words at most ("Quant à la suite," four).
  const future = firstReadable(futures, (s) => easiestForm(short(s)), 7);
  const ahead = future && recap(context, 'conclusion.future', future);
  context.chooser.nextParagraph();
  return [first, ahead ? [ahead] : []].filter((p) => p.length > 0);
}
