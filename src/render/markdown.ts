/** render md: YAML front matter and a CommonMark body from templates/article.md.hbs. */
import type { HelperDelegate } from 'handlebars';
import type { Article } from '../types.js';
import { handlebarsRuntime, readDataFile, templateSpec } from '../data.js';
import { pageView } from './view.js';
import { escapeMarkdown } from './escape.js';

export { escapeMarkdown };

/** The template's helpers, by name: the build precompiles it with these as its only known helpers. */
export const markdownHelpers = {
  // JSON strings are valid YAML scalars: quotes, colons, # and --- in the data stay text.
  yaml: (value: unknown) => JSON.stringify(String(value ?? '')),
  yamlList: (value: unknown) => JSON.stringify((value as string[]).map(String)),
  md: (value: unknown) => escapeMarkdown(String(value ?? '')),
  mdText: (value: unknown) => escapeMarkdown(String(value ?? '')),
  // Addresses are checked http(s) URLs already; spaces, brackets and angle brackets are encoded.
  mdUrl: (value: unknown) => String(value ?? '').replace(/[\s()<>]/g, encodeURIComponent),
} satisfies Record<string, HelperDelegate>;

let template: HandlebarsTemplateDelegate | undefined;

function load(): HandlebarsTemplateDelegate {
  const handlebars = handlebarsRuntime().create();
  for (const [name, helper] of Object.entries(markdownHelpers)) handlebars.registerHelper(name, helper);
  // Precompiled without escaping, known helpers only (scripts/precompile-templates.mjs).
  return handlebars.template(templateSpec('templates/article.md.hbs', readDataFile('templates/article.md.hbs')));
}

export function renderMarkdown(article: Pick<Article, 'meta' | 'blocks'>): string {
  template ??= load();
  return `${template(pageView(article, 'markdown')).replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
