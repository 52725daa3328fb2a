/** The options an SEO editor needs: image, source credit, internal links, site and author, keywords. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, DomUtils } from 'htmlparser2';
import { generateArticle, renderArticle, InputError } from '../../src/index.js';
import { fold } from '../../src/text.js';

const seed = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'seed.txt'), 'utf8');
const options = {
  url: 'https://exemple.fr/articles/altman',
  image: { url: 'https://exemple.fr/img/altman.jpg', alt: 'Portrait en conférence' },
  sourceUrl: 'https://www.businessinsider.com/openai-altman',
  links: { 'pénurie de puces': 'https://exemple.fr/puces', OpenAI: 'https://exemple.fr/openai' },
  siteName: 'Exemple Infos',
  author: 'La rédaction',
  keywords: ['semi-conducteurs', 'financement'],
};

describe('SEO options', () => {
  const article = generateArticle(seed, options);
  const html = renderArticle(article, 'html');
  const document = parseDocument(html);
  const all = DomUtils.findAll(() => true, document.children);
  const meta = (property: string): string | undefined => all.find((e) => e.name === 'meta' && (e.attribs.property === property || e.attribs.name === property))?.attribs.content;
  const jsonLd = all.filter((e) => e.name === 'script').map((s) => JSON.parse(DomUtils.textContent(s)) as Record<string, unknown>);

  it('puts the image after the lead, with the keyphrase in its alt text, and in og:image', () => {
    const img = all.find((e) => e.name === 'img');
    expect(img?.attribs.src).toBe(options.image.url);
    expect(fold(img?.attribs.alt ?? '')).toContain(fold(article.meta.keyphrase));
    expect(img?.attribs.alt).toContain('Portrait en conférence');
    expect(meta('og:image')).toBe(options.image.url);
  });

  it('links the first occurrence of each phrase, once, and credits the source', () => {
    const anchors = all.filter((e) => e.name === 'a').map((a) => ({ href: a.attribs.href, text: DomUtils.textContent(a) }));
    expect(anchors.filter((a) => a.href === 'https://exemple.fr/puces')).toEqual([{ href: 'https://exemple.fr/puces', text: 'pénurie de puces' }]);
    expect(anchors.filter((a) => a.href === 'https://exemple.fr/openai')).toHaveLength(1);
    expect(anchors.some((a) => a.href === options.sourceUrl)).toBe(true);
  });

  it('gives canonical, og:url, publisher, author and a breadcrumb', () => {
    expect(all.find((e) => e.name === 'link' && e.attribs.rel === 'canonical')?.attribs.href).toBe(options.url);
    expect(meta('og:url')).toBe(options.url);
    expect(meta('og:site_name')).toBe('Exemple Infos');
    expect(meta('author')).toBe('La rédaction');
    const news = jsonLd.find((j) => j['@type'] === 'NewsArticle')!;
    expect(news.author).toEqual({ '@type': 'Person', name: 'La rédaction' });
    expect(news.publisher).toEqual({ '@type': 'Organization', name: 'Exemple Infos' });
    expect(news.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': options.url });
    expect(jsonLd.map((j) => j['@type'])).toEqual(['NewsArticle', 'FAQPage', 'BreadcrumbList']);
  });

  it('adds the secondary keywords to the meta keywords', () => {
    expect(meta('keywords')).toContain('semi-conducteurs');
    expect(meta('keywords')?.startsWith(article.meta.keyphrase)).toBe(true);
  });

  it('writes the FAQPage word for word as the visible FAQ', () => {
    const faq = jsonLd.find((j) => j['@type'] === 'FAQPage') as { mainEntity: { name: string; acceptedAnswer: { text: string } }[] };
    const questions = all.filter((e) => e.name === 'h4').map((h) => DomUtils.textContent(h));
    expect(faq.mainEntity.map((q) => q.name)).toEqual(questions);
  });

  it('renders the image, the links and the credit in Markdown', () => {
    const md = renderArticle(article, 'md');
    expect(md).toContain('](https://exemple.fr/img/altman.jpg)');
    expect(md).toContain('[pénurie de puces](https://exemple.fr/puces)');
    expect(md).toContain(`<${options.sourceUrl}>`);
  });

  it.each([
    [{ image: { url: 'javascript:alert(1)' } }, /--image/],
    [{ sourceUrl: 'ftp://exemple.fr/x' }, /--source-url/],
    [{ links: { puces: 'javascript:alert(1)' } }, /--links/],
    [{ url: 'exemple.fr/sans-schema' }, /--url/],
  ])('refuses a URL that is not http(s): %j', (bad, message) => {
    expect(() => generateArticle(seed, bad)).toThrow(InputError);
    expect(() => generateArticle(seed, bad)).toThrow(message);
  });

  it('keeps a hostile alt text and link phrase inert', () => {
    const hostile = renderArticle(generateArticle(seed, { image: { url: 'https://exemple.fr/i.jpg', alt: '"><script>alert(1)</script>' }, links: { '<b>': 'https://exemple.fr/"onmouseover="x' } }), 'html');
    const elements = DomUtils.findAll(() => true, parseDocument(hostile).children);
    expect(elements.filter((e) => e.name === 'script').every((s) => s.attribs.type === 'application/ld+json')).toBe(true);
    expect(elements.some((e) => Object.keys(e.attribs).some((a) => a.startsWith('on')))).toBe(false);
  });
});
