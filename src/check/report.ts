/** check: the figures the article is judged by, measured on the blocks and the metadata. */
import type { Block, ListItem, Meta, Report, Sentence } from '../types.js';

import { countWordsOf, fold } from '../text.js';
import { findNumbers } from '../analysis/numbers.js';
import { LANGUAGE_SAMPLE_CHARS, detectLanguage } from '../source/language.js';
import { wordsKey } from '../writing/guard.js';

/** A block's visible text as blockTexts gives it; `level` for a heading only. */
export interface BlockText {
  readonly heading: boolean;
  readonly level?: number;
  readonly text: string;
}

/**
 * The text of one block or item. Every text has the same properties in the same order (`level` undefined but for a
 * heading), pushed into one array: makeReport's map over texts of two shapes, or over an array flatMap made of
 * another kind, saw a new map (wrong map) and V8 optimised makeReport again.
 */
const blockText = (heading: boolean, level: number | undefined, text: string): BlockText => ({ heading, level, text });

/**
 * The texts of `parts` joined by `separator`, by a loop: an array that V8's optimised code maps (a holey one) is of
 * another kind than the one join or reduce saw before (wrong map), and the whole function was optimised again.
 */
function joinedTexts(parts: readonly { readonly text: string }[], separator: string): string {
  let joined = parts.length === 0 ? '' : parts[0]!.text;
  for (let i = 1; i < parts.length; i++) joined += separator + parts[i]!.text;
  return joined;
}

/** The visible text of each block, in order, headings included. */
export function blockTexts(blocks: readonly Block[]): BlockText[] {
  const texts: BlockText[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
        texts.push(blockText(true, block.level, block.text));
        break;
      case 'paragraph':
        texts.push(blockText(false, undefined, joinedTexts(block.sentences, ' ')));
        break;
      case 'list':
        for (const item of block.items) texts.push(blockText(false, undefined, item.label ? `${item.label}\u00A0: ${item.sentence.text}` : item.sentence.text));
        break;
      case 'faq':
        for (const item of block.items) {
          // Questions are h4 under the FAQ's h2: Yoast's keyphrase-in-subheadings share counts h2 and h3 only.
          texts.push(blockText(true, 4, item.question.text));
          texts.push(blockText(false, undefined, joinedTexts(item.answer, ' ')));
        }
        break;
    }
  }
  return texts;
}

/** A list item as a reader reads it, one sentence: the label (a term, a figure), a colon, then the sentence. */
export function listItemText(item: ListItem): string {
  return item.label ? `${item.label} : ${item.sentence.text}` : item.sentence.text;
}

const digitsKey = (value: string): string => value.replace(/[\s\u00A0\u202F]/g, '');

export interface ReportInput {
  readonly blocks: readonly Block[];
  readonly meta: Meta;
  readonly sentences: readonly Sentence[];
  readonly sourceText: string;
  readonly minWords: number;
  readonly warnings: readonly string[];
}

/** What a report's two dearest figures are worked out from, and the figures once worked out. */
interface LazyFigures {
  readonly body: string;
  readonly sourceText: string;
  language?: string;
  sourceNumbersMissing?: readonly string[];
}

const LAZY = Symbol('lazy figures');

type WithLazyFigures = Report & { readonly [LAZY]: LazyFigures };

/**
 * The two dearest figures are worked out when read, once: the html and md formats and a batch print neither (the
 * json format, plume check and the preview read them all). Own enumerable getters, which JSON.stringify writes in
 * their place, but the same two functions for every report: an object literal's getters are new functions for
 * each report, which give it a hidden class of its own that V8's scavenges keep, with the whole article their
 * closures hold, until a major collection.
 */
const LAZY_FIGURES: PropertyDescriptorMap = {
  language: {
    enumerable: true,
    get(this: WithLazyFigures): string {
      const lazy = this[LAZY];
      // The middle of the body: headings and lists at the start say less about the language than prose.
      const middle = lazy.body.length / 2;
      return (lazy.language ??= detectLanguage(lazy.body.slice(Math.max(0, middle - LANGUAGE_SAMPLE_CHARS / 2), middle + LANGUAGE_SAMPLE_CHARS / 2)));
    },
  },
  sourceNumbersMissing: {
    enumerable: true,
    get(this: WithLazyFigures): readonly string[] {
      const lazy = this[LAZY];
      // A source number is missing when the body's text, spaces left out, does not hold it: no need to find
      // the body's own numbers first, each of them is a piece of that text.
      if (lazy.sourceNumbersMissing === undefined) {
        const bodyDigits = digitsKey(lazy.body);
        lazy.sourceNumbersMissing = [...new Set(findNumbers(lazy.sourceText).map((n) => n.value))].filter((v) => !bodyDigits.includes(digitsKey(v)));
      }
      return lazy.sourceNumbersMissing;
    },
  },
};

export function makeReport(input: ReportInput): Report {
  const texts = blockTexts(input.blocks);
  const body = joinedTexts(texts, '\n');
  // Each block counted once: the total and the runs between headings come from the same counts.
  let words = 0;
  let run = 0;
  let maxRun = 0;
  for (const t of texts) {
    const count = countWordsOf(t.text);
    words += count;
    if (t.heading) run = 0;
    else maxRun = Math.max(maxRun, (run += count));
  }

  const seen = new Set<string>();
  const duplicates: string[] = [];
  for (const block of input.blocks) {
    const shown =
      block.type === 'paragraph' ? block.sentences.map((s) => s.text)
      : block.type === 'list' ? block.items.map(listItemText)
      : block.type === 'faq' ? block.items.flatMap((i) => i.answer.map((a) => a.text))
      : [];
    for (const text of shown) {
      const key = wordsKey(text);
      if (seen.has(key)) duplicates.push(text);
      seen.add(key);
    }
  }

  const kp = fold(input.meta.keyphrase);
  const firstParagraph = input.blocks.find((b) => b.type === 'paragraph');
  const headings = input.blocks.filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading');
  const report: Report = {
    words,
    minWords: input.minWords,
    // Worked out when read (LAZY_FIGURES): a placeholder that keeps its place among the others.
    language: '',
    headings: {
      h1: headings.filter((h) => h.level === 1).length,
      h2: headings.filter((h) => h.level === 2).length,
      h3: headings.filter((h) => h.level === 3).length,
    },
    maxWordsBetweenHeadings: maxRun,
    titleLength: [...input.meta.title].length,
    descriptionLength: [...input.meta.description].length,
    sourceNumbersMissing: [],
    duplicateSentences: duplicates,
    keyphraseIn: {
      title: fold(input.meta.title).includes(kp),
      firstParagraph: firstParagraph?.type === 'paragraph' && fold(joinedTexts(firstParagraph.sentences, ' ')).includes(kp),
      description: fold(input.meta.description).includes(kp),
      slug: input.meta.slug.includes(fold(input.meta.keyphrase).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')),
      subheading: headings.some((h) => h.level > 1 && fold(h.text).includes(kp)),
    },
    warnings: input.warnings,
  };
  const lazy: LazyFigures = { body, sourceText: input.sourceText };
  return Object.defineProperties(Object.defineProperty(report, LAZY, { value: lazy }), LAZY_FIGURES);
}

