/**
 * A page title in the present, as the press writes its titles: "Esther Kiprono a battu le record du monde du marathon
 * féminin" (61 characters, one too many) → "Esther Kiprono bat le record du monde du marathon féminin". The same fact, told in
 * the present of narration; makeTitle asks for it only when no title in the source's own tense fits.
 */
import { loadJson } from '../data.js';
import { activeForms } from '../writing/french/verbs.js';

interface TitleLexicon { readonly presentAdverbs: readonly string[] }

/** The auxiliary "avoir" of the compound past, by the number of its subject. */
const AUXILIARY = { a: 'S', ont: 'P' } as const;

/** An auxiliary "avoir", an adverb of the lexicon at most, and a participle: built on first use. */
let compoundPast: RegExp | undefined;

/**
 * `text` with its first verb, a compound past with "avoir" ("a battu", "ont légèrement reculé"), in the present ("bat",
 * "reculent légèrement"); undefined when it has none. Not a passive ("a été"), "avoir" itself ("a eu"), a negation
 * ("n’a pas"), nor a verb of a relative clause ("qui a …"): the present would then say another thing, or the wrong
 * verb. Only an adverb of the lexicon may stand between the auxiliary and the participle; it follows the verb then.
 */
export function inPresent(text: string): string | undefined {
  compoundPast ??= new RegExp(`(^|\\s)(a|ont)\\s(?:(${loadJson<TitleLexicon>('lexicon/title.json').presentAdverbs.join('|')})\\s)?(\\p{Ll}+)(?=[\\s,]|$)`, 'u');
  const verb = compoundPast.exec(text);
  if (verb === null) return undefined;
  const [whole, space, auxiliary, adverb, participle] = verb as unknown as [string, string, keyof typeof AUXILIARY, string | undefined, string];
  const before = text.slice(0, verb.index);
  // An elided "n’a", "qu’a" never matches: the auxiliary follows a space or opens the text.
  if (/(?:^|\s)(?:qui|que|dont|où)$/iu.test(before) || participle === 'été' || participle === 'eu') return undefined;
  const present = activeForms(participle)?.present[AUXILIARY[auxiliary]];
  if (present === undefined) return undefined;
  return `${before}${space}${present}${adverb === undefined ? '' : ` ${adverb}`}${text.slice(verb.index + whole.length)}`;
}
