/**
 * Structured data: JSON-LD NewsArticle; FAQPage word for word the visible FAQ; BreadcrumbList when the
 * article has an address. Typed with schema-dts (types only, erased at build): a field schema.org does
 * not know is a compile error.
 */
import type { BreadcrumbList, FAQPage, NewsArticle, WithContext } from 'schema-dts';
import type { Block, Meta } from '../types.js';

export function makeJsonLd(meta: Meta, blocks: readonly Block[]): object[] {
  const article: WithContext<NewsArticle> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: meta.title,
    description: meta.description,
    inLanguage: 'fr',
    keywords: meta.keywords.join(', '),
    ...(meta.date && { datePublished: meta.date }),
    ...(meta.url && { url: meta.url, mainEntityOfPage: { '@type': 'WebPage', '@id': meta.url } }),
    ...(meta.image && { image: { '@type': 'ImageObject', url: meta.image.url, caption: meta.image.alt } }),
    ...(meta.author && { author: { '@type': 'Person', name: meta.author } }),
    ...(meta.siteName && { publisher: { '@type': 'Organization', name: meta.siteName } }),
    ...(meta.sourceUrl && { isBasedOn: meta.sourceUrl }),
  };
  const out: object[] = [article];
  const faq = blocks.flatMap((b) => (b.type === 'faq' ? b.items : []));
  if (faq.length) {
    const page: WithContext<FAQPage> = {
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: faq.map((item) => ({
        '@type': 'Question',
        name: item.question.text,
        acceptedAnswer: { '@type': 'Answer', text: item.answer.map((a) => a.text).join(' ') },
      })),
    };
    out.push(page);
  }
  if (meta.url) {
    const home = new URL('/', meta.url).href;
    const breadcrumbs: WithContext<BreadcrumbList> = {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: meta.siteName ?? new URL(meta.url).hostname, item: home },
        { '@type': 'ListItem', position: 2, name: meta.title, item: meta.url },
      ],
    };
    out.push(breadcrumbs);
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
