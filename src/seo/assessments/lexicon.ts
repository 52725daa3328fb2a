/** The word lists of the assessments (lexicon/assessments-fr.json, lexicon/transition-words.json), as sets, loaded once. */
import { loadJson } from '../../data.js';

interface AssessmentLexicon {
  readonly functionWords: readonly string[];
  readonly firstWordExceptions: readonly string[];
  readonly sentenceAbbreviations: readonly string[];
  readonly passive: {
    readonly auxiliaries: readonly string[];
    readonly clauseBreakers: readonly string[];
    readonly irregularParticiples: readonly string[];
    readonly irregularParticiplesEndingInS: readonly string[];
    readonly irregularParticiplesInvariable: readonly string[];
    readonly notParticiples: readonly string[];
    readonly adjectivesAndVerbs: readonly string[];
    readonly nouns: readonly string[];
    readonly cannotDirectlyPrecedeParticiple: readonly string[];
    readonly cannotComeBetweenAuxiliaryAndParticiple: readonly string[];
  };
}

interface TransitionLexicon {
  readonly single: readonly string[];
  readonly multiple: readonly string[];
  readonly twoPart: readonly (readonly [string, string])[];
}

export interface CharacterWidths {
  readonly fallback: string;
  readonly widths: Readonly<Record<string, number>>;
}

export function assessmentLexicon(): AssessmentLexicon {
  return loadJson<AssessmentLexicon>('lexicon/assessments-fr.json');
}

let functionWordSet: ReadonlySet<string> | undefined;

/** French function words ("le", "de", "d'un"…), written with the straight apostrophe as Yoast writes them. */
export function functionWords(): ReadonlySet<string> {
  return (functionWordSet ??= new Set(assessmentLexicon().functionWords));
}

export function transitionWords(): TransitionLexicon {
  return loadJson<TransitionLexicon>('lexicon/transition-words.json');
}

export function characterWidths(): CharacterWidths {
  return loadJson<CharacterWidths>('lexicon/arial-widths.json');
}
