/** render md: YAML front matter and a CommonMark body from templates/article.md.hbs. */
import Handlebars from 'handlebars';
import type { Article } from '../types.js';
import { readDataFile } from '../data.js';
import { pageView } from './view.js';
import { escapeMarkdown } from './escape.js';

export { escapeMarkdown };

let template: HandlebarsTemplateDelegate | undefined;

function compile(): HandlebarsTemplateDelegate {
  const handlebars = Handlebars.create();
  // JSON strings are valid YAML scalars: quotes, colons, # and --- in the data stay text.
  handlebars.registerHelper('yaml', (value: unknown) => JSON.stringify(String(value ?? '')));
  handlebars.registerHelper('yamlList', (value: unknown) => JSON.stringify((value as string[]).map(String)));
  handlebars.registerHelper('md', (value: unknown) => escapeMarkdown(String(value ?? '')));
  handlebars.registerHelper('mdText', (value: unknown) => escapeMarkdown(String(value ?? '')));
  // Addresses are checked http(s) URLs already; spaces, brackets and angle brackets are encoded.
  handlebars.registerHelper('mdUrl', (value: unknown) => String(value ?? '').replace(/[\s()<>]/g, encodeURIComponent));
  return handlebars.compile(readDataFile('templates/article.md.hbs'), {
    noEscape: true,
    knownHelpers: { yaml: true, yamlList: true, md: true, mdText: true, mdUrl: true },
    knownHelpersOnly: true,
  });
}

export function renderMarkdown(article: Pick<Article, 'meta' | 'blocks'>): string {
  template ??= compile();
  return `${template(pageView(article)).replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
