/**
 * A subject pronoun said by the name it stands for: "Il avait dirigé l’Orchestre national de Lyon…" after "Le chef
 * d’orchestre français Jean-Claude Mérieux est mort dimanche…" is "Jean-Claude Mérieux avait dirigé…". In its
 * paragraph the pronoun is clear; restated alone (a key figure), it points at nothing, and the fact stayed out.
 */
import { lazyPattern } from '../text.js';
import type { Entity } from '../types.js';
import { holdsFiniteVerb } from './reformulate.js';
import { lefffGender } from './french/lefff.js';

/** "Il a", "Elle avait": a subject pronoun that opens the sentence; not an impersonal "il" ("Il y a", "Il faut", "Il s’agit"). */
const PRONOUN = /^(Il|Elle) (?!y\s|faut\s|fallait\s|faudra\s|s’agit\s|s’agissait\s|est\s(?:\p{Ll}+\s)?(?:de|d’|que|qu’)\s?|était\s(?:\p{Ll}+\s)?(?:de|d’|que|qu’)\s?)/u;
/** Adjectives that may open a role before its noun ("l’ancien maire"), with the gender they say. */
const ROLE_ADJECTIVES: Readonly<Record<string, 'M' | 'F'>> = { ancien: 'M', ancienne: 'F', actuel: 'M', actuelle: 'F' };
/** A person's name: two or three capitalised words ("Jean-Claude Mérieux", "Claire Le Bras"), a particle between. */
const PERSON = lazyPattern(() => /^\p{Lu}[\p{Ll}’-]+(?:-\p{Lu}\p{Ll}+)? (?:(?:de|du|Le|La) )?\p{Lu}[\p{L}’-]+$/u);
/** The most characters of a phrase set before the subject ("Né en 1938 à Grenoble, …"). */
const MAX_FRONTED_CHARS = 60;

/** The gender a role says by its article, or by its first noun after "l’" ("l’ancienne ministre"); undefined if none. */
function genderOf(role: string): 'M' | 'F' | undefined {
  const words = role.toLowerCase().split(/\s+/u);
  if (words[0] === 'le' || words[0] === 'un') return 'M';
  if (words[0] === 'la' || words[0] === 'une') return 'F';
  if (!words[0]?.startsWith('l’')) return undefined;
  const first = words[0].slice(2);
  const adjective = ROLE_ADJECTIVES[first];
  if (adjective !== undefined) return adjective;
  const gender = lefffGender(first);
  return gender === 'M' || gender === 'F' ? gender : undefined;
}

/** The sentence without the phrase set before its subject ("Né en 1938 à Grenoble, "), when that phrase has no verb of its own. */
function withoutFronted(sentence: string): string {
  const comma = sentence.indexOf(', ');
  if (comma < 0 || comma > MAX_FRONTED_CHARS) return sentence;
  const fronted = sentence.slice(0, comma);
  return /[«»]/u.test(fronted) || holdsFiniteVerb(fronted) ? sentence : sentence.slice(comma + 2);
}

/**
 * `sentence` with the name of the person its opening pronoun stands for, when `previous`, the sentence before it in
 * its paragraph, opens on that person as its subject (by the name, or by a role and the name), names no other person
 * of `people` (the text's names), and the role before the name, or else the role the source gives the person, says
 * the pronoun's gender; undefined otherwise.
 */
export function withNamedSubject(sentence: string, previous: string, people: readonly Entity[]): string | undefined {
  const pronoun = PRONOUN.exec(sentence)?.[1];
  if (pronoun === undefined || previous === '') return undefined;
  const named = people.filter((person) => PERSON().test(person.name) && previous.includes(person.name));
  if (named.length !== 1) return undefined;
  const person = named[0]!;
  const subject = withoutFronted(previous);
  const at = subject.indexOf(person.name);
  // The name opens the clause, or a role ending on it does ("Le chef d’orchestre français Jean-Claude Mérieux est mort"),
  // whose article says the person's gender as the role the source gives elsewhere does.
  const before = subject.slice(0, at);
  if (at < 0 || (at > 0 && !(/^(?:Le|La|L’)/u.test(before) && !holdsFiniteVerb(before) && !/[,«(]/u.test(before)))) return undefined;
  const gender = at > 0 ? genderOf(before) : person.role === undefined ? undefined : genderOf(person.role);
  if (gender !== (pronoun === 'Il' ? 'M' : 'F')) return undefined;
  return `${person.name} ${sentence.slice(pronoun.length + 1)}`;
}
