/**
 * Page furniture: what a text copied from a news site carries besides the article ("Lire aussi : …", the
 * byline, "Publié le … Mis à jour le …", "(Photo : AFP)", "Partager"). Left in, a link to another article
 * became a subheading and its words the keyphrase; the byline and the times became the first paragraph.
 * The lines are in lexicon/page-furniture.json; the publication date they give dates the article.
 */
import { loadJson } from '../data.js';

interface FurnitureLexicon {
  readonly maxWords: number;
  readonly lines: readonly string[];
  readonly published: string;
}

interface DateLexicon {
  readonly months: readonly string[];
}

export interface Furnished {
  /** The lines of the text without its furniture, blank lines kept. */
  readonly lines: readonly string[];
  /** The lines left out, as written. */
  readonly furniture: readonly string[];
  /** The publication date a left-out line gives, as an ISO date. */
  readonly published?: string;
}

let patterns: { readonly lines: readonly RegExp[]; readonly published: RegExp } | undefined;

function furniturePatterns(): NonNullable<typeof patterns> {
  if (patterns) return patterns;
  const lexicon = loadJson<FurnitureLexicon>('lexicon/page-furniture.json');
  return (patterns = { lines: lexicon.lines.map((line) => new RegExp(line, 'u')), published: new RegExp(lexicon.published, 'u') });
}

const isoDate = (year: string, month: number, day: string): string | undefined =>
  month >= 1 && month <= 12 && Number(day) >= 1 && Number(day) <= 31 ? `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}` : undefined;

/** "Publié le 12/03/2026 à 08h15", "Publié le 3 mars 2026": the date, as an ISO date. */
function publishedOn(line: string): string | undefined {
  const found = furniturePatterns().published.exec(line);
  if (!found) return undefined;
  const [, day, month, year, dayOfMonth, monthName, yearOfMonth] = found;
  if (day && month && year) return isoDate(year, Number(month), day);
  const { months } = loadJson<DateLexicon>('lexicon/dates.json');
  return dayOfMonth && monthName && yearOfMonth ? isoDate(yearOfMonth, months.indexOf(monthName.toLowerCase()) + 1, dayOfMonth) : undefined;
}

export function withoutFurniture(lines: readonly string[]): Furnished {
  const { maxWords } = loadJson<FurnitureLexicon>('lexicon/page-furniture.json');
  const kept: string[] = [];
  const furniture: string[] = [];
  let published: string | undefined;
  for (const line of lines) {
    const trimmed = line.trim();
    const isFurniture = trimmed !== '' && trimmed.split(/\s+/u).length <= maxWords && furniturePatterns().lines.some((pattern) => pattern.test(trimmed));
    if (!isFurniture) {
      kept.push(line);
      continue;
    }
    furniture.push(trimmed);
    published ??= publishedOn(trimmed);
  }
  return { lines: kept, furniture, ...(published !== undefined && { published }) };
}
