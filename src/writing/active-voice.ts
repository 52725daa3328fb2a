/**
 * Rule "active-voice": a passive sentence in a compound tense whose agent is named becomes active,
 * "La décision a été prise par le président lors du sommet." → "Le président a pris la décision lors
 * du sommet." Same tense, same negation, same words; the participle, now followed by its object,
 * loses its agreement (a pronoun subject becomes an object pronoun before the auxiliary, and the
 * participle keeps its agreement: "Elle a été prêtée par la France." → "La France l’a prêtée."). Only the plain shape is touched: a subject that opens with a determiner and
 * holds no clause, an agent followed by nothing or by a prepositional phrase, no quotation.
 */
import { loadJson } from '../data.js';
import { capitalise, lowerFirst } from '../text.js';
import { holdsRelativeClause } from './reformulate.js';

interface ActiveVoiceLexicon {
  readonly determiners: readonly string[];
  readonly pluralDeterminers: readonly string[];
  /** Auxiliary "avoir" of the passive's compound tense: singular → plural. */
  readonly auxiliaries: Readonly<Record<string, string>>;
  readonly adverbs: readonly string[];
  /** Words that may follow the agent and open what is left of the sentence. */
  readonly followers: readonly string[];
  /** Subject pronouns and the object pronouns that take their place before the auxiliary (Il → l’). */
  readonly objectPronouns: Readonly<Record<string, string>>;
  /** Participles whose masculine singular ends in -s (pris, mis…): their -s is not a plural. */
  readonly participlesInS: readonly string[];
}

const WORD = 'A-Za-zÀ-ÖØ-öø-ÿĀ-ſ';
const INFINITIVE_CLAUSE = /\s(?:de|d’)\s?[a-zàâçéèêëîïôûùüÿœ]+(?:er|ir|re)(?:\s|$)/u;

let pattern: RegExp | undefined;

function passivePattern(lexicon: ActiveVoiceLexicon): RegExp {
  const alternatives = (words: readonly string[]): string => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const auxiliaries = [...Object.keys(lexicon.auxiliaries), ...Object.values(lexicon.auxiliaries)];
  pattern ??= new RegExp(
    `^(?<subject>(?:${alternatives(Object.keys(lexicon.objectPronouns))})|(?:${alternatives(lexicon.determiners)})(?: |(?<=’))[^,;:«»()]+?) (?<negation>n’)?(?<auxiliary>${alternatives(auxiliaries)})` +
      `(?<adverbs>(?: (?:${alternatives(lexicon.adverbs)})){0,2}) été(?<after>(?: (?:${alternatives(lexicon.adverbs)})){0,2}) (?<participle>[${WORD}]+) par ` +
      `(?<agent>(?:(?:${alternatives(lexicon.determiners)})(?: |(?<=’))|\\p{Lu})[^,;:«»()]*?)(?<!’|\\s(?:de|du|des|d|à|au|aux|en|et|la|le|les|un|une|sur|pour|avec|dans|par))` +
      `(?<rest>(?: (?:${alternatives(lexicon.followers)})(?= |’)[^«»]*)?)\\.$`,
    'u',
  );
  return pattern;
}

/** The masculine singular of a participle: prise → pris, achetées → acheté, vendus → vendu. */
export function masculineSingular(participle: string, lexicon: ActiveVoiceLexicon): string {
  if (lexicon.participlesInS.some((p) => participle === p || participle === `${p}e` || participle === `${p}es`)) return participle.replace(/es?$/u, '');
  return participle.replace(/s$/u, '').replace(/e$/u, '');
}

const isPlural = (phrase: string, lexicon: ActiveVoiceLexicon): boolean =>
  lexicon.pluralDeterminers.includes(phrase.split(' ')[0]!.toLowerCase()) || / et /u.test(phrase);

/** The sentence in the active voice, or undefined when it is not in the plain passive shape. */
export function toActiveVoice(sentence: string): string | undefined {
  if (!sentence.includes(' été ') || !sentence.includes(' par ')) return undefined;
  const lexicon = loadJson<ActiveVoiceLexicon>('lexicon/active-voice.json');
  const match = passivePattern(lexicon).exec(sentence);
  if (!match?.groups) return undefined;
  const { subject, negation, auxiliary, participle, agent, rest } = match.groups as Record<string, string | undefined>;
  // "a été largement approuvé", "a largement été approuvé": the adverbs stand after the auxiliary either way.
  const adverbs = `${match.groups.adverbs ?? ''}${match.groups.after ?? ''}`;
  if (!subject || !auxiliary || !participle || !agent) return undefined;
  // A subject or agent with a verb of its own ("La loi qu’il a votée") or a long subject is not a plain noun phrase.
  // "Il a été décidé par le conseil de fermer l’usine": an infinitive after the agent, the "il" is impersonal.
  if (holdsRelativeClause(subject) || holdsRelativeClause(agent) || INFINITIVE_CLAUSE.test(agent) || subject.split(' ').length > 8 || !/(?:[éiust]|ée?s?|ies?|ues?|ses?|tes?)$/u.test(participle)) return undefined;
  const singular = Object.keys(lexicon.auxiliaries).includes(auxiliary) ? auxiliary : Object.entries(lexicon.auxiliaries).find(([, plural]) => plural === auxiliary)![0];
  const verb = isPlural(agent, lexicon) ? lexicon.auxiliaries[singular]! : singular;
  const object = lexicon.objectPronouns[subject];
  // "Elle a été prêtée par la France" → "La France l’a prêtée": the object pronoun comes before the
  // auxiliary, and the participle keeps its agreement with it.
  if (object) return `${capitalise(agent.trim())} ${negation ? 'ne ' : ''}${object}${object.endsWith('’') ? '' : ' '}${verb}${adverbs ?? ''} ${participle}${rest ?? ''}.`;
  return `${capitalise(agent.trim())} ${negation ?? ''}${verb}${adverbs ?? ''} ${masculineSingular(participle, lexicon)} ${lowerFirst(subject)}${rest ?? ''}.`;
}
