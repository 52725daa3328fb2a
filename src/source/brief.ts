/** brief: the instruction line and the options → what the article must be. Options win. */
import type { Brief, Source } from '../types.js';
import { InputError } from '../errors.js';
import { loadJson } from '../data.js';
import { config } from '../config.js';
import { frenchRegExp } from '../text.js';

interface InstructionLexicon {
  readonly minWords: string;
  readonly intents: Readonly<Record<string, string>>;
  readonly otherLanguages: Readonly<Record<string, string>>;
}

export interface BriefOptions {
  readonly minWords?: number;
}

/** Cut an instruction into clauses: at , ; . and at "and"/"et" between two requests. */
function clausesOf(instruction: string): string[] {
  return instruction
    .split(/[,;.!](?!\d)\s*|\s+(?:and|et|puis|then)\s+(?=[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ])/u)
    .map((clause) => clause.trim())
    .filter((clause) => /[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]/u.test(clause));
}

export function checkMinWords(value: number): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new InputError(`the minimum number of words must be a positive whole number, not ${value}`);
  }
  if (value > config.maxMinWords) {
    throw new InputError(`a minimum of ${value} words cannot be reached honestly from a news source: ask for ${config.maxMinWords} words or fewer`);
  }
  return value;
}

export function makeBrief(source: Source, options: BriefOptions = {}): Brief {
  const lexicon = loadJson<InstructionLexicon>('lexicon/instructions.json');
  const unknown: string[] = [];
  let minWords: number | undefined;

  for (const clause of source.instruction ? clausesOf(source.instruction) : []) {
    for (const [language, pattern] of Object.entries(lexicon.otherLanguages)) {
      if (frenchRegExp(pattern).test(clause)) {
        throw new InputError(`the instruction asks for an article in ${language} ("${clause}"): Plume writes French only; remove that request or translate the article afterwards`);
      }
    }
    const words = frenchRegExp(lexicon.minWords).exec(clause);
    if (words) minWords = Number(words[1]!.replace(/[\s ,.]/g, ''));
    const understood = Object.values(lexicon.intents).some((pattern) => frenchRegExp(pattern).test(clause));
    if (!understood && !words) unknown.push(clause);
  }
  const wanted = options.minWords ?? minWords ?? config.defaultMinWords;
  // Plume always writes subheadings and SEO metadata; the instruction can only confirm them.
  return { language: 'fr', minWords: checkMinWords(wanted), subheadings: true, seo: true, unknown };
}
