/**
 * A sentence being written is a list of segments: Plume's own words (realisable) and copied
 * source text (protected: never changed, only its neighbours adapt to it).
 */
export interface Segment {
  readonly text: string;
  readonly protected: boolean;
}

// Private-use characters mark protected text between Handlebars' rendering and realisation only.
export const OPEN = '\uE000';
export const CLOSE = '\uE001';

export function protect(text: string): string {
  return `${OPEN}${text}${CLOSE}`;
}

/**
 * The marked text cut at each OPEN … CLOSE, the text between them protected (a second OPEN before the CLOSE is part
 * of it). Read with indexOf: a split on a pattern with a capture costs more than the rest of a short sentence's
 * realisation.
 */
export function toSegments(marked: string): Segment[] {
  const segments: Segment[] = [];
  let from = 0;
  for (let open = marked.indexOf(OPEN); open >= 0; open = marked.indexOf(OPEN, from)) {
    const close = marked.indexOf(CLOSE, open + 1);
    if (close < 0) break;
    if (open > from) segments.push({ text: marked.slice(from, open), protected: false });
    segments.push({ text: marked.slice(open + 1, close), protected: true });
    from = close + 1;
  }
  // An OPEN that no CLOSE follows opens a last part read as protected, its first and last characters dropped, as the
  // split this replaces read it (it cannot come of protect()).
  const rest = marked.slice(from);
  if (rest) segments.push(rest.startsWith(OPEN) ? { text: rest.slice(1, -1), protected: true } : { text: rest, protected: false });
  return segments;
}
