/**
 * Input hygiene: one pass that turns whatever was pasted (Word, web pages, Markdown,
 * CRLF files with a BOM) into plain Unicode text with one kind of space, apostrophe and quote.
 */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACES = /[\u00A0\u202F\u2007\u2009\u200A\u2002-\u2006\t\f\v]/g;
/**
 * Emoji (pictographs, symbols of U+2600–27BF, flags, with their variation selector or skin tone): a news text
 * pasted from a social network holds some; they state no fact and break the article's sentences ("🚲 Le chantier…").
 */
const EMOJI = /[\u{1F000}-\u{1FAFF}\u2600-\u27BF\u2B50\u2B55][\uFE0F\u{1F3FB}-\u{1F3FF}]?/gu;
const HTML_HINT = /<\/?(p|br|div|span|h[1-6]|li|ul|ol|a|b|i|em|strong|article|section|html|body|table|tr|td|th)\b[^>]*>/i;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: ' ', laquo: '«', raquo: '»',
  rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', hellip: '…', ndash: '–', mdash: '—',
  eacute: 'é', egrave: 'è', ecirc: 'ê', agrave: 'à', acirc: 'â', ccedil: 'ç', ocirc: 'ô',
  ucirc: 'û', ugrave: 'ù', icirc: 'î', iuml: 'ï', euml: 'ë', oelig: 'œ', Eacute: 'É',
  euro: '€', deg: '°', shy: '',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isInteger(point) && point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
    }
    return NAMED_ENTITIES[code] ?? whole;
  });
}

/** Pasted HTML: block elements become line breaks, every other tag goes, entities are decoded. */
function stripHtml(text: string): string {
  if (!HTML_HINT.test(text)) return text;
  return decodeEntities(
    text
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      // A table's row becomes a line of cells between pipes, as Markdown writes it (tables.ts reads both); a header row of <th> gets the separator line under it.
      .replace(/<tr\b[^>]*>([\s\S]*?)<\/tr\s*>/gi, (_, row: string) => `\n| ${row.replace(/<\/t[dh]\s*>/gi, ' | ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()}\n${/<th\b/i.test(row) ? '|---|\n' : ''}`)
      .replace(/<\/?(p|div|h[1-6]|li|ul|ol|br|tr|article|section|header|footer|blockquote)\b[^>]*>/gi, '\n')
      .replace(/<[^>]+>/g, ''),
  );
}

/** Markdown links and emphasis keep their text. */
function stripMarkdownInline(text: string): string {
  return text
    .replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
    .replace(/(^|[\s(])[*_](?=\S)([^*_\n]*?\S)[*_](?=[\s).,;:!?]|$)/g, '$1$2');
}

/**
 * Straight and curly double quotes become « » when they pair up within a line; inside a quotation
 * already opened by «, a pair becomes the French inner quotes “ ” (« j’ai crié “au feu” »), so that the
 * quotation ends at its own », not at the inner one. A line whose marks do not pair up is left alone.
 */
function frenchQuotes(line: string): string {
  if (!/["“”]/.test(line)) return line;
  // Each open mark: 'g' a «, 's' a straight quote, 'c' a curly one; nested when a quotation was open before it.
  const open: { readonly mark: 'g' | 's' | 'c'; readonly nested: boolean }[] = [];
  let paired = true;
  const out = line.replace(/[«»"“”]/g, (mark: string, at: number) => {
    if (mark === '«') {
      open.push({ mark: 'g', nested: false });
      return mark;
    }
    if (mark === '»') {
      if (open.at(-1)?.mark === 'g') open.pop();
      return mark;
    }
    const top = open.at(-1);
    // A straight quote after a space and before a word opens ("il a crié "au feu" hier"); otherwise it closes
    // the straight quote left open, if any.
    const closes = mark === '”' || (mark === '"' && top?.mark === 's' && !(/^$|[\s(]/.test(line[at - 1] ?? '') && /\S/.test(line[at + 1] ?? '')));
    if (!closes) {
      const nested = open.length > 0;
      open.push({ mark: mark === '"' ? 's' : 'c', nested });
      return nested ? '“' : '«';
    }
    if (!top || top.mark === 'g') {
      paired = false;
      return mark;
    }
    open.pop();
    return top.nested ? '”' : '»';
  });
  return paired && !open.some((o) => o.mark !== 'g') ? out : line;
}

/**
 * "80.000 euros", "1.500 mètres cubes": thousands grouped with full stops, as some papers and most of Europe write
 * them, are grouped with spaces in French ("80 000"). Left as they were, every sentence that says the figure again
 * wrote it the foreign way. Three digits after each stop, not a date nor an address ("12.03.2026", "49.3").
 */
const DOTTED_THOUSANDS = /(?<![\p{L}\d.,])\d{1,3}(?:\.\d{3})+(?![\d\p{L}]|[.,]\d)/gu;

/**
 * "1.5 milliard", "2.3 %": a decimal point, as English writes it, is a comma in French ("1,5 milliard"). Only before
 * a unit or an amount's word: "Ubuntu 12.10", "le 49.3" and "iOS 17.2" are names and keep their point.
 */
const DECIMAL_POINT = /(?<![\p{L}\d.,])(\d+)\.(\d{1,2})(?=\s?(?:%|‰|€|\$|£|°|(?:milliards?|millions?|euros?|dollars?|livres?|points?|kilomètres?|km|mètres?|tonnes?|kilos?|kg|degrés?)(?![\p{L}\d])))/gu;

/** Figures written the foreign way, as French writes them: "80.000 euros" → "80 000 euros", "1.5 milliard" → "1,5 milliard". */
export function frenchFigures(text: string): string {
  // Both patterns need a digit, a point and a digit: most lines have none, and are not read at each character.
  if (!/\d\.\d/u.test(text)) return text;
  return text.replace(DOTTED_THOUSANDS, (figure) => figure.replaceAll('.', ' ')).replace(DECIMAL_POINT, '$1,$2');
}

/**
 * Markdown's underlined headings: a line of text, then a line of "=" (the title) or of three "-" at least (a
 * subheading). The line's text ends on its last visible character: "[^\n]*\S[^\n]*" would try every split of a
 * long line in two (a paragraph of 200 000 characters took minutes).
 */
const SETEXT_HEADING = /^([^\n]*\S)[ \t]*\n[ \t]*(={3,}|-{3,})[ \t]*$/gmu;
/**
 * What every underline of SETEXT_HEADING starts with: a text without it has none, and is not read line by line by the
 * pattern, whose greedy first line is read again from its end at each line.
 */
const UNDERLINE_START = /\n[ \t]*(?:===|---)/u;

/**
 * "Titre\n=====" → "# Titre", "Intertitre\n-----" → "## Intertitre": a heading's words, as short as a heading's and
 * without a full stop, that are no list's item; under a paragraph, "---" stays the rule that separates it.
 */
function setextHeading(whole: string, line: string, underline: string): string {
  const words = line.trim().split(/\s+/u).length;
  if (/^\s*(?:[-*+•–#>]|\d+[.)])\s/u.test(line) || /[.!?;,]$/u.test(line.trim()) || words > (underline.startsWith('=') ? 20 : 12)) return whole;
  return `${underline.startsWith('=') ? '#' : '##'} ${line.trim()}`;
}

/**
 * A lead byte of UTF-8's two- and three-byte characters read as Windows-1252 or Latin-1 ("Ã", "Â", "â"…), then
 * a continuation byte so read ("©", "»", "€", or a C1 control): "maternitÃ©", "Â« … Â»", "lâ€™Ã©tÃ©".
 */
const DOUBLE_ENCODED = /[\u00C2-\u00EF][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]/u;

let windows1252: ReadonlyMap<string, number> | undefined;

/** The byte of each character that Windows-1252 writes with one from 0x80 to 0x9F ("€" 0x80, "’" 0x92), as node decodes them. */
function windows1252Bytes(): ReadonlyMap<string, number> {
  if (windows1252) return windows1252;
  const bytes = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
  const chars = [...new TextDecoder('windows-1252').decode(bytes)];
  return (windows1252 = new Map(chars.map((char, i) => [char, 0x80 + i])));
}

/**
 * The text a UTF-8 file becomes when something read it as Windows-1252 or Latin-1 and wrote it again as UTF-8
 * ("La ministre de la SantÃ©"), written back as it was; undefined when `text` is not such a text: it holds no
 * such pair, or a character that neither encoding writes in one byte, or its bytes are not UTF-8 (a text
 * that is partly so is left as it is). Each character is that encoding's byte, and the bytes are UTF-8.
 */
export function repairDoubleEncoding(text: string): string | undefined {
  if (!DOUBLE_ENCODED.test(text)) return undefined;
  const special = windows1252Bytes();
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code <= 0xff ? code : special.get(text[i]!);
    if (byte === undefined) return undefined;
    bytes[i] = byte;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function normaliseText(raw: string): string {
  const text = stripHtml(raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'))
    .normalize('NFC')
    .replace(ZERO_WIDTH, '')
    .replace(EMOJI, '')
    .replace(SPACES, ' ')
    .replace(/['‘`´]/g, '’');
  // A Markdown rule ("---", "***", "___") separates; it says nothing. Under a short line, "===" or "---" makes it a heading.
  return stripMarkdownInline((UNDERLINE_START.test(text) ? text.replace(SETEXT_HEADING, setextHeading) : text).replace(/^[ ]*(?:[-*_][ ]*){3,}$/gmu, ''))
    .split('\n')
    .map((line) => frenchFigures(frenchQuotes(line)).replace(/ {2,}/g, ' ').trim())
    .join('\n');
}
