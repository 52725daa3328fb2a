/**
 * The article as the assessments read it (Yoast calls it the paper): the SEO title, the meta
 * description, the slug, the keyphrase and the visible blocks in order. `analysePaper` cuts every
 * block into sentences and tokens once; every research reads from there.
 */
import { splitSentences } from './text/sentences.js';
import { splitIntoTokens } from './text/words.js';
import { parseKeyphrase, type Keyphrase, type Matching } from './text/keyphrase.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export type PaperBlock =
  | { readonly type: 'heading'; readonly level: HeadingLevel; readonly text: string }
  /** A paragraph, or a list item or a table cell (`inList`), which Yoast reads as a paragraph too. */
  | { readonly type: 'paragraph'; readonly text: string; readonly inList?: boolean };

export interface Paper {
  readonly keyphrase: string;
  /** The SEO title (<title>), not the H1. */
  readonly title: string;
  readonly description: string;
  readonly slug: string;
  readonly blocks: readonly PaperBlock[];
}

export interface AnalysedSentence {
  readonly text: string;
  readonly tokens: readonly string[];
}

export interface AnalysedBlock {
  readonly block: PaperBlock;
  readonly sentences: readonly AnalysedSentence[];
}

export interface AnalysedPaper {
  readonly paper: Paper;
  readonly blocks: readonly AnalysedBlock[];
  /** Undefined when the paper has no keyphrase. */
  readonly keyphrase: Keyphrase | undefined;
  readonly matching: Matching;
}

export function analyseSentence(text: string): AnalysedSentence {
  return { text, tokens: splitIntoTokens(text) };
}

export function analysePaper(paper: Paper, matching: Matching): AnalysedPaper {
  return {
    paper,
    blocks: paper.blocks.map((block) => ({ block, sentences: splitSentences(block.text).map(analyseSentence) })),
    keyphrase: parseKeyphrase(paper.keyphrase, matching),
    matching,
  };
}

/** Every sentence of the text, headings included, in order. */
export function allSentences(paper: AnalysedPaper): AnalysedSentence[] {
  return paper.blocks.flatMap((b) => b.sentences);
}

/** The paragraphs (list items included), in order. */
export function paragraphs(paper: AnalysedPaper): AnalysedBlock[] {
  return paper.blocks.filter((b) => b.block.type === 'paragraph' && b.sentences.length > 0);
}

/** The whole visible text, one block after another. */
export function fullText(paper: AnalysedPaper): string {
  return paper.paper.blocks.map((b) => b.text).join('\n');
}
