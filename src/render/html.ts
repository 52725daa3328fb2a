/** render html: a complete page from templates/page.html.hbs; Handlebars escapes every value once. */
import type { Article } from '../types.js';
import { handlebarsRuntime, readDataFile, templateSpec } from '../data.js';
import { scriptSafeJson } from '../seo/schema.js';
import { pageView } from './view.js';

let template: HandlebarsTemplateDelegate | undefined;

export function renderHtml(article: Pick<Article, 'meta' | 'blocks' | 'jsonLd'>): string {
  // Precompiled without strict mode, known helpers only (scripts/precompile-templates.mjs).
  template ??= handlebarsRuntime().create().template(templateSpec('templates/page.html.hbs', readDataFile('templates/page.html.hbs')));
  return template({ ...pageView(article, 'html'), jsonLd: article.jsonLd.map((j) => scriptSafeJson(j)) });
}
