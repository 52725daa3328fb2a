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

/**
 * The body of POST /api/generate: the text and plume generate's options, named as in its JSONL
 * lines (camelCase of the command-line options). Empty strings and null mean "not given", as an
 * empty form field does.
 */
export interface PreviewRequest {
  readonly text: string;
  readonly minWords?: number;
  readonly keyphrase?: string;
  readonly seed?: number;
  readonly url?: string;
  readonly date?: string;
  /** Secondary keywords: an array, or one string separated by commas as --keywords takes them. */
  readonly keywords?: readonly string[];
  readonly image?: string;
  readonly imageAlt?: string;
  readonly sourceUrl?: string;
  readonly siteName?: string;
  readonly author?: string;
  readonly links?: Readonly<Record<string, string>>;
}

const FIELDS: readonly string[] = ['text', 'minWords', 'keyphrase', 'seed', 'url', 'date', 'keywords', 'image', 'imageAlt', 'sourceUrl', 'siteName', 'author', 'links'];
const STRING_FIELDS = ['keyphrase', 'url', 'date', 'image', 'imageAlt', 'sourceUrl', 'siteName', 'author'] as const;

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

function optionalKeywords(value: unknown): string[] | undefined {
  if (!given(value)) return undefined;
  const list = typeof value === 'string' ? value.split(',') : value;
  if (!Array.isArray(list) || list.some((k) => typeof k !== 'string')) throw new InputError(`keywords must be a string of comma-separated keywords or an array of strings, not ${JSON.stringify(value)}`);
  const keywords = (list as string[]).map((k) => k.trim()).filter(Boolean);
  return keywords.length > 0 ? keywords : undefined;
}

function optionalLinks(value: unknown): Record<string, string> | undefined {
  if (!given(value)) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.values(value).some((v) => typeof v !== 'string')) {
    throw new InputError('links must be one JSON object from phrases to URLs: {"pénurie de puces": "https://example.org/puces"}');
  }
  return Object.keys(value).length > 0 ? (value as Record<string, string>) : undefined;
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
  const strings = Object.fromEntries(STRING_FIELDS.map((name) => [name, optionalString(record, name)] as const).filter(([, value]) => value !== undefined));
  if (strings.imageAlt !== undefined && strings.image === undefined) throw new InputError('imageAlt needs image, the image\'s URL');
  const keywords = optionalKeywords(record.keywords);
  const links = optionalLinks(record.links);
  return {
    text: record.text,
    ...(minWords !== undefined && { minWords: checkMinWords(minWords) }),
    ...(seed !== undefined && { seed }),
    ...strings,
    ...(keywords !== undefined && { keywords }),
    ...(links !== undefined && { links }),
  };
}

/** The options `plume generate` gets from the same fields: --min-words, --keyphrase, --seed, --url, --date, --keywords, --image, --image-alt, --source-url, --site-name, --author, --links. */
export function optionsOf(request: PreviewRequest): GenerateOptions {
  const { text: _text, image, imageAlt, ...options } = request;
  return { ...options, ...(image !== undefined && { image: { url: image, ...(imageAlt !== undefined && { alt: imageAlt }) } }) };
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
