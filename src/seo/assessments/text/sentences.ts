/**
 * Sentences as Yoast's analysis cuts them (languageProcessing/helpers/sentence/SentenceTokenizer),
 * for the text of one block. Sentence counts drive the sentence length, transition word, passive
 * voice and keyphrase density verdicts, so the rules are Yoast's own, odd ones included: a full stop
 * ends a sentence only when a space and a capital, a digit or a quotation mark follow ("M. Dupont"
 * is two sentences, "12.10" is none); "?" and "!" end one whenever a space follows; a closing »
 * ends one only after a full stop. The text is plain (no HTML tags), so the tokenizer's tag rules
 * are left out, and "<" is an ordinary character.
 */
import { assessmentLexicon } from '../lexicon.js';

type TokenType = 'full-stop' | 'delimiter' | 'block-start' | 'block-end' | 'sentence';

interface Token {
  readonly type: TokenType;
  readonly src: string;
}

const DELIMITERS = new Set([...'”〞〟„』›»’‛`"?!\u2026\u06d4\u061f']);
const OPENING = new Set(['(', '[', '{']);
const CLOSING = new Set([')', ']', '}']);
/** Characters a sentence token cannot hold. */
const NOT_IN_SENTENCE = new Set(['.', '(', ')', '[', ']', ...DELIMITERS]);
const SPACE = /\s/;

/** Yoast's tokenizer keeps the longest prefix that one of its rules accepts. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    let end = i + 1;
    let type: TokenType;
    if (c === '.') type = 'full-stop';
    else if (DELIMITERS.has(c)) type = 'delimiter';
    else if (OPENING.has(c) || CLOSING.has(c)) {
      type = OPENING.has(c) ? 'block-start' : 'block-end';
      while (end < text.length && SPACE.test(text[end]!)) end++;
    } else {
      // White space followed by a bracket is the start of a block token (" (" or " ) ").
      let k = i;
      while (k < text.length && SPACE.test(text[k]!)) k++;
      if (k > i && k < text.length && (OPENING.has(text[k]!) || CLOSING.has(text[k]!))) {
        type = OPENING.has(text[k]!) ? 'block-start' : 'block-end';
        end = k + 1;
        while (end < text.length && SPACE.test(text[end]!)) end++;
      } else {
        type = 'sentence';
        while (end < text.length && !NOT_IN_SENTENCE.has(text[end]!)) end++;
      }
    }
    tokens.push({ type, src: text.slice(i, end) });
    i = end;
  }
  return tokens;
}

const SINGLE_QUOTES = /['‘’‛`‹›]/g;
const DOUBLE_QUOTES = /[“”〝〞〟‟„『』«»]/g;

export function normaliseQuotes(text: string): string {
  return text.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
}

const isQuotation = (c: string): boolean => {
  const normal = normaliseQuotes(c);
  return normal === "'" || normal === '"';
};
const isNumber = (c: string): boolean => !Number.isNaN(Number.parseInt(c, 10));
const isCapital = (c: string): boolean => c !== c.toLowerCase();
const RTL_LETTERS = [/^[\u0590-\u05fe]+$/i, /^[\u0600-\u06FF]+$/i, /^[\uFB8A\u067E\u0686\u06AF]+$/i];
const isValidBeginning = (c: string): boolean =>
  isCapital(c) || RTL_LETTERS.some((r) => r.test(c)) || isNumber(c) || isQuotation(c) || c === '¿' || c === '¡' || c === '<';
const isSentenceStart = (token: Token | undefined): boolean => token?.type === 'block-start';
const isSentenceEnding = (token: Token | undefined): boolean => token?.type === 'full-stop' || token?.type === 'delimiter';
/** "J." of "J. Dupont": a single letter after a word boundary. */
const INITIAL = /(?:^|$|[ \n\r\t\u00a0\u06d4\u061f\u060C\u061B.,'()"+\-;!?:/»«‹›<>”“〝〞〟‟„])[A-Za-z]$/;

let abbreviationPattern: RegExp | undefined;

function endsWithAbbreviation(sentence: string): boolean {
  abbreviationPattern ??= new RegExp(
    `(?:^|[ \\n\\r\\t\\u00a0\\u2014.,()”“〝〞〟‟„"+\\-;!¡?¿:/»«‹›<>'‘’‛\`])(?:${assessmentLexicon()
      .sentenceAbbreviations.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|')})$`,
    'i',
  );
  return abbreviationPattern.test(sentence);
}

/** The first two characters after a token, with the first run of white space made one space. */
function nextTwo(next: Token | undefined, second: Token | undefined): string {
  return `${next?.src ?? ''}${second?.src ?? ''}`.replace(/\s+/, ' ');
}

export function splitSentences(text: string): string[] {
  const tokens = tokenize(text);
  const sentences: string[] = [];
  let current = '';
  const flush = (): void => {
    sentences.push(current);
    current = '';
  };
  const maybeFlush = (next: Token | undefined, chars: string): void => {
    const hasNext = chars.length >= 2;
    if ((hasNext && isValidBeginning(chars[1]!) && SPACE.test(chars[0]!)) || isSentenceStart(next)) flush();
  };
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    const second = tokens[i + 2];
    const chars = nextTwo(next, second);
    current += token.src;
    switch (token.type) {
      case 'delimiter':
        if (next && next.type !== 'block-end' && next.type !== 'delimiter' && SPACE.test(next.src[0] ?? '')) {
          if (isQuotation(token.src) && previous && previous.src !== '.') break;
          if (isQuotation(token.src) || token.src === '\u2026') maybeFlush(next, chars);
          else flush();
        }
        break;
      case 'full-stop': {
        if (endsWithAbbreviation(current)) break;
        if (chars.length >= 2 && isNumber(chars[0]!)) break;
        const initial = previous?.type === 'sentence' && INITIAL.test(previous.src) && next?.type === 'sentence' && next.src.trim().length === 1 && second?.type === 'full-stop';
        if (initial) break;
        maybeFlush(next, chars);
        break;
      }
      case 'block-end': {
        const start = chars.length >= 2 ? chars[0]! : '';
        if ((chars.length >= 2 && isNumber(chars[0]!)) || (isSentenceEnding(previous) && !(isValidBeginning(start) || isSentenceStart(next)))) break;
        if (isSentenceEnding(previous) && (isSentenceStart(next) || isValidBeginning(start))) flush();
        break;
      }
      default:
        break;
    }
  });
  if (current !== '') sentences.push(current);
  return sentences.map((s) => s.trim()).filter((s) => s !== '');
}
