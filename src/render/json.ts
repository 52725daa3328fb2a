/** render json: metadata, blocks with every sentence's provenance, the source sentences and the report. */
import type { Article } from '../types.js';

export function renderJson(article: Article): string {
  const { meta, blocks, jsonLd, report, sentences, warnings } = article;
  return `${JSON.stringify({ meta, blocks, jsonLd, report, sourceSentences: sentences, warnings }, null, 2)}\n`;
}
