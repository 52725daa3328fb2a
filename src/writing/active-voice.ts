/**
 * Rules "active-voice": a passive source sentence said in the active voice, with the same words, the
 * same tense and the same negation, so that the article holds fewer passives than its source (Yoast
 * wants at most 10 %). Each rule takes the clause parsePassive read (passive-clause.ts):
 *
 * - active-voice: a compound tense with its agent, "La décision a été prise par le président." → "Le
 *   président a pris la décision.";
 * - active-voice-present: the present or imperfect with its agent, "La moitié de la population est
 *   menacée par cette maladie." → "Cette maladie menace la moitié de la population.";
 * - active-voice-on: a compound tense without agent, "Chaque injection a été achetée à Sanofi." → "On a
 *   acheté chaque injection à Sanofi.", only for the listed verbs of actions people do (a verb whose
 *   hidden cause may be a thing, "a été touchée", "ont été tuées", stays);
 * - active-voice-on-present: the present or imperfect without agent, only for verbs whose passive says
 *   an action, not a state ("sont estimés à" → "on estime", but "est touchée", "est autorisé" stay);
 * - active-voice-future and active-voice-on-future: the future or the conditional, "Les résultats seront
 *   publiés en avril." → "On publiera les résultats en avril.", without agent for the verbs of
 *   active-voice-on less those whose passive may say a state ("sera fermée jusqu’à lundi");
 * - active-voice-modal and active-voice-on-modal: a modal and a passive infinitive, "Le site peut être
 *   transformé." → "On peut transformer le site.", the modal in its tense, with the verbs of
 *   active-voice-on-future; an object pronoun goes before the infinitive ("On peut le transformer").
 *
 * Each rule applies as well to a passive clause reported after a verb of saying ("Il a promis que l’état
 * de catastrophe naturelle serait examiné" → "Il a promis qu’on examinerait l’état de catastrophe
 * naturelle"), the words before "que" as written.
 *
 * The participle, followed by its object, loses its agreement; a pronoun subject becomes an object
 * pronoun before the verb and a compound participle keeps its agreement with it ("On l’a achetée").
 */
import { capitalise, escapeRegExp, lowerFirst } from '../text.js';
import { loadJson } from '../data.js';
import { activeVoiceLexicon, isPassive, parsePassive, type ActiveVoiceLexicon, type PassiveClause } from './passive-clause.js';

export type ActiveVoiceRule =
  | 'active-voice'
  | 'active-voice-present'
  | 'active-voice-future'
  | 'active-voice-modal'
  | 'active-voice-on'
  | 'active-voice-on-present'
  | 'active-voice-on-future'
  | 'active-voice-on-modal';

export interface ActiveSentence {
  readonly text: string;
  readonly rule: ActiveVoiceRule;
}

const VOWEL = /^[aeiouyàâäéèêëîïôöûüœæ]/u;

/**
 * Negation, object pronoun, verb and adverbs: "n’a pas", "ne l’estime pas", "la menace"; after a modal,
 * the pronoun stands before the infinitive, "ne peut pas le transformer". Undefined before an h, where
 * elision depends on the word (mute or aspirated h) and no list here says which.
 */
function verbGroup(clause: PassiveClause, verb: string, lexicon: ActiveVoiceLexicon): string | undefined {
  const infinitive = clause.tense === 'modal' ? clause.verb.infinitive : undefined;
  const pronounHost = infinitive ?? verb;
  if ((/^h/u.test(verb) && clause.negated) || (/^h/u.test(pronounHost) && clause.pronoun)) return undefined;
  const object = clause.pronoun ? lexicon.objectPronouns[capitalise(clause.subject)] : undefined;
  if (clause.pronoun && object === undefined) return undefined;
  const pronoun = object === undefined ? '' : object !== 'les' && VOWEL.test(pronounHost) ? `${object.slice(0, -1)}’` : `${object} `;
  if (infinitive !== undefined) {
    const negation = !clause.negated ? '' : VOWEL.test(verb) ? 'n’' : 'ne ';
    return `${negation}${verb}${clause.adverbs} ${pronoun}${infinitive}`;
  }
  const negation = !clause.negated ? '' : pronoun || !VOWEL.test(verb) ? 'ne ' : 'n’';
  return `${negation}${pronoun}${verb}${clause.adverbs}`;
}

/** Whether `rest` opens on `words`, whole: " en charge", " en charge dans…", " en charge, puis…". */
const opensOn = (rest: string, words: string): boolean => rest === ` ${words}` || rest.startsWith(` ${words} `) || rest.startsWith(` ${words},`);

/** The active sentence: who acts, the verb group, then the object (a compound participle in its masculine singular) and the rest. */
function activeSentence(clause: PassiveClause, actor: string, verb: string, lexicon: ActiveVoiceLexicon): string | undefined {
  const group = verbGroup(clause, verb, lexicon);
  if (group === undefined) return undefined;
  const opening = clause.fronted === undefined ? capitalise(actor) : `${clause.fronted}, ${actor}`;
  const participle = clause.tense !== 'compound' ? '' : clause.pronoun ? ` ${clause.participle}` : ` ${clause.masculine}`;
  // "pris en charge": the verb's locution stays with it, before a noun object ("on a pris en charge les blessés").
  const locution = clause.pronoun ? undefined : lexicon.verbLocutions.find((words) => opensOn(clause.rest, words));
  const rest = locution === undefined ? clause.rest : clause.rest.slice(locution.length + 1);
  // The apposition follows its noun; a comma closes it when more of the sentence comes after.
  const apposition = clause.apposition === undefined ? '' : `, ${clause.apposition}${rest ? ',' : ''}`;
  const object = clause.pronoun ? '' : ` ${lowerFirst(clause.subject)}${apposition}`;
  return `${opening} ${group}${participle}${locution === undefined ? '' : ` ${locution}`}${object}${rest}.`;
}

/** The verb that the new subject takes: the auxiliary "avoir" of a compound tense, the modal, or the verb itself in a simple tense. */
function finiteVerb(clause: PassiveClause, number: 'S' | 'P', lexicon: ActiveVoiceLexicon): string {
  if (clause.tense === 'compound') return number === 'P' ? lexicon.auxiliaries[clause.auxiliary]! : clause.auxiliary;
  if (clause.tense === 'modal') return number === 'P' ? lexicon.modals[clause.auxiliary]! : clause.auxiliary;
  return clause.verb[clause.tense][number];
}

/** The rule's name: its tense, after "active-voice" or "active-voice-on". */
function ruleOf(clause: PassiveClause, on: boolean): ActiveVoiceRule {
  const tense = clause.tense === 'compound' ? '' : clause.tense === 'modal' ? '-modal' : clause.tense === 'future' || clause.tense === 'conditional' ? '-future' : '-present';
  return `active-voice${on ? '-on' : ''}${tense}` as ActiveVoiceRule;
}

/**
 * What follows the agent may describe it: "…provoquée par la démission de onze conseillers en décembre,
 * en désaccord avec le projet" (the councillors disagree). Put after the object, it would describe
 * something else. A detached part may stay only when it opens on a determiner (an apposition to the noun
 * just before it, "…à Sandhurst, le 35e sommet"), a word of time (", lors de la cérémonie") or a reporting
 * verb (", a indiqué la préfecture").
 */
function restKeepsItsSense(rest: string): boolean {
  const { subjectDeterminers } = loadJson<{ readonly subjectDeterminers: Readonly<Record<'S' | 'P', readonly string[]>> }>('lexicon/sentence-cuts.json');
  const { reportingVerbs } = loadJson<{ readonly reportingVerbs: readonly string[] }>('lexicon/markers.json');
  const determiners = [...subjectDeterminers.S, ...subjectDeterminers.P];
  return rest
    .split(/,\s+/u)
    .slice(1)
    .every((part) => {
      const first = /^\p{L}+’?/u.exec(part)?.[0]?.toLowerCase() ?? '';
      return determiners.includes(first) || activeVoiceLexicon().timesAfterAgent.includes(first) || reportingVerbs.some((verb) => part.startsWith(`${verb} `) || part === verb);
    });
}

/** Rules active-voice and active-voice-present: the agent becomes the subject, and the verb agrees with it. */
export function withAgent(clause: PassiveClause): ActiveSentence | undefined {
  const lexicon = activeVoiceLexicon();
  if (!clause.agent || clause.second || clause.subject.split(' ').length > lexicon.maximumAgentSubjectWords || !restKeepsItsSense(clause.rest)) return undefined;
  const text = activeSentence(clause, clause.agent.phrase, finiteVerb(clause, clause.agent.number, lexicon), lexicon);
  return text === undefined ? undefined : { text, rule: ruleOf(clause, false) };
}

/** Rules active-voice-on and active-voice-on-present: no agent, "on" is the subject. */
export function withOn(clause: PassiveClause): ActiveSentence | undefined {
  const lexicon = activeVoiceLexicon();
  // "Il a été décidé de…", "Il est prévu que…": an impersonal "il" may not be the object of anything.
  if (clause.agent || clause.subject.toLowerCase() === 'il') return undefined;
  if (clause.tense === 'present' || clause.tense === 'imperfect') {
    if (!lexicon.onPresentVerbs.includes(clause.verb.infinitive)) return undefined;
  } else {
    // "a été suivie d’un débat": "de" may name the agent; "a été touchée": the cause may not be a person,
    // so only the verbs of actions people do are listed; "sera fermée jusqu’à lundi" may say a state.
    if (!lexicon.onCompoundVerbs.includes(clause.verb.infinitive) || /^ (?:de|d’|du|des)(?: |$)|^ d’/u.test(clause.rest)) return undefined;
    if (clause.tense !== 'compound' && lexicon.onStateVerbs.includes(clause.verb.infinitive)) return undefined;
  }
  const text = activeSentence(clause, 'on', finiteVerb(clause, 'S', lexicon), lexicon);
  if (text === undefined || clause.second === undefined) return text === undefined ? undefined : { text, rule: ruleOf(clause, true) };
  const second = secondClause(clause, clause.second, lexicon);
  return second === undefined ? undefined : { text: `${text.slice(0, -1)} et ${second}.`, rule: ruleOf(clause, true) };
}

/**
 * "… et accueillis dans des gymnases" → "on les a accueillis dans des gymnases": the second participle of the
 * subject, in the compound tense only, after an object pronoun that it agrees with as written. Both verbs
 * must be actions people do (onCompoundVerbs); a negation, a pronoun subject or an apposition is not read.
 */
function secondClause(clause: PassiveClause, second: NonNullable<PassiveClause['second']>, lexicon: ActiveVoiceLexicon): string | undefined {
  if (clause.tense !== 'compound' || clause.negated || clause.pronoun || clause.apposition !== undefined || !lexicon.onCompoundVerbs.includes(second.verb.infinitive)) return undefined;
  // The first participle's agreement says the subject's gender and number: "évacués" (s), "fermée" (e), "mis" ().
  const ending = clause.participle.toLowerCase().slice(clause.masculine.length);
  const plural = ending.endsWith('s');
  const feminine = ending.startsWith('e');
  const object = lexicon.objectPronouns[plural ? (feminine ? 'Elles' : 'Ils') : feminine ? 'Elle' : 'Il'];
  if (object === undefined) return undefined;
  const pronoun = object !== 'les' && VOWEL.test(clause.auxiliary) ? `${object.slice(0, -1)}’` : `${object} `;
  return `on ${pronoun}${clause.auxiliary} ${second.participle}${second.rest}`;
}

/** The sentence in the active voice with the rule that made it, or undefined when no rule plainly applies. */
export function activeVoice(sentence: string): ActiveSentence | undefined {
  const clause = parsePassive(sentence);
  if (!clause) return inReportedClause(sentence);
  return clause.agent ? withAgent(clause) : withOn(clause);
}

let reported: RegExp | undefined;

/**
 * A passive clause after a verb of saying and "que", read as a sentence of its own: "La NASA a indiqué
 * qu’ils seraient pris en compte." → "La NASA a indiqué qu’on les prendrait en compte." The words before
 * "que" hold no quotation and no passive, and stay as written; "que" elides before a vowel. Undefined
 * before an h, where elision depends on the word.
 */
function inReportedClause(sentence: string): ActiveSentence | undefined {
  const lexicon = activeVoiceLexicon();
  reported ??= new RegExp(`^(?<head>[^«»“”"]*? (?:${lexicon.sayingVerbs.map(escapeRegExp).join('|')})) (?:que |qu’)(?<said>\\S.*)$`, 'u');
  const { head, said } = reported.exec(sentence)?.groups ?? {};
  if (head === undefined || said === undefined || isPassive(`${head}.`)) return undefined;
  const clause = parsePassive(capitalise(said));
  const active = clause && (clause.agent ? withAgent(clause) : withOn(clause));
  if (!clause || !active) return undefined;
  // The clause's first word keeps its case: the fronted phrase's or the agent's as the source wrote them, "on".
  const first = clause.fronted !== undefined ? said[0]! : clause.agent ? clause.agent.phrase[0]! : active.text[0]!.toLowerCase();
  const text = `${first}${active.text.slice(1)}`;
  if (/^h/iu.test(text)) return undefined;
  return { text: `${head} ${VOWEL.test(text.toLowerCase()) ? 'qu’' : 'que '}${text}`, rule: active.rule };
}

/** The sentence in the active voice, or undefined when it is not in a plain passive shape. */
export function toActiveVoice(sentence: string): string | undefined {
  return activeVoice(sentence)?.text;
}
