/** group: Sentence[] → TopicGroup[], by the lexicon's topic keywords, the source's own subheadings, and a fallback. */
import type { Sentence, Source, TopicGroup } from '../types.js';
import { builtJson, loadJson } from '../data.js';
import { config } from '../config.js';
import { countWordsOf, fold, isNumberedItem } from '../text.js';
import { remembered, rememberedForGood } from '../remember.js';

export interface Topic {
  readonly id: string;
  readonly keywords: readonly string[];
  /**
   * Words that name who acts in the topic's domain ("ministère", "préfecture"): any story may name them (the health
   * ministry's advice in a cold spell), so each weighs ACTOR_WEIGHT of a keyword.
   */
  readonly actors?: readonly string[];
  readonly headings: readonly string[];
  /** Headings that name no domain ("Les faits", "La situation"): a phrase or a subject of the section heads it first. */
  readonly vague?: boolean;
}
interface TopicLexicon { readonly topics: readonly Topic[] }

export const FALLBACK_TOPIC = 'general';
const MIN_PARAGRAPH_SCORE = 2;
/** Keyword families the whole text needs for its main topic to name a section with few words of its own. */
const MAIN_TOPIC_FAMILIES = 4;
/** What an actor word weighs beside a keyword of the topic. */
const ACTOR_WEIGHT = 0.5;

/**
 * Folded words of a sentence, elided articles apart: "d’investisseurs" → "d", "investisseurs" (no apostrophe is
 * a word's letter). A word that ends like a past participle keeps its é: "livré" is not "livre", nor "marché" "marche".
 */
function wordsOf(text: string): string[] {
  const folded = fold(text).match(/[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ\d-]+/gu) ?? [];
  if (!PARTICIPLE_END.test(text)) return folded;
  // fold keeps the words and their order: the text's words, lower case, say which end in é.
  const lower = text.toLowerCase().match(/[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ\d-]+/gu) ?? [];
  return lower.length === folded.length ? folded.map((w, i) => keepParticiple(w, lower[i]!)) : folded;
}

const PARTICIPLE_END = /é(?:e|s|es)?(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ſ\d-])/iu;

/** The folded word with the é of its participle ending back, when `written` ends in é, ée, és or ées. */
function keepParticiple(folded: string, written: string): string {
  // Most words hold no é: no pattern to run for them.
  if (!written.includes('é')) return folded;
  const ending = /é(e|s|es)?$/u.exec(written);
  return ending ? folded.replace(/e(e|s|es)?$/u, 'é$1') : folded;
}

function matches(word: string, keyword: string): boolean {
  if (keyword.endsWith('*')) return word.startsWith(keyword.slice(0, -1));
  if (word === keyword) return true;
  // The keyword and an s or an x, told without making the plural.
  if (word.length === keyword.length + 1 && (word.endsWith('s') || word.endsWith('x')) && word.startsWith(keyword)) return true;
  return keyword.endsWith('al') && word === `${keyword.slice(0, -2)}aux`;
}

/** The keywords of a topic list, prepared once: exact forms in a map, prefixes and multi-word keywords apart. */
interface TopicIndex {
  readonly exact: Map<string, string[]>;
  /** Actor words (Topic.actors), exact forms. */
  readonly actors: Map<string, string[]>;
  readonly prefixes: readonly { readonly prefix: string; readonly topic: string }[];
  /** Multi-word keywords, keyed by the first letters of their first word. */
  readonly phrases: ReadonlyMap<string, readonly { readonly words: readonly string[]; readonly topic: string }[]>;
}

/** A hit of one word alone: its topic, its weight, and the keyword it is (none for an actor word). */
interface WordHit {
  readonly topic: string;
  readonly weight: number;
  readonly keyword?: string;
}

/** What one folded word is to an index: its hits alone (exact forms, actors, prefixes, in that order) and the multi-word keywords it may open. */
interface WordHits {
  readonly own: readonly WordHit[];
  readonly phrases: readonly { readonly words: readonly string[]; readonly topic: string }[];
}

const phraseKey = (word: string): string => word.slice(0, 3);

/** What most words are to an index: one object for all of them, which evidenceOf passes over at once. */
const NO_HITS: WordHits = { own: [], phrases: [] };

const indexes = new WeakMap<readonly Topic[], TopicIndex>();

/**
 * The hits of each word for an index, kept from one article to the next (remember.ts): the same common words
 * come back in every text, and their prefixes and their keyword's form were looked up again each time.
 */
const wordHits = new WeakMap<TopicIndex, (word: string) => WordHits>();

function hitsIn(index: TopicIndex): (word: string) => WordHits {
  let hitsOf = wordHits.get(index);
  if (hitsOf) return hitsOf;
  const { exact, actors, prefixes, phrases } = index;
  hitsOf = rememberedForGood((word: string): WordHits => {
    const own: WordHit[] = [];
    for (const topic of exact.get(word) ?? []) own.push({ topic, weight: 1, keyword: keywordOf(word) });
    for (const topic of actors.get(word) ?? []) own.push({ topic, weight: ACTOR_WEIGHT });
    for (const { prefix, topic } of prefixes) if (word.startsWith(prefix)) own.push({ topic, weight: 1, keyword: prefix });
    const opened = phrases.get(phraseKey(word));
    return own.length === 0 && opened === undefined ? NO_HITS : { own, phrases: opened ?? [] };
  });
  wordHits.set(index, hitsOf);
  return hitsOf;
}

/** The index of the lexicon's topics, made by the build (scripts/lexicon-indexes.mjs): a cold start reads it instead of folding 1 300 keywords. */
export const TOPIC_INDEX_PATH = 'dist/topic-index.json';

interface SavedIndex {
  /** How many keywords the lexicon had: a lexicon changed since the build is indexed again. */
  readonly keywords: number;
  readonly exact: readonly (readonly [string, string[]])[];
  readonly actors: readonly (readonly [string, string[]])[];
  readonly prefixes: TopicIndex['prefixes'];
  readonly phrases: readonly (readonly [string, readonly { readonly words: readonly string[]; readonly topic: string }[]])[];
}

const lexiconTopics = (): readonly Topic[] => loadJson<TopicLexicon>('lexicon/topics.json').topics;
const keywordCount = (topics: readonly Topic[]): number => topics.reduce((n, topic) => n + topic.keywords.length + (topic.actors?.length ?? 0), 0);

/** What the build saves: the lexicon's index, as JSON. */
export function savedTopicIndex(): SavedIndex {
  const topics = lexiconTopics();
  const { exact, actors, prefixes, phrases } = makeIndex(topics);
  return { keywords: keywordCount(topics), exact: [...exact], actors: [...actors], prefixes, phrases: [...phrases] };
}

function indexOf(topics: readonly Topic[]): TopicIndex {
  let index = indexes.get(topics);
  if (index) return index;
  const saved = topics === lexiconTopics() ? builtJson<SavedIndex>(TOPIC_INDEX_PATH) : undefined;
  index = saved && saved.keywords === keywordCount(topics) && saved.actors !== undefined ? { exact: new Map(saved.exact), actors: new Map(saved.actors), prefixes: saved.prefixes, phrases: new Map(saved.phrases) } : makeIndex(topics);
  indexes.set(topics, index);
  return index;
}

function makeIndex(topics: readonly Topic[]): TopicIndex {
  const exact = new Map<string, string[]>();
  const actors = new Map<string, string[]>();
  const prefixes: { prefix: string; topic: string }[] = [];
  const phrases = new Map<string, { words: string[]; topic: string }[]>();
  for (const topic of topics) {
    for (const raw of topic.keywords) {
      const words = fold(raw).split(/[\s’]+/).filter(Boolean);
      const written = raw.toLowerCase().split(/[\s’']+/).filter(Boolean);
      if (written.length === words.length) words.forEach((w, i) => (words[i] = keepParticiple(w, written[i]!)));
      if (words.length > 1) phrases.set(phraseKey(words[0]!), [...(phrases.get(phraseKey(words[0]!)) ?? []), { words, topic: topic.id }]);
      else if (raw.endsWith('*')) prefixes.push({ prefix: words[0]!.slice(0, -1), topic: topic.id });
      else {
        const word = words[0]!;
        const forms = [word, `${word}s`, `${word}x`, ...(word.endsWith('al') ? [`${word.slice(0, -2)}aux`] : [])];
        for (const form of forms) exact.set(form, [...(exact.get(form) ?? []), topic.id]);
      }
    }
    for (const raw of topic.actors ?? []) {
      // As a keyword's, an actor's é ending stays: the text's "Élysée" is read "elysée".
      const word = keepParticiple(fold(raw), raw.toLowerCase());
      for (const form of [word, `${word}s`, `${word}x`]) actors.set(form, [...(actors.get(form) ?? []), topic.id]);
    }
  }
  return { exact, actors, prefixes, phrases };
}

let measures: { readonly currencies: ReadonlySet<string>; readonly magnitudes: ReadonlySet<string> } | undefined;

/**
 * "38,6 millions de livres", "12 livres": a currency after a figure (lexicon/markers.json) is money, not the
 * word of a topic ("livre" is also a book).
 */
function withoutCurrencies(words: readonly string[]): readonly string[] {
  if (!measures) {
    const lexicon = loadJson<{ readonly currencies: readonly string[]; readonly magnitudes: readonly string[] }>('lexicon/markers.json');
    measures = { currencies: new Set(lexicon.currencies.map(fold)), magnitudes: new Set(lexicon.magnitudes.map(fold)) };
  }
  const { currencies, magnitudes } = measures;
  const figure = (word: string | undefined): boolean => word !== undefined && (/^\d/u.test(word) || magnitudes.has(word));
  return words.filter((word, i) => !currencies.has(word) || !(figure(words[i - 1]) || (words[i - 1] === 'de' && figure(words[i - 2]))));
}

/** A topic's hits in one text: their weight and the distinct keywords they are. */
interface TextEvidence {
  readonly scores: Map<string, number>;
  readonly keywords: Map<string, Set<string>>;
}

/** …in sentences, with how many of them hold the topic's hits. */
interface Evidence extends TextEvidence {
  readonly sentences: Map<string, number>;
}

/** A keyword found at words [start, end] of a text: its weight, and the keyword (undefined for an actor word). */
interface Hit {
  readonly start: number;
  readonly end: number;
  readonly weight: number;
  readonly keyword?: string;
}

/** "tribunaux" and "tribunal", "écoles" and "école": one keyword. */
const keywordOf = (word: string): string => word.replace(/aux$/u, 'al').replace(/(?<=.{3})[sx]$/u, '');

/**
 * Keyword hits of one text for every topic (multi-word keywords count as many as their words). Keywords side by side
 * name one thing ("plateformes en ligne", "école primaire"): they weigh as the heaviest of them, and are one keyword.
 */
function evidenceOf(text: string, topics: readonly Topic[]): TextEvidence {
  const hitsOf = hitsIn(indexOf(topics));
  const words = withoutCurrencies(wordsOf(text));
  const hits = new Map<string, Hit[]>();
  const add = (topic: string, hit: Hit): void => {
    const list = hits.get(topic);
    if (list) list.push(hit);
    else hits.set(topic, [hit]);
  };
  words.forEach((word, i) => {
    const wordHits = hitsOf(word);
    // Most words name no topic: nothing to read for them.
    if (wordHits === NO_HITS) return;
    const { own, phrases } = wordHits;
    for (const { topic, weight, keyword } of own) add(topic, { start: i, end: i, weight, keyword });
    for (const { words: phrase, topic } of phrases) {
      if (i + phrase.length <= words.length && phrase.every((k, j) => matches(words[i + j]!, k))) add(topic, { start: i, end: i + phrase.length - 1, weight: phrase.length, keyword: phrase.join(' ') });
    }
  });
  const scores = new Map<string, number>();
  const keywords = new Map<string, Set<string>>();
  // Each topic's hits come in the order of their words: the loop above goes through the text once.
  for (const [topic, list] of hits) {
    let score = 0;
    const found = new Set<string>();
    for (let i = 0; i < list.length; ) {
      // A run of hits that touch: one thing named, weighing as its heaviest hit, known by its first keyword.
      let { end, weight } = list[i]!;
      let keyword = list[i]!.keyword;
      let j = i + 1;
      for (; j < list.length && list[j]!.start <= end + 1; j++) {
        end = Math.max(end, list[j]!.end);
        weight = Math.max(weight, list[j]!.weight);
        keyword ??= list[j]!.keyword;
      }
      score += weight;
      if (keyword !== undefined) found.add(keyword);
      i = j;
    }
    scores.set(topic, score);
    keywords.set(topic, found);
  }
  return { scores, keywords };
}

/** Keyword hits of one text for every topic. */
export function topicScores(text: string, topics: readonly Topic[]): Map<string, number> {
  return evidenceOf(text, topics).scores;
}

/** How many of the topic's keywords the sentence uses (multi-word keywords count when all their words follow). */
export function topicScore(text: string, topic: Topic): number {
  return topicScores(text, [topic]).get(topic.id) ?? 0;
}

/**
 * The topic with the highest score (ties go to the topic the whole text is most about), among those with enough
 * evidence: a score of MIN_PARAGRAPH_SCORE and as many distinct keywords ("tribunal" twice is one word of the topic,
 * "primaire" in a school's name no election), or what `enough` asks instead.
 */
function bestOf(evidence: Evidence, ranked: readonly Topic[], enough: (topic: string) => boolean = (topic) => (evidence.keywords.get(topic)?.size ?? 0) >= MIN_PARAGRAPH_SCORE): string | undefined {
  let best: string | undefined;
  let bestScore = 0;
  for (const topic of ranked) {
    const score = evidence.scores.get(topic.id) ?? 0;
    if (score > bestScore && score >= MIN_PARAGRAPH_SCORE && enough(topic.id)) {
      best = topic.id;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Keywords of one family are one piece of evidence: "enquête" and "enquêteurs", "investir" and "investissements",
 * "maladie" and "malade" say the same thing twice. Their first FAMILY_LETTERS letters make the family.
 */
const FAMILY_LETTERS = 5;
const familiesOf = (keywords: ReadonlySet<string> | undefined): number => new Set([...(keywords ?? [])].map((k) => k.slice(0, FAMILY_LETTERS))).size;

/** The share of a long section's sentences that must say its topic, for the topic to head it. */
const MIN_SENTENCE_SHARE = 0.25;

/**
 * What a section's heading asks of its topic, more than a paragraph's cut does: two keyword families, and hits in two
 * of its sentences at least, a quarter of them in a long section. One sentence's words name what that sentence speaks
 * of, not the section: a summit's "enveloppe" before its five priorities, the airport a visit starts at. The text's
 * own main topic, when its words are many, may name a section whose topic words the lead took.
 */
function headingTopic(evidence: Evidence, ranked: readonly Topic[], main: string | undefined, sentences: number): string | undefined {
  const spread = Math.min(sentences, Math.max(MIN_PARAGRAPH_SCORE, Math.ceil(sentences * MIN_SENTENCE_SHARE)));
  const best = bestOf(evidence, ranked, (topic) => familiesOf(evidence.keywords.get(topic)) >= MIN_PARAGRAPH_SCORE && (topic === main || (evidence.sentences.get(topic) ?? 0) >= spread));
  if (best === undefined) return undefined;
  // A section that says another topic as much, in as many families, is about both: naming one would mislead.
  const score = evidence.scores.get(best) ?? 0;
  const tied = ranked.some(({ id }) => id !== best && (evidence.scores.get(id) ?? 0) >= score && familiesOf(evidence.keywords.get(id)) >= MIN_PARAGRAPH_SCORE);
  return tied ? undefined : best;
}

/**
 * A text's hits for every topic of the lexicon, kept for the article (remember.ts): the sections score each sentence
 * for several groups of topics, and the FAQ asks of many sentences whether they say one topic. A topic's hits are
 * its own keywords' alone, whatever other topics are read with it.
 */
const lexiconEvidence = remembered((text: string): TextEvidence => evidenceOf(text, lexiconTopics()));

/** The summed keyword hits of sentences and their distinct keywords, per topic (each sentence is scored once). */
function scoresOf(sentences: readonly Sentence[], topics: readonly Topic[]): Evidence {
  const wanted = new Set(topics.map((t) => t.id));
  const scores = new Map<string, number>();
  const keywords = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    const evidence = lexiconEvidence(sentence.text);
    for (const [topic, n] of evidence.scores) {
      if (!wanted.has(topic)) continue;
      scores.set(topic, (scores.get(topic) ?? 0) + n);
      counts.set(topic, (counts.get(topic) ?? 0) + 1);
      const found = keywords.get(topic) ?? new Set<string>();
      for (const keyword of evidence.keywords.get(topic) ?? []) found.add(keyword);
      keywords.set(topic, found);
    }
  }
  return { scores, keywords, sentences: counts };
}

interface Run {
  topic: string;
  sentences: Sentence[];
  /** The run starts under one of the source's own subheadings. */
  sourceBreak?: boolean;
}

/** Words of a run; each sentence is counted once in the article, for the sections that count it again. */
const wordsIn = (run: Run): number => run.sentences.reduce((n, s) => n + countWordsOf(s.text), 0);

/** Runs that are too short for a section of their own join their neighbour. */
function mergeShortRuns(runs: Run[], minWords: number): Run[] {
  const out: Run[] = [];
  // The words of each run of `out`, kept as it grows: a long source's run takes in thousands of sentences, and
  // counting them again at each join made the merge quadratic.
  const words: number[] = [];
  for (const run of runs) {
    const previous = out[out.length - 1];
    const own = wordsIn(run);
    // The source's own subheading is kept unless what follows it is a line or two.
    const kept = run.sourceBreak && own >= minWords / 2;
    if (previous && !kept && (previous.topic === run.topic || own < minWords)) {
      previous.sentences.push(...run.sentences);
      words[words.length - 1]! += own;
    } else if (previous && words[words.length - 1]! < minWords) {
      previous.sentences.push(...run.sentences);
      previous.topic = run.topic;
      words[words.length - 1]! += own;
    } else {
      out.push({ ...run, sentences: [...run.sentences] });
      words.push(own);
    }
  }
  return out;
}

/** Keep at most `max` sections: the smallest pair of neighbours joins first. */
function capRuns(runs: Run[], max: number): Run[] {
  // Word counts kept beside the runs: a long source has thousands of runs to join.
  const out = runs.map((r) => ({ topic: r.topic, sentences: [...r.sentences], words: wordsIn(r) }));
  while (out.length > max) {
    let smallest = 0;
    for (let i = 1; i < out.length - 1; i++) {
      if (out[i]!.words + out[i + 1]!.words < out[smallest]!.words + out[smallest + 1]!.words) smallest = i;
    }
    const [a, b] = [out[smallest]!, out[smallest + 1]!];
    const topic = b.words > a.words ? b.topic : a.topic;
    out.splice(smallest, 2, { topic, sentences: a.sentences.concat(b.sentences), words: a.words + b.words });
  }
  return out.map(({ topic, sentences }) => ({ topic, sentences }));
}

/** The paragraph `next` is an item of the list that `before` opens (on a colon) or goes on with: no section cuts a list. */
function continuesList(before: readonly Sentence[], next: readonly Sentence[]): boolean {
  const last = before[before.length - 1];
  return last !== undefined && isNumberedItem(next[0]?.text ?? '') && (/:\s*$/u.test(last.text) || isNumberedItem(last.text));
}

/** A single long section is cut at paragraph boundaries so that the article has at least two. */
function splitLonely(runs: Run[]): Run[] {
  if (runs.length !== 1) return runs;
  const [only] = runs as [Run];
  const total = wordsIn(only);
  if (total < 120) return runs;
  let words = 0;
  const cut = only.sentences.findIndex((s, i) => {
    words += countWordsOf(s.text);
    const next = only.sentences[i + 1];
    return next !== undefined && words >= total / 2 && next.paragraph !== s.paragraph && !continuesList([s], [next]);
  });
  const at = cut >= 0 ? cut + 1 : Math.ceil(only.sentences.length / 2);
  return [
    { topic: only.topic, sentences: only.sentences.slice(0, at) },
    { topic: FALLBACK_TOPIC, sentences: only.sentences.slice(at) },
  ];
}

/** What may head a section of a group: its topic's labels, and those of a topic the section only shares with the story. */
export interface SectionLabels {
  /** The labels of the group's topic, which the section's sentences say. */
  readonly labels: readonly string[];
  /**
   * The labels of the text's main topic, which the section's own sentences do not say (the lead took them): true of
   * the whole story, they head the section only when it names nothing of its own (a phrase, a subject). So do those
   * of a vague topic ("Les faits"), which name no domain.
   */
  readonly loose?: readonly string[];
}

/**
 * The labels of the group's topic when `sentences` (those of the group that its section writes: the lead took some,
 * or a subheading's part) still say it as groupByTopic asked of the whole group: two keyword families, in enough of
 * the sentences. A topic that only the lead's sentences said ("amende" in the lead, "justice" in a list after it)
 * would name a section that says nothing of it: none then, unless it is the story's main topic (SectionLabels.loose).
 */
export function labelsFor(group: TopicGroup, sentences: readonly Sentence[]): SectionLabels {
  const topic = lexiconTopics().find((t) => t.id === group.topic);
  if (topic === undefined || group.headings.length === 0) return { labels: group.headings };
  const evidence = scoresOf(sentences, [topic]);
  const spread = Math.min(sentences.length, Math.max(MIN_PARAGRAPH_SCORE, Math.ceil(sentences.length * MIN_SENTENCE_SHARE)));
  const main = group.main === true;
  const said = familiesOf(evidence.keywords.get(topic.id)) >= MIN_PARAGRAPH_SCORE && (main || (evidence.sentences.get(topic.id) ?? 0) >= spread);
  if (said && topic.vague === true) return { labels: [], loose: group.headings };
  return said ? { labels: group.headings } : { labels: [], ...(main && { loose: group.headings }) };
}

export function groupByTopic(sentences: readonly Sentence[], source: Pick<Source, 'subheadings'>): readonly TopicGroup[] {
  const { topics } = loadJson<TopicLexicon>('lexicon/topics.json');
  const body = sentences.filter((s) => s.origin === 'body');
  const whole = scoresOf(body, topics);
  const overall = whole.scores;
  const scores = topics.map((topic) => ({ topic, score: overall.get(topic.id) ?? 0 }));
  // The topics the whole text is most about come first; ties keep the lexicon's order.
  const ranked = scores.filter((t) => t.score > 0).sort((a, b) => b.score - a.score).map((t) => t.topic);
  const byId = new Map(topics.map((t) => [t.id, t]));

  // The source's paragraphs are its topic units: each takes the topic its words score most,
  // a paragraph without topic words stays with the one before, and the source's subheadings always cut.
  const paragraphs = new Map<number, Sentence[]>();
  for (const sentence of body) {
    // Pushed, not copied: a long source's paragraph may hold a thousand sentences.
    const paragraph = paragraphs.get(sentence.paragraph);
    if (paragraph) paragraph.push(sentence);
    else paragraphs.set(sentence.paragraph, [sentence]);
  }
  const sourceBreaks = new Set(source.subheadings.map((h) => h.paragraph));
  const candidates = ranked.slice(0, config.maxTopicSections + 1);
  const runs: Run[] = [];
  for (const [index, sentences] of paragraphs) {
    // One topic word is too little evidence to open a new section.
    const own = bestOf(scoresOf(sentences, candidates), candidates);
    const last = runs[runs.length - 1];
    if (last && !sourceBreaks.has(index) && (own === undefined || own === last.topic || continuesList(last.sentences, sentences))) last.sentences.push(...sentences);
    else runs.push({ topic: own ?? last?.topic ?? ranked[0]?.id ?? FALLBACK_TOPIC, sentences: [...sentences], sourceBreak: sourceBreaks.has(index) });
  }
  const merged = splitLonely(capRuns(mergeShortRuns(runs, 45), config.maxTopicSections));
  // The text's main topic, when its words are many and varied, may name a section whose own words the lead took.
  const main = ranked[0] !== undefined && familiesOf(whole.keywords.get(ranked[0].id)) >= MAIN_TOPIC_FAMILIES ? ranked[0].id : undefined;
  return merged.map((run) => {
    // After merging, a section is named after what its own sentences are most about; a topic that its sentences do
    // not say (one that a neighbour or the whole text lent its run) gives way to a heading that names no subject.
    const topic = headingTopic(scoresOf(run.sentences, candidates), candidates, main, run.sentences.length) ?? FALLBACK_TOPIC;
    return { topic, headings: byId.get(topic)?.headings ?? [], sentences: run.sentences, ...(topic === main && { main: true as const }) };
  });
}

/** Whether `text` uses a keyword (or an actor word) of the lexicon's topic `id`: evidence that a sentence is of that topic. */
export function saysTopic(text: string, id: string): boolean {
  return (lexiconEvidence(text).scores.get(id) ?? 0) > 0;
}
