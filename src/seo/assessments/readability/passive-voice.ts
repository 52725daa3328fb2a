/** Passive voice: at most 10 % of the sentences in the passive (être + past participle, Yoast's French heuristic). */
import { assessmentConfig } from '../config.js';
import { allSentences, type AnalysedPaper } from '../paper.js';
import { result, roundPercent, type AssessmentResult } from '../result.js';
import { isPassiveSentence } from '../text/passive.js';

export interface PassiveVoiceResearch {
  readonly sentences: number;
  readonly passives: readonly string[];
}

export function researchPassiveVoice(paper: AnalysedPaper): PassiveVoiceResearch {
  const sentences = allSentences(paper);
  return { sentences: sentences.length, passives: sentences.map((s) => s.text).filter(isPassiveSentence) };
}

export function assessPassiveVoice(research: PassiveVoiceResearch, config = assessmentConfig.passiveVoice): AssessmentResult {
  const id = 'passiveVoice';
  const { scores } = config;
  const percent = research.sentences === 0 ? 0 : roundPercent((research.passives.length / research.sentences) * 100);
  const measured = { actual: `${percent} %`, expected: `at most ${config.recommended} % of sentences` };
  if (percent <= config.recommended) return result(id, scores.good, `Passive voice: ${percent} % of the sentences, good.`, measured);
  const message = `Passive voice: ${percent} % of the sentences, more than the recommended ${config.recommended} %; use the active voice.`;
  return result(id, percent <= config.maximum ? scores.okay : scores.bad, message, measured);
}
