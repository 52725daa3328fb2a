/**
 * Consecutive sentences: never three sentences in a row that begin with the same word (or the same
 * two words after "le", "la", "un", "deux"…). Lists and tables are left out; headings count.
 */
import { assessmentConfig } from '../config.js';
import type { AnalysedPaper } from '../paper.js';
import { result, type AssessmentResult } from '../result.js';
import { assessmentLexicon } from '../lexicon.js';
import { tokenWords } from '../text/words.js';

export interface SentenceBeginning {
  readonly word: string;
  /** Sentences in a row that begin with it. */
  readonly count: number;
}

export function researchSentenceBeginnings(paper: AnalysedPaper): SentenceBeginning[] {
  const exceptions = new Set(assessmentLexicon().firstWordExceptions);
  const beginnings = paper.blocks
    .filter((b) => !(b.block.type === 'paragraph' && b.block.inList))
    .flatMap((b) => b.sentences)
    .filter((s) => s.tokens.length > 0)
    .map((s) => {
      const words = tokenWords(s.tokens, { joinHyphens: true });
      if (words.length === 0) return '';
      const first = words[0]!.toLowerCase();
      return exceptions.has(first) && words.length > 1 ? `${first} ${words[1]!.toLowerCase()}` : first;
    });
  const runs: SentenceBeginning[] = [];
  let count = 0;
  beginnings.forEach((word, i) => {
    count++;
    if (word && word !== beginnings[i + 1]) {
      runs.push({ word, count });
      count = 0;
    }
  });
  return runs;
}

export function assessSentenceBeginnings(runs: readonly SentenceBeginning[], config = assessmentConfig.sentenceBeginnings): AssessmentResult {
  const id = 'sentenceBeginnings';
  const tooMany = runs.filter((r) => r.count > config.maximumSameBeginnings);
  const longest = Math.max(0, ...runs.map((r) => r.count));
  const measured = { actual: longest, expected: `at most ${config.maximumSameBeginnings} sentences in a row beginning with the same word` };
  if (tooMany.length === 0) return result(id, config.scores.good, 'Consecutive sentences: no repetitive sentence beginnings, good.', measured);
  const worst = [...tooMany].sort((a, b) => b.count - a.count)[0]!;
  return result(id, config.scores.bad, `Consecutive sentences: ${worst.count} sentences in a row begin with “${worst.word}”${tooMany.length > 1 ? ` (${tooMany.length} such runs)` : ''}; vary them.`, measured);
}
