/**
 * `plume check`: audits an article, whoever wrote it. The SEO and readability assessments (with
 * French inflected forms, and Yoast's exact matching beside them where it differs), the figures
 * the article is judged by (words, language, headings, repeated sentences) and, given the source,
 * fidelity: numbers and names that the source does not have, and source numbers left out.
 */
import { franc } from 'franc';
import { countWords, fold } from '../text.js';
import { findNumbers } from '../analysis/numbers.js';
import { findEntities } from '../analysis/entities.js';
import { parseSource } from '../source/parse.js';
import { LANGUAGE_SAMPLE_CHARS } from '../source/language.js';
import { assessPaper, KEYPHRASE_ASSESSMENTS, type AssessmentResult, type Paper, type Rating } from '../seo/assessments/index.js';
import { splitSentences } from '../seo/assessments/text/sentences.js';
import type { ArticleBlock, ParsedArticle } from './read-article.js';

export interface CheckedAssessment extends AssessmentResult {
  /** The verdict with Yoast's exact keyphrase matching, when it differs from Plume's. */
  readonly exactMatch?: { readonly score: number; readonly rating: Rating; readonly message: string };
}

export interface Figures {
  /** Words of the visible body, counted as Plume and the judge count them (digit groups one word, l’ two). */
  readonly words: number;
  /** franc's ISO 639-3 guess for the body. */
  readonly language: string;
  readonly headings: Readonly<Record<'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6', number>>;
  readonly paragraphs: number;
  readonly listItems: number;
  readonly maxWordsBetweenHeadings: number;
  readonly titleLength: number;
  readonly descriptionLength: number;
  /** Sentences that occur more than once (lower case, punctuation left out). */
  readonly duplicateSentences: readonly string[];
}

export interface Fidelity {
  readonly numbersNotInSource: readonly string[];
  readonly namesNotInSource: readonly { readonly name: string; readonly where: 'heading' | 'body' }[];
  readonly sourceNumbersMissing: readonly string[];
}

/** What was read from the article, and where each piece came from, then the verdicts. */
export interface CheckReport extends Pick<ParsedArticle, 'format' | 'title' | 'titleSource' | 'description' | 'slug' | 'slugSource' | 'keyphrase' | 'keyphraseSource'> {
  readonly figures: Figures;
  readonly seo: readonly CheckedAssessment[];
  readonly readability: readonly CheckedAssessment[];
  readonly fidelity?: Fidelity;
  readonly summary: Readonly<Record<Rating, number>>;
}

export interface CheckOptions {
  /** Overrides the keyphrase found in the article. */
  readonly keyphrase?: string;
  /** The source text, for the fidelity checks. */
  readonly source?: string;
}

/** The article as the assessments read it: quotations and preformatted text are not the author's prose. */
export function paperOf(article: ParsedArticle, keyphrase = article.keyphrase): Paper {
  return {
    keyphrase,
    title: article.title,
    description: article.description,
    slug: article.slug,
    blocks: article.blocks.flatMap((b): Paper['blocks'][number][] => {
      switch (b.type) {
        case 'heading':
          return [{ type: 'heading', level: b.level, text: b.text }];
        case 'paragraph':
          return [{ type: 'paragraph', text: b.text }];
        case 'item':
          return [{ type: 'paragraph', text: b.text, inList: true }];
        case 'quote':
          return [];
      }
    }),
  };
}

const sentenceKey = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function figures(article: ParsedArticle): Figures {
  const body = article.blocks.map((b) => b.text).join('\n');
  const headings = { h1: 0, h2: 0, h3: 0, h4: 0, h5: 0, h6: 0 };
  let run = 0;
  let maxRun = 0;
  for (const block of article.blocks) {
    if (block.type === 'heading') {
      headings[`h${block.level}`]++;
      run = 0;
    } else maxRun = Math.max(maxRun, (run += countWords(block.text)));
  }
  const seen = new Map<string, number>();
  const duplicates: string[] = [];
  for (const sentence of article.blocks.filter((b) => b.type !== 'heading').flatMap((b) => splitSentences(b.text))) {
    const key = sentenceKey(sentence);
    if (key === '') continue;
    const times = (seen.get(key) ?? 0) + 1;
    seen.set(key, times);
    if (times === 2) duplicates.push(sentence);
  }
  const middle = body.length / 2;
  return {
    words: countWords(body),
    language: franc(body.slice(Math.max(0, middle - LANGUAGE_SAMPLE_CHARS / 2), middle + LANGUAGE_SAMPLE_CHARS / 2), { minLength: 10 }),
    headings,
    paragraphs: article.blocks.filter((b) => b.type === 'paragraph').length,
    listItems: article.blocks.filter((b) => b.type === 'item').length,
    maxWordsBetweenHeadings: maxRun,
    titleLength: [...article.title].length,
    descriptionLength: [...article.description].length,
    duplicateSentences: duplicates,
  };
}

const digitsKey = (value: string): string => value.replace(/[\s\u00A0\u202F]/g, '');

function names(blocks: readonly ArticleBlock[]): { name: string; where: 'heading' | 'body' }[] {
  const found = new Map<string, 'heading' | 'body'>();
  for (const block of blocks) {
    for (const sentence of splitSentences(block.text)) {
      for (const name of findEntities(sentence)) {
        if (name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length < 2) continue;
        const where = block.type === 'heading' ? 'heading' : 'body';
        if (found.get(name) !== 'body') found.set(name, where);
      }
    }
  }
  return [...found].map(([name, where]) => ({ name, where }));
}

/**
 * The source as the article was written from it: without Plume's instruction line and a web page's furniture (a
 * byline, "Publié le 14/11/2026 à 08h12": its numbers are no facts of the story), with the date that a dateline or
 * a publication line gave, as the article says it ("14 novembre 2026").
 */
function sourceProse(sourceText: string): string {
  const { text, datelineText } = parseSource(sourceText);
  return datelineText === undefined ? text : `${datelineText}\n${text}`;
}

export function fidelity(article: ParsedArticle, sourceText: string): Fidelity {
  const source = sourceProse(sourceText);
  const body = article.blocks.map((b) => b.text).join('\n');
  const sourceNumbers = findNumbers(source);
  const sourceKeys = new Set(sourceNumbers.map((n) => digitsKey(n.value)));
  const sourceDigits = digitsKey(source);
  const articleNumbers = findNumbers(body).filter((n) => !n.spelled);
  const articleKeys = new Set(articleNumbers.map((n) => digitsKey(n.value)));
  const bodyDigits = digitsKey(body);
  const foldedSource = fold(source);
  return {
    numbersNotInSource: [...new Set(articleNumbers.map((n) => n.value))].filter((v) => !sourceKeys.has(digitsKey(v)) && !sourceDigits.includes(digitsKey(v))),
    namesNotInSource: names(article.blocks).filter((n) => !foldedSource.includes(fold(n.name))),
    sourceNumbersMissing: [...new Set(sourceNumbers.map((n) => n.value))].filter((v) => !articleKeys.has(digitsKey(v)) && !bodyDigits.includes(digitsKey(v))),
  };
}

export function auditArticle(article: ParsedArticle, options: CheckOptions = {}): CheckReport {
  const keyphrase = options.keyphrase ?? article.keyphrase;
  const paper = paperOf(article, keyphrase);
  const plume = assessPaper(paper, { matching: 'inflected' });
  const yoast = assessPaper(paper, { matching: 'exact' });
  const withExact = (results: readonly AssessmentResult[], exact: readonly AssessmentResult[]): CheckedAssessment[] =>
    results.map((r, i) => {
      const other = exact[i]!;
      return KEYPHRASE_ASSESSMENTS.includes(r.id) && other.rating !== r.rating ? { ...r, exactMatch: { score: other.score, rating: other.rating, message: other.message } } : r;
    });
  const seo = withExact(plume.seo, yoast.seo);
  const readability = withExact(plume.readability, yoast.readability);
  const all = [...seo, ...readability];
  return {
    format: article.format,
    title: article.title,
    titleSource: article.titleSource,
    description: article.description,
    slug: article.slug,
    slugSource: article.slugSource,
    keyphrase,
    keyphraseSource: options.keyphrase !== undefined ? '--keyphrase' : article.keyphraseSource,
    figures: figures(article),
    seo,
    readability,
    ...(options.source !== undefined && { fidelity: fidelity(article, options.source) }),
    summary: { good: all.filter((r) => r.rating === 'good').length, ok: all.filter((r) => r.rating === 'ok').length, bad: all.filter((r) => r.rating === 'bad').length },
  };
}
