/** Subheadings: a neutral heading for a topic, and its variant with the keyphrase. */
import type { DraftHeading, WriteContext } from '../context.js';
import { fill, variantsOf } from '../templates.js';
import { fold, lowerFirst } from '../../text.js';
import { typeset } from '../french/index.js';
import { finiteNumbers } from '../french/verbs.js';
import { lefffGender } from '../french/lefff.js';
import { isStopword } from '../../analysis/entities.js';

/** Headings already used in the article, so that none comes twice. */
export type UsedHeadings = Set<string>;

/** A fixed heading family (key figures, FAQ…): `heading.<id>` and `heading.<id>.kp`. */
export function fixedHeading(context: WriteContext, id: string, used: UsedHeadings): DraftHeading {
  const neutral = fill(context.chooser, `heading.${id}`, `heading.${id}`, {});
  const withKp = fill(context.chooser, `heading.${id}.kp`, `heading.${id}.kp`, { kp: context.keyphrase.text, kpDef: context.keyphrase.withDeterminer });
  used.add(neutral.text);
  context.guard.addHeading();
  return { type: 'heading', level: 2, text: neutral.text, withKeyphrase: withKp.text, provenance: { sources: [], template: neutral.template } };
}

/** A topic heading from the lexicon, when no heading of its topic heads the article yet; its keyphrase variant is "Keyphrase : heading". */
export function topicHeading(context: WriteContext, options: readonly string[], slot: string, used: UsedHeadings, level: 2 | 3, sources: readonly string[] = []): DraftHeading {
  // A topic names one section: a second section of it says "Le contexte", not "Le volet politique" after "Le contexte politique".
  const fresh = options.some((h) => used.has(h)) ? [] : options;
  // Nor "Le contexte" after "Le contexte culturel": a fallback that a used heading opens with reads as its repeat.
  const pool = fresh.length ? fresh : variantsOf('heading.fallback').filter((h) => ![...used].some((u) => fold(u).startsWith(fold(h))));
  const text = pool.length ? context.chooser.pick(slot, pool, 'heading.topic') : `${variantsOf('heading.fallback')[0]}`;
  used.add(text);
  const withKp = fill(context.chooser, 'heading.topic.kp', slot, { kp: context.keyphrase.text, heading: lowerFirst(text) });
  return { type: 'heading', level, text: typeset(text), withKeyphrase: withKp.text, provenance: { sources, template: `topic:${slot}` } };
}

/** Whether a heading is one of heading.fallback's, which name no subject ("Les détails"). */
export const isFallbackHeading = (text: string): boolean => variantsOf('heading.fallback').some((h) => typeset(h) === text);

/**
 * A heading a question can surely name ("le parcours sportif"): no word after the first that may be a
 * finite verb without being a noun ("Le maillot jaune résiste", "Les élus s’inquiètent" are sentences;
 * "attaque" is a noun too). An adjective that is also a verb form ("politique") makes it unsure: false.
 * A word that is both, right after a noun or an adjective rather than an article or a preposition, is the
 * verb ("Le long-courrier reste à la traîne", "La grève continue"; "le reste du budget" is a noun).
 */
export function isNounPhrase(heading: string): boolean {
  const words = heading.split(/\s+/u);
  return !words.slice(1).some((word, i) => {
    const verb = word.replace(/^[snm]’/u, '');
    if (!/^\p{Ll}+$/u.test(verb) || finiteNumbers(verb).length === 0) return false;
    return verb !== word || lefffGender(verb) === undefined || !isStopword(words[i]!.toLowerCase().replace(/’$/u, ''));
  });
}
