/** Typed errors: stages throw them, only the CLI turns them into messages and exit codes. */

/** The input or the options cannot be used (exit 2). */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** The article cannot meet the brief honestly (exit 1). */
export class BriefError extends Error {
  override readonly name = 'BriefError';
  constructor(message: string, readonly words: number, readonly minWords: number) {
    super(message);
  }
}

/** What the analysis found in the source (Article.facts), which a refusal names. */
export interface FoundInSource {
  readonly sentences: number;
  readonly figures: number;
  readonly names: number;
}

const counted = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Why a source too thin for the minimum makes no article, and what the user can do: the CLI's and the batch's words. */
export function thinSourceMessage(words: number, minWords: number, { sentences, figures, names }: FoundInSource): string {
  const found = [counted(sentences, 'source sentence', 'source sentences'), counted(figures, 'figure', 'figures'), counted(names, 'name', 'names')].join(', ');
  return `the source gives ${counted(words, 'honest word', 'honest words')}, fewer than the ${minWords} asked for (${found} found): nothing was written; add source text, lower --min-words, or pass --allow-short to accept a shorter article`;
}
