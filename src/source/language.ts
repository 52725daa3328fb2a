/** The source must be French: franc on the text, trusted only above a length where it is reliable. */
import { franc } from 'franc';
import { InputError } from '../errors.js';

const MIN_RELIABLE_CHARS = 120;
/** franc's answer is settled long before this; a whole book would only cost time. */
export const LANGUAGE_SAMPLE_CHARS = 3000;
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  eng: 'English', spa: 'Spanish', deu: 'German', ita: 'Italian', por: 'Portuguese', nld: 'Dutch',
  cat: 'Catalan', ron: 'Romanian', pol: 'Polish', rus: 'Russian', arb: 'Arabic', cmn: 'Chinese', tur: 'Turkish',
};

/** French and the languages a French newsroom is likely to be handed: franc compares only these. */
export const CANDIDATE_LANGUAGES: readonly string[] = ['fra', ...Object.keys(LANGUAGE_NAMES)];

export function checkFrench(text: string): void {
  if (text.length < MIN_RELIABLE_CHARS) return;
  const language = franc(text.slice(0, LANGUAGE_SAMPLE_CHARS), { only: [...CANDIDATE_LANGUAGES] });
  if (language !== 'fra' && language !== 'und') {
    throw new InputError(`the source looks ${LANGUAGE_NAMES[language] ?? language} (franc: ${language}), not French: Plume reads and writes French only`);
  }
}
