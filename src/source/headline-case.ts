/**
 * A headline typed in capitals ("VAGUE DE FROID : JUSQU’À −12 °C DANS LE NORD-EST") is said in sentence case,
 * as French headlines are written: each word as the text writes it where it is not the first of a sentence
 * ("Nord-Est", "SNCF", "°C"), lower case otherwise, and a capital to open the headline. A headline with
 * lower-case letters is left as it is.
 */

const WORD = /[\p{L}\d°][\p{L}\d°’.-]*/gu;
/** Before these, a word opens a sentence or a quotation: its capital says nothing of the word. */
const OPENING = /(?:^|[.!?…:«—–-])\s*$/u;

/** The forms with a capital that the text gives its words away from the start of a sentence (or inside the word), by their lower case. */
function namedForms(texts: readonly string[]): Map<string, string> {
  const forms = new Map<string, string>();
  const opening = new Map<string, string>();
  for (const text of texts) {
    for (const match of text.matchAll(WORD)) {
      const word = match[0].replace(/[.]$/u, '');
      const lower = word.toLocaleLowerCase('fr');
      // At a sentence's start, only a capital inside the word says a name ("Météo-France", "SNCF").
      if (OPENING.test(text.slice(0, match.index))) {
        if (/\p{Lu}/u.test(word.slice(1)) && !opening.has(lower)) opening.set(lower, word);
      } else if (/\p{Lu}/u.test(word) && !forms.has(lower)) forms.set(lower, word);
    }
  }
  for (const [lower, word] of opening) if (!forms.has(lower)) forms.set(lower, word);
  return forms;
}

export function sentenceCased(headline: string, texts: readonly string[]): string {
  if (/\p{Ll}/u.test(headline) || (headline.match(/\p{Lu}{2,}/gu) ?? []).length < 2) return headline;
  const forms = namedForms(texts);
  const cased = headline.replace(WORD, (raw) => {
    const word = raw.replace(/[.]$/u, '');
    const lower = word.toLocaleLowerCase('fr');
    return `${forms.get(lower) ?? lower}${raw.slice(word.length)}`;
  });
  const first = /\p{L}/u.exec(cased);
  return first ? `${cased.slice(0, first.index)}${cased.charAt(first.index).toLocaleUpperCase('fr')}${cased.slice(first.index + 1)}` : cased;
}
