/** The source must be French: franc's guess, trusted only above a length where it is reliable. */
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';
import { InputError } from '../errors.js';

const MIN_RELIABLE_CHARS = 120;
/** franc's answer is settled long before this; a whole book would only cost time. */
export const LANGUAGE_SAMPLE_CHARS = 3000;
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  eng: 'English', spa: 'Spanish', deu: 'German', ita: 'Italian', por: 'Portuguese', nld: 'Dutch',
  cat: 'Catalan', ron: 'Romanian', pol: 'Polish', rus: 'Russian', arb: 'Arabic', cmn: 'Chinese', tur: 'Turkish',
};

/** French and the languages a French newsroom is likely to be handed: the only ones compared. */
export const CANDIDATE_LANGUAGES: readonly string[] = ['fra', ...Object.keys(LANGUAGE_NAMES)];

// franc's constants: it reads at most MAX_LENGTH characters, calls a shorter text than MIN_LENGTH
// undetermined, and counts MAX_DIFFERENCE for a trigram that a language's model lacks.
const MAX_LENGTH = 2048;
const MIN_LENGTH = 10;
const MAX_DIFFERENCE = 300;

/** The candidates of one script of franc's data, in franc's order, and each trigram of their models with its rank in each. */
interface ScriptModels {
  readonly languages: readonly string[];
  readonly ranks: ReadonlyMap<string, readonly (readonly [language: number, rank: number])[]>;
}
let models: Map<string, ScriptModels> | undefined;

function candidateModels(): Map<string, ScriptModels> {
  if (models) return models;
  models = new Map();
  for (const [script, all] of Object.entries(data)) {
    const languages = Object.keys(all).filter((language) => CANDIDATE_LANGUAGES.includes(language));
    const ranks = new Map<string, (readonly [number, number])[]>();
    languages.forEach((language, index) => {
      const trigrams = all[language]!.split('|');
      // A trigram listed twice keeps its first rank, as in franc.
      trigrams.forEach((trigram, rank) => {
        const entries = ranks.get(trigram) ?? [];
        if (!entries.some(([other]) => other === index)) entries.push([index, rank]);
        ranks.set(trigram, entries);
      });
    });
    models.set(script, { languages, ranks });
  }
  return models;
}

/** How often each trigram occurs in the text, cleaned as franc cleans it (no ASCII punctuation or digits, one space, lower case). */
function trigramCounts(text: string): Map<string, number> {
  const clean = ` ${text.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= clean.length; i++) {
    const trigram = clean.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}

const SCRIPTS = Object.entries(expressions);
/** For each character met, the scripts whose expression matches it (indices in SCRIPTS, once per match). */
const scriptsOfCharacter = new Map<string, number[]>();

/**
 * franc's script: the one whose expression matches most of the text; the first of equals, and its share.
 * franc counts each expression's matches in the text; an expression matches one character at a time
 * (a code unit, or a surrogate pair), so the count is the sum over the text's characters, each tested once.
 */
function topScript(value: string): { script: string; share: number } {
  const counts = SCRIPTS.map(() => 0);
  for (const character of value) {
    let scripts = scriptsOfCharacter.get(character);
    if (scripts === undefined) {
      scripts = SCRIPTS.flatMap(([, expression], index) => (character.match(expression) ?? []).map(() => index));
      scriptsOfCharacter.set(character, scripts);
    }
    for (const index of scripts) counts[index]!++;
  }
  let top = { script: '', share: -1 };
  counts.forEach((count, index) => {
    if (count / value.length > top.share) top = { script: SCRIPTS[index]![0], share: count / value.length };
  });
  return top;
}

/**
 * franc(text, { only: CANDIDATE_LANGUAGES }), answered the same (tests/source/language.test.ts compares
 * them) at a fraction of the cost: franc builds the models of all its 187 languages when it loads, runs
 * thirty expressions over the text and sorts its trigrams; here only the candidates' models are built.
 */
export function detectLanguage(text: string): string {
  if (text.length < MIN_LENGTH) return 'und';
  const value = text.slice(0, MAX_LENGTH);
  const { script, share } = topScript(value);
  const candidates = candidateModels().get(script);
  // A script of one language names it (Han: Chinese).
  if (candidates === undefined) return share > 0 && CANDIDATE_LANGUAGES.includes(script) ? script : 'und';
  if (candidates.languages.length === 0) return 'und';
  // franc's distance to a language: for each distinct trigram of the text, |count − rank − 1| when the
  // model has it, MAX_DIFFERENCE otherwise. Counted here from MAX_DIFFERENCE for all of them, less the
  // difference for those a model has: each trigram of the text is looked up once, not once per language.
  const counts = trigramCounts(value);
  const distances = candidates.languages.map(() => MAX_DIFFERENCE * counts.size);
  for (const [trigram, count] of counts) {
    for (const [language, rank] of candidates.ranks.get(trigram) ?? []) distances[language]! -= MAX_DIFFERENCE - Math.abs(count - rank - 1);
  }
  // The nearest language; the first of equals, as franc's stable sort.
  const nearest = distances.indexOf(Math.min(...distances));
  return candidates.languages[nearest]!;
}

export function checkFrench(text: string): void {
  if (text.length < MIN_RELIABLE_CHARS) return;
  const language = detectLanguage(text.slice(0, LANGUAGE_SAMPLE_CHARS));
  if (language !== 'fra' && language !== 'und') {
    throw new InputError(`the source looks ${LANGUAGE_NAMES[language] ?? language} (franc: ${language}), not French: Plume reads and writes French only`);
  }
}
