/** de le → du, de les → des, à le → au, à les → aux (raw template forms). */
const CONTRACTIONS: Readonly<Record<string, string>> = {
  'de le': 'du',
  'de les': 'des',
  'à le': 'au',
  'à les': 'aux',
  'De le': 'Du',
  'De les': 'Des',
  'À le': 'Au',
  'À les': 'Aux',
  // Titles that start with an article: "de Le Parisien" → "du Parisien".
  'de Le': 'du',
  'de Les': 'des',
  'à Le': 'au',
  'à Les': 'aux',
};

/** `words` are the realisable words; a pair is contracted only when both words are Plume's own. */
export function contract(first: string, second: string): string | undefined {
  // Most pairs open on another word: no key to build for them.
  return CONTRACTING.has(first) ? CONTRACTIONS[`${first} ${second}`] : undefined;
}

/** The first words of CONTRACTIONS. */
const CONTRACTING: ReadonlySet<string> = new Set(Object.keys(CONTRACTIONS).map((pair) => pair.split(' ')[0]!));
