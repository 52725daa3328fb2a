/**
 * The article's words as the report counts them (countJoinedWords over blockTexts), for the fill, which
 * counts them again after each block it adds. A paragraph's text is its sentences joined by a space, and
 * countJoinedWords counts texts as joined by a white space: each sentence is counted on its own, the same
 * string each time (countWordsOf keeps its count), rather than each paragraph joined and read again.
 */
import type { Block, ListItem } from '../types.js';
import { keptForArticle } from '../remember.js';

/** A list item's text as blockTexts writes it, one string per item: a new string would be counted again. */
const itemTexts = keptForArticle<ListItem, string>();

function itemText(item: ListItem): string {
  let text = itemTexts.get(item);
  if (text === undefined) itemTexts.set(item, (text = item.label ? `${item.label}\u00A0: ${item.sentence.text}` : item.sentence.text));
  return text;
}

export interface ArticleTexts {
  /** The texts whose countJoinedWords is the article's: blockTexts' texts, a paragraph's or an answer's sentences one by one. */
  readonly texts: readonly string[];
  /** The length of blockTexts' texts joined by line breaks. */
  readonly length: number;
}

/** An empty paragraph is an empty text (it keeps a figure before it from joining one after it). */
function pushSentences(texts: string[], sentences: readonly { readonly text: string }[]): number {
  if (sentences.length === 0) {
    texts.push('');
    return 0;
  }
  let length = sentences.length - 1;
  for (const sentence of sentences) {
    texts.push(sentence.text);
    length += sentence.text.length;
  }
  return length;
}

export function articleTexts(blocks: readonly Block[]): ArticleTexts {
  const texts: string[] = [];
  // Each block text's own length; the line breaks between them are added at the end.
  let length = 0;
  let blockCount = 0;
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
        texts.push(block.text);
        length += block.text.length;
        blockCount++;
        break;
      case 'paragraph':
        length += pushSentences(texts, block.sentences);
        blockCount++;
        break;
      case 'list':
        for (const item of block.items) {
          const text = itemText(item);
          texts.push(text);
          length += text.length;
          blockCount++;
        }
        break;
      case 'faq':
        for (const item of block.items) {
          texts.push(item.question.text);
          length += item.question.text.length + pushSentences(texts, item.answer);
          blockCount += 2;
        }
        break;
    }
  }
  return { texts, length: length + Math.max(0, blockCount - 1) };
}
