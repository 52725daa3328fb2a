/** Structured data: JSON-LD NewsArticle, and FAQPage when the article has an FAQ (word for word the visible one). */
import type { Block, Meta } from '../types.js';

export function makeJsonLd(meta: Meta, blocks: readonly Block[]): object[] {
  const article: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: meta.title,
    description: meta.description,
    inLanguage: 'fr',
    keywords: meta.keywords.join(', '),
  };
  if (meta.date) article.datePublished = meta.date;
  if (meta.url) {
    article.url = meta.url;
    article.mainEntityOfPage = { '@type': 'WebPage', '@id': meta.url };
  }
  const out: object[] = [article];
  const faq = blocks.flatMap((b) => (b.type === 'faq' ? b.items : []));
  if (faq.length) {
    out.push({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: faq.map((item) => ({
        '@type': 'Question',
        name: item.question.text,
        acceptedAnswer: { '@type': 'Answer', text: item.answer.map((a) => a.text).join(' ') },
      })),
    });
  }
  return out;
}

/** JSON for a <script> element: nothing in the data can close the element or open a comment. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
