/**
 * Reads an article that Plume may or may not have written: an HTML page, or Markdown with YAML front
 * matter. Returns its metadata (title, description, slug, keyphrase, keywords) and its visible blocks
 * in document order. HTML: the first <article>, else <main>, else <body>; navigation, scripts, forms
 * and asides are left out. Markdown is rendered to HTML first (marked), then read the same way.
 */
import { parseDocument } from 'htmlparser2';
import { marked } from 'marked';
import { parse as parseYaml } from 'yaml';
import { InputError } from '../errors.js';

export type ArticleFormat = 'html' | 'md';

export type ArticleBlock =
  | { readonly type: 'heading'; readonly level: 1 | 2 | 3 | 4 | 5 | 6; readonly text: string }
  /** A paragraph, or text loose in a section. */
  | { readonly type: 'paragraph'; readonly text: string }
  /** A list item, a table cell, a definition. */
  | { readonly type: 'item'; readonly text: string }
  /** A quotation (<blockquote>) or preformatted text: words of the page, but not the author's prose. */
  | { readonly type: 'quote'; readonly text: string };

export interface ParsedArticle {
  readonly format: ArticleFormat;
  readonly title: string;
  readonly titleSource: string;
  readonly description: string;
  readonly slug: string;
  readonly slugSource: string;
  readonly keyphrase: string;
  readonly keyphraseSource: string;
  readonly keywords: readonly string[];
  readonly lang?: string;
  readonly blocks: readonly ArticleBlock[];
}

/** The DOM nodes this reader uses (htmlparser2's domhandler nodes, structurally). */
interface DomNode {
  readonly type: string;
  readonly name?: string;
  readonly data?: string;
  readonly attribs?: Readonly<Record<string, string>>;
  readonly children?: readonly DomNode[];
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'embed', 'canvas', 'form', 'button', 'select', 'textarea', 'input', 'nav', 'footer', 'aside', 'head', 'title', 'meta', 'link', 'img']);
const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'ul', 'summary', 'html']);
const ITEMS = new Set(['li', 'dd', 'dt', 'td', 'th']);

/** White space collapsed; no-break and thin spaces kept as they are (they matter to French typography). */
const squash = (text: string): string => text.replace(/[ \t\n\r\f\v]+/g, ' ').trim();

function textOf(node: DomNode): string {
  if (node.type === 'text') return node.data ?? '';
  if (node.name === 'br') return ' ';
  if (node.name && SKIP.has(node.name)) return '';
  return (node.children ?? []).map(textOf).join('');
}

function walkAll(node: DomNode, visit: (n: DomNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walkAll(child, visit);
}

function findFirst(root: DomNode, test: (n: DomNode) => boolean): DomNode | undefined {
  let found: DomNode | undefined;
  walkAll(root, (n) => {
    if (!found && n.type !== 'text' && test(n)) found = n;
  });
  return found;
}

function blockOf(tag: string | undefined, inQuote: boolean, text: string): ArticleBlock | undefined {
  const clean = squash(text);
  if (!/[\p{L}\p{N}]/u.test(clean)) return undefined;
  if (inQuote || tag === 'pre') return { type: 'quote', text: clean };
  if (tag && /^h[1-6]$/.test(tag)) return { type: 'heading', level: Number(tag[1]) as 1 | 2 | 3 | 4 | 5 | 6, text: clean };
  if (tag && ITEMS.has(tag)) return { type: 'item', text: clean };
  return { type: 'paragraph', text: clean };
}

/** The container's text blocks, in order: each block element's own text, loose text as a paragraph. */
function extractBlocks(root: DomNode): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  let buffer = '';
  const flush = (tag: string | undefined, inQuote: boolean): void => {
    const block = blockOf(tag, inQuote, buffer);
    if (block) blocks.push(block);
    buffer = '';
  };
  const walk = (node: DomNode, tag: string | undefined, inQuote: boolean): void => {
    for (const child of node.children ?? []) {
      if (child.type === 'text') {
        buffer += child.data ?? '';
        continue;
      }
      const name = child.name?.toLowerCase();
      if (!name || child.type === 'comment' || child.type === 'directive') continue;
      if (SKIP.has(name)) continue;
      if (name === 'br') {
        buffer += ' ';
        continue;
      }
      if (BLOCK.has(name)) {
        flush(tag, inQuote);
        const meaningful = /^h[1-6]$/.test(name) || name === 'p' || name === 'pre' || ITEMS.has(name) || name === 'figcaption' || name === 'caption' ? name : tag;
        const quote = inQuote || name === 'blockquote';
        walk(child, meaningful, quote);
        flush(meaningful, quote);
      } else walk(child, tag, inQuote);
    }
  };
  walk(root, undefined, false);
  flush(undefined, false);
  return blocks;
}

const attr = (node: DomNode | undefined, name: string): string | undefined => node?.attribs?.[name];

function metaContent(root: DomNode, key: 'name' | 'property', value: string): string | undefined {
  const node = findFirst(root, (n) => n.name === 'meta' && attr(n, key)?.toLowerCase() === value);
  return attr(node, 'content');
}

/** "https://site.fr/actu/mon-article.html" → "mon-article". */
export function slugFromUrl(url: string | undefined): string {
  if (!url) return '';
  try {
    const path = new URL(url, 'https://example.invalid/').pathname.replace(/\/+$/, '');
    return decodeURIComponent(path.split('/').pop() ?? '').replace(/\.(?:html?|php|aspx?)$/i, '');
  } catch {
    return '';
  }
}

/** Keywords as a list, from a YAML list or a comma-separated string. */
function keywordList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((v) => squash(String(v))).filter((v) => v !== '');
  if (typeof value === 'string') return value.split(/[,;]/).map(squash).filter((v) => v !== '');
  return [];
}

interface Metadata {
  readonly title?: string;
  readonly titleSource?: string;
  readonly description?: string;
  readonly slug?: string;
  readonly slugSource?: string;
  readonly keyphrase?: string;
  readonly keyphraseSource?: string;
  readonly keywords: readonly string[];
  readonly lang?: string;
}

function readHtml(html: string, meta: Metadata, format: ArticleFormat): ParsedArticle {
  const document = parseDocument(html) as unknown as DomNode;
  const titleNode = findFirst(document, (n) => n.name === 'title');
  const htmlNode = findFirst(document, (n) => n.name === 'html');
  const container = findFirst(document, (n) => n.name === 'article') ?? findFirst(document, (n) => n.name === 'main') ?? findFirst(document, (n) => n.name === 'body') ?? document;
  const blocks = extractBlocks(container);
  const firstH1 = blocks.find((b) => b.type === 'heading' && b.level === 1)?.text;

  const titleTag = titleNode ? squash(textOf({ type: 'tag', children: titleNode.children ?? [] })) : '';
  const ogTitle = squash(metaContent(document, 'property', 'og:title') ?? '');
  const [title, titleSource] =
    meta.title ? [meta.title, meta.titleSource ?? 'front matter']
    : titleTag ? [titleTag, '<title>']
    : ogTitle ? [ogTitle, 'og:title']
    : firstH1 ? [firstH1, 'first H1']
    : ['', 'none'];

  const slugMeta = squash(metaContent(document, 'name', 'slug') ?? '');
  const canonical = attr(findFirst(document, (n) => n.name === 'link' && (attr(n, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')), 'href');
  const ogUrl = metaContent(document, 'property', 'og:url');
  const [slug, slugSource] =
    meta.slug ? [meta.slug, meta.slugSource ?? 'front matter']
    : slugMeta ? [slugMeta, 'meta slug']
    : slugFromUrl(canonical) ? [slugFromUrl(canonical), 'canonical']
    : slugFromUrl(ogUrl) ? [slugFromUrl(ogUrl), 'og:url']
    : ['', 'none'];

  const keywords = meta.keywords.length > 0 ? meta.keywords : keywordList(metaContent(document, 'name', 'keywords') ?? '');
  const keyphraseMeta = squash(metaContent(document, 'name', 'keyphrase') ?? metaContent(document, 'name', 'focus-keyphrase') ?? '');
  const [keyphrase, keyphraseSource] =
    meta.keyphrase ? [meta.keyphrase, meta.keyphraseSource ?? 'front matter']
    : keyphraseMeta ? [keyphraseMeta, 'meta keyphrase']
    : keywords[0] ? [keywords[0], format === 'md' ? 'front matter keywords' : 'meta keywords']
    : ['', 'none'];

  const lang = meta.lang ?? attr(htmlNode, 'lang');
  return {
    format,
    title,
    titleSource,
    description: meta.description ?? squash(metaContent(document, 'name', 'description') ?? ''),
    slug,
    slugSource,
    keyphrase,
    keyphraseSource,
    keywords,
    ...(lang !== undefined && { lang }),
    blocks,
  };
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

function readMarkdown(text: string): ParsedArticle {
  const match = FRONT_MATTER.exec(text);
  let data: Record<string, unknown> = {};
  if (match) {
    try {
      const parsed: unknown = parseYaml(match[1]!);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
    } catch (error) {
      throw new InputError(`the front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  const body = match ? text.slice(match[0].length) : text;
  const string = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      const value = data[key];
      if (typeof value === 'string' || typeof value === 'number') return squash(String(value));
    }
    return undefined;
  };
  const slugValue = string('slug', 'permalink', 'url');
  const title = string('title', 'seoTitle', 'seo_title', 'metaTitle', 'meta_title');
  const description = string('description', 'metaDescription', 'meta_description');
  const keyphrase = string('keyphrase', 'focus_keyphrase', 'focusKeyphrase', 'focus_keyword', 'keyword');
  const lang = string('lang', 'language', 'locale');
  const meta: Metadata = {
    ...(title !== undefined && { title, titleSource: 'front matter title' }),
    description: description ?? '',
    ...(slugValue !== undefined && { slug: slugValue.includes('/') ? slugFromUrl(slugValue) : slugValue, slugSource: 'front matter slug' }),
    ...(keyphrase !== undefined && { keyphrase, keyphraseSource: 'front matter keyphrase' }),
    keywords: keywordList(data.keywords),
    ...(lang !== undefined && { lang }),
  };
  return readHtml(marked.parse(body, { gfm: true, async: false }), meta, 'md');
}

/** html or md: from the file's extension, else from its first characters. */
export function detectFormat(path: string, text: string): ArticleFormat {
  const extension = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (extension === 'html' || extension === 'htm' || extension === 'xhtml') return 'html';
  if (extension === 'md' || extension === 'markdown' || extension === 'mdown') return 'md';
  return /^\uFEFF?\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])/i.test(text) ? 'html' : 'md';
}

export function readArticle(text: string, format: ArticleFormat): ParsedArticle {
  return format === 'md' ? readMarkdown(text) : readHtml(text, { keywords: [] }, 'html');
}
