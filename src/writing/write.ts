/** write: the analysed source → the article's blocks below the H1, in reading order, each sentence with its provenance. */
import type { Block, Entity, Fact, FaqItem, Keyphrase, Sentence, Source, TopicGroup } from '../types.js';
import type { GlossaryDrafts } from './blocks/glossary.js';
import type { Draft, DraftHeading, WriteContext } from './context.js';
import { MAX_RESTATEMENTS } from './context.js';
import { createChooser } from './variety.js';
import { createGuard, MAX_CANDIDATE_SHARE } from './guard.js';
import { tallied } from './readability-tally.js';
import { createMentions } from './refer.js';
import { writeLead, type Lead } from './blocks/lead.js';
import { writeSections, type SectionSummary } from './blocks/sections.js';
import { writeKeyFigures, writeTimeline } from './blocks/figures.js';
import { writePeople } from './blocks/people.js';
import { definedTerms, fillGlossary, findTerms, isTermAcronym, namesBody, termHeads, writeGlossary, type Term } from './blocks/glossary.js';
import { extendFaq, writeFaq } from './blocks/faq.js';
import { writeConclusion } from './blocks/conclusion.js';
import { fixedHeading } from './blocks/headings.js';
import { writeKeyPoints } from './blocks/key-points.js';
import { countInWords, intro, listIntro } from './blocks/intros.js';
import { articleTexts, type ArticleTexts } from './article-words.js';
import { keyphraseRoom, withoutKeyphraseQuestions } from './keyphrase-room.js';
import { blockTexts } from '../check/report.js';
import { countJoinedWords, countWords, compareText, lowerCase } from '../text.js';
import { forEachMention, isOrdinal, namedAfterEn, onlyAsPlace, withArticle } from '../analysis/entities.js';
import { fold } from '../text.js';
import { sourceStems } from '../analysis/substance.js';
import { bulletsSummingUp } from '../analysis/bullets.js';
import { config } from '../config.js';
import { keepSourcePassives } from './passive-budget.js';
import { withinReadabilityBounds } from './readability.js';


export interface WriteInput {
  readonly source: Source & { readonly datelineText?: string };
  readonly sentences: readonly Sentence[];
  readonly facts: readonly Fact[];
  readonly groups: readonly TopicGroup[];
  readonly keyphrase: Keyphrase;
  /** The source's salient phrases, best first, the keyphrase among them. */
  readonly phrases: readonly Keyphrase[];
  readonly roles: readonly Entity[];
  readonly inputHash: number;
  readonly seed: number;
  readonly minWords: number;
  /** The H1, counted in the words of the article. */
  readonly h1Hint: string;
  /**
   * The H1 is cut from the lede (a source without a headline): no block may write it, but its words are
   * the lede's own, which the article prints anyway; counting them twice would refuse the restatements a
   * thin source needs.
   */
  readonly h1FromLede?: boolean;
}

/** Names beyond these are never used by any block: the rest of a long source costs nothing. */
const MAX_NAMES = 40;

/** What namesOf leaves out for the glossary. */
interface TermNames {
  /** The forms of the terms the glossary defines ("CGT"): the glossary presents them. */
  readonly defined: ReadonlySet<string>;
  /** The terms the source uses, by their forms: a term's acronym that is none of them ("IA" of "IA générative") is a word of a longer term. */
  readonly found: ReadonlyMap<string, Term>;
  /** "Palme" of "Palme d’or" (termHeads): a short mention of a term. */
  readonly heads: ReadonlySet<string>;
}

/** The source's names, most mentioned first, each with the determiner the source gives it; `allTexts` (the headline too) say whether it comes after "en". */
function namesOf(sentences: readonly Sentence[], facts: readonly Fact[], terms: TermNames, allTexts: readonly string[]): WriteContext['names'] {
  const texts = sentences.map((s) => s.text);
  const counts = new Map<string, number>();
  const first = new Map<string, number>();
  facts.forEach((fact, position) => {
    for (const name of fact.entities) {
      counts.set(name, (counts.get(name) ?? 0) + 1);
      if (!first.has(name)) first.set(name, position);
    }
  });
  // "Altman" alone is the same person as "Sam Altman": count it there.
  // So is "Ille-et-Vilaine" in "Jeunes Agriculteurs d’Ille-et-Vilaine": a word's elided article is not the word.
  const wordsInLongerNames = new Set([...counts.keys()].filter((n) => n.includes(' ')).flatMap((n) => n.split(' ').map((w) => w.replace(/^[dl]’/u, ''))));
  // "le professeur Le Bras" is "Yann Le Bras", whose surname has two words: a name without its first name is that
  // name (not "Sanofi Pasteur" of "Dengvaxia de Sanofi Pasteur", which "de" joins to another).
  const endsOfLongerNames = new Set([...counts.keys()].flatMap((n) => {
    const words = n.split(' ');
    // Not after an article: "La Quadrature du Net" is "Quadrature du Net" said with it.
    return words.length >= 3 && /^\p{Lu}/u.test(words[1]!) && !/^(?:La|Le|Les)$/u.test(words[0]!) ? [words.slice(1).join(' ')] : [];
  }));
  // A term the glossary defines ("GPU", "CGT") is presented there; a body's that its cap leaves out ("l’Anssi") is a
  // name. Other terms' forms are words ("de VTC"), as is the acronym of a term the source uses only inside a longer
  // one ("IA générative").
  const isTermWord = (name: string): boolean => {
    if (terms.defined.has(name)) return true;
    // "Covid-19" is the term "covid-19" said with a capital: a word still, unless said as a body ("le Parlement").
    const term = terms.found.get(name) ?? terms.found.get(lowerCase(name));
    return term === undefined ? isTermAcronym(name) : !namesBody(name, term, texts);
  };
  return [...counts.keys()]
    // "la Palme" ("cette Palme") is the term "la Palme d’or" said short, as "Altman" is "Sam Altman".
    .filter((name) => !wordsInLongerNames.has(name) && !endsOfLongerNames.has(name) && !terms.heads.has(name))
    .map((name) => ({ name, count: (counts.get(name) ?? 0) + (name.includes(' ') ? name.split(' ').reduce((n, w) => n + (counts.get(w) ?? 0), 0) : 0) }))
    // Nor are ordinals ("XIᵉ siècle") names.
    .filter((n) => !/^[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ]{1}$/u.test(n.name) && !isTermWord(n.name) && !isOrdinal(n.name))
    .sort((a, b) => b.count - a.count || (first.get(a.name) ?? 0) - (first.get(b.name) ?? 0) || compareText(a.name, b.name))
    .slice(0, MAX_NAMES)
    .map((n) => {
      const display = `${withArticle(n.name, texts)}${complementOf(n.name, texts)}`;
      return { ...n, display, articleUnknown: display === n.name && namedAfterEn(n.name, allTexts), placeOnce: n.count < 2 && onlyAsPlace(n.name, allTexts) };
    });
}

/** " de la tour Eiffel": "de", an article, a noun in lower case and a name, right after a name. */
const NAME_COMPLEMENT = /^ (?:de|du|des|d’)(?: la| le| les| l’)? ?(?!(?:la|le|les) )\p{Ll}[\p{L}-]* \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*/u;

/**
 * "la Société d’Exploitation de la tour Eiffel": the complement that follows every mention of a name is part of it,
 * which the name's capitals stopped short of ("la Société d’Exploitation" alone names nothing). "" when a mention
 * goes without it, or with another.
 */
function complementOf(name: string, texts: readonly string[]): string {
  let complement: string | undefined;
  // The mentions as determinerBefore reads them, one search of the texts joined: the break between two texts is no
  // letter, so no complement reads past it.
  const differs = forEachMention(name, texts, (text, _start, at) => {
    const found = NAME_COMPLEMENT.exec(text.slice(at + name.length, at + name.length + 60))?.[0] ?? '';
    if (complement !== undefined && found !== complement) return true;
    complement = found;
    return false;
  });
  return differs ? '' : complement ?? '';
}

/**
 * About half of the subheadings carry the keyphrase (Yoast asks for 30 to 75 %), never two in a row,
 * and never the first, whose keyphrase form may already be the title. With `density` (the final placing),
 * fewer, down to the 30 %, when the article already says its keyphrase nearly as often as Yoast's density
 * allows (keyphraseRoom), as long as the words over the minimum allow.
 */
function placeKeyphrase(drafts: readonly Draft[], keyphrase: Keyphrase, density?: { readonly h1: string; readonly spareWords: number }): Placed {
  const headings = drafts.filter((d): d is DraftHeading => d.type === 'heading');
  const has = (text: string): boolean => fold(text).includes(fold(keyphrase.text));
  const target = Math.ceil(headings.length * 0.5);
  const already = headings.filter((h) => has(h.text)).length;
  let count = already;
  // In the order they are chosen: the first ones are kept when the density leaves room for fewer.
  const chosen: DraftHeading[] = [];
  headings.forEach((h, i) => {
    if (count < target && h.withKeyphrase && !has(h.text) && i % 2 === 1) {
      chosen.push(h);
      count++;
    }
  });
  // The source's own headings keep their words: when they leave too few places for Yoast's 30 %, two
  // headings in a row may carry the keyphrase (never the first).
  const least = Math.ceil(headings.length * 0.3);
  headings.forEach((h, i) => {
    if (count < least && i > 0 && h.withKeyphrase && !has(h.text) && !chosen.includes(h)) {
      chosen.push(h);
      count++;
    }
  });
  const blocksWith = (placed: readonly DraftHeading[]): Block[] =>
    drafts.map((d): Block => {
      if (d.type !== 'heading') return d;
      const text = placed.includes(d) && d.withKeyphrase ? d.withKeyphrase : d.text;
      return { type: 'heading', level: d.level, text, provenance: d.provenance };
    });
  if (density === undefined) return { blocks: blocksWith(chosen), excess: 0, spareWords: 0 };
  const bare = blocksWith([]);
  const texts = [{ heading: true, level: 1, text: density.h1 }, ...blockTexts(bare)];
  const room = keyphraseRoom(texts, keyphrase.text, countJoinedWords(articleTexts(bare).texts) + countWords(density.h1), chosen.length);
  // Yoast's 30 % of subheadings is kept even then; the questions about the keyphrase go instead (withoutKeyphraseQuestions).
  let kept = Math.max(least - already, Math.min(chosen.length, Math.max(0, room)));
  // A heading without the keyphrase is shorter: the article keeps the words asked for.
  let spareWords = density.spareWords;
  for (let i = kept; i < chosen.length; i++) {
    const lost = countWords(chosen[i]!.withKeyphrase!) - countWords(chosen[i]!.text);
    if (lost > spareWords) kept = i + 1;
    else spareWords -= lost;
  }
  return { blocks: blocksWith(chosen.slice(0, kept)), excess: Math.max(0, kept - room), spareWords };
}

interface Placed {
  readonly blocks: Block[];
  /** How many times the article says its keyphrase over Yoast's density maximum. */
  readonly excess: number;
  /** The words over the minimum once placed. */
  readonly spareWords: number;
}

/**
 * The article, written first so that it reads easily (restatements short and active); when that leaves
 * it short of the minimum, written again letting restatements keep their length: the word count the
 * user asked for comes before Yoast's readability.
 */
export function writeArticle(input: WriteInput): readonly Block[] {
  const invariants = invariantsOf(input);
  // The lead and the sections are the same at every level of the same guard: written once for it.
  const heads = new Map<number, Head>();
  let body: Body | undefined;
  let best: Written | undefined;
  // The first article that reaches the minimum at a level that loosens the readability bounds: a later level, looser
  // still, may reach it within them (07-culture: 27.3 % of long sentences with a free fill, 25.0 % with a free body).
  let reached: Written | undefined;
  for (const [index, level] of LEVELS.entries()) {
    let head = heads.get(level.repeatedShare);
    if (!head) heads.set(level.repeatedShare, (head = composeHead(input, invariants, level.repeatedShare)));
    // A level that writes the same body as the one before (it differs in the fill only) starts from that body.
    body = body !== undefined && sameBody(LEVELS[index - 1]!, level) ? body : composeBody(input, invariants, level, head);
    // A key figure that says its figure twice ("64 vols : l’aéroport a annulé 64 vols") reads better than what the fill
    // adds in its place, a question that says a body sentence again: a body short of words keeps those it left out.
    if (body.figuresLeftOut && fallsShort(input, body.drafts)) body = composeBody(input, invariants, level, head, true);
    const next = LEVELS[index + 1];
    const written = fillBody(input, invariants, body, level, next !== undefined && sameBody(level, next));
    // A looser level is not always longer (a long restatement can use up what the guard lets the
    // fill say): short of the minimum, the article keeps the level that came closest.
    if (!best || written.wordsMissing < best.wordsMissing) best = written;
    if (written.wordsMissing > 0) continue;
    const loosened = !level.boundedReadability || level.boundedFill === false;
    if (!loosened || withinReadabilityBounds(written.blocks)) {
      best = written;
      break;
    }
    reached ??= written;
    best = reached;
  }
  return keepSourcePassives(best!.blocks, input.sentences, best!.wordsMissing);
}

/**
 * From the article that reads best to the one that reaches the minimum on a thin source: restatements
 * short and active, the fill's too; then the fill's of any length; then every restatement of any
 * length, a hard one only while the article stays within Yoast's readability bounds, one more per
 * sentence and a fill that may repeat more of its words (a source whose copies are near the passive
 * bound, 12 of the corpus, reaches its minimum there); then that body with a fill free of the bounds, which adds
 * only the words still missing (n-01 lacked 4 words there: the next level gave it every hard restatement, 30 % of
 * its sentences long); then without the bounds, for a source too thin for them, first with the usual number of
 * restatements. (Strict with one more restatement, or relaxed
 * and bounded without it, ended no article of the corpus under twelve seeds, at the cost of writing
 * the article once more.)
 */
const LEVELS: readonly Level[] = [
  { strict: true, strictFill: true, maxRestatements: MAX_RESTATEMENTS, repeatedShare: MAX_CANDIDATE_SHARE, boundedReadability: true },
  { strict: true, strictFill: false, maxRestatements: MAX_RESTATEMENTS, repeatedShare: MAX_CANDIDATE_SHARE, boundedReadability: true },
  { strict: false, strictFill: false, maxRestatements: MAX_RESTATEMENTS + 1, repeatedShare: MAX_CANDIDATE_SHARE, fillShare: 2 * MAX_CANDIDATE_SHARE, boundedReadability: true },
  { strict: false, strictFill: false, maxRestatements: MAX_RESTATEMENTS + 1, repeatedShare: MAX_CANDIDATE_SHARE, fillShare: 2 * MAX_CANDIDATE_SHARE, boundedReadability: true, boundedFill: false },
  { strict: false, strictFill: false, maxRestatements: MAX_RESTATEMENTS, repeatedShare: MAX_CANDIDATE_SHARE, boundedReadability: false },
  { strict: false, strictFill: false, maxRestatements: MAX_RESTATEMENTS + 1, repeatedShare: MAX_CANDIDATE_SHARE, fillShare: 2 * MAX_CANDIDATE_SHARE, boundedReadability: false },
];

interface Level extends Pick<WriteContext, 'strict' | 'strictFill' | 'maxRestatements' | 'boundedReadability'> {
  /** The share of a restatement's 4-grams that may be seen three times (see guard.ts)… */
  readonly repeatedShare: number;
  /** …and in the key points and extra questions that fill a short article, when it differs. */
  readonly fillShare?: number;
  /** Whether the fill keeps within Yoast's readability bounds, when it differs from the body. */
  readonly boundedFill?: boolean;
}

/** Levels that differ only in the fill write the same body. */
const sameBody = (a: Level, b: Level): boolean =>
  a.strict === b.strict && a.maxRestatements === b.maxRestatements && a.repeatedShare === b.repeatedShare && a.boundedReadability === b.boundedReadability;

/**
 * A span's first or last date, which the timeline's intro says after "de" or "à": "Entre 2028 et 2032" → "2028" or
 * "2032", "du 8 au 10 octobre" → "8 octobre" or "10 octobre", "de 1985 à 1999" → "1985" or "1999" ("de 2015 à entre
 * 2028 et 2032" and "de 1974 à de 1985 à 1999" were written). Any other
 * date is itself.
 */
function spanEnd(date: string, side: 'start' | 'end'): string {
  const between = /^[Ee]ntre\s+(.+?)\s+et\s+(.+)$/u.exec(date);
  if (between) return side === 'start' ? between[1]! : between[2]!;
  const days = /^[Dd]u\s+(\d{1,2}(?:er|ᵉʳ)?)\s+au\s+(\d{1,2}(?:er|ᵉʳ)?)\s+(\p{L}.*)$/u.exec(date);
  if (days) return `${side === 'start' ? days[1] : days[2]} ${days[3]}`;
  const fromTo = /^[Dd]u\s+(.+?)\s+au\s+(.+)$/u.exec(date) ?? /^[Dd]e\s+(.+?)\s+à\s+(.+)$/u.exec(date);
  if (fromTo) return side === 'start' ? fromTo[1]! : fromTo[2]!;
  return date;
}

/** What every level reads of the source the same way: worked out once per article. */
interface Invariants {
  readonly texts: readonly string[];
  readonly terms: ReturnType<typeof findTerms>;
  /** The forms of the terms the glossary defines at most, before any fill: the who's who leaves them to it. */
  readonly definedForms: ReadonlySet<string>;
  readonly names: WriteContext['names'];
  readonly facts: WriteContext['facts'];
  /** The figures that are dates or years. */
  readonly dated: readonly Fact['numbers'][number][];
  /** The stems of the source's content words, what makes a sentence fact-free (analysis/substance.ts): asked for by the fill only. */
  readonly stems: () => ReadonlySet<string>;
  /** Bullets that sum up a body sentence, to it (see WriteContext.sameFact). */
  readonly sameFact: WriteContext['sameFact'];
}

function invariantsOf({ source, sentences, facts }: WriteInput): Invariants {
  const texts = [source.title ?? '', ...sentences.map((s) => s.text)];
  const terms = findTerms(texts);
  const definedForms = new Set(definedTerms(texts, terms, config.maxGlossaryTerms).flatMap((t) => t.match));
  let stems: ReadonlySet<string> | undefined;
  return {
    texts,
    terms,
    definedForms,
    names: namesOf(sentences, facts, { defined: definedForms, found: new Map(terms.flatMap((t) => t.match.map((form) => [form, t] as const))), heads: termHeads(texts, terms) }, texts),
    facts: new Map(facts.map((f) => [f.sentenceId, f])),
    dated: facts.flatMap((f) => f.numbers.filter((n) => n.kind === 'date' || n.kind === 'year')),
    stems: () => (stems ??= sourceStems(texts)),
    sameFact: bulletsSummingUp(sentences),
  };
}

/** The article before the fill: its context (what the guard, the chooser and the mentions saw) and its drafts. */
interface Body {
  readonly context: WriteContext;
  readonly drafts: Draft[];
  readonly used: Set<string>;
  /** The FAQ's items, the list the FAQ block of `drafts` holds (empty when there is no FAQ block). */
  readonly faq: FaqItem[];
  /** Whether the lead has a dated paragraph after it: key points go after it. */
  readonly dated: boolean;
  /** The glossary's intro and items, which the fill may lengthen (the list block of `drafts` holds `items`). */
  readonly glossary?: GlossaryDrafts;
  /** Whether the key figures left out an item that says its figure twice (writeKeyFigures). */
  readonly figuresLeftOut: boolean;
}

interface Written {
  readonly blocks: readonly Block[];
  readonly wordsMissing: number;
}

/** A body whose fill leaves `body` as it was: everything the fill changes is copied. */
function copyBody(body: Body): Body {
  const faq = [...body.faq];
  const glossary = body.glossary && { intro: body.glossary.intro, items: [...body.glossary.items] };
  const { context } = body;
  return {
    context: { ...context, chooser: context.chooser.copy(), guard: context.guard.copy(), restated: new Map(context.restated), mentions: { count: new Map(context.mentions.count) } },
    drafts: body.drafts.map((d) => {
      if (d.type === 'faq' && d.items === body.faq) return { ...d, items: faq };
      if (d.type === 'list' && glossary && d.items === body.glossary?.items) return { ...d, items: glossary.items };
      return d;
    }),
    used: new Set(body.used),
    faq,
    dated: body.dated,
    figuresLeftOut: body.figuresLeftOut,
    ...(glossary ? { glossary } : {}),
  };
}

/**
 * The article's first part, the lead and the topic sections, with what its writing left in the context.
 * It copies and cuts source sentences but restates none: the writing level (strict, maxRestatements) is
 * not read there, and composeHead's context refuses to be asked for it, so that sharing it stays exact.
 */
interface Head {
  readonly context: WriteContext;
  readonly lead: Lead;
  readonly sections: readonly Draft[];
  readonly summaries: readonly SectionSummary[];
  readonly used: ReadonlySet<string>;
}

const levelFree = (): never => {
  throw new Error('the lead and the sections are written once for every writing level: they must not read strict, maxRestatements or boundedReadability (see composeHead in write.ts)');
};

/**
 * The head's context reads a level's settings from this prototype, one for every head: getters of the context's own
 * literal would be new functions for each head, which give it a hidden class of its own that V8's scavenges keep,
 * with all the getters' closures hold (the article's input), until a major collection.
 */
const LEVEL_FREE: Pick<WriteContext, 'strict' | 'maxRestatements' | 'strictFill' | 'boundedReadability'> = {
  get strict(): boolean {
    return levelFree();
  },
  get maxRestatements(): number {
    return levelFree();
  },
  get strictFill(): boolean {
    return levelFree();
  },
  get boundedReadability(): boolean {
    return levelFree();
  },
};

function composeHead(input: WriteInput, invariants: Invariants, repeatedShare: number): Head {
  const { source, keyphrase, roles, groups } = input;
  const { texts, names, facts } = invariants;
  const context: WriteContext = Object.assign(Object.create(LEVEL_FREE) as typeof LEVEL_FREE, {
    sentences: input.sentences,
    facts,
    keyphrase,
    phrases: input.phrases,
    roles,
    names,
    chooser: createChooser(input.inputHash, input.seed),
    guard: tallied(createGuard(repeatedShare)),
    texts,
    restated: new Map(),
    sameFact: invariants.sameFact,
    mentions: createMentions(),
  });
  // The H1 is read first: a restatement that repeats it repeats its words a third time.
  if (input.h1FromLede) {
    context.guard.reserve(input.h1Hint);
    context.guard.addHeading();
  } else context.guard.add(input.h1Hint, true);
  const used = new Set<string>();
  const lead = writeLead(context, source.datelineText, new Set(source.subheadings.map((h) => h.paragraph)), input.h1FromLede);

  const firstParagraphOf = (group: TopicGroup): number => group.sentences[0]?.paragraph ?? -1;
  const { drafts: sections, summaries } = writeSections(
    context,
    groups.map((group) => {
      const first = firstParagraphOf(group);
      const heading = source.subheadings.find((h) => h.paragraph === first);
      // The source's subheadings inside a merged group stay, as H3: none of the source's words is lost.
      const inner = new Map(source.subheadings.filter((h) => h.paragraph !== first && group.sentences.some((s) => s.paragraph === h.paragraph)).map((h) => [h.paragraph, h.text]));
      return { group, innerHeadings: inner, ...(heading && { sourceHeading: heading.text }) };
    }),
    lead.consumed,
    used,
  );
  for (const draft of sections) if (draft.type === 'heading') context.guard.addHeading();
  return { context, lead, sections, summaries, used };
}

function composeBody(input: WriteInput, invariants: Invariants, { strict, maxRestatements, boundedReadability }: Level, head: Head, keepRepeatedFigures = false): Body {
  const { keyphrase } = input;
  const { terms, definedForms, dated } = invariants;
  // The level's context goes on from the head's, each level with its own copy of what the head's writing changed.
  const from = head.context;
  const context: WriteContext = {
    sentences: from.sentences,
    facts: from.facts,
    keyphrase: from.keyphrase,
    phrases: from.phrases,
    roles: from.roles,
    names: from.names,
    chooser: from.chooser.copy(),
    guard: from.guard.copy(),
    texts: from.texts,
    restated: new Map(from.restated),
    sameFact: from.sameFact,
    strict,
    maxRestatements,
    boundedReadability,
    // The fill's own setting, given by fillBody: the blocks written here do not read it.
    strictFill: false,
    mentions: { count: new Map(from.mentions.count) },
  };
  const used = new Set(head.used);
  const { lead, sections, summaries } = head;

  const drafts: Draft[] = [
    { type: 'paragraph', sentences: lead.sentences },
    ...(lead.dated ? [{ type: 'paragraph', sentences: [lead.dated] } as Draft] : []),
    ...sections,
  ];
  const { items: figures, leftOut: figuresLeftOut } = writeKeyFigures(context, dated.length >= 3 ? ['amount', 'percent', 'count'] : ['amount', 'percent', 'count', 'date', 'year'], keepRepeatedFigures);
  const withIntro = (...blocks: (Draft | undefined)[]): void => {
    drafts.push(...blocks.filter((b): b is Draft => b !== undefined));
  };
  if (figures.length) {
    const count = countInWords(figures.length);
    withIntro(fixedHeading(context, 'keyFigures', used), figures.length === 1 || !count ? intro(context, 'keyFigures.one', {}) : intro(context, 'keyFigures', { count }), { type: 'list', items: figures });
  }
  if (dated.length >= 3) {
    const timeline = writeTimeline(context);
    // "du 13 octobre 2012 au 20 janvier 2013": a dated day takes its article, realised with de and à.
    // A month keeps no capital inside a sentence ("Décembre 2012" opened a source sentence).
    const dates = timeline.map((item) => item.label ?? item.highlight ?? '');
    const said = (date: string): string => {
      const lower = date.replace(/^\p{Lu}(?=\p{Ll}+\s+\d{4})/u, (c) => c.toLowerCase());
      return /^\d{1,2}(?:er|ᵉʳ)?\s+\p{L}/u.test(lower) ? `le ${lower}` : lower;
    };
    if (timeline.length >= 2) {
      const first = said(spanEnd(dates[0]!, 'start'));
      const last = said(spanEnd(dates[dates.length - 1]!, 'end'));
      withIntro(fixedHeading(context, 'timeline', used), intro(context, 'timeline', { first, last }), { type: 'list', items: timeline });
    }
  }
  const people = writePeople(context, new Set([...definedForms, keyphrase.text]));
  if (people.length) withIntro(fixedHeading(context, 'people', used), listIntro(context, 'people', people), { type: 'list', items: people });
  const glossary = writeGlossary(context, terms, { maxTerms: config.maxGlossaryTerms });
  const glossaryIntro = glossary.length ? listIntro(context, 'glossary', glossary) : undefined;
  if (glossary.length) withIntro(fixedHeading(context, 'glossary', used), glossaryIntro, { type: 'list', items: glossary });
  const leadIds = new Set(lead.sentences.flatMap((s) => s.provenance.sources));
  const faq = writeFaq(context, leadIds, summaries);
  if (faq.length) withIntro(fixedHeading(context, 'faq', used), intro(context, 'faq', {}), { type: 'faq', items: faq });
  const conclusion = writeConclusion(context, lead.sentences.map((s) => s.text));
  if (conclusion.length) drafts.push(fixedHeading(context, 'conclusion', used), ...conclusion.map((sentences): Draft => ({ type: 'paragraph', sentences })));

  return { context, drafts, used, faq, dated: Boolean(lead.dated), figuresLeftOut, ...(glossaryIntro ? { glossary: { intro: glossaryIntro, items: glossary } } : {}) };
}

/**
 * The words the article lacks (negative: the words it has to spare), its H1 included, as the report counts them; none
 * for a long source's article, far past the minimum, whose words are not counted one by one.
 */
function wordsLacking(input: WriteInput, written: ArticleTexts): number {
  return written.length > input.minWords * 20 ? 0 : input.minWords - countJoinedWords(written.texts) - countWords(input.h1Hint);
}

/** Whether the article, before the fill, has fewer words than the minimum. */
const fallsShort = (input: WriteInput, drafts: readonly Draft[]): boolean => wordsLacking(input, articleTexts(placeKeyphrase(drafts, input.keyphrase).blocks)) > 0;

/**
 * Short of the minimum: the sentences not restated yet become key points, right after the lead; then the
 * glossary defines more of the source's terms, while fact-free words stay within their share; then more questions.
 */
function fillBody(input: WriteInput, { stems, terms }: Invariants, body: Body, { fillShare, strictFill, boundedFill }: Level, keepBody: boolean): Written {
  // The article's words are those of its blocks' texts joined by line breaks (see countJoinedWords),
  // headings with the keyphrase where the article will place it (a few words each).
  const written = articleTexts(placeKeyphrase(body.drafts, input.keyphrase).blocks);
  const missing = wordsLacking(input, written);
  // The fill changes the body it is given: a copy when the next level may need the body as it was. An article
  // with words enough is not filled, and no level comes after it: most articles copy nothing.
  const { context, drafts, used, faq, dated, glossary } = missing > 0 && keepBody ? copyBody(body) : body;
  const writtenTexts = (): ArticleTexts => articleTexts(placeKeyphrase(drafts, input.keyphrase).blocks);
  const h1Words = countWords(input.h1Hint);
  const wordsShort = (): number => input.minWords - countJoinedWords(writtenTexts().texts) - h1Words;
  let wordsMissing = 0;
  if (missing > 0) {
    const filling = { ...context, strictFill, boundedReadability: boundedFill ?? context.boundedReadability, guard: fillShare === undefined ? context.guard : context.guard.withCandidateShare(fillShare) };
    const points = writeKeyPoints(filling, missing + 10);
    if (points.length) {
      const blocks = [fixedHeading(context, 'keyPoints', used), intro(context, 'keyPoints', {}), { type: 'list', items: points } as Draft];
      drafts.splice(dated ? 2 : 1, 0, ...blocks.filter((b): b is Draft => b !== undefined));
    }
    // The words short are counted again only where a block has changed: each count places the keyphrase in the whole article.
    let short = wordsShort();
    if (glossary && glossary.items.length < Math.min(terms.length, config.maxGlossaryTermsToFill) && short > 0 && fillGlossary(filling, drafts, glossary, terms, stems(), short + 10)) short = wordsShort();
    const questions = short > 0 && faq.length ? extendFaq(filling, short + 10, faq) : [];
    if (questions.length) {
      faq.push(...questions);
      short = wordsShort();
    }
    wordsMissing = short;
  }
  // The words over the minimum: a long source's article has words to spare (its words were not counted).
  const spareWords = written.length > input.minWords * 20 ? Number.POSITIVE_INFINITY : -(missing > 0 ? wordsMissing : missing);
  const placed = placeKeyphrase(drafts, input.keyphrase, { h1: input.h1Hint, spareWords });
  const blocks = placed.excess > 0 ? withoutKeyphraseQuestions(placed.blocks, input.keyphrase.text, placed.excess, placed.spareWords) : placed.blocks;
  return { blocks, wordsMissing };
}
