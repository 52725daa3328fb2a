/**
 * French typography, the last pass over a finished sentence: no-break spaces before : and
 * inside « », narrow no-break spaces before ; ! ? and between digit groups, the apostrophe ’.
 * Text inside « » keeps its words; only the spaces that touch the marks change.
 */
const NBSP = '\u00A0';
const NNBSP = '\u202F';

/** Units that stay on the line of their number (Grammalecte asks for a no-break space); "13,8 Md€", "450 M€", "180 µg/m³", "5 100 mAh". */
const UNIT = /(\d)[ \u00A0](%|‰|°C|°|€|\$|£|(?:Mds?|Md|M|k)[€$]|[kKMGTµ]?(?:m|g|W|Wh|Hz|eV|o|b)|m?Ah|km²?|m²|m³|ha|cm|mm|kg|mg|ans?|mois|jours?|heures?|h|min|s|secondes?|minutes?|semaines?|mètres?|kilomètres?|tonnes?|litres?|euros?|dollars?)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ſ\d])/gu;

/**
 * Safe corrections of typed text: × in dimensions, superscript ordinals, dashes, ellipsis. A pattern is
 * only run when the text holds a character every match of it needs (most sentences have no digit, no
 * " - ", no "..."): the text comes out the same, faster.
 */
const ORDINAL_MARK = /[\dIVX][eè]|[IVXLC][LC][eè]/;

function correctSigns(text: string): string {
  let out = text;
  if (out.includes('x')) out = out.replace(/(\d)\s?x\s?(\d)/gu, (_, a: string, b: string) => `${a} × ${b}`);
  // An ordinal is a digit or a Roman numeral right before "e" or "è" (ORDINAL_MARK); the plural's replacement
  // writes none, so the one test holds for both patterns. A numeral that ends on L or C before it has another
  // numeral before that letter ("XLe"): one letter alone is "Le" or "Ce", which the patterns leave, and which
  // a quarter of the sentences hold.
  if (ORDINAL_MARK.test(out)) {
    // "16es", "XIXes": the plural ordinal, before the singular.
    out = out.replace(/(?<![\p{L}\d])(\d+|(?!L[eè]|C[eè])[IVXLC]+)(?:es|èmes|emes)(?![\p{L}\d])/gu, '$1ᵉˢ');
    // "XIe", "35e", but not "Le" or "Ce".
    out = out.replace(/(?<![\p{L}\d])(\d+|(?!L[eè]|C[eè])[IVXLC]+)(?:e|ème|eme)(?![\p{L}\d])/gu, '$1ᵉ');
  }
  if (out.includes('1er')) out = out.replace(/(?<![\p{L}\d])1er(?![\p{L}\d])/gu, '1ᵉʳ');
  if (out.includes('1re')) out = out.replace(/(?<![\p{L}\d])1re(?![\p{L}\d])/gu, '1ʳᵉ');
  if (out.includes(' - ')) out = out.replace(/(\S) - (?=\S)/gu, '$1 – ');
  // "jusqu’à –230 °C": a dash before a number after a space is the minus sign.
  if (out.includes('–') || out.includes('-')) out = out.replace(/(^|[\s(])[–-](?=\d)/gu, '$1−');
  if (out.includes('...')) out = out.replace(/\.\.\.(?!\.)/g, '…');
  return out;
}

/** A unit glued to its number ("100m", "5kg") gets its no-break space. */
const GLUED_UNIT = /(?<![\p{L}\d.,])(\d+(?:[.,]\d+)?)(km|m|cm|mm|kg|mg|ha|km²|m²)(?![\p{L}\d])/gu;

/** What every match of GLUED_UNIT, of UNIT and of a number's groups holds: a digit before a unit's first letter, before a space, a space between two digits. */
const GLUED_UNIT_MARK = /\d[kmch]/;
const SPACED_UNIT_MARK = /\d[ \u00A0]/;
const NUMBER_GROUPS_MARK = /\d[ \u00A0\u202F]\d/;

function spaceOutside(text: string): string {
  let out = correctSigns(text);
  // None of these replacements adds or removes a digit: one test tells whether the patterns of numbers can match.
  const digits = /\d/.test(out);
  if (digits && GLUED_UNIT_MARK.test(out)) out = out.replace(GLUED_UNIT, `$1${NBSP}$2`);
  if (digits && SPACED_UNIT_MARK.test(out)) out = out.replace(UNIT, (_, digit: string, unit: string) => `${digit}${unit === '%' || unit === '‰' ? NNBSP : NBSP}${unit}`);
  if (out.includes("'")) out = out.replace(/'/g, '’');
  if (out.includes(':')) out = out.replace(/[ \u00A0\u202F]*:(?=\s|$)/g, `${NBSP}:`);
  if (/[;!?]/.test(out)) out = out.replace(/[ \u00A0\u202F]*([;!?])/g, `${NNBSP}$1`);
  // "7 000" and "1 250 000" are one number; "2012 150" is a year then a count.
  if (digits && NUMBER_GROUPS_MARK.test(out)) out = out.replace(/(?<![\d,.])\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\d])/g, (number) => number.replace(/[ \u00A0]/g, NNBSP));
  return out.includes('  ') ? out.replace(/ {2,}/g, ' ') : out;
}

/** "— Vous avez eu peur ?": the dash that opens a line of dialogue keeps its words on its line. */
const DIALOGUE_DASH = /^([—–])[ \u00A0\u202F]+/u;

export function typeset(raw: string): string {
  const text = raw.startsWith('—') || raw.startsWith('–') ? raw.replace(DIALOGUE_DASH, `$1${NBSP}`) : raw;
  // Split around quotations: « … » are kept as written, their marks get no-break spaces.
  // Without a «, the text is one part outside any quotation.
  if (!text.includes('«')) return (text.includes('»') ? spaceOutside(text).replace(/»(?=[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ\d])/gu, '» ') : spaceOutside(text)).trim();
  const parts = text.split(/(«[^»]*»)/u);
  return parts
    .map((part) => {
      if (!part.startsWith('«') || !part.endsWith('»')) return spaceOutside(part);
      // The words of a quotation stay as written; only its cut marks get their signs: "(...)" and "[...]"
      // become the French "[…]", a bare "..." the ellipsis.
      // The spaces before ; ! ? and : are French typography too, inside a quotation as outside, and so is the
      // no-break space that keeps a unit on the line of its number ("« plus de 95 % »").
      const said = part
        .slice(1, -1)
        .trim()
        .replace(/[[(](?:\.\.\.|…)[\])]/g, '[…]')
        .replace(/\.\.\.(?!\.)/g, '…')
        .replace(/[ \u00A0\u202F]+([;!?])/g, `${NNBSP}$1`)
        .replace(/[ \u00A0\u202F]+:(?=\s|$)/g, `${NBSP}:`);
      const inner = /\d/.test(said) ? said.replace(UNIT, (_, digit: string, unit: string) => `${digit}${unit === '%' || unit === '‰' ? NNBSP : NBSP}${unit}`) : said;
      return `«${NBSP}${inner}${NBSP}»`;
    })
    .join('')
    // "qu’« aucune donnée »": after an elided word, the quotation mark follows the apostrophe; after an opening
    // bracket, it follows the bracket ("(« Nous ne pouvons pas… »)").
    .replace(/([^\s’'([])«/gu, '$1 «')
    .replace(/»(?=[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ\d])/gu, '» ')
    // "a déclaré : « … jusqu’en 2030 ! »": a quotation that ends the sentence on its own . ! ? or … takes no full stop after it.
    .replace(QUOTED_END_STOP, '$1')
    .trim();
}

const QUOTED_END_STOP = /([.!?…][\u00A0\u202F]»)\.\s*$/u;
