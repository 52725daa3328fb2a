/**
 * explain: every output sentence with the template or rule that made it and the source sentences it
 * comes from, ids and text, so that an editor sees at a glance that nothing was invented. Pure: the
 * CLI prints it to standard error (`plume generate --explain`); the JSON format carries the same data.
 */
import type { Article, Block, OutSentence, Provenance } from './types.js';

export interface Explained {
  /** Where the sentence is: "h2", "paragraph 3", "list 1, item 2", "faq 1, answer 4". */
  readonly where: string;
  readonly text: string;
  readonly provenance: Provenance;
}

/** The output sentences in reading order, each with its place in the article. */
export function explainedSentences(blocks: readonly Block[]): Explained[] {
  const counts = { paragraph: 0, list: 0, faq: 0 };
  const out: Explained[] = [];
  const add = (where: string, sentence: OutSentence): void => {
    out.push({ where, text: sentence.text, provenance: sentence.provenance });
  };
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
        out.push({ where: `h${block.level}`, text: block.text, provenance: block.provenance });
        break;
      case 'paragraph': {
        const n = ++counts.paragraph;
        block.sentences.forEach((s) => add(`paragraph ${n}`, s));
        break;
      }
      case 'list': {
        const n = ++counts.list;
        block.items.forEach((item, i) => add(`list ${n}, item ${i + 1}`, item.sentence));
        break;
      }
      case 'faq': {
        const n = ++counts.faq;
        block.items.forEach((item, i) => {
          add(`faq ${n}, question ${i + 1}`, item.question);
          item.answer.forEach((a) => add(`faq ${n}, answer ${i + 1}`, a));
        });
        break;
      }
    }
  }
  return out;
}

/** The explanation as text: one entry per output sentence, then its sources, indented. */
export function explainArticle(article: Pick<Article, 'blocks' | 'sentences'>): string {
  const byId = new Map(article.sentences.map((s) => [s.id, s.text]));
  const sentences = explainedSentences(article.blocks);
  const used = new Set(sentences.flatMap((s) => s.provenance.sources));
  const lines = [`plume: explain: ${sentences.length} output sentences; ${used.size} source ids used of ${article.sentences.length} source sentences`];
  sentences.forEach((sentence, index) => {
    lines.push(`[${index + 1}] ${sentence.where} · template ${sentence.provenance.template}`);
    lines.push(`    ${sentence.text}`);
    if (sentence.provenance.sources.length === 0) lines.push('    ← no source sentence');
    for (const id of sentence.provenance.sources) {
      const text = byId.get(id);
      lines.push(text === undefined ? `    ← ${id}${id === 'title' ? ' (the source’s headline)' : ''}` : `    ← ${id}: ${text}`);
    }
  });
  return `${lines.join('\n')}\n`;
}
