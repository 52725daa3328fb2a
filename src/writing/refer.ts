/**
 * Referring expressions: how Plume's own sentences name a person. The first mention gives the full
 * name with the role the source states ("Sam Altman, le chef d’OpenAI"); later mentions vary between
 * the role, the surname (only when the source itself uses it alone) and the full name, so that a
 * reader is never left guessing and the same name does not come back in every sentence.
 */
import type { Entity } from '../types.js';
import { escapeRegExp } from '../text.js';
import { allMatches } from '../analysis/matches.js';

export interface Mentions {
  /** How many times Plume's own sentences named each person. */
  readonly count: Map<string, number>;
}

export function createMentions(): Mentions {
  return { count: new Map() };
}

/** "Altman" for "Sam Altman", when the source writes "Altman" without "Sam" at least once. */
function surnameOf(name: string, texts: readonly string[]): string | undefined {
  const words = name.split(' ');
  if (words.length < 2) return undefined;
  const surname = words[words.length - 1]!;
  const count = (needle: string): number => {
    // One pattern for all the texts, built only when one holds the needle (most surnames are written with the name
    // only, and a pattern costs more to compile than the search), and no text searched that does not hold it.
    let pattern: RegExp | undefined;
    return texts.reduce((n, text) => n + (text.includes(needle) ? allMatches((pattern ??= new RegExp(`(?<![A-Za-zÀ-ÖØ-öø-ÿĀ-ſ])${escapeRegExp(needle)}(?![A-Za-zÀ-ÖØ-öø-ÿĀ-ſ])`, 'gu')), text).length : 0), 0);
  };
  return count(surname) > count(name) ? surname : undefined;
}

/** A role that can stand for the person: it opens with a definite article ("le chef d’OpenAI"). */
const standsForPerson = (role: string | undefined): role is string => role !== undefined && /^(?:le|la|l’)\s?/u.test(role);

/**
 * How to name `person` now, as the subject of a sentence (callers capitalise it): the full name and
 * role the first time, then in turn the role, the surname and the full name.
 */
export function mention(mentions: Mentions, person: Entity, texts: readonly string[]): string {
  const seen = mentions.count.get(person.name) ?? 0;
  mentions.count.set(person.name, seen + 1);
  if (seen === 0) return person.role ? `${person.name}, ${person.role},` : person.name;
  const forms = [standsForPerson(person.role) ? person.role : undefined, surnameOf(person.name, texts), person.name].filter((f): f is string => f !== undefined);
  return forms[(seen - 1) % forms.length]!;
}

/** Record a mention made elsewhere (the who's who, a "Qui est … ?" answer): the next one will vary. */
export function mentioned(mentions: Mentions, name: string): void {
  mentions.count.set(name, (mentions.count.get(name) ?? 0) + 1);
}
