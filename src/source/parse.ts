/** parse: raw text → Source (instruction line, headline, bullets, paragraphs, dateline). */
import type { Source } from '../types.js';
import { InputError } from '../errors.js';
import { loadJson } from '../data.js';
import { frenchRegExp, isNumberedItem, lazyPattern, lowerFirst } from '../text.js';
import { normaliseText, repairDoubleEncoding } from './normalise.js';
import { withoutFurniture } from './furniture.js';
import { withoutInterviewLabels } from './interview.js';
import { withoutLiveMark, withoutLiveTimes } from './live-blog.js';
import { saidDay } from './day-of-month.js';
import { sentenceCased } from './headline-case.js';
import { isTableRow, tableRowsAsText } from './tables.js';
import { isLefffNoun } from '../analysis/entities.js';
import { finiteNumbers } from '../writing/french/verbs.js';

interface InstructionLexicon { readonly looksLikeInstruction: string }
interface DateLexicon { readonly months: readonly string[] }

const BULLET = /^(?:[-*+•–]\s+)(.+)$/u;
const HEADLINE = /^#{1,2}\s+(.+)$/u;
/** A Markdown heading of any level inside the body: one of the source's subheadings. */
const BODY_HEADING = /^#{1,6}\s+(.+)$/u;
/** "> « … »": a Markdown quotation block keeps its words, not its mark. */
const QUOTE_BLOCK = /^>\s?/u;

function isInstruction(line: string): boolean {
  if (HEADLINE.test(line) || BULLET.test(line)) return false;
  const { looksLikeInstruction } = loadJson<InstructionLexicon>('lexicon/instructions.json');
  // An instruction is a short imperative line, not the first sentence of the article.
  return line.length <= 400 && frenchRegExp(looksLikeInstruction).test(line) && !/[«»]/.test(line);
}

/**
 * A wire's dateline without a date: "CHAMONIX (AFP) – ", "Lyon (Reuters) - ", "WASHINGTON, États-Unis (AFP) – ",
 * and a place with its region in brackets, "SAINT-PIERRE (La Réunion) (AFP) – ".
 */
const PLACE_AND_AGENCY = /^[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ’ -]{1,40}(?:\s*\([A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ’ -]{1,30}\))?(?:,\s*[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ’ -]{1,30})?\s*\([A-Za-zÀ-ÖØ-öø-ÿ .&/-]{2,30}\)\s*[-–—]\s+(?=\p{Lu}|«)/u;

/**
 * "27 août 2012. - ", "Paris, 3 mars 2020 – " or a wire's "PARIS, 3 mars (AFP) – " at the start of the first
 * paragraph, or a press release's "Rennes, le 12 février 2026" on a line of its own. Without its year, a dateline gives no calendar date, but it is no sentence of the text either;
 * nor is a wire's place and agency without a date ("CHAMONIX (AFP) – "), which gives neither.
 */
function readDateline(paragraph: string): { iso?: string; human?: string; rest: string } | undefined {
  const { months } = loadJson<DateLexicon>('lexicon/dates.json');
  const pattern = frenchRegExp(`^(?:[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ’ -]{1,40}(?:\\s*\\([A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ’ -]{1,30}\\))?,\\s*)?(?:le\\s+)?(\\d{1,2})(?:er)?\\s+(${months.join('|')})(?:\\s+(\\d{4}))?\\s*\\.?\\s*(?:\\([A-Za-zÀ-ÖØ-öø-ÿ .&/-]{2,30}\\)\\s*)?(?:[-–—]\\s+|$)`);
  const match = pattern.exec(paragraph);
  if (!match) {
    const wire = PLACE_AND_AGENCY.exec(paragraph);
    return wire ? { rest: paragraph.slice(wire[0].length) } : undefined;
  }
  const [whole, day, month, year] = match as unknown as [string, string, string, string | undefined];
  const monthIndex = months.indexOf(month.toLowerCase()) + 1;
  const human = `${saidDay(day)} ${month.toLowerCase()}${year ? ` ${year}` : ''}`;
  const rest = paragraph.slice(whole.length);
  if (!year) return { human, rest };
  return { iso: `${year}-${String(monthIndex).padStart(2, '0')}-${day.padStart(2, '0')}`, human, rest };
}

/**
 * "- **Vainqueur** : Lucas Ferrand (Alpine), 1 h 32 min 18 s 455": a bullet inside the body is an item of its
 * own, which a full stop ends as it does a table's row; run on with the next, the items would make one sentence.
 */
const endsBullet = (_: string, item: string): string => (/[.!?…:;]$/u.test(item.trim()) ? item : `${item.trimEnd()}.`);

/** The most words of a source's own subheading (isSubheading). */
const MAX_SUBHEADING_WORDS = 12;

/**
 * "Le gouvernement débloque 120 millions d’euros, mais les sages-femmes restent sceptiques": a paragraph too long
 * for a subheading that ends on a word (a chapô, a standfirst written without its full stop) is a sentence, closed
 * as one; the article printed it without its full stop, and the next sentence of its paragraph after it.
 */
const closesSentence = (paragraph: string): string =>
  /[\p{L}\d)]$/u.test(paragraph) && paragraph.split(' ').length > MAX_SUBHEADING_WORDS ? `${paragraph}.` : paragraph;

let rubrics: ReadonlySet<string> | undefined;

/**
 * "SANTÉ", "Société / Santé", "Rubrique : Économie": a line that names sections of a paper only
 * (lexicon/headline.json rubricSections), as a page prints above its headline. Read as the headline, it
 * made the H1 and the title ("Sophie Marchal : SANTÉ"), and the headline an H2.
 */
function isRubric(line: string): boolean {
  rubrics ??= new Set(loadJson<{ readonly rubricSections: readonly string[] }>('lexicon/headline.json').rubricSections);
  const named = line.trim().replace(/^(?:[Rr]ubrique|RUBRIQUE)\s*:\s*/u, '').replace(/\s*[.:]$/u, '');
  return named !== '' && named.split(/\s+[/|>•·–-]\s+/u).every((part) => rubrics!.has(part.toLowerCase()));
}

/** Lines that make a text without punctuation: this many at least… */
const MIN_UNPUNCTUATED_LINES = 3;

/**
 * "La maire a présenté mardi le plan vélo\nIl prévoit 80 kilomètres de pistes": a text whose every line opens on a
 * capital and ends on a word (notes, a slide, a chat) writes a sentence a line without its full stop. Read as
 * prose, its lines ran on into one another ("…de la ville Il prévoit…") or became subheadings. Not a wrapped text,
 * whose lines go on in lower case, nor one whose paragraphs end on a full stop.
 */
function unpunctuated(lines: readonly string[]): boolean {
  const text = lines.filter((line) => line !== '' && !standsApart(line));
  return text.length >= MIN_UNPUNCTUATED_LINES && text.length === lines.filter((line) => line !== '').length && text.every((line) => /^\p{Lu}/u.test(line) && /[\p{L}\d)]$/u.test(line) && line.split(' ').length >= 4);
}

/** A line that is never part of a wrapped paragraph: a table's row, an item of a numbered list. */
const standsApart = (line: string): boolean => isTableRow(line) || isNumberedItem(line);

/** Whether `line` may run on into `next`: both text, neither a table's row nor a list's item, `line` ending no sentence. */
const runsOn = (line: string, next: string | undefined): boolean =>
  line !== '' && next !== undefined && next !== '' && !standsApart(line) && !standsApart(next) && !/[.!?»:]$/u.test(line);

let factBox: RegExp | undefined;

/**
 * "Réalisation : Claire Morvan. Avec : Lucie Garnier. Durée : 1 h 52.": a paragraph whose every sentence is a label of
 * a review's or an event's fact box (lexicon/page-furniture.json factBoxLabels) and its value. Its facts stay, after
 * the text's prose: in its place, it made the lead ("Réalisation : Claire Morvan. Avec : …") and the meta description.
 */
function isFactBox(paragraph: string): boolean {
  // "Durée : 1 h 52", or a date after its label ("Sortie le 15 octobre").
  factBox ??= new RegExp(`^(?:${loadJson<{ readonly factBoxLabels: readonly string[] }>('lexicon/page-furniture.json').factBoxLabels.join('|')})(?:\\s*:\\s*\\S|\\s+le\\s+\\d)`, 'u');
  const items = paragraph.split(/(?<=\.)\s+(?=\p{Lu})/u);
  return items.length >= 2 && items.every((item) => factBox!.test(item));
}

/** The paragraphs with a fact box that comes before the prose moved after it (isFactBox). */
function factBoxLast(paragraphs: readonly string[]): string[] {
  const boxes = paragraphs.filter(isFactBox);
  return boxes.length === 0 || boxes.length === paragraphs.length ? [...paragraphs] : [...paragraphs.filter((p) => !boxes.includes(p)), ...boxes];
}

/** Lines of a list written without its marks under the line that announces it: this many at least. */
const MIN_LIST_ITEMS = 2;

/** A short line without a full stop, that is no table's row nor numbered item: an item of such a list. */
const isBareItem = (line: string): boolean => line !== '' && !standsApart(line) && !/[.!?…:;,]$/u.test(line) && line.split(' ').length <= MAX_SUBHEADING_WORDS;

/**
 * "Résultats de la 14e journée :" over "Marseille - Lens : 1-2" and "Lyon - Nice : 3-0": short lines without a full stop
 * right under a line that ends on a colon are a list written without its marks. The line and its items make one
 * paragraph, each item closed as a bullet is. Run on, they made one sentence ("… : 1-2 Lyon – Nice : 3-0 …"); a line
 * each, the last one became a subheading and the first line a sentence of its own.
 */
function closesListItems(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let end = i + 1;
    if (line.endsWith(':')) while (end < lines.length && isBareItem(lines[end]!)) end++;
    if (end - i - 1 < MIN_LIST_ITEMS) {
      out.push(line);
      continue;
    }
    out.push([line, ...lines.slice(i + 1, end).map((item) => `${item}.`)].join(' '));
    i = end - 1;
  }
  return out;
}

/** "ministre de l’Agriculture", "d’urgence": a line that opens on a word in lower case goes on from the line before (no paragraph does; "iPhone" is a name). */
const OPENS_IN_LOWER_CASE = lazyPattern(() => /^\p{Ll}(?!\p{Ll}*\p{Lu})/u);

/** A line wrapped inside a word: "agri-" before "culteurs". */
const CUT_WORD = lazyPattern(() => /(\p{L}+)-$/u);

/** A line wrapped this close to the longest line of its text (its width) stopped for lack of room, not at the end of a paragraph. */
const FULL_LINE = 0.6;

/**
 * The paragraph so far and the next line, `line` (the paragraph's last) wrapped inside a word: without the hyphen
 * when the word it cut is one the Lefff knows ("agri-" + "culteurs"), with it otherwise ("Hauts-" + "de-France",
 * "porte-" + "parole"). The line is read, not the paragraph: a long paragraph would be read again at each line.
 */
function joinCut(paragraph: string, line: string, next: string): string {
  const before = CUT_WORD().exec(line)![1]!;
  const after = /^[^\s,;.:!?)»]+/u.exec(next)?.[0] ?? '';
  const whole = `${before}${after}`.toLowerCase();
  return isLefffNoun(whole) || finiteNumbers(whole).length > 0 ? `${paragraph.slice(0, -1)}${next}` : `${paragraph}${next}`;
}

/** `lines`, each joined to the one before where `joins` says it goes on from it (`opens`: the line before opens its block). */
function joinLines(lines: readonly string[], joins: (line: string, next: string, opens: boolean) => boolean): string[] {
  const out: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (line === '') continue;
    const last = out.length - 1;
    const previous = lines[i - 1];
    if (previous !== undefined && previous !== '' && last >= 0 && joins(previous, line, i < 2 || lines[i - 2] === '')) out[last] = CUT_WORD().test(previous) && OPENS_IN_LOWER_CASE().test(line) ? joinCut(out[last]!, previous, line) : `${out[last]} ${line}`;
    else out.push(line);
  }
  return out;
}

/**
 * Lines are paragraphs, unless they are wrapped text: when the text separates its paragraphs by blank lines and a
 * line runs on into the next, the lines between two blank lines make one paragraph; when a line runs on into one
 * that opens in lower case (a text pasted from an e-mail or a PDF, its paragraphs not always apart), a line goes
 * on into the next when that one opens in lower case, or when it ends no sentence and is nearly as long as the
 * text's lines (a short line without a full stop is a subheading).
 */
function paragraphsOf(lines: readonly string[]): string[] {
  const blankSeparated = lines.some((line, i) => line === '' && i > 0 && lines[i - 1] !== '' && lines.slice(i + 1).some((l) => l !== ''));
  const width = lines.reduce((widest, line) => Math.max(widest, line.length), 0);
  // "À propos de Verdane" above "Fondée en 2021, …": a short line that opens its block, without a full stop, heads
  // the lines after it (a press release's "about" box); a wrapped line is nearly as long as the text's lines.
  const heads = (line: string, next: string, opens: boolean): boolean => opens && isSubheading(line) && line.length < FULL_LINE * width && /^\p{Lu}/u.test(next);
  if (blankSeparated && lines.some((line, i) => runsOn(line, lines[i + 1]))) return joinLines(lines, (line, next, opens) => !standsApart(line) && !standsApart(next) && !heads(line, next, opens));
  if (!lines.some((line, i) => runsOn(line, lines[i + 1]) && OPENS_IN_LOWER_CASE().test(lines[i + 1]!))) return lines.filter((line) => line !== '');
  return joinLines(lines, (line, next) => runsOn(line, next) && (OPENS_IN_LOWER_CASE().test(next) || line.length >= FULL_LINE * width));
}

/** "… : « Un record depuis quinze ans »": a headline may end on the words it quotes after a colon (not on a quoted sentence's full stop). */
const QUOTED_AFTER_COLON = /\s:\s+«[^«»]*[^«».\s]\s*»$/u;

/** "« Nous ne fermerons aucune maternité »": a headline may be the words it quotes, whole (not a quoted sentence with its full stop). */
const WHOLLY_QUOTED = /^«[^«»]*[^«».!?…\s]\s*»$/u;

/** A first line of twenty words at most, opening on a capital, without a full stop: a headline written without "#". */
function isPlainHeadline(line: string): boolean {
  return /^[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ\d«]/u.test(line) && !BULLET.test(line) && (!/[.:;,…»]$/u.test(line) || QUOTED_AFTER_COLON.test(line) || WHOLLY_QUOTED.test(line)) && line.split(/\s+/u).length <= 20;
}

/**
 * The lines after a plain headline start a paragraph: after a blank line, or as a whole line ending on a
 * full stop (not the rest of a wrapped line, nor a bullet).
 */
function opensParagraph(lines: readonly string[]): boolean {
  const next = lines.find((line) => line !== '');
  if (next === undefined || BULLET.test(next)) return false;
  return lines[0] === '' || (/^[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ\d«]/u.test(next) && /[.!?»]$/u.test(next));
}

/** A short line without a closing full stop, followed by text, is one of the source's own subheadings. */
function isSubheading(line: string): boolean {
  return /^[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ\d«]/u.test(line) && !/[.!:;,…»]$/.test(line) && line.split(' ').length <= MAX_SUBHEADING_WORDS;
}

/** "Le gouvernement", "Les parents": a part's subheading that opens on an article, which goes lower case after the colon (a name keeps its capital). */
const OPENS_ON_ARTICLE = /^(?:L[ea]s?|L’|Une?|Des|Du|Aux?)(?=[\s’])|^L’/u;

/**
 * The paragraphs and the subheadings over them. A subheading typed in capitals ("LES RAISONS DE LA COLÈRE") is said in
 * sentence case, as the headline is; a section's subheading right over its first part's ("LES RÉACTIONS" over "Le
 * gouvernement") makes one subheading of both ("Les réactions : le gouvernement"): the first was read as a
 * paragraph, and its capitals as a name.
 */
function splitSubheadings(lines: readonly string[]): { paragraphs: string[]; subheadings: { paragraph: number; text: string }[] } {
  const paragraphs: string[] = [];
  const subheadings: { paragraph: number; text: string }[] = [];
  // The names as the text writes them, in its prose: the subheadings' own capitals say nothing.
  let prose: readonly string[] | undefined;
  const cased = (line: string): string => sentenceCased(line, (prose ??= lines.filter((l) => !isSubheading(l))));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i < lines.length - 1 && isSubheading(line) && !isSubheading(lines[i + 1]!)) {
      subheadings.push({ paragraph: paragraphs.length, text: cased(line) });
    } else if (i < lines.length - 2 && isSubheading(line) && isSubheading(lines[i + 1]!) && !isSubheading(lines[i + 2]!)) {
      const part = cased(lines[i + 1]!);
      subheadings.push({ paragraph: paragraphs.length, text: `${cased(line)} : ${OPENS_ON_ARTICLE.test(part) ? lowerFirst(part) : part}` });
      i++;
    } else paragraphs.push(line);
  }
  return { paragraphs, subheadings };
}

export interface ParsedSource extends Source {
  /** The dateline as written, e.g. "27 août 2012", when there is one. */
  readonly datelineText?: string;
  /** Lines of a news site's page left out ("Lire aussi : …", the byline; see furniture.ts). */
  readonly furniture: readonly string[];
  /** True when the text was UTF-8 read as Windows-1252 or Latin-1 ("SantÃ©") and was read back (normalise.ts). */
  readonly reEncoded?: true;
}

export function parseSource(input: string): ParsedSource {
  const repaired = repairDoubleEncoding(input);
  const raw = repaired ?? input;
  const furnished = withoutFurniture(normaliseText(raw).split('\n'));
  const live = withoutLiveTimes(withoutInterviewLabels(furnished.lines));
  const lines = live.lines;
  const firstIndex = lines.findIndex((line) => line !== '');
  if (firstIndex < 0) throw new InputError('the input is empty: give a French news text (a file, or - for standard input)');

  let rest = lines.slice(firstIndex);
  let instruction: string | undefined;
  if (isInstruction(rest[0]!) && rest.slice(1).some((line) => line !== '')) {
    instruction = rest[0];
    rest = rest.slice(1);
  }

  // "SANTÉ", "Économie" alone above the headline: the paper's section, not the headline.
  let kicker: string | undefined;
  const kickerIndex = rest.findIndex((line) => line !== '');
  if (kickerIndex >= 0 && isRubric(rest[kickerIndex]!) && rest.slice(kickerIndex + 1).some((line) => line !== '')) {
    kicker = rest[kickerIndex]!.trim();
    rest = rest.slice(kickerIndex + 1);
  }

  // "Paris, le 24 novembre 2026" on a line of its own above the headline, as a press release opens: it dates the text.
  // Read as the headline, it made the H1, and the headline an H2.
  let topDateline: ReturnType<typeof readDateline>;
  const datelineIndex = rest.findIndex((line) => line !== '');
  const leading = datelineIndex < 0 ? undefined : readDateline(rest[datelineIndex]!.trim());
  if (leading?.human !== undefined && leading.rest.trim() === '' && rest.slice(datelineIndex + 1).some((line) => line !== '')) {
    topDateline = leading;
    rest = rest.slice(datelineIndex + 1);
  }

  let title: string | undefined;
  const headlineIndex = rest.findIndex((line) => line !== '');
  const headline = HEADLINE.exec(rest[headlineIndex] ?? '');
  if (headline) {
    title = headline[1]!.trim();
    rest = rest.slice(headlineIndex + 1);
  } else if (headlineIndex >= 0 && isPlainHeadline(rest[headlineIndex]!) && opensParagraph(rest.slice(headlineIndex + 1))) {
    // A text pasted without Markdown: its first line, short and without a full stop, is the headline.
    title = rest[headlineIndex]!.trim();
    rest = rest.slice(headlineIndex + 1);
  }

  const bullets: string[] = [];
  let bodyStart = 0;
  for (; bodyStart < rest.length; bodyStart++) {
    const line = rest[bodyStart]!;
    if (line === '') continue;
    const bullet = BULLET.exec(line);
    if (!bullet) break;
    // The bullets make the lead, one sentence each: written without a full stop, they ran on into one.
    bullets.push(endsBullet('', bullet[1]!.trim()));
  }

  // A headline under the instruction's bullets, when none came before them.
  const afterBullets = rest.slice(bodyStart);
  const bodyHeadline = afterBullets.findIndex((line) => line !== '');
  if (title === undefined && bullets.length > 0 && bodyHeadline >= 0 && isPlainHeadline(afterBullets[bodyHeadline]!) && opensParagraph(afterBullets.slice(bodyHeadline + 1))) {
    title = afterBullets[bodyHeadline]!.trim();
    bodyStart += bodyHeadline + 1;
  }

  const written = rest.slice(bodyStart).map((line) => line.replace(QUOTE_BLOCK, '').replace(BODY_HEADING, '$1').replace(BULLET, endsBullet));
  // A text without punctuation: each line is a sentence, closed with its full stop.
  const body = unpunctuated(written) ? written.map((line) => (line === '' ? line : `${line}.`)) : closesListItems(written);
  const bodyLines = factBoxLast(tableRowsAsText(paragraphsOf(body)));
  // A dateline on a line of its own ("Rennes, le 12 février 2026") is no subheading: it dates the text.
  let dateline: ReturnType<typeof readDateline> = bodyLines[0] === undefined ? undefined : readDateline(bodyLines[0]);
  if (dateline?.rest.trim() !== '' || bodyLines.length < 2) dateline = undefined;
  const { paragraphs, subheadings } = splitSubheadings(dateline ? bodyLines.slice(1) : bodyLines);
  dateline ??= topDateline;
  // The dateline opens the first paragraph, or the second one after a chapô.
  for (const index of dateline ? [] : [0, 1]) {
    const paragraph = paragraphs[index];
    dateline = paragraph === undefined ? undefined : readDateline(paragraph);
    // A paragraph that is a whole date is no dateline down here ("12 mars 2026" as the last line of a text).
    if (dateline?.rest.trim() === '') dateline = undefined;
    if (dateline) {
      paragraphs[index] = dateline.rest.trim();
      break;
    }
  }
  paragraphs.forEach((paragraph, i) => {
    paragraphs[i] = closesSentence(paragraph);
  });
  if (paragraphs.length === 0 && bullets.length === 0) {
    throw new InputError('the input has no article text: give at least one paragraph of French news text');
  }
  // "VAGUE DE FROID : …": a headline in capitals is said in sentence case, its names as the text writes them.
  if (title !== undefined) title = sentenceCased(withoutLiveMark(title), [...bullets, ...paragraphs]);

  const text = [title ? `# ${title}` : '', ...bullets.map((b) => `- ${b}`), ...subheadings.map((h) => h.text), ...paragraphs].filter(Boolean).join('\n');
  return {
    ...(instruction !== undefined && { instruction }),
    ...(title !== undefined && { title }),
    bullets,
    paragraphs,
    subheadings,
    ...((dateline?.iso ?? furnished.published) !== undefined && { dateline: dateline?.iso ?? furnished.published }),
    // A web page's "Publié le 24 septembre 2026" dates the article as a wire's dateline does: the lead says so.
    ...((dateline?.human ?? furnished.publishedText) !== undefined && { datelineText: dateline?.human ?? furnished.publishedText }),
    furniture: [...(kicker === undefined ? [] : [kicker]), ...furnished.furniture, ...live.furniture],
    ...(repaired !== undefined && { reEncoded: true }),
    text,
  };
}
