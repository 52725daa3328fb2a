/** The view model the page templates read: plain objects with one flag per block kind. */
import type { Article, Block } from '../types.js';

export interface BlockView {
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

function viewOf(block: Block): BlockView {
  switch (block.type) {
    case 'heading':
      return { heading: true, level: block.level, hashes: '#'.repeat(block.level), text: block.text };
    case 'paragraph':
      return { paragraph: true, sentences: block.sentences.map((s) => ({ text: s.text })) };
    case 'list':
      return {
        list: true,
        items: block.items.map((item) => {
          const text = item.sentence.text;
          const at = item.highlight ? text.indexOf(item.highlight) : -1;
          return at >= 0 && item.highlight
            ? { label: item.label ?? '', highlight: item.highlight, before: text.slice(0, at), after: text.slice(at + item.highlight.length), text }
            : { label: item.label ?? '', highlight: '', before: '', after: '', text };
        }),
      };
    case 'faq':
      return { faq: true, items: block.items.map((item) => ({ question: item.question.text, answer: item.answer.map((a) => a.text).join(' ') })) };
  }
}

export function pageView(article: Pick<Article, 'meta' | 'blocks'>): { meta: Article['meta']; keywords: string; blocks: BlockView[] } {
  return {
    meta: article.meta,
    keywords: article.meta.keywords.join(', '),
    blocks: article.blocks.map(viewOf),
  };
}
