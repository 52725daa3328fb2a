/**
 * A live blog ("En direct") posts its entries under the time they were written: "14h32 — Le cortège s’élance…".
 * Left as they were, the times opened paragraphs of the article like a log, the "En direct" mark became a
 * subheading and the title, and "Fin de ce direct. Merci de nous avoir suivis." told the article's readers that
 * a live blog ended. An article tells the entries as facts of the day: "À 14h32, le cortège s’élance…"
 * (lexicon/live-blog.json).
 */
import { loadJson } from '../data.js';
import { lowerFirst } from '../text.js';
import { lefffGender } from '../writing/french/lefff.js';

interface LiveBlogLexicon {
  readonly entry: string;
  readonly event: string;
  readonly update: string;
  readonly future: string;
  readonly closings: readonly string[];
  readonly label: string;
  readonly follow: string;
}

interface ConnectorLexicon { readonly lowerableStarts: readonly string[] }

export interface LiveBlog {
  /** The lines, each entry opening on its time as a phrase, without the blog's words about itself. */
  readonly lines: readonly string[];
  /** The lines left out: the "En direct" mark on a line of its own. */
  readonly furniture: readonly string[];
}

let patterns: { readonly entry: RegExp; readonly future: RegExp; readonly closings: readonly RegExp[]; readonly label: RegExp; readonly follow: RegExp } | undefined;

function livePatterns(): NonNullable<typeof patterns> {
  if (patterns) return patterns;
  const lexicon = loadJson<LiveBlogLexicon>('lexicon/live-blog.json');
  return (patterns = { entry: new RegExp(lexicon.entry, 'u'), future: new RegExp(lexicon.future, 'u'), closings: lexicon.closings.map((c) => new RegExp(c, 'u')), label: new RegExp(lexicon.label, 'u'), follow: new RegExp(lexicon.follow, 'u') });
}

/** "À Lyon, …", "Au même moment, …": a sentence that opens on the preposition the time takes. */
const AT = /^(?:À|Au|Aux)\s/u;

/** The sentences of an entry: a full stop (not an initial's, "M."), a question or an exclamation mark before a capital or a quotation. */
const sentencesOf = (text: string): string[] => text.split(/(?<=[!?…]|[^\s.]{2}\.|[.!?…]\s?»)\s+(?=[«\p{Lu}\d])/u);

/**
 * Whether a text writes `word` inside a sentence, as [\p{Ll},] word(?!\p{L}) finds it: read at each place the
 * text holds it, since a pattern of \p{L} built for each word cost about 2 M instructions to compile.
 */
function namedInside(text: string, word: string): boolean {
  for (let at = text.indexOf(` ${word}`); at >= 0; at = text.indexOf(` ${word}`, at + 1)) {
    const end = at + 1 + word.length;
    if (/[\p{Ll},]$/u.test(text.slice(Math.max(0, at - 2), at)) && !/^\p{L}/u.test(text.slice(end, end + 2))) return true;
  }
  return false;
}

/**
 * The first word loses its capital behind the time when it is a determiner, a pronoun or a preposition, or a
 * word of the dictionary that the text never writes with a capital inside a sentence (a name keeps it).
 */
function lowered(sentence: string, text: string): string {
  const first = /^\p{L}+’?/u.exec(sentence)?.[0];
  if (first === undefined || /^\p{L}\p{Lu}/u.test(first)) return sentence;
  const lower = first.toLowerCase();
  const { lowerableStarts } = loadJson<ConnectorLexicon>('lexicon/connectors.json');
  const named = namedInside(text, first);
  return lowerableStarts.includes(lower) || (lefffGender(lower) !== undefined && !named) ? lowerFirst(sentence) : sentence;
}

/** "EN DIRECT – Panne géante chez Lumio" → "Panne géante chez Lumio": the mark is the page's, not the headline's. */
export function withoutLiveMark(headline: string): string {
  const rest = headline.replace(livePatterns().label, '');
  return rest === headline || rest.trim() === '' ? headline : rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** How many of the last sentences told, two at most, open on "À" in a row: read from the end (a long blog would read every line again). */
function openingsOnAt(told: readonly string[]): number {
  let run = 0;
  for (let line = told.length - 1; line >= 0 && run < 2; line--) {
    if (told[line]!.trim() === '') continue;
    const sentences = sentencesOf(told[line]!);
    for (let i = sentences.length - 1; i >= 0; i--) {
      if (!AT.test(sentences[i]!)) return run;
      if (++run >= 2) return run;
    }
  }
  return run;
}

/** The lines of a live blog told as an article's; other texts (fewer than two lines opening on a time) as they are. */
export function withoutLiveTimes(lines: readonly string[]): LiveBlog {
  const { entry, future, closings, label, follow } = livePatterns();
  if (lines.filter((line) => entry.test(line.trim())).length < 2) return { lines, furniture: [] };
  const lexicon = loadJson<LiveBlogLexicon>('lexicon/live-blog.json');
  const text = lines.join('\n');
  const furniture: string[] = [];
  const out: string[] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed !== '' && label.test(trimmed) && trimmed.replace(label, '') === '') {
      furniture.push(trimmed);
      continue;
    }
    const sentences = sentencesOf(trimmed.replace(entry, '')).filter((s) => !closings.some((closing) => closing.test(s)));
    const time = entry.exec(trimmed)?.[1];
    if (time === undefined) {
      // "Suivez en direct la panne qui touche…" invites to follow the event: the article says it ("La panne touche…").
      const told = sentences.map((sentence) => sentence.replace(follow, (...match) => {
        const { det = '', noun = '', rest = '' } = match.at(-1) as Record<string, string | undefined>;
        return `${det.charAt(0).toUpperCase()}${det.slice(1)}${det.endsWith('’') ? '' : ' '}${noun} ${rest}`;
      }));
      out.push(told.length === 0 ? '' : told.join(' ') === trimmed ? line : told.join(' '));
      continue;
    }
    const [first, ...others] = sentences;
    // An entry that said only that the blog ended says nothing to the article.
    if (first === undefined) continue;
    // A question or a future is no fact of that time: "À 18h45, les syndicats se réuniront lundi" would date their
    // meeting. A future after "que" or inside a quotation is what was said then ("annonce qu’il convoquera jeudi").
    const mainClause = first.replace(/«[^»]*»/gu, ' ').split(/(?<!\p{L})qu(?:e|’|')/u)[0]!;
    // "À 12h10, à Lyon, …" says "à" twice; after two sentences in a row that open on "À", a third would read as a
    // list: the update of that time says it ("Point de 12h10 : à Lyon, …").
    const twice = AT.test(first) || openingsOnAt(out) >= 2;
    const template = /\?$/u.test(first) || future.test(mainClause) || twice ? lexicon.update : lexicon.event;
    out.push([template.replace('{time}', time).replace('{text}', lowered(first, text)), ...others].join(' '));
  }
  return { lines: out, furniture };
}
