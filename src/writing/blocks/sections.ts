/** Topic sections: every source sentence once, in paragraphs, with an opener built from the group's own facts. */
import type { OutSentence, Sentence, TopicGroup } from '../../types.js';
import type { Draft, DraftHeading, WriteContext } from '../context.js';
import { listedAs } from '../../analysis/numbers.js';
import { listableNames, made, sourceSentence, tryAdd } from '../context.js';
import type { UsedHeadings } from './headings.js';
import { varyReportingVerb } from '../reformulate.js';
import { easierToRead, readsEasily } from '../readability.js';
import { isFallbackHeading, topicHeading } from './headings.js';
import { fill, joinList } from '../templates.js';
import { config } from '../../config.js';
import { labelsFor } from '../../analysis/topics.js';
import { countWordsOf } from '../../text.js';
import { typeset } from '../french/index.js';


export interface SectionInput {
  readonly group: TopicGroup;
  /** The source's own subheading for this part, when it has one. */
  readonly sourceHeading?: string;
  /** The source's subheadings further in the group, by the index of the paragraph they open. */
  readonly innerHeadings?: ReadonlyMap<number, string>;
}

/**
 * The section's opening: "Ce volet concerne OpenAI, Sam Altman et les Émirats." from the names of the
 * group, then "Les chiffres avancés : 7 000 milliards de dollars." from its figures.
 */
/** The longer words of an opener outside its list ("ressortent", "particulier"), lower case: what makes its formula. */
function frameWords(text: string, list: string): Set<string> {
  return new Set(text.replace(list, ' ').toLowerCase().split(/[^\p{L}]+/u).filter((word) => word.length >= 5));
}

/** The most figures an opener lists. */
const OPENER_FIGURES = 3;

/**
 * The group's first distinct figures as a list cites them (listedAs), none of a year, a mark's scale or a quotation:
 * read until there are enough, as a long source's group has thousands, each looked for in all its quotations.
 */
function openingFigures(context: WriteContext, sentences: readonly Sentence[], quoted: string): string[] {
  const figures: string[] = [];
  for (const sentence of sentences) {
    for (const n of context.facts.get(sentence.id)?.numbers ?? []) {
      if (n.kind === 'year' || n.scale !== undefined || quoted.includes(n.text)) continue;
      const listed = listedAs(n);
      if (listed !== undefined && !figures.includes(listed)) figures.push(listed);
      if (figures.length === OPENER_FIGURES) return figures;
    }
  }
  return figures;
}

function opener(context: WriteContext, group: TopicGroup, index: number, usedNames: Set<string>): OutSentence[] {
  const sources = group.sentences.map((s) => s.id);
  const out: OutSentence[] = [];
  const names = listableNames(context).filter((n) => !usedNames.has(n.name) && group.sentences.some((s) => s.text.includes(n.name))).slice(0, 4);
  // The words of the names' sentence around its list: the figures' sentence after it says its own ("Plusieurs noms
  // ressortent ici, en particulier…" then "Plusieurs chiffres ressortent, en particulier…" read as a formula), in a
  // variant the guard takes (one whose opening another section used gives way, rather than the sentence).
  let frame: ReadonlySet<string> = new Set();
  if (names.length >= 1) {
    for (const n of names) usedNames.add(n.name);
    const list = joinList(names.map((n) => n.display));
    const filled = fill(context.chooser, names.length >= 2 ? 'opener.entities' : 'opener.entity', `opener:${index}`, { list });
    const added = tryAdd(context, made(filled.text, sources, filled.template));
    if (added) {
      out.push(added);
      frame = frameWords(added.text, list);
    }
  }
  // matchAll clones its pattern: a sentence without « has no quotation to look for.
  const quoted = group.sentences.map((s) => (s.text.includes('«') ? [...s.text.matchAll(/«[^»]*»/gu)].join(' ') : '')).join(' ');
  const figures = openingFigures(context, group.sentences, quoted);
  if (figures.length >= 1) {
    const id = figures.length >= 2 ? 'opener.numbers' : 'opener.number';
    const accept = (list: string) => (text: string): boolean => ![...frameWords(text, list)].some((word) => frame.has(word)) && context.guard.accepts(text);
    // Three figures that make the sentence long (over Yoast's 20 words: "40 % des personnes hospitalisées" says more than
    // "40 %") give way to the first two when those read easily; measured on a copy of the chooser, which picks as fill() will.
    const three = joinList(figures.slice(0, OPENER_FIGURES));
    const two = joinList(figures.slice(0, 2));
    const long = (list: string): boolean => !readsEasily(fill(context.chooser.copy(), id, `opener:numbers:${index}`, { list }, accept(list)).text);
    const list = figures.length > 2 && long(three) && !long(two) ? two : three;
    const filled = fill(context.chooser, id, `opener:numbers:${index}`, { list }, accept(list));
    const added = tryAdd(context, made(filled.text, sources, filled.template));
    if (added) out.push(added);
  }
  return out;
}

/**
 * Source sentences keep their source neighbours: a paragraph only holds sentences that follow each
 * other in the source (so that a copied sentence reads, and is checked, in its own context). `position`: each source
 * sentence's place in the source.
 */
function paragraphsOf(sentences: readonly Sentence[], position: ReadonlyMap<Sentence, number>): Sentence[][] {
  const out: Sentence[][] = [];
  let current: Sentence[] = [];
  let words = 0;
  for (const sentence of sentences) {
    const n = countWordsOf(sentence.text);
    const previous = current[current.length - 1];
    const adjacent = previous !== undefined && position.get(sentence) === position.get(previous)! + 1;
    if (current.length && (!adjacent || previous!.paragraph !== sentence.paragraph || current.length >= config.sentencesPerParagraph || words + n > config.maxParagraphWords * 0.75)) {
      out.push(current);
      current = [];
      words = 0;
    }
    current.push(sentence);
    words += n;
  }
  if (current.length) out.push(current);
  return out;
}

/** What the FAQ needs to know of a written section: its neutral heading and its sentences. */
/**
 * The part a subheading heads: the paragraph at `start` and those after it, up to the length that brings the next
 * subheading. Read paragraph by paragraph, stopping there: a long source's section has hundreds of paragraphs.
 */
function partFrom(paragraphs: readonly (readonly Sentence[])[], start: number): Sentence[] {
  const part = [...paragraphs[start]!];
  let length = part.reduce((n, s) => n + countWordsOf(s.text), 0);
  for (let p = start + 1; p < paragraphs.length; p++) {
    length += paragraphs[p]!.reduce((n, s) => n + countWordsOf(s.text), 0);
    if (length > config.sectionSplitWords) break;
    part.push(...paragraphs[p]!);
  }
  return part;
}

export interface SectionSummary {
  readonly heading: string;
  /** True when the heading is the source's own (it may be a question already). */
  readonly fromSource: boolean;
  /** True when the heading names no subject ("Les précisions apportées", heading.fallback). */
  readonly generic?: boolean;
  /** The phrase of the source that the heading names ("la zone de surveillance"), when it names one. */
  readonly about?: string;
  /** The lexicon's topic that the heading is a label of ("Les enjeux agricoles"), when it is one. */
  readonly topic?: string;
  readonly sentences: readonly Sentence[];
}

/**
 * A source sentence as the section shows it: its reporting verb varied when the same one was just used,
 * cut in two when it is long and has a safe place to cut, in the active voice when its passive names
 * its agent. Otherwise, as written.
 */
function rewrite(sentence: Sentence, recentVerbs: string[]): OutSentence[] {
  let text = sentence.text;
  const rules: string[] = [];
  const varied = varyReportingVerb(text, recentVerbs.slice(-3));
  if (varied) {
    if (varied.text !== text) rules.push('rule.vary-reporting-verb');
    text = varied.text;
    recentVerbs.push(varied.verb);
  }
  const { parts, rules: easier } = easierToRead(text);
  rules.push(...easier);
  const template = rules.join('+') || 'source';
  return parts.map((part) => ({ text: typeset(part), provenance: { sources: [sentence.id], template } }));
}

export function writeSections(context: WriteContext, inputs: readonly SectionInput[], consumed: ReadonlySet<string>, used: UsedHeadings): { drafts: Draft[]; summaries: SectionSummary[] } {
  const drafts: Draft[] = [];
  const summaries: SectionSummary[] = [];
  const recentVerbs: string[] = [];
  const usedNames = new Set<string>();
  // Each source sentence's place, for every section's paragraphs: a long source has hundreds of sections.
  const position = new Map(context.sentences.map((s, i) => [s, i]));
  // A source heading whose sentences all went to the lead heads the next section instead.
  let pending: string | undefined;
  inputs.forEach(({ group, sourceHeading: own, innerHeadings }, index) => {
    const sentences = group.sentences.filter((s) => !consumed.has(s.id));
    if (!sentences.length) {
      pending = own ?? pending;
      return;
    }
    const sourceHeading = own ?? pending;
    if (own !== undefined && pending !== undefined) drafts.push({ type: 'heading', level: 2, text: typeset(pending), provenance: { sources: [], template: 'source-heading' } });
    pending = undefined;
    const heading: DraftHeading = sourceHeading
      ? { type: 'heading', level: 2, text: typeset(sourceHeading), provenance: { sources: [], template: 'source-heading' } }
      : topicHeading(context, labelsFor(group, sentences), `section:${index}`, used, 2, sentences.map((s) => s.id));
    drafts.push(heading);
    const labelled = sourceHeading === undefined && heading.provenance.template.startsWith('topic:');
    summaries.push({ heading: heading.text, fromSource: sourceHeading !== undefined, generic: isFallbackHeading(heading.text), ...(heading.about !== undefined && { about: heading.about }), ...(labelled && { topic: group.topic }), sentences });
    const written = new Map(sentences.map((s) => [s.id, rewrite(s, recentVerbs)]));
    for (const out of written.values()) for (const s of out) context.guard.add(s.text, true);

    const paragraphs = paragraphsOf(sentences, position);
    const opening = opener(context, { ...group, sentences }, index, usedNames);
    let wordsSinceHeading = 0;
    // The opening is a paragraph of its own, and source sentences are copied as they are.
    if (opening.length) {
      drafts.push({ type: 'paragraph', sentences: opening });
      wordsSinceHeading += opening.reduce((n, s) => n + countWordsOf(s.text), 0);
    }
    paragraphs.forEach((paragraph, p) => {
      const out: OutSentence[] = paragraph.flatMap((s) => written.get(s.id) ?? [sourceSentence(s)]);
      const words = out.reduce((n, s) => n + countWordsOf(s.text), 0);
      // The source's subheadings up to this paragraph, those of paragraphs the lead took included: none is lost.
      const from = paragraphs[p - 1]?.[0]?.paragraph ?? -1;
      const inners = [...(innerHeadings ?? [])].filter(([at]) => at > from && at <= paragraph[0]!.paragraph).map(([, text]) => text);
      if (inners.length) {
        for (const inner of inners) drafts.push({ type: 'heading', level: 3, text: typeset(inner), provenance: { sources: [], template: 'source-heading' } });
        wordsSinceHeading = 0;
      } else if (p > 0 && wordsSinceHeading + words > config.sectionSplitWords) {
        const part = partFrom(paragraphs, p);
        drafts.push(topicHeading(context, labelsFor(group, part), `subsection:${index}:${p}`, used, 3, part.map((s) => s.id)));
        wordsSinceHeading = 0;
      }
      drafts.push({ type: 'paragraph', sentences: out });
      wordsSinceHeading += words;
      context.chooser.nextParagraph();
    });
    // Subheadings after the group's last written paragraph still say what the source says.
    const last = paragraphs[paragraphs.length - 1]?.[0]?.paragraph ?? -1;
    for (const [at, text] of innerHeadings ?? []) if (at > last) drafts.push({ type: 'heading', level: 3, text: typeset(text), provenance: { sources: [], template: 'source-heading' } });
  });
  if (pending !== undefined) drafts.push({ type: 'heading', level: 2, text: typeset(pending), provenance: { sources: [], template: 'source-heading' } });
  return { drafts, summaries };
}
