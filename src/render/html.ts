/** render html: a complete page from templates/page.html.hbs; Handlebars escapes every value once. */
import Handlebars from 'handlebars';
import type { Article } from '../types.js';
import { readDataFile } from '../data.js';
import { scriptSafeJson } from '../seo/schema.js';
import { pageView } from './view.js';

let template: HandlebarsTemplateDelegate | undefined;

export function renderHtml(article: Pick<Article, 'meta' | 'blocks' | 'jsonLd'>): string {
  template ??= Handlebars.create().compile(readDataFile('templates/page.html.hbs'), { strict: false, knownHelpersOnly: true });
  return template({ ...pageView(article), jsonLd: article.jsonLd.map((j) => scriptSafeJson(j)) });
}
