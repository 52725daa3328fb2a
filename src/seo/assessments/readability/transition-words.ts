/**
 * Transition words: at least 30 % of the sentences hold one ("ainsi", "en effet", "d'une part …
 * d'autre part"; lexicon/transition-words.json), compared token by token, lower case.
 */
import { assessmentConfig } from '../config.js';
import { allSentences, type AnalysedPaper } from '../paper.js';
import { result, roundPercent, type AssessmentResult } from '../result.js';
import { transitionWords } from '../lexicon.js';
import { tokenWords } from '../text/words.js';

export interface TransitionWordsResearch {
  readonly sentences: number;
  readonly withTransition: number;
  readonly textWords: number;
}

function includesRun(tokens: readonly string[], run: readonly string[]): boolean {
  return tokens.some((token, i) => token === run[0] && run.every((word, j) => tokens[i + j] === word));
}

let matcher: ((tokens: readonly string[]) => boolean) | undefined;

/** Whether a sentence's tokens hold a transition word, or both parts of a two-part one. */
export function holdsTransitionWord(sentenceTokens: readonly string[]): boolean {
  matcher ??= (() => {
    const lexicon = transitionWords();
    // French case rules whatever the machine's locale (see capitalise in text.ts).
    const fold = (text: string): string => text.toLowerCase();
    // The runs by their first word: a sentence's words are looked up, not the whole list tried on each sentence.
    const byFirstWord = new Map<string, string[][]>();
    for (const run of [...lexicon.single, ...lexicon.multiple].map((w) => fold(w).split(' '))) byFirstWord.set(run[0]!, [...(byFirstWord.get(run[0]!) ?? []), run]);
    const twoPart = lexicon.twoPart.map(([a, b]) => [fold(a).split(' '), fold(b).split(' ')] as const);
    // Every two-part transition starts with one of these words: a sentence with none of them holds none.
    const twoPartFirstWords = new Set(twoPart.map(([first]) => first[0]!));
    return (tokens: readonly string[]): boolean => {
      const words: string[] = [];
      for (const token of tokens) if (token !== ' ') words.push(fold(token));
      if (words.some((word, i) => byFirstWord.get(word)?.some((run) => run.every((w, j) => words[i + j] === w)))) return true;
      if (!words.some((word) => twoPartFirstWords.has(word))) return false;
      // A run is only looked for in a sentence that has its first word.
      const present = new Set(words);
      const possible = (run: readonly string[]): boolean => present.has(run[0]!) && includesRun(words, run);
      return twoPart.some(([first, second]) => possible(first) && possible(second));
    };
  })();
  return matcher(sentenceTokens);
}

export function researchTransitionWords(paper: AnalysedPaper): TransitionWordsResearch {
  const sentences = allSentences(paper);
  const withTransition = sentences.filter((s) => holdsTransitionWord(s.tokens)).length;
  const textWords = sentences.reduce((sum, s) => sum + tokenWords(s.tokens, { joinHyphens: false }).length, 0);
  return { sentences: sentences.length, withTransition, textWords };
}

export function assessTransitionWords(research: TransitionWordsResearch, config = assessmentConfig.textTransitionWords): AssessmentResult {
  const id = 'textTransitionWords';
  const { scores } = config;
  const percent = research.withTransition === 0 || research.sentences === 0 ? 0 : roundPercent((research.withTransition / research.sentences) * 100);
  const measured = { actual: `${percent} %`, expected: `at least ${config.good} % of sentences` };
  if (research.textWords < config.neededIfTextLongerThan) {
    return result(id, scores.good, `Transition words: ${percent} % of the sentences; the text is short enough not to need more.`, measured);
  }
  if (percent >= config.good) return result(id, scores.good, `Transition words: ${percent} % of the sentences hold one, good.`, measured);
  const message = percent === 0 ? 'Transition words: no sentence holds one; use some.' : `Transition words: only ${percent} % of the sentences hold one, fewer than ${config.good} %; use more.`;
  return result(id, percent < config.minimum ? scores.bad : scores.okay, message, measured);
}
