/**
 * compromise's rule-based sentence splitter (compromise 14.17.0, MIT licence: src/1-one/tokenize/methods/
 * 01-sentences), ported so that a cold start does not load the whole library (30 to 60 ms) for this one
 * function. Same steps, same patterns, same order; tests/analysis/sentence-splitter.test.ts compares it
 * with compromise's own on the corpus and on made-up texts.
 */
import { loadJson } from '../data.js';

interface SplitterLexicon { readonly abbreviations: readonly string[] }

let abbreviations: ReadonlySet<string> | undefined;

// 01-simple-split: cut after . ! ? (and other scripts' stops) followed by white space, line by line.
const STOPS = '.!?\\u203D\\u2E18\\u203C\\u2047-\\u2049\u0964\u0965\u061F\u06D4\u0589\u1362\u1367\u104B\u17D4';
const CJK_STOPS = '\\u3002\\uFF01\\uFF1F\\uFF61';
const ALL_STOPS = STOPS + CJK_STOPS;
const OPENERS = '\\u300C\\u300E\\uFF08\\u3010\\u3014\\u300A\\u3008\\u201C';
const CLOSERS = '\\u300D\\u300F\\uFF09\\u3011\\u3015\\u300B\\u3009\\u201D';
const INIT_SPLIT = new RegExp(`([${STOPS}\\u3002]+\\s)`, 'g');
const SPLITS_ONLY = new RegExp(`^[${STOPS}\\u3002]+\\s$`);
const NEW_LINE = /((?:\r?\n|\r)+)/;
const HAS_CJK_STOP = /[\u3002\uFF01\uFF1F\uFF61]/;
const INIT_SPLIT_CJK = new RegExp(`([${ALL_STOPS}]+\\s|[${CJK_STOPS}]+(?![${CLOSERS}${CJK_STOPS}])|[${CJK_STOPS}]+[${CLOSERS}]+(?=[\\s${OPENERS}]|$))`, 'g');
const SPLITS_ONLY_CJK = new RegExp(`^(?:[${ALL_STOPS}]+\\s|[${CJK_STOPS}]+[${CLOSERS}]*)$`);

function simpleSplit(text: string): string[] {
  const all: string[] = [];
  const cjk = HAS_CJK_STOP.test(text);
  const split = cjk ? INIT_SPLIT_CJK : INIT_SPLIT;
  const only = cjk ? SPLITS_ONLY_CJK : SPLITS_ONLY;
  for (const line of text.split(NEW_LINE)) {
    const parts = line.split(split);
    for (let o = 0; o < parts.length; o++) {
      // "foo" + ". " are one piece.
      if (parts[o + 1] && only.test(parts[o + 1]!)) {
        parts[o] += parts[o + 1]!;
        parts[o + 1] = '';
      }
      if (parts[o] !== '') all.push(parts[o]!);
    }
  }
  return all;
}

// 02-simple-merge: a piece of white space or punctuation only joins the piece before it (or after it, first).
const HAS_LETTER_OR_SYMBOL = /[\p{L}\p{N}\p{So}]/u;
const HAS_SOMETHING = /\S/;

function simpleMerge(splits: (string | undefined)[]): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < splits.length; i++) {
    const s = splits[i];
    if (s === undefined || s === '') continue;
    if (!HAS_SOMETHING.test(s) || !HAS_LETTER_OR_SYMBOL.test(s)) {
      if (chunks[chunks.length - 1]) {
        chunks[chunks.length - 1] += s;
        continue;
      } else if (splits[i + 1]) {
        splits[i + 1] = s + splits[i + 1];
        continue;
      }
    }
    chunks.push(s);
  }
  return chunks;
}

// is-sentence: no letter, an acronym ("F.B.I."), an initial ("W. "), an ellipsis or an abbreviation before the stop is no sentence end.
const IS_ACRONYM = /[ .][A-Z]\.? *$/i;
const HAS_ELLIPSIS = /(?:\u2026|\.{2,}) *$/;
const HAS_LETTER = /\p{L}/u;
const HAS_PERIOD = /\. *$/;
const LEAD_INITIAL = /^[A-Z]\. $/;

function isSentence(text: string, known: ReadonlySet<string>): boolean {
  if (!HAS_LETTER.test(text) || IS_ACRONYM.test(text) || (text.length === 3 && LEAD_INITIAL.test(text)) || HAS_ELLIPSIS.test(text)) return false;
  const words = text.replace(/[.!?\u203D\u2E18\u203C\u2047-\u2049] *$/, '').split(' ');
  const lastWord = words[words.length - 1]!.toLowerCase();
  return !(known.has(lastWord) && HAS_PERIOD.test(text));
}

// 03-smart-merge: a chunk that is no sentence joins the next one, unless it ends a line.
function smartMerge(chunks: string[], known: ReadonlySet<string>): string[] {
  const sentences: string[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i]!;
    if (chunks[i + 1] && !isSentence(c, known) && !/\n$/.test(c)) {
      chunks[i + 1] = c + (chunks[i + 1] || '');
    } else if (c && c.length > 0) {
      sentences.push(c);
      chunks[i] = '';
    }
  }
  return sentences;
}

// 04-quote-merge: a quotation opened and not closed takes in the next chunk or two, when they close it (280 characters at most).
const MAX_QUOTE = 280;
const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '\u0022': '\u0022',
  '\uFF02': '\uFF02',
  '\u201C': '\u201D',
  '\u201F': '\u201D',
  '\u201E': '\u201D',
  '\u2E42': '\u201D',
  '\u201A': '\u2019',
  '\u00AB': '\u00BB',
  '\u2039': '\u203A',
  '\u2035': '\u2032',
  '\u2036': '\u2033',
  '\u2037': '\u2034',
  '\u301D': '\u301E',
  '\u301F': '\u301E',
  '\u300C': '\u300D',
  '\u300E': '\u300F',
};
const OPEN_QUOTE = RegExp(`[${Object.keys(QUOTE_PAIRS).join('')}]`, 'g');
const CLOSE_QUOTE = RegExp(`[${Object.values(QUOTE_PAIRS).join('')}]`, 'g');

const closesQuote = (text: string | undefined): boolean => !!text && text.match(CLOSE_QUOTE)?.length === 1;

function quoteMerge(splits: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < splits.length; i += 1) {
    const split = splits[i]!;
    const opened = split.match(OPEN_QUOTE);
    if (opened !== null && opened.length === 1) {
      // Closed in the same chunk by another mark: '“Yes!” said Tom. “No!” said Ann.'
      const closed = split.match(CLOSE_QUOTE);
      if (closed !== null && closed[0] !== opened[0]) {
        out.push(split);
        continue;
      }
      if (closesQuote(splits[i + 1]) && splits[i + 1]!.length < MAX_QUOTE) {
        splits[i] += splits[i + 1]!;
        out.push(splits[i]!);
        splits[i + 1] = '';
        i += 1;
        continue;
      }
      if (closesQuote(splits[i + 2])) {
        const toAdd = splits[i + 1]! + splits[i + 2]!;
        if (toAdd.length < MAX_QUOTE) {
          splits[i] += toAdd;
          out.push(splits[i]!);
          splits[i + 1] = '';
          splits[i + 2] = '';
          i += 2;
          continue;
        }
      }
    }
    out.push(splits[i]!);
  }
  return out;
}

// 05-parens-merge: a parenthesis opened and not closed takes in the next chunk when it closes it (250 characters at most).
const MAX_PARENS = 250;
const HAS_OPEN = /[(\uFF08]/g;
const HAS_CLOSED = /[)\uFF09]/g;

function parensMerge(splits: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < splits.length; i += 1) {
    const opened = splits[i]!.match(HAS_OPEN);
    if (opened !== null && opened.length === 1) {
      const next = splits[i + 1];
      if (next && next.length < MAX_PARENS) {
        // match() leaves lastIndex at 0: the global pattern's test() below starts from the beginning, as in compromise.
        const closed = next.match(HAS_CLOSED);
        if (closed !== null && opened.length === 1 && !HAS_OPEN.test(next)) {
          splits[i] += next;
          out.push(splits[i]!);
          splits[i + 1] = '';
          i += 1;
          continue;
        }
      }
    }
    out.push(splits[i]!);
  }
  return out;
}

/** The sentences of `text` as compromise's splitSentences cuts them, white space kept at their ends. */
export function splitIntoSentences(text: string): string[] {
  if (!text || !/\S/.test(text)) return [];
  abbreviations ??= new Set(loadJson<SplitterLexicon>('lexicon/sentence-abbreviations.json').abbreviations);
  const sentences = parensMerge(quoteMerge(smartMerge(simpleMerge(simpleSplit(text)), abbreviations)));
  if (sentences.length === 0) return [text];
  // White space at the start of a sentence goes to the end of the one before.
  for (let i = 1; i < sentences.length; i += 1) {
    const ws = sentences[i]!.match(/^\s+/);
    if (ws !== null) {
      sentences[i - 1] += ws[0];
      sentences[i] = sentences[i]!.replace(/^\s+/, '');
    }
  }
  return sentences;
}
