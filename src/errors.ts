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
