/**
 * What the preview page asks for and gets: POST /api/generate's body is checked field by field,
 * the article is made by the library exactly as `plume generate` makes it (generateArticle, then
 * renderArticle for each format: the same bytes), and the answer adds what the page shows beside
 * it: the SEO and readability assessments, the search-result snippet and the warnings.
 *
 * The assessments read the rendered page as `plume check` reads it (readArticle, paperOf): the
 * preview's verdicts are those of `plume check` on the downloaded file, whatever levels and
 * markup the page template chooses.
 */
import { generateArticle, renderArticle } from '../index.js';
import { InputError } from '../errors.js';
import { config } from '../config.js';
import { checkMinWords } from '../source/brief.js';
import { assessPaper, assessmentConfig, titleWidth, type Assessments } from '../seo/assessments/index.js';
import type { Article, GenerateOptions } from '../types.js';
import { readArticle } from '../check/read-article.js';
import { paperOf } from '../check/audit.js';

/** The body of POST /api/generate. Empty strings and null mean "not given", as an empty form field does. */
export interface PreviewRequest {
  readonly text: string;
  readonly minWords?: number;
  readonly keyphrase?: string;
  readonly seed?: number;
  readonly url?: string;
  readonly date?: string;
}

/** The title, address and description as a search engine shows them, with their measures and limits. */
export interface Snippet {
  readonly title: string;
  readonly titleChars: number;
  readonly titlePixels: number;
  readonly maxTitleChars: number;
  readonly maxTitlePixels: number;
  /** The canonical address when one was given, else undefined (the page shows the slug alone). */
  readonly url?: string;
  readonly slug: string;
  readonly description: string;
  readonly descriptionChars: number;
  readonly minDescriptionChars: number;
  readonly maxDescriptionChars: number;
}

export interface PreviewResponse {
  readonly html: string;
  readonly md: string;
  readonly json: string;
  readonly article: Pick<Article, 'meta' | 'blocks' | 'report' | 'sentences'>;
  readonly assessments: Assessments;
  readonly snippet: Snippet;
  readonly warnings: readonly string[];
}

const FIELDS: readonly string[] = ['text', 'minWords', 'keyphrase', 'seed', 'url', 'date'];

const given = (value: unknown): boolean => value !== undefined && value !== null && value !== '';

function optionalString(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  if (!given(value)) return undefined;
  if (typeof value !== 'string') throw new InputError(`${name} must be a string, not ${JSON.stringify(value)}`);
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function optionalInteger(body: Record<string, unknown>, name: string): number | undefined {
  const value = body[name];
  if (!given(value)) return undefined;
  const number = typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isSafeInteger(number)) throw new InputError(`${name} must be a whole number, not ${JSON.stringify(value)}`);
  return number;
}

/** A parsed JSON body → the request, or an InputError that says what is wrong with it. */
export function readPreviewRequest(body: unknown): PreviewRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new InputError('the request body must be a JSON object such as {"text": "…"}');
  const record = body as Record<string, unknown>;
  const unknown = Object.keys(record).filter((key) => !FIELDS.includes(key));
  if (unknown.length > 0) throw new InputError(`unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => JSON.stringify(k)).join(', ')}: the fields are ${FIELDS.join(', ')}`);
  if (typeof record.text !== 'string') throw new InputError('text must be a string: the French source text');
  const minWords = optionalInteger(record, 'minWords');
  const seed = optionalInteger(record, 'seed');
  const keyphrase = optionalString(record, 'keyphrase');
  const url = optionalString(record, 'url');
  const date = optionalString(record, 'date');
  return {
    text: record.text,
    ...(minWords !== undefined && { minWords: checkMinWords(minWords) }),
    ...(keyphrase !== undefined && { keyphrase }),
    ...(seed !== undefined && { seed }),
    ...(url !== undefined && { url }),
    ...(date !== undefined && { date }),
  };
}

/** The options `plume generate` would get from the same form: --min-words, --keyphrase, --seed, --url, --date. */
export function optionsOf(request: PreviewRequest): GenerateOptions {
  const { text: _text, ...options } = request;
  return options;
}

function snippetOf(article: Article): Snippet {
  const { title, description, slug, url } = article.meta;
  return {
    title,
    titleChars: article.report.titleLength,
    titlePixels: titleWidth(title, assessmentConfig.titleWidth.fontSize),
    maxTitleChars: config.titleMaxChars,
    maxTitlePixels: assessmentConfig.titleWidth.maximum,
    ...(url !== undefined && { url }),
    slug,
    description,
    descriptionChars: article.report.descriptionLength,
    minDescriptionChars: config.descriptionMinChars,
    maxDescriptionChars: config.descriptionMaxChars,
  };
}

/**
 * The preview of one request. A source too thin for the minimum is not an error here (plume
 * generate would exit 1 unless --allow-short): the article is shown with a warning. Bad input
 * throws the library's InputError.
 */
export function previewArticle(request: PreviewRequest): PreviewResponse {
  const article = generateArticle(request.text, optionsOf(request));
  const { words, minWords } = article.report;
  const warnings = [
    ...article.warnings,
    ...(words < minWords
      ? [`the article has ${words} words, fewer than the ${minWords} asked for: the source is too thin to reach the minimum honestly (plume generate writes it only with --allow-short); add source text or lower the minimum`]
      : []),
  ];
  const { meta, blocks, report, sentences } = article;
  const html = renderArticle(article, 'html');
  return {
    html,
    md: renderArticle(article, 'md'),
    json: renderArticle(article, 'json'),
    article: { meta, blocks, report, sentences },
    assessments: assessPaper(paperOf(readArticle(html, 'html'))),
    snippet: snippetOf(article),
    warnings,
  };
}
