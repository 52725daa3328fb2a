/** render md: YAML front matter and a CommonMark body from templates/article.md.hbs. */
import Handlebars from 'handlebars';
import type { Article } from '../types.js';
import { readDataFile } from '../data.js';
import { pageView } from './view.js';

/** Markdown-escape text so that nothing in it becomes markup (emphasis, links, HTML, headings, lists). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|]/g, '\\$&')
    .replace(/^([#+\-=>])/u, '\\$1')
    .replace(/^(\d+)([.)])/u, '$1\\$2');
}

let template: HandlebarsTemplateDelegate | undefined;

function compile(): HandlebarsTemplateDelegate {
  const handlebars = Handlebars.create();
  // JSON strings are valid YAML scalars: quotes, colons, # and --- in the data stay text.
  handlebars.registerHelper('yaml', (value: unknown) => JSON.stringify(String(value ?? '')));
  handlebars.registerHelper('yamlList', (value: unknown) => JSON.stringify((value as string[]).map(String)));
  handlebars.registerHelper('md', (value: unknown) => escapeMarkdown(String(value ?? '')));
  return handlebars.compile(readDataFile('templates/article.md.hbs'), {
    noEscape: true,
    knownHelpers: { yaml: true, yamlList: true, md: true },
    knownHelpersOnly: true,
  });
}

export function renderMarkdown(article: Pick<Article, 'meta' | 'blocks'>): string {
  template ??= compile();
  return `${template(pageView(article)).replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
