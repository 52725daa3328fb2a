/**
 * A page title in the present, as the press writes its titles: "Esther Kiprono a battu le record du monde du marathon
 * féminin" (61 characters, one too many) → "Esther Kiprono bat le record du monde du marathon féminin". The same fact, told in
 * the present of narration; makeTitle asks for it only when no title in the source's own tense fits.
 */
import { loadJson } from '../data.js';
import { activeForms } from '../writing/french/verbs.js';
import { startsElision } from '../writing/french/02-elision.js';

interface TitleLexicon { readonly presentAdverbs: readonly string[] }

/**
 * The auxiliary of the compound past, by the number of its subject: "avoir", or "être" of a pronominal verb ("s’est
 * qualifié", "se sont retirés"), whose pronoun the present keeps ("se qualifie", "se retirent").
 */
const AUXILIARY = { a: 'S', ont: 'P', 's’est': 'S', 'se sont': 'P' } as const;
type Auxiliary = keyof typeof AUXILIARY;
const isPronominal = (auxiliary: Auxiliary): boolean => auxiliary.startsWith('s');

/** An auxiliary, an adverb of the lexicon at most, and a participle: built on first use. */
let compoundPast: RegExp | undefined;

/** The masculine singular of a participle that may agree with its subject ("qualifiées" → "qualifié"), as the verb table holds it. */
function presentOf(participle: string, number: 'S' | 'P'): string | undefined {
  for (const form of [participle, participle.replace(/e?s?$/u, '')]) {
    const present = activeForms(form)?.present[number];
    if (present !== undefined) return present;
  }
  return undefined;
}

/**
 * `text` with its first verb, a compound past ("a battu", "ont légèrement reculé", "s’est qualifiée"), in the present
 * ("bat", "reculent légèrement", "se qualifie"); undefined when it has none. Not a passive ("a été"), "avoir" itself
 * ("a eu"), a negation ("n’a pas", "ne s’est pas"), nor a verb of a relative clause ("qui a …"): the present would
 * then say another thing, or the wrong verb. Only an adverb of the lexicon may stand between the auxiliary and the
 * participle; it follows the verb then.
 */
export function inPresent(text: string): string | undefined {
  compoundPast ??= new RegExp(`(^|\\s)(a|ont|s’est|se sont)\\s(?:(${loadJson<TitleLexicon>('lexicon/title.json').presentAdverbs.join('|')})\\s)?(\\p{Ll}+)(?=[\\s,]|$)`, 'u');
  const verb = compoundPast.exec(text);
  if (verb === null) return undefined;
  const [whole, space, auxiliary, adverb, participle] = verb as unknown as [string, string, Auxiliary, string | undefined, string];
  const before = text.slice(0, verb.index);
  // An elided "n’a", "qu’a" never matches: the auxiliary follows a space or opens the text.
  if (/(?:^|\s)(?:qui|que|dont|où|ne)$/iu.test(before) || participle === 'été' || participle === 'eu') return undefined;
  const pronominal = isPronominal(auxiliary);
  const present = pronominal ? presentOf(participle, AUXILIARY[auxiliary]) : activeForms(participle)?.present[AUXILIARY[auxiliary]];
  if (present === undefined) return undefined;
  const verbNow = pronominal ? `${startsElision(present) ? 's’' : 'se '}${present}` : present;
  return `${before}${space}${verbNow}${adverb === undefined ? '' : ` ${adverb}`}${text.slice(verb.index + whole.length)}`;
}
