/**
 * Page furniture: what a text copied from a news site carries besides the article ("Lire aussi : …", the
 * byline, "Publié le … Mis à jour le …", "(Photo : AFP)", a caption with its "© …" credit, "Partager"). Left in, a link to another article
 * became a subheading and its words the keyphrase; the byline and the times became the first paragraph.
 * The lines are in lexicon/page-furniture.json; the publication date they give dates the article.
 */
import { saidDay } from './day-of-month.js';
import { loadJson } from '../data.js';
import { isSpaceCode } from '../text.js';

interface FurnitureLexicon {
  readonly maxWords: number;
  readonly lines: readonly string[];
  readonly anyLength: readonly string[];
  readonly credited: string;
  readonly published: string;
  readonly updated: string;
  readonly contact: string;
  readonly labels: readonly string[];
  readonly embed: { readonly signature: string; readonly said: string };
  readonly noteMarker: string;
  readonly noteLine: string;
}

interface DateLexicon {
  readonly months: readonly string[];
  readonly monthAbbreviations: Readonly<Record<string, number>>;
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

interface Patterns {
  /** Whether a line is one of the lexicon's `lines`, … */
  readonly lines: (line: string) => boolean;
  /** …one of its `anyLength`… */
  readonly anyLength: (line: string) => boolean;
  readonly credited: RegExp;
  readonly published: RegExp;
  readonly updated: RegExp;
  readonly contact: RegExp;
  readonly labels: readonly RegExp[];
  /** …or holds one of its `labels`. */
  readonly anyLabel: (line: string) => boolean;
  readonly signature: RegExp;
  readonly noteMarker: RegExp;
  readonly noteLine: RegExp;
}

let patterns: Patterns | undefined;

function furniturePatterns(): Patterns {
  if (patterns) return patterns;
  const lexicon = loadJson<FurnitureLexicon>('lexicon/page-furniture.json');
  const all = (list: readonly string[]): RegExp[] => list.map((line) => new RegExp(line, 'u'));
  // Whether any of the patterns matches: one pattern of them all, tested once on a line rather than forty times (each
  // test costs a call into the engine, about 0.3 µs, whatever the line). Each pattern is an alternative of its own, its
  // ^ and groups its own; one with a back-reference or a named group, which joining would renumber or repeat, is tested alone.
  const any = (list: readonly string[]): ((line: string) => boolean) => {
    const alone = all(list.filter((line) => /\\[1-9]|\\k<|\(\?<[^=!]/u.test(line)));
    const joinable = list.filter((line) => !/\\[1-9]|\\k<|\(\?<[^=!]/u.test(line));
    const joined = joinable.length === 0 ? undefined : new RegExp(joinable.map((line) => `(?:${line})`).join('|'), 'u');
    return (line) => joined?.test(line) === true || alone.some((pattern) => pattern.test(line));
  };
  return (patterns = {
    lines: any(lexicon.lines),
    anyLength: any(lexicon.anyLength),
    credited: new RegExp(lexicon.credited, 'u'),
    published: new RegExp(lexicon.published, 'u'),
    updated: new RegExp(lexicon.updated, 'u'),
    contact: new RegExp(lexicon.contact, 'u'),
    labels: all(lexicon.labels),
    anyLabel: any(lexicon.labels),
    signature: new RegExp(lexicon.embed.signature, 'u'),
    noteMarker: new RegExp(lexicon.noteMarker, 'gu'),
    noteLine: new RegExp(lexicon.noteLine, 'u'),
  });
}

/** The ISO date of a day of the calendar ("2026-03-12"), or undefined when there is no such day (31/02). */
function isoDate(year: string, month: number, day: string): string | undefined {
  const date = new Date(Date.UTC(Number(year), month - 1, Number(day)));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === Number(day) ? `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}` : undefined;
}

/** "Publié le 12/03/2026 à 08h15", "Publié le 3 mars 2026": the date, as an ISO date and in words ("12 mars 2026"). */
function publishedOn(line: string, pattern: RegExp = furniturePatterns().published): { readonly iso: string; readonly text: string } | undefined {
  const found = pattern.exec(line);
  if (!found) return undefined;
  const [, day, month, year, dayOfMonth, monthName, yearOfMonth] = found;
  const { months, monthAbbreviations } = loadJson<DateLexicon>('lexicon/dates.json');
  const monthOf = (name: string): number => months.indexOf(name) + 1 || (Object.hasOwn(monthAbbreviations, name) ? monthAbbreviations[name]! : 0);
  const date = day && month && year ? { day, month: Number(month), year } : dayOfMonth && monthName && yearOfMonth ? { day: dayOfMonth, month: monthOf(monthName.toLowerCase()), year: yearOfMonth } : undefined;
  const iso = date && isoDate(date.year, date.month, date.day);
  return date && iso ? { iso, text: `${saidDay(date.day)} ${months[date.month - 1]!} ${date.year}` } : undefined;
}

/**
 * Whether the line has at most `max` words, as line.split(/\s+/u) counts them (one more than its runs of white space):
 * counted by char code up to `max`, without cutting every paragraph of the source into an array of its words.
 */
function hasAtMostWords(line: string, max: number): boolean {
  let words = 1;
  for (let i = 0; i < line.length; i++) {
    if (!isSpaceCode(line.charCodeAt(i))) continue;
    if (++words > max) return false;
    while (i + 1 < line.length && isSpaceCode(line.charCodeAt(i + 1))) i++;
  }
  return true;
}

/** A line of a contact block: a name, a role, an e-mail, a phone number; no sentence of the text. */
const isContactLine = (line: string, maxWords: number): boolean =>
  line === '' || furniturePatterns().anyLength(line) || (hasAtMostWords(line, maxWords) && !/[.!?»]$/u.test(line));

/** "Encadré : un parcours éclair" → "Un parcours éclair": the label goes, the box's title stays. */
function withoutLabel(line: string): string {
  const { labels, anyLabel } = furniturePatterns();
  // Most lines have no label: one test, and the label found only in a line that has one.
  const label = anyLabel(line) ? labels.find((pattern) => pattern.test(line)) : undefined;
  if (!label) return line;
  const rest = line.replace(label, '').trim();
  return rest.charAt(0).toLocaleUpperCase('fr') + rest.slice(1);
}

/**
 * A post embedded from a social network, its text on one line and its signature on the next
 * ("— ESA France (@ESA_fr) 5 mars 2026"): the post becomes a quotation of its author, dated.
 */
function embeddedPost(post: string, signature: RegExpExecArray): string {
  const { embed } = loadJson<FurnitureLexicon>('lexicon/page-furniture.json');
  const [, author, handle, date] = signature as unknown as [string, string, string, string];
  // A link ends a post, and a quotation inside it takes the inner marks of a quotation in a quotation.
  // The full stop of a quotation that an incise follows goes (« … internationale », a écrit …).
  const text = post.replace(/\s*(?:https?:\/\/|pic\.twitter\.com\/)\S+/gu, '').replace(/\.$/u, '').replaceAll('«', '“').replaceAll('»', '”').replace(/\s*[“”]\s*/gu, (mark) => mark.trim()).trim();
  return embed.said.replace('{post}', text).replace('{author}', author.trim()).replace('{handle}', handle).replace('{date}', date);
}

export function withoutFurniture(lines: readonly string[]): Furnished {
  const { maxWords } = loadJson<FurnitureLexicon>('lexicon/page-furniture.json');
  const found = furniturePatterns();
  const kept: string[] = [];
  const furniture: string[] = [];
  let published: ReturnType<typeof publishedOn>;
  let updated: ReturnType<typeof publishedOn>;
  // Footnotes: "… d’indemnités [1]." and, below the text, "[1] Jugement du …". An article has no notes: each note
  // goes into the sentence that calls it, in brackets; a marker goes only when notes follow the text, as "[2]" may
  // be anything else.
  const notes = new Map<string, string>();
  for (const line of lines) {
    const note = found.noteLine.exec(line.trim());
    if (note) notes.set(line.trim().slice(0, note[0].trim().length), line.trim().slice(note[0].length).replace(/\.$/u, ''));
  }
  // A note's capital is the note's, not its word's ("(jugement du conseil de prud’hommes…)"), unless the text
  // writes that word with a capital inside a sentence too ("de la Cour de cassation").
  const prose = lines.filter((line) => !found.noteLine.test(line.trim())).join('\n');
  for (const [marker, note] of notes) {
    const first = /^\p{L}+/u.exec(note)?.[0];
    if (first && !new RegExp(`[\\p{Ll},] ${first}(?!\\p{L})`, 'u').test(prose)) notes.set(marker, note.charAt(0).toLocaleLowerCase('fr') + note.slice(1));
  }
  const called = new Set<string>();
  const withNotes = (text: string): string =>
    notes.size === 0 || found.noteLine.test(text)
      ? text
      : text.replace(found.noteMarker, (marker) => {
          const note = notes.get(marker.trim());
          if (note !== undefined) called.add(marker.trim());
          return note === undefined ? '' : ` (${note})`;
        });
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trim();
    // A press release's contact block runs to the end of the text, as long as its lines are no sentences.
    if (found.contact.test(trimmed) && lines.slice(i + 1).every((after) => isContactLine(after.trim(), maxWords))) {
      furniture.push(...lines.slice(i).map((after) => after.trim()).filter((after) => after !== ''));
      break;
    }
    const signature = found.signature.exec(trimmed);
    let post = kept.length - 1;
    while (post >= 0 && kept[post]!.trim() === '') post--;
    if (signature && post >= 0) {
      kept[post] = embeddedPost(kept[post]!.trim(), signature);
      continue;
    }
    // A caption that ends on its credit is one at any length: no sentence of a text ends on ©.
    const isFurniture =
      trimmed !== '' &&
      ((hasAtMostWords(trimmed, maxWords) && found.lines(trimmed)) || found.anyLength(trimmed) || found.credited.test(trimmed));
    const unlabelled = withoutLabel(trimmed);
    if (!isFurniture && (unlabelled !== '' || trimmed === '')) {
      const text = withNotes(unlabelled);
      kept.push(text === trimmed ? line : text);
      continue;
    }
    furniture.push(trimmed);
    published ??= publishedOn(trimmed);
    updated ??= publishedOn(trimmed, found.updated);
  }
  // A note no sentence calls stays a paragraph of the text, without its number.
  const texts = kept.flatMap((line) => {
    const note = found.noteLine.exec(line.trim());
    return !note ? [line] : called.has(note[0].trim()) ? [] : [line.trim().slice(note[0].length)];
  });
  // The publication date dates the article; a page that gives only its update says its facts as of that day.
  const dated = published ?? updated;
  return { lines: texts, furniture, ...(dated !== undefined && { published: dated.iso, publishedText: dated.text }) };
}
