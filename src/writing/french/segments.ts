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

const PROTECTED = new RegExp(`(${OPEN}[^${CLOSE}]*${CLOSE})`, 'u');

export function toSegments(marked: string): Segment[] {
  const segments: Segment[] = [];
  for (const part of marked.split(PROTECTED)) {
    if (!part) continue;
    if (part.startsWith(OPEN)) segments.push({ text: part.slice(1, -1), protected: true });
    else segments.push({ text: part, protected: false });
  }
  return segments;
}
