/**
 * Page furniture: what a text copied from a news site carries besides the article ("Lire aussi : …", the
 * byline, "Publié le … Mis à jour le …", "(Photo : AFP)", a caption with its "© …" credit, "Partager"). Left in, a link to another article
 * became a subheading and its words the keyphrase; the byline and the times became the first paragraph.
 * The lines are in lexicon/page-furniture.json; the publication date they give dates the article.
 */
import { saidDay } from './day-of-month.js';
import { loadJson } from '../data.js';

interface FurnitureLexicon {
  readonly maxWords: number;
  readonly lines: readonly string[];
  readonly credited: string;
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
  /** The publication date a left-out line gives, as an ISO date… */
  readonly published?: string;
  /** …and as the article may say it ("24 septembre 2026"), as a wire's dateline is said. */
  readonly publishedText?: string;
}

let patterns: { readonly lines: readonly RegExp[]; readonly credited: RegExp; readonly published: RegExp } | undefined;

function furniturePatterns(): NonNullable<typeof patterns> {
  if (patterns) return patterns;
  const lexicon = loadJson<FurnitureLexicon>('lexicon/page-furniture.json');
  return (patterns = { lines: lexicon.lines.map((line) => new RegExp(line, 'u')), credited: new RegExp(lexicon.credited, 'u'), published: new RegExp(lexicon.published, 'u') });
}

/** The ISO date of a day of the calendar ("2026-03-12"), or undefined when there is no such day (31/02). */
function isoDate(year: string, month: number, day: string): string | undefined {
  const date = new Date(Date.UTC(Number(year), month - 1, Number(day)));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === Number(day) ? `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}` : undefined;
}

/** "Publié le 12/03/2026 à 08h15", "Publié le 3 mars 2026": the date, as an ISO date and in words ("12 mars 2026"). */
function publishedOn(line: string): { readonly iso: string; readonly text: string } | undefined {
  const found = furniturePatterns().published.exec(line);
  if (!found) return undefined;
  const [, day, month, year, dayOfMonth, monthName, yearOfMonth] = found;
  const { months } = loadJson<DateLexicon>('lexicon/dates.json');
  const date = day && month && year ? { day, month: Number(month), year } : dayOfMonth && monthName && yearOfMonth ? { day: dayOfMonth, month: months.indexOf(monthName.toLowerCase()) + 1, year: yearOfMonth } : undefined;
  const iso = date && isoDate(date.year, date.month, date.day);
  return date && iso ? { iso, text: `${saidDay(date.day)} ${months[date.month - 1]!} ${date.year}` } : undefined;
}

export function withoutFurniture(lines: readonly string[]): Furnished {
  const { maxWords } = loadJson<FurnitureLexicon>('lexicon/page-furniture.json');
  const kept: string[] = [];
  const furniture: string[] = [];
  let published: ReturnType<typeof publishedOn>;
  for (const line of lines) {
    const trimmed = line.trim();
    // A caption that ends on its credit is one at any length: no sentence of a text ends on ©.
    const isFurniture =
      trimmed !== '' && ((trimmed.split(/\s+/u).length <= maxWords && furniturePatterns().lines.some((pattern) => pattern.test(trimmed))) || furniturePatterns().credited.test(trimmed));
    if (!isFurniture) {
      kept.push(line);
      continue;
    }
    furniture.push(trimmed);
    published ??= publishedOn(trimmed);
  }
  return { lines: kept, furniture, ...(published !== undefined && { published: published.iso, publishedText: published.text }) };
}
