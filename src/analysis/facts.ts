/** facts: Sentence[] → Fact[] (numbers, entities, quotation, attribution, dates, future) and the people's roles. */
import type { Entity, Fact, Sentence } from '../types.js';
import { loadJson } from '../data.js';
import { alternativesOf, frenchRegExp, frenchWordsRegExp } from '../text.js';
import { capitalisedInside, findEntities } from './entities.js';
import { findNumbers } from './numbers.js';
import { allMatches } from './matches.js';
import { lefffGender } from '../writing/french/lefff.js';
import { holdsFiniteVerb } from '../writing/reformulate.js';

interface MarkerLexicon {
  readonly reportingVerbs: readonly string[];
  readonly future: readonly string[];
}
interface RoleLexicon { readonly roles: readonly string[]; readonly openers: readonly string[]; readonly notTitles: readonly string[]; readonly adjectiveEndings: readonly string[] }

let attributionPatterns: { trailing: RegExp; selon: RegExp } | undefined;

/** ", a rapporté le Wall Street Journal." → "le Wall Street Journal". */
function attributionOf(sentence: string): string | undefined {
  const { trailing, selon } = (attributionPatterns ??= attributionRegExps());
  // What comes before ", a annoncé X" is what X said: a quotation or a clause with its verb. "La ministre,
  // Claire Dubois, a annoncé jeudi l’abandon…" is the subject and her verb, and says nothing of a source.
  const reported = trailing.exec(sentence);
  const head = reported ? sentence.slice(0, reported.index) : '';
  // "…, a lancé une offre": a verb of quotingVerbs reports words only after a quotation.
  const quoting = reported !== null && quotingVerbs().some((verb) => reported[0].startsWith(`, ${verb} `));
  if (reported && (head.includes('»') || (!quoting && holdsFiniteVerb(head)))) {
    const said = reported[2]!.trim();
    // ", a expliqué le directeur de la centrale, Marc-Antoine Perrot, lors d’une visite": a role names its
    // holder in the apposition after it; the speaker is both.
    const apposed = /^(?:le|la|les|l’|son|sa|ses|leur|leurs)\s/u.test(said) || said.startsWith('l’') ? /^,\s+(\p{Lu}[\p{L}’-]*(?:\s+\p{Lu}[\p{L}’-]*)+)(?=\s*[,.!?])/u.exec(sentence.slice(reported.index + reported[0].indexOf(said) + said.length))?.[1] : undefined;
    // ", a expliqué son président, Antoine Roussel": read alone, "son président" is nobody's; the name is the speaker.
    if (/^(?:son|sa|ses|leur|leurs)\s/u.test(said)) return /^(?:à|au|aux)$/u.test(reported[1] ?? '') ? undefined : apposed;
    if (!/^(?:à|au|aux)$/u.test(reported[1] ?? '')) return apposed ? `${said}, ${apposed}` : said;
    return /(?:^|\s)(\p{Lu}[\p{L}’-]*(?:\s+\p{Lu}[\p{L}’-]*)+)$/u.exec(said)?.[1];
  }
  return selon.exec(sentence)?.[1]?.trim();
}

const quotingVerbs = (): readonly string[] => loadJson<{ readonly quotingVerbs: readonly string[] }>('lexicon/markers.json').quotingVerbs;

function attributionRegExps(): { trailing: RegExp; selon: RegExp } {
  const { reportingVerbs } = loadJson<MarkerLexicon>('lexicon/markers.json');
  const verbs = alternativesOf([...reportingVerbs.filter((v) => v !== 'selon'), ...quotingVerbs()]);
  // Case-sensitive: with the i flag, [a-zß-öø-ÿāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżž] would also match the capital of a name.
  // ", rappelle que la division perdait…" opens what is said, not who said it: no "que" after the verb.
  const trailing = frenchRegExp(`,\\s+(?:${verbs})(?:\\s+(?!(?:le|la|les|un|une|des|que)\\b)([a-zß-öø-ÿāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżž]+))?\\s+((?:le|la|les|l’|un|une|des|son|sa|ses|leur|leurs)\\s*[^,.;«»]{2,60}?|[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ][^,.;«»]{1,60}?)(?:,[^«»]*)?[.!?]$`, 'u');
  const selon = frenchRegExp(`^[Ss]elon\\s+((?:le|la|les|l’|des)?\\s*[^,«»]{2,60}?),`, 'u');
  return { trailing, selon };
}

let futurePattern: RegExp | undefined;

/** The sentence speaks of what is to come (lexicon/markers.json future). */
export function isFuture(sentence: string): boolean {
  futurePattern ??= frenchWordsRegExp(loadJson<MarkerLexicon>('lexicon/markers.json').future);
  return futurePattern.test(sentence);
}

let commonCapitals: ReadonlySet<string> | undefined;

export function extractFacts(sentences: readonly Sentence[]): readonly Fact[] {
  const names = capitalisedInside(sentences.map((s) => s.text));
  // "la Terre": a thing everyone knows, written with a capital, is no name the text cites.
  commonCapitals ??= new Set(loadJson<{ readonly commonCapitals: readonly string[] }>('lexicon/markers.json').commonCapitals);
  return sentences.map((sentence): Fact => {
    const numbers = findNumbers(sentence.text);
    const quote = /«\s*([^»]+?)\s*»/u.exec(sentence.text)?.[1];
    const attribution = attributionOf(sentence.text);
    return {
      sentenceId: sentence.id,
      numbers,
      entities: findEntities(sentence.text, names, { adjectives: true }).filter((name) => !commonCapitals!.has(name)),
      ...(quote !== undefined && { quote }),
      ...(attribution !== undefined && { attribution }),
      dates: numbers.filter((n) => n.kind === 'date' || n.kind === 'year').map((n) => n.text),
      future: isFuture(sentence.text),
    };
  });
}

const NAME = String.raw`[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ’-]+(?:\s+(?:ben|bin|al|el|van|von|de|du|da|di)?\s*[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ’-]+){1,4}`;
// Case-sensitive on purpose: with the i flag, [A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ] would match any letter. The role itself is
// checked against the lexicon afterwards: one alternation of two hundred roles is slow to compile.
const ROLE_BEFORE_NAME = new RegExp(String.raw`(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ſ])((?:[Ll]e\s+|[Ll]a\s+|[Ll]’)[a-zß-öø-ÿāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżžA-Z][^,;:«»()]{1,70}?),\s+(${NAME})\s*[,.]`, 'gu');
const ROLE_AFTER_NAME = new RegExp(String.raw`(${NAME}),\s+((?:le\s+|la\s+|l’)?[a-zß-öø-ÿāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżžA-Z][^,;:«»()]{1,70}?)\s*[,.]`, 'gu');
const TITLE = String.raw`(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ſ])((?:[Ll]e\s+|[Ll]a\s+|[Ll]’|au\s+|du\s+)[a-zß-öø-ÿāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżžA-Z][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ-]+(?:\s[a-zß-öø-ÿāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżž][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ-]+){0,4})`;
const TITLE_BEFORE_NAME = new RegExp(String.raw`${TITLE}\s+(${NAME})`, 'gu');
/** A capital (of NAME's, TITLE_BEFORE_SURNAME's) after the text's first character: every role pattern needs one. */
const CAPITAL_INSIDE = /^[^]+?[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ]/u;
/** A role ending on "de"/"du"/"d’" and one capitalised word (the place), then a first name and a surname, nothing more. */
const PLACE_BEFORE_NAME = /^(.+?\s(?:de|du)\s\p{Lu}[\p{L}-]+|.+?\sd’\p{Lu}[\p{L}-]+)\s(\p{Lu}[\p{L}-]+\s\p{Lu}[\p{L}’-]+)$/u;
// "le président Macron": a surname alone, which no capitalised word follows.
const TITLE_BEFORE_SURNAME = new RegExp(String.raw`${TITLE}\s+([A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ][a-zß-öø-ÿāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżž’-]+)(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ſ’-]|\s+[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ])`, 'gu');

/**
 * True when the phrase, after its article and an opener ("nouveau", "ex-"), opens with a role of the
 * lexicon ("chef d’OpenAI", "PDG"). `exact`: nothing follows the role but adjectives ("premier ministre
 * conservateur"), as before a name without a comma.
 */
function opensWithRole(phrase: string, lexicon: RoleSets, exact = false): boolean {
  const words = phrase.replace(/^(?:le|la|l’)\s*/iu, '').toLowerCase().split(/\s+/);
  while (words.length > 1 && lexicon.openers.has(words[0]!)) words.shift();
  if (words[0]!.startsWith('ex-')) words[0] = words[0]!.slice(3);
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    if (exact && !words.slice(n).every((word) => lexicon.adjective.test(word))) continue;
    const head = words.slice(0, n).join(' ');
    if (exact && lexicon.notTitles.has(head)) continue;
    if (lexicon.roles.has(head) || lexicon.roles.has(head.replace(/^([A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]+)’.*$/u, '$1'))) return true;
  }
  return false;
}

interface RoleSets { readonly roles: ReadonlySet<string>; readonly openers: ReadonlySet<string>; readonly notTitles: ReadonlySet<string>; readonly adjective: RegExp }

let roleSets: RoleSets | undefined;

function roleLexicon(): RoleSets {
  if (roleSets) return roleSets;
  const { roles, openers, notTitles, adjectiveEndings } = loadJson<RoleLexicon>('lexicon/roles.json');
  roleSets = { roles: new Set(roles), openers: new Set(openers), notTitles: new Set(notTitles), adjective: new RegExp(`^\\p{Ll}{2,}(?:${adjectiveEndings.join('|')})s?$`, 'u') };
  return roleSets;
}

/** "au banquier Vassilis Rapanos": the role is "le banquier". */
const asTitle = (phrase: string): string => phrase.replace(/^(?:au|du)\s+/u, 'le ');

/**
 * People and organisations with the role the source gives them, from appositions:
 * "Le chef d’OpenAI, Sam Altman, …", "Song Myung-Sup, analyste à …", "le cheikh Tahnoun ben Zayed al Nahyan".
 */
export function findRoles(sentences: readonly Sentence[]): readonly Entity[] {
  const known = roleLexicon();
  const found = new Map<string, string>();
  const titled = new Set<string>();
  const add = (name: string, role: string): void => {
    if (!found.has(name)) found.set(name, role.charAt(0).toLowerCase() + role.slice(1));
  };
  // A title before a surname says more when the source writes it in full: "le président français Macron" over "le président Macron".
  const addTitle = (name: string, role: string): void => {
    if (found.has(name) && titled.has(name) && role.split(' ').length > found.get(name)!.split(' ').length) found.delete(name);
    if (!found.has(name)) titled.add(name);
    add(name, role);
  };
  for (const { text } of sentences) {
    // Each pattern names someone after a space, a comma or an article: a capital past the sentence's first character.
    // A quarter of a news text's sentences have none, and are not searched four times.
    if (!CAPITAL_INSIDE.test(text)) continue;
    for (const m of allMatches(ROLE_BEFORE_NAME, text)) if (opensWithRole(m[1]!, known)) add(m[2]!, m[1]!);
    for (const m of allMatches(ROLE_AFTER_NAME, text)) if (opensWithRole(m[2]!, known)) add(m[1]!, m[2]!);
    const fullNames = allMatches(TITLE_BEFORE_NAME, text);
    for (const m of fullNames) {
      if (opensWithRole(asTitle(m[1]!), known, true)) add(m[2]!, asTitle(m[1]!));
      else {
        // "le meneur de Monaco Hugo Delattre": a role, its "de" and a place, then a first name and a surname, as
        // findEntities reads them (three capitalised words: the place is the first).
        const place = PLACE_BEFORE_NAME.exec(`${m[1]!} ${m[2]!}`);
        if (place && opensWithRole(place[1]!, known)) add(place[2]!, place[1]!);
      }
    }
    // A surname alone must be no word of the dictionary ("le ministre Blanc" may be a colour), nor the
    // first of a full name ("le cheikh Tahnoun ben Zayed…").
    const fullNamesAt = new Set(fullNames.map((m) => m.index));
    for (const m of allMatches(TITLE_BEFORE_SURNAME, text)) {
      if (!fullNamesAt.has(m.index) && lefffGender(m[2]!.toLowerCase()) === undefined && opensWithRole(asTitle(m[1]!), known, true)) addTitle(m[2]!, asTitle(m[1]!));
    }
  }
  // "Macron" is the "Emmanuel Macron" the source names in full elsewhere: one person, said once; so is "le professeur
  // Le Bras", whose surname of two words reads as a first name and a surname, the "Yann Le Bras" named in full.
  const withFirstNames = [...found.keys()].filter((name) => name.includes(' '));
  const endsAnother = (name: string): boolean => withFirstNames.some((full) => full.endsWith(` ${name}`));
  return [...found].filter(([name]) => !((titled.has(name) || name.includes(' ')) && endsAnother(name))).map(([name, role]) => ({ name, role }));
}
