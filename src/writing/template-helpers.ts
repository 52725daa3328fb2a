/**
 * The helpers of Plume's sentence templates (templates/sentences.json), a record name → function that
 * templates.ts registers on its isolated Handlebars instance. Each is pure. A slot value copied from
 * the source arrives protected (see french/segments.ts): the helpers read through the marks and keep them.
 */
import type { HelperOptions } from 'handlebars';
import { capitalise } from '../text.js';
import { OPEN } from './french/segments.js';
import type { DeterminerKind } from './french/agreement.js';
import { agreeAdjective, withDeterminer } from './french/agreement.js';
import { plainText } from './french/nouns.js';

/** `{{cap kp}}`: a capital on the first letter (after the mark of a protected value). */
function cap(text: unknown): string {
  const value = String(text);
  return value.startsWith(OPEN) ? `${OPEN}${capitalise(value.slice(1))}` : capitalise(value);
}

/** The determiners a template names, as it would write them before a masculine noun. */
const KINDS: Readonly<Record<string, { kind: DeterminerKind; owners?: 'S' | 'P' }>> = {
  le: { kind: 'definite' },
  un: { kind: 'indefinite' },
  ce: { kind: 'demonstrative' },
  son: { kind: 'possessive' },
  leur: { kind: 'possessive', owners: 'P' },
};

/** A value that already has its determiner ("la pénurie de puces") is left as it is. */
const HAS_DETERMINER = /^(?:le|la|les|l’|un|une|des|ce|cet|cette|ces|son|sa|ses|leur|leurs)(?:\s|(?<=’))/iu;

/**
 * `{{det "le" np}}` → "la puce", "l’investisseur", "les puces"; "ce" → ce/cet/cette/ces, "un" →
 * un/une/des, "son"/"leur" → possessives. `{{det "le" np adj="nouveau"}}` → "le nouvel hôpital".
 * A proper name of unknown gender comes out alone ("Samsung"): templates must read well without it.
 */
function det(kind: unknown, nounPhrase: unknown, options: HelperOptions): string {
  const value = String(nounPhrase);
  const wanted = Object.hasOwn(KINDS, String(kind)) ? KINDS[String(kind)] : undefined;
  if (!wanted) throw new Error(`det: unknown determiner "${String(kind)}" (use ${Object.keys(KINDS).join(', ')})`);
  if (HAS_DETERMINER.test(plainText(value))) return value;
  const adjective = options.hash?.adj === undefined ? undefined : String(options.hash.adj);
  return withDeterminer(wanted.kind, value, { ...(adjective !== undefined && { adjective }), ...(wanted.owners && { owners: wanted.owners }) }) ?? value;
}

/**
 * `{{agree "nouveau" np}}` → nouveau, nouvel, nouvelle, nouveaux or nouvelles (placed before the noun;
 * `position="after"` for an attribute). The base form when the gender is unknown.
 */
function agree(adjective: unknown, nounPhrase: unknown, options: HelperOptions): string {
  const position = options.hash?.position === 'after' ? 'after' : 'before';
  return agreeAdjective(String(adjective), String(nounPhrase), { position }) ?? String(adjective);
}

export const templateHelpers = { cap, det, agree };
