/** What `plume generate` would do with a text, in process: the exit status and the three renderings. */
import { generateArticle, renderArticle, InputError } from '../../src/index.js';
import type { Article } from '../../src/types.js';

export interface Outcome {
  readonly status: 0 | 1 | 2;
  readonly article?: Article;
  readonly html?: string;
  readonly md?: string;
  readonly json?: string;
  readonly message?: string;
}

export function outcome(text: string, options: Parameters<typeof generateArticle>[1] = {}): Outcome {
  try {
    const article = generateArticle(text, options);
    const status = article.report.words < article.report.minWords ? 1 : 0;
    return { status, article, html: renderArticle(article, 'html'), md: renderArticle(article, 'md'), json: renderArticle(article, 'json') };
  } catch (error) {
    if (error instanceof InputError) return { status: 2, message: error.message };
    throw error;
  }
}

/** Digit numbers as the judge reads them: "7 000" is one number, "6,81" one, "12.10" one. */
export function digitNumbers(text: string): string[] {
  return (text.replace(/[\u00A0\u202F]/g, ' ').match(/\d{1,3}(?: \d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/ /g, ''));
}
