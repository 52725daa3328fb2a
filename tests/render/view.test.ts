import { describe, expect, it } from 'vitest';
import { pageView } from '../../src/render/view.js';
import type { Article } from '../../src/types.js';

const article = {
  meta: { keywords: ['prix'], links: { Paris: 'https://exemple.fr/paris' } },
  blocks: [{ type: 'paragraph', sentences: [{ text: 'Le prix a été remis à Paris.', provenance: { sources: ['s1'], template: 'source' } }] }],
} as unknown as Pick<Article, 'meta' | 'blocks'>;

describe('pageView', () => {
  it('writes a paragraph in the markup of the page asked for only, links placed', () => {
    const html = pageView(article, 'html').blocks[0]!;
    const markdown = pageView(article, 'markdown').blocks[0]!;
    expect(html.html).toBe('Le prix a été remis à <a href="https://exemple.fr/paris">Paris</a>.');
    expect(html.markdown).toBeUndefined();
    expect(markdown.markdown).toBe('Le prix a été remis à [Paris](https://exemple.fr/paris).');
    expect(markdown.html).toBeUndefined();
  });
});
