/** The lead paragraph (chapô): the bullets, or the most central sentences as the source wrote them (made easier to read); it holds the keyphrase. */
import type { OutSentence, Sentence } from '../../types.js';
import type { WriteContext } from '../context.js';
import { made, sourceSentence, tryAdd, markRestated } from '../context.js';
import { fill } from '../templates.js';
import { typeset } from '../french/index.js';
import { countWords, fold } from '../../text.js';
import { easierToRead } from '../readability.js';
import { standAlone } from '../reformulate.js';

/** A lead sentence as it reads best: cut when long, active when its passive names its agent. */
function asRead(out: OutSentence): OutSentence[] {
  const { parts, rules } = easierToRead(out.text);
  if (!rules.length) return [out];
  const template = out.provenance.template === 'source' ? rules.join('+') : [out.provenance.template, ...rules].join('+');
  return parts.map((part) => made(typeset(part), out.provenance.sources, template));
}

/**
 * The lead as the reader sees it is seen too: a key figure made easier to read the same way ("On estime le
 * butin à 450 000 euros") would otherwise say the lead's sentence again.
 */
function seenAsRead(context: WriteContext, text: string, read: readonly OutSentence[]): void {
  if (read.length !== 1 || read[0]!.text !== text) for (const part of read) context.guard.add(part.text, true);
}

export interface Lead {
  readonly sentences: readonly OutSentence[];
  /** Source sentences the lead used as they are: the sections leave them out. */
  readonly consumed: ReadonlySet<string>;
  /** The date of the facts, a sentence of its own after the lead (not glued to copied text). */
  readonly dated?: OutSentence;
}

const contains = (text: string, phrase: string): boolean => fold(text).includes(fold(phrase));

/** A sentence of at most this many words, left last in the lead's paragraph, joins the lead. */
const ORPHAN_WORDS = 12;

/** A sentence the lead may take after it: it points back (standAlone refuses it), is no quotation, announces no list, and is short enough. */
const pointsBackToLead = (text: string): boolean =>
  !/[«»“”]/u.test(text) && !/:\s*$/u.test(text) && countWords(text) <= FOLLOWING_WORDS && standAlone(text, { quotes: true }) === undefined;

/** The longest sentence that pointing back brings into the lead. */
const FOLLOWING_WORDS = 40;

/** Central = holds the keyphrase and many of the source's names, early in the text. */
function centrality(context: WriteContext, sentence: Sentence, index: number): number {
  const fact = context.facts.get(sentence.id);
  const names = fact?.entities.length ?? 0;
  const numbers = fact?.numbers.length ?? 0;
  return (contains(sentence.text, context.keyphrase.text) ? 3 : 0) + names * 0.5 + numbers * 0.5 - index * 0.4;
}

/**
 * `headed`: the paragraphs a subheading of the source opens, which the lead never reaches into. `h1FromLede`: the
 * H1 is the text's first sentence, which the lead then leaves to it.
 */
export function writeLead(context: WriteContext, dateline?: string, headed: ReadonlySet<number> = new Set(), h1FromLede = false): Lead {
  const bullets = context.sentences.filter((s) => s.origin === 'bullet');
  const body = context.sentences.filter((s) => s.origin === 'body');
  const chosen: Sentence[] = [];
  if (bullets.length) chosen.push(...bullets);
  if (!chosen.some((s) => contains(s.text, context.keyphrase.text))) {
    const first = body.find((s) => contains(s.text, context.keyphrase.text));
    // "Le Français Lucas Berthier a remporté mercredi la 17e étape…": the text's first sentence says the news. When
    // the keyphrase comes only in the one after it, the lead opens on the first, or it would open on what follows it
    // ("Le grimpeur de 24 ans a attaqué…": which one?); never past a subheading of the source, which would lose its section.
    const opening = body[0];
    if (!bullets.length && !h1FromLede && first && first === body[1] && opening && (opening.paragraph === first.paragraph || !headed.has(first.paragraph))) chosen.push(opening);
    if (first) chosen.push(first);
  }
  if (!bullets.length) {
    // The most central early sentence and the one that follows it: the lead reads as the source wrote it.
    const ranked = body.slice(0, 5).map((s, i) => ({ s, score: centrality(context, s, i) })).sort((a, b) => b.score - a.score);
    const central = chosen[0] ?? ranked[0]?.s;
    if (central && !chosen.includes(central)) chosen.push(central);
    const next = central && body[body.indexOf(central) + 1];
    if (next && !chosen.includes(next) && next.paragraph === central.paragraph) {
      // "Son gérant, Karim Belhadj, assure…" after a quotation taken from the middle of a paragraph: the sentence
      // before it says whose ("Le restaurant Le Comptoir du Port … restera fermé"), so it opens the lead with them.
      const before = body[body.indexOf(central) - 1];
      if (before && before.paragraph === central.paragraph && !chosen.includes(before) && countWords(next.text) <= FOLLOWING_WORDS && standAlone(next.text, { quotes: true }) === undefined) {
        chosen.splice(chosen.indexOf(central), 0, before);
      }
      chosen.push(next);
      // A short last sentence of the paragraph goes with them: alone, it would open a section without what
      // it follows ("Les 2 % restants ne se prononcent pas.").
      const last = body[body.indexOf(next) + 1];
      if (last && last.paragraph === next.paragraph && body[body.indexOf(last) + 1]?.paragraph !== last.paragraph && countWords(last.text) <= ORPHAN_WORDS) chosen.push(last);
    }
  }
  // "Parmi elles figure la tombe d’un guerrier…", "Il s’agit de son plus bas niveau…": the sentence after the lead's
  // last sentence of the body (after the bullets too) that speaks of it goes with it, or it would open the first
  // section pointing at nothing; not past a subheading of the source, whose section would lose it.
  const lastChosen = chosen.filter((s) => s.origin === 'body').at(-1);
  const following = lastChosen && body[body.indexOf(lastChosen) + 1];
  const crossesHeading = following !== undefined && following.paragraph !== lastChosen?.paragraph && headed.has(following.paragraph);
  if (following && !crossesHeading && !chosen.includes(following) && pointsBackToLead(following.text)) chosen.push(following);

  const consumed = new Set<string>();
  const sentences: OutSentence[] = [];
  for (const sentence of chosen) {
    if (sentence.origin === 'bullet') {
      const read = asRead(sourceSentence(sentence));
      sentences.push(...read);
      context.guard.add(sentence.text, true);
      seenAsRead(context, sentence.text, read);
      // A bullet that repeats most of the words of the body sentence it sums up says that sentence once more.
      if (context.sameFact.get(sentence.id)?.echoes) markRestated(context, sentence.id);
      continue;
    }
    // As the source wrote it, its attribution with it: the section then leaves it out. Tightened (without
    // its attribution), it came again, whole, at the top of the first section.
    const out = sourceSentence(sentence);
    consumed.add(sentence.id);
    context.guard.add(out.text, true);
    const read = asRead(out);
    sentences.push(...read);
    seenAsRead(context, out.text, read);
  }
  const filled = dateline ? fill(context.chooser, 'lead.date', 'lead.date', { date: dateline }) : undefined;
  const dated = filled && tryAdd(context, made(filled.text, [], filled.template));
  context.chooser.nextParagraph();
  return { sentences, consumed, ...(dated && { dated }) };
}
