/** The view model the page templates read: plain objects with one flag per block kind. */
import type { Article, Block } from '../types.js';
import { escapeMarkdown } from './escape.js';
import { escapeRegExp, indexOfFigure } from '../text.js';

export interface BlockView {
  readonly figure?: true;
  readonly credit?: true;
  readonly url?: string;
  readonly alt?: string;
  /** The paragraph's sentences as HTML (escaped, with the editor's internal links), in the view of an HTML page. */
  readonly html?: string;
  /** The same for Markdown, in the view of a Markdown page. */
  readonly markdown?: string;
  readonly heading?: true;
  readonly paragraph?: true;
  readonly list?: true;
  readonly faq?: true;
  readonly level?: number;
  readonly hashes?: string;
  readonly text?: string;
  readonly sentences?: readonly { readonly text: string }[];
  readonly items?: readonly object[];
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;', '=': '&#x3D;' };

/** The one HTML escape of Plume's own markup (Handlebars escapes the rest the same way). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=]/g, (c) => HTML_ESCAPES[c]!);
}


/** Links still to place: the first occurrence of each phrase in a paragraph becomes a link, once. */
class LinkPlacer {
  /** Each phrase's URL and pattern, made once for the page rather than for each paragraph (a pattern of \p{L} costs more to make than to run). */
  private readonly pending: Map<string, { readonly url: string; readonly pattern: RegExp }>;
  constructor(links: Readonly<Record<string, string>> | undefined) {
    this.pending = new Map(Object.entries(links ?? {}).map(([phrase, url]) => [phrase, { url, pattern: new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(phrase)}(?![\\p{L}\\d])`, 'iu') }]));
  }

  place(text: string, render: { text: (t: string) => string; link: (t: string, url: string) => string }): string {
    const found: { at: number; end: number; url: string }[] = [];
    for (const [phrase, { url, pattern }] of this.pending) {
      const match = pattern.exec(text);
      if (!match || found.some((f) => match.index < f.end && match.index + match[0].length > f.at)) continue;
      found.push({ at: match.index, end: match.index + match[0].length, url });
      this.pending.delete(phrase);
    }
    found.sort((a, b) => a.at - b.at);
    let out = '';
    let from = 0;
    for (const f of found) {
      out += render.text(text.slice(from, f.at)) + render.link(text.slice(f.at, f.end), f.url);
      from = f.end;
    }
    return out + render.text(text.slice(from));
  }
}

/** The markup a page template reads: a paragraph is written in that one only. */
export type PageFormat = 'html' | 'markdown';

function viewOf(block: Block, format: PageFormat, links: LinkPlacer): BlockView {
  switch (block.type) {
    case 'heading':
      return { heading: true, level: block.level, hashes: '#'.repeat(block.level), text: block.text };
    case 'paragraph': {
      const text = block.sentences.map((s) => s.text).join(' ');
      const sentences = block.sentences.map((s) => ({ text: s.text }));
      if (format === 'html') return { paragraph: true, sentences, html: links.place(text, { text: escapeHtml, link: (t, url) => `<a href="${escapeHtml(url)}">${escapeHtml(t)}</a>` }) };
      return { paragraph: true, sentences, markdown: links.place(text, { text: escapeMarkdown, link: (t, url) => `[${escapeMarkdown(t)}](${url.replace(/[()\s]/g, encodeURIComponent)})` }) };
    }
    case 'list':
      return {
        list: true,
        items: block.items.map((item) => {
          const text = item.sentence.text;
          // The figure as a whole number: "4" is not the last digit of "14 heures".
          const at = item.highlight ? indexOfFigure(text, item.highlight) : -1;
          return at >= 0 && item.highlight
            ? { label: item.label ?? '', highlight: item.highlight, before: text.slice(0, at), after: text.slice(at + item.highlight.length), text }
            : { label: item.label ?? '', highlight: '', before: '', after: '', text };
        }),
      };
    case 'faq':
      return { faq: true, items: block.items.map((item) => ({ question: item.question.text, answer: item.answer.map((a) => a.text).join(' ') })) };
  }
}

export function pageView(article: Pick<Article, 'meta' | 'blocks'>, format: PageFormat): { meta: Article['meta']; keywords: string; blocks: BlockView[] } {
  const { meta } = article;
  const links = new LinkPlacer(meta.links);
  const blocks = article.blocks.map((block) => viewOf(block, format, links));
  // The image follows the lead; the credit to the original article closes the page.
  if (meta.image) {
    const lead = blocks.findIndex((b) => b.paragraph);
    blocks.splice(lead + 1, 0, { figure: true, url: meta.image.url, alt: meta.image.alt });
  }
  if (meta.sourceUrl) blocks.push({ credit: true, url: meta.sourceUrl });
  return { meta, keywords: meta.keywords.join(', '), blocks };
}
