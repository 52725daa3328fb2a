/**
 * The plain passive shape the active-voice rules can turn around, read from one sentence:
 * "[Fronted, ]Subject[, apposition,] [ne] auxiliary [adverbs] [été|être] participle [par Agent] rest." —
 * "Dans le cas des Philippines, chaque injection a été achetée à Sanofi Pasteur à 20 euros." The
 * auxiliary is "avoir" and "été" (a compound tense), a form of "être" (present, imperfect, future,
 * conditional: "Les résultats seront publiés en avril"), or a modal and "être" ("Le site peut être
 * transformé"). Anything less plain is not read (undefined): a quotation before the participle or after
 * an agent, a subject or agent with a clause of its own, a second verb after the participle ("a été
 * faite … et décrit …"), an infinitive without a modal ("avant d’être transportée"), a pronominal verb.
 */
import { loadJson } from '../data.js';
import { escapeRegExp, lazyPattern, lowerCase } from '../text.js';
import { isPassiveSentence } from '../seo/assessments/text/passive.js';
import { activeForms, finiteNumbers, type ActiveForms, type SimpleTense } from './french/verbs.js';
import { lefffGender } from './french/lefff.js';
import type { GrammaticalNumber } from './french/nouns.js';
import { holdsRelativeClause, isFrontedTime } from './reformulate.js';
import { isSpelledNumeral } from '../analysis/numbers.js';
import { isRole } from '../analysis/entities.js';
import { remembered } from '../remember.js';

export interface ActiveVoiceLexicon {
  readonly determiners: readonly string[];
  readonly pluralDeterminers: readonly string[];
  /** Auxiliary "avoir" of the passive's compound tense: singular → plural. */
  readonly auxiliaries: Readonly<Record<string, string>>;
  /** "être" of the present, imperfect, future and conditional passive → its tense. */
  readonly simpleAuxiliaries: Readonly<Record<string, SimpleTense>>;
  /** Modals before a passive infinitive ("peut être transformé"): singular → plural. */
  readonly modals: Readonly<Record<string, string>>;
  readonly adverbs: readonly string[];
  /** Words that may follow the agent and open what is left of the sentence. */
  readonly followers: readonly string[];
  /** Subject pronouns and the object pronouns that take their place before a compound tense's auxiliary (Il → l’). */
  readonly objectPronouns: Readonly<Record<string, string>>;
  readonly subjectOpeners: readonly string[];
  readonly indefinite: readonly string[];
  readonly frontedPrepositions: readonly string[];
  readonly frontedAdverbs: readonly string[];
  readonly clitics: readonly string[];
  readonly notAgents: readonly string[];
  /** Phrases with "par" that say how or why ("par précaution"): no agent, part of the rest. */
  readonly mannerPhrases: readonly string[];
  readonly collectiveAgents: readonly string[];
  /** Words of quantity before a figure that opens an agent ("par au moins 60 députés"). */
  readonly quantityBeforeFigure: readonly string[];
  readonly notVerbs: readonly string[];
  readonly prepositions: readonly string[];
  readonly adjectiveAdverbs: readonly string[];
  /** Auxiliaries and modals, verbs wherever they stand (the Lefff also has "est" as a noun). */
  readonly alwaysVerbs: readonly string[];
  readonly etreVerbs: readonly string[];
  readonly onPresentVerbs: readonly string[];
  /** Verbs whose compound agentless passive becomes "on": actions people do (a disease or a storm may "toucher" or "tuer"). */
  readonly onCompoundVerbs: readonly string[];
  /** Verbs of onCompoundVerbs whose future, conditional or modal passive may say a state ("sera fermée jusqu’à lundi"): they stay. */
  readonly onStateVerbs: readonly string[];
  readonly maximumSubjectWords: number;
  readonly maximumAgentSubjectWords: number;
  /** The most words after the participle of a subject's apposition. */
  readonly maximumAppositionWords: number;
  /** Adjectives that open an apposition as a participle does ("âgés de 24 et 31 ans"). */
  readonly appositionAdjectives: readonly string[];
  /** Words that make a locution with the participle ("pris en charge"): they stay with the verb in the active voice. */
  readonly verbLocutions: readonly string[];
  /** Adverbs that may come before an apposition's participle ("plus légèrement atteints"). */
  readonly appositionAdverbs: readonly string[];
  readonly partsOfDay: readonly string[];
  /** Adverbs of manner between a participle and its agent ("approuvé formellement par"): they go with the time. */
  readonly mannerBeforeAgent: readonly string[];
  readonly timesAfterAgent: readonly string[];
  /** Verbs after which "que" opens a reported clause ("a indiqué qu’ils seraient pris en compte"). */
  readonly sayingVerbs: readonly string[];
}

export const activeVoiceLexicon = (): ActiveVoiceLexicon => loadJson<ActiveVoiceLexicon>('lexicon/active-voice.json');

/** "a été achetée" (compound), "est estimée" … "serait construite" (a simple tense of "être"), "peut être transformé" (modal). */
export type PassiveTense = 'compound' | SimpleTense | 'modal';

export interface PassiveClause {
  /** The phrase before the subject, without its comma: "Dans le cas des Philippines". */
  readonly fronted?: string;
  /** "chaque injection", or a subject pronoun ("Elle", "ils"). */
  readonly subject: string;
  /** A participle phrase set between commas after the subject, without them: "précédé d’importants travaux". */
  readonly apposition?: string;
  readonly pronoun: boolean;
  readonly negated: boolean;
  readonly tense: PassiveTense;
  /** The singular auxiliary of a compound tense ("a", "avait"…), the form of "être" of a simple one, or the singular modal ("peut", "devrait"…). */
  readonly auxiliary: string;
  /** Adverbs around the auxiliary, in their order, each with a space before it: " n’a pas été" → " pas". */
  readonly adverbs: string;
  /** The participle as written ("achetée"), its masculine singular ("acheté") and its verb. */
  readonly participle: string;
  readonly masculine: string;
  readonly verb: ActiveForms;
  readonly agent?: { readonly phrase: string; readonly number: GrammaticalNumber };
  /** What follows the participle or the agent, with its leading space: " à Sanofi Pasteur à 20 euros". */
  readonly rest: string;
  /**
   * A second participle of the subject after "et", with what follows it: "ont été évacués par précaution | et
   * accueillis dans des gymnases" → { participle: "accueillis", rest: " dans des gymnases" }.
   */
  readonly second?: { readonly participle: string; readonly verb: ActiveForms; readonly rest: string };
}

const WORD = 'A-Za-zÀ-ÖØ-öø-ÿĀ-ſ';
/**
 * "de réduire", "pour être": an infinitive after its preposition; not "d’entre eux", "de notre", words in -re that are none.
 * A preposition is a word of its own: "dernière" is no "de" before "rnière" ("démontés la semaine dernière").
 */
const INFINITIVE = /(?:^|\s)(?:(?:de|à|pour|sans|avant de|après|afin de)\s|d’)(?!(?:entre|contre|outre|notre|votre)(?:\s|$))[a-zàâçéèêëîïôûùüÿœ]+(?:er|ir|re|oir)(?:\s|$)|(?:^|\s)(?:avoir|être)(?:\s|$)/u;
/** " afin de déterminer son origine": a purpose that ends the clause. */
const PURPOSE_TAIL = /\safin (?:de\s|d’)[^,;:]*$/u;
const alternatives = (words: readonly string[]): string => words.map(escapeRegExp).join('|');
const lowerWords = (text: string): string[] => text.toLowerCase().split(/\s+/u).filter(Boolean);
const startsWithAny = (text: string, openers: readonly string[]): boolean => {
  const lower = text.toLowerCase();
  return openers.some((o) => lower === o || lower.startsWith(o.endsWith('’') ? o : `${o} `));
};

let shape: RegExp | undefined;

/**
 * Head (fronted phrase and subject), negation, auxiliary, adverbs, "été", participle, tail. The tail may open on
 * ", dont", which counts among the subject what the active voice then counts among the object ("Onze malades ont
 * été hospitalisés, dont deux nourrissons" → "On a hospitalisé onze malades, dont deux nourrissons").
 */
function passiveShape(lexicon: ActiveVoiceLexicon): RegExp {
  if (shape) return shape;
  const auxiliaries = [lexicon.auxiliaries, lexicon.modals].flatMap((forms) => [...Object.keys(forms), ...Object.values(forms)]).concat(Object.keys(lexicon.simpleAuxiliaries));
  const adverbs = `(?: (?:${alternatives(lexicon.adverbs)})){0,2}`;
  shape = new RegExp(
    `^(?<head>[^«»“”";:()]+?) (?<negation>n’|ne )?(?<auxiliary>${alternatives(auxiliaries)})(?<before>${adverbs})(?<ete> été| être)?(?<after>${adverbs}) (?<participle>[${WORD}]+)(?<tail>(?:(?:, dont)? (?:[^«»“”";:]|«[^«»]*»)*)?)\\.$`,
    'u',
  );
  return shape;
}

/** The participle's masculine singular and verb: "achetées" → acheté (acheter), "prise" → pris (prendre). */
function participleOf(word: string): { readonly masculine: string; readonly verb: ActiveForms } | undefined {
  const lower = lowerCase(word);
  for (const masculine of [lower, lower.replace(/s$/u, ''), lower.replace(/e$/u, ''), lower.replace(/es$/u, '')]) {
    const verb = activeForms(masculine);
    if (verb) return { masculine, verb };
  }
  return undefined;
}

let lowerDeterminers: ReadonlySet<string> | undefined;

/**
 * ", où un élève revenait d’un séjour": a relative clause of place at the end of the rest, after a comma, which
 * only a place of the rest can own ("qui" might own the subject, which the active voice moves: it stays refused).
 */
const RELATIVE_END = /, où [^,;:«»()]+$/u;

/** A coordination, after which a participle is a second verb of the subject. */
const COORDINATION = /^(?:et|ou|ni|mais|puis)$/u;

/**
 * True when the words hold a finite verb or, after a coordination, a participle: a second clause or a
 * second verb of the subject. No finite verb follows a preposition ("en garde", "de gauche") or a
 * determiner that cannot be an object pronoun ("une rencontre"); after "le", "la", "les" ("la
 * placerait") and elsewhere, a finite form that the Lefff also knows as a noun is taken for one ("la
 * porte", "une famille anglaise"), unless it is an auxiliary or a modal.
 */
export function holdsVerb(text: string, lexicon: ActiveVoiceLexicon): boolean {
  const words = text.split(/\s+/u).filter(Boolean);
  const determiners = (lowerDeterminers ??= new Set(lexicon.determiners.map((d) => d.toLowerCase())));
  return words.some((raw, i) => {
    const word = raw.replace(/[,.]$/u, '');
    if (/’/u.test(word)) return false; // "l’arrêt", "d’euros": a noun after an elided determiner or preposition
    if (!/^[a-zà-ÿœæ-]+$/u.test(word) || lexicon.notVerbs.includes(word)) return false;
    // "d’une rencontre": the word before is "une".
    const previous = lowerCase(words[i - 1] ?? '').replace(/^\p{L}+’(?=\p{L})/u, '') ?? '';
    if (word === 'été') return true;
    if (lexicon.prepositions.includes(previous) || (determiners.has(previous) && !lexicon.clitics.includes(previous))) return false;
    if (finiteNumbers(word).length) return lefffGender(word) === undefined || (lexicon.alwaysVerbs.includes(word) && !determiners.has(previous));
    return (COORDINATION.test(previous) || previous.endsWith(',')) && participleOf(word) !== undefined;
  });
}

/** A plain noun phrase: no clause, no second verb, no quotation. */
const plainPhrase = (phrase: string, lexicon: ActiveVoiceLexicon): boolean => !holdsRelativeClause(phrase) && !INFINITIVE.test(phrase) && !holdsVerb(phrase, lexicon);

/** "Dans le cas des Philippines", "En 2015", "Hier": a phrase that can stay before any subject. */
function isFronted(phrase: string, lexicon: ActiveVoiceLexicon): boolean {
  const lower = phrase.toLowerCase();
  // "L’an dernier,", "Ces dernières années,", "Mardi soir,": the time phrases a sentence may open on (lexicon/sentence-cuts.json).
  if (lexicon.frontedAdverbs.includes(lower) || isFrontedTime(phrase)) return true;
  const [first, second] = phrase.split(' ');
  const preposition = first?.toLowerCase().replace(/’.*$/u, '’') ?? '';
  if (!lexicon.frontedPrepositions.includes(preposition) || second === undefined && !preposition.endsWith('’')) return false;
  // After the preposition: a determiner, a number or a name, not a participle or an infinitive ("Pour réduire…").
  const next = preposition.endsWith('’') ? first!.slice(preposition.length) : second!;
  const opensNounPhrase = lexicon.determiners.includes(next) || /^[\d\p{Lu}]/u.test(next) || lexicon.determiners.some((d) => d.endsWith('’') && next.startsWith(d)) || /^(?:au|aux|du|des)$/u.test(preposition) || /^(?:au|aux|du|des)$/u.test(next);
  return opensNounPhrase && phrase.split(' ').length <= 10 && plainPhrase(phrase.slice(first!.length), lexicon);
}

/** The determiners, in lower case, and the other words a subject may open on: one list for every subject read. */
let subjectOpeners: readonly string[] | undefined;

/** The subject: a pronoun, or a noun phrase opening on a determiner, a quantity word or a number. */
function readSubject(subject: string, lexicon: ActiveVoiceLexicon, fronted: boolean): { readonly pronoun: boolean } | undefined {
  const pronouns = Object.keys(lexicon.objectPronouns).map((p) => (fronted ? p.toLowerCase() : p));
  if (pronouns.includes(subject)) return { pronoun: true };
  if (fronted !== /^\p{Ll}/u.test(subject) && !/^\d/u.test(subject)) return undefined;
  // "L’exposition": two words, as Yoast counts them.
  const words = lowerWords(subject.replace(/’/gu, '’ '));
  const opens = startsWithAny(subject, (subjectOpeners ??= [...lexicon.determiners.map((d) => d.toLowerCase()), ...lexicon.subjectOpeners])) || /^\d/u.test(subject) || isSpelledNumeral(words[0]!);
  // "Tout a été fait": a quantity word alone is a pronoun, whose place as an object is not after the participle.
  if (!opens || words.length < 2 || words.length > lexicon.maximumSubjectWords || lexicon.clitics.includes(words.at(-1)!) || !plainPhrase(subject, lexicon)) return undefined;
  return { pronoun: false };
}

let agentShape: RegExp | undefined;
/**
 * The figure that opens an agent past a word of quantity ("au moins 60 députés"): the active sentence opens on
 * that word, as French opens no sentence on a figure in digits ("par 60 députés" stays).
 */
const FIGURE_AGENT = /^\p{Ll}+(?: \p{Ll}+)? (\d+) \p{Ll}/u;

/** " par le président de la République le 3 mai" → agent and rest; the agent ends on a noun, the rest opens on a follower. */
function readAgent(tail: string, lexicon: ActiveVoiceLexicon): { readonly agent: { readonly phrase: string; readonly number: GrammaticalNumber }; readonly rest: string } | undefined {
  if (lexicon.notAgents.some((phrase) => tail.toLowerCase().startsWith(` ${phrase}`))) return undefined;
  agentShape ??= new RegExp(
    `^ par (?<agent>(?:(?:${alternatives(agentOpeners(lexicon))})(?: |(?<=’))|\\p{Lu}|(?:${alternatives(lexicon.quantityBeforeFigure)}) \\d+ (?=\\p{Ll}))[^,;:«»()]*?)(?<!’|\\s(?:de|du|des|d|à|au|aux|en|et|la|le|les|un|une|sur|pour|avec|dans|par))` +
      `(?<relative> (?:qui|que|dont) [^,;:«»()]+| qu’[^,;:«»()]+)?(?<rest>(?:(?: (?:${alternatives(lexicon.followers)})|, (?:${alternatives(lexicon.timesAfterAgent)}))(?= |’|$)[^«»]*)?)$`,
    'u',
  );
  const match = agentShape.exec(tail);
  if (!match?.groups) return undefined;
  const { agent: head = '', relative = '', rest = '' } = match.groups;
  // "par la chute d’un arbre sur sa voiture": after an agent with a complement, a phrase that opens on a
  // preposition of place or company may complete the agent's noun; moved away from it, it would say something else.
  if (/\s(?:de|du|des)\s|\sd’/u.test(head) && /^ (?:dans|pour|avec|sur|sous|entre|vers|sans|contre)(?=\s|’|$)/u.test(rest)) return undefined;
  // "par cette maladie qui se transmet par le moustique Aedes": a relative clause, when it runs to the end and is not passive itself.
  if (relative && (rest || isPassiveSentence(`${relative.trim()}.`) || holdsRelativeClause(relative.replace(/^ \S+/u, '')))) return undefined;
  if (!plainPhrase(head, lexicon) || startsWithAny(head, lexicon.collectiveAgents)) return undefined;
  // "par Google récemment": an adverb the lazy agent kept would come before the verb.
  const last = head.split(' ').at(-1)!;
  if (lexicon.adverbs.includes(last) || (/^\p{Ll}.*ment$/u.test(last) && lefffGender(last) === undefined)) return undefined;
  // "par au moins 60 députés": a figure of two or more makes the agent plural.
  const figure = FIGURE_AGENT.exec(head)?.[1];
  const plural = lexicon.pluralDeterminers.includes(head.split(/[ ’]/u)[0]!.toLowerCase()) || / et /u.test(head) || (figure !== undefined && Number(figure) >= 2);
  return { agent: { phrase: `${head}${relative}`, number: plural ? 'P' : 'S' }, rest };
}

let later: RegExp | undefined;
const laterAgent = (lexicon: ActiveVoiceLexicon): RegExp => (later ??= new RegExp(` par (?:\\p{Lu}|(?:${alternatives(agentOpeners(lexicon))})(?: |(?<=’)))`, 'gu'));

/**
 * Whether the rest holds the sentence's agent further on ("interpellés mercredi à Nantes par la police"). An
 * agent right after a participle that follows its noun is that participle's ("lors d’une opération menée par
 * une quarantaine de policiers"); after a coordination or a comma the participle is a second verb, which
 * holdsVerb refuses anyway.
 */
function holdsLaterAgent(rest: string, lexicon: ActiveVoiceLexicon): boolean {
  for (const match of rest.matchAll(laterAgent(lexicon))) if (!takesAgent(rest.slice(0, match.index), lexicon)) return true;
  return false;
}

/**
 * Whether the words before " par " end on a participle that follows its noun, which then takes the agent
 * ("lors d’une opération menée | par…"). Not after a coordination (a second verb) nor after a preposition, where
 * the word is a noun ("en garde à vue | par les enquêteurs").
 */
function takesAgent(before: string, lexicon: ActiveVoiceLexicon): boolean {
  const words = before.split(' ');
  const participle = words[words.length - 1] ?? '';
  const previous = words[words.length - 2] ?? '';
  return /^[a-zà-ÿœæ]+$/u.test(participle) && finiteNumbers(participle).length === 0 && participleOf(participle) !== undefined && /^[a-zà-ÿœæ]+$/u.test(previous) && !COORDINATION.test(previous) && !lexicon.prepositions.includes(previous);
}

/** An agent opens on a determiner or a number ("par trois hommes armés", "par plusieurs témoins"). */
const agentOpeners = (lexicon: ActiveVoiceLexicon): readonly string[] => [...lexicon.determiners, ...lexicon.pluralDeterminers.filter((word) => !lexicon.determiners.includes(word))];

let timeBeforeAgent: RegExp | undefined;
/** " vers 3 h 40", " vers 2h15", " à 21 heures": an hour of the day. */
const CLOCK_TIME = '(?: (?:vers|à|dès) \\d{1,2}(?: ?h ?\\d{2}| h| heures?(?: \\d{2})?))';

/**
 * " mardi soir par trois hommes armés", " vers 3 h 40 par un passager": a weekday (and a part of the day), an hour
 * or both between the participle and the agent, after an adverb of manner (" formellement par le Conseil"); the active voice puts them after the object ("Trois hommes armés
 * ont braqué une bijouterie mardi soir").
 */
function splitTimeBeforeAgent(tail: string, lexicon: ActiveVoiceLexicon): { readonly time: string; readonly agentTail: string } {
  if (!timeBeforeAgent) {
    const weekday = `(?: (?:${alternatives(loadJson<{ readonly weekdays: readonly string[] }>('lexicon/dates.json').weekdays)})(?: (?:${alternatives(lexicon.partsOfDay)}))?)`;
    const manner = `(?: (?:${alternatives(lexicon.mannerBeforeAgent)}))`;
    timeBeforeAgent = new RegExp(`^(${manner}?${weekday}?${CLOCK_TIME}?)( par .*)$`, 'u');
  }
  const match = timeBeforeAgent.exec(tail);
  return match ? { time: match[1]!, agentTail: match[2]! } : { time: '', agentTail: tail };
}

/**
 * Whether the agent of " par …" names who acts: a name ("l’État", "les Charlotte Hornets") or a role of
 * lexicon/roles.json, singular or plural ("le juge", "les enquêteurs"). "mise en place pour les poids lourds par
 * le pont de Saumur" names the way, not who put it in place.
 */
function namesActor(agentTail: string, lexicon: ActiveVoiceLexicon): boolean {
  const words = agentTail.replace(/^ par /u, '').replace(/’/gu, '’ ').split(' ');
  const determiners = agentOpeners(lexicon).map((word) => word.toLowerCase());
  const head = determiners.includes(words[0]!.toLowerCase()) ? words[1] : words[0];
  if (head === undefined) return false;
  if (/^\p{Lu}/u.test(head)) return true;
  return isRole(head) || isRole(head.replace(/[sx]$/u, ''));
}

/**
 * " à 60 % par l’État", " en troisième position de la draft de la NBA par les Charlotte Hornets": a complement
 * between the participle and an agent that names who acts, which the active voice puts after the object as it
 * does a time ("L’État a financé le chantier à 60 %"). The complement opens on a preposition or a word that may
 * follow an agent (lexicon followers: "jeudi soir en troisième position…"), holds no verb, no
 * clause, no comma and no coordination, and does not end on a participle that takes the agent (takesAgent).
 */
function splitComplementBeforeAgent(tail: string, lexicon: ActiveVoiceLexicon): { readonly time: string; readonly agentTail: string } | undefined {
  const first = tail.matchAll(laterAgent(lexicon)).next().value;
  if (first === undefined) return undefined;
  const complement = tail.slice(0, first.index);
  const words = complement.trim().split(' ');
  if (words[0] === 'par' || !(lexicon.prepositions.includes(words[0]!) || lexicon.followers.includes(words[0]!)) || words.length > MAX_COMPLEMENT_WORDS) return undefined;
  if (/[,;:«»“”"()]|\s(?:et|ou|qui|que|dont|où)\s|\squ’/u.test(`${complement} `) || holdsVerb(complement, lexicon) || INFINITIVE.test(complement)) return undefined;
  if (takesAgent(complement, lexicon)) return undefined;
  const agentTail = tail.slice(first.index);
  return namesActor(agentTail, lexicon) ? { time: complement, agentTail } : undefined;
}

/** A complement before the agent longer than this is a second thought, which the active voice would bury after the object. */
const MAX_COMPLEMENT_WORDS = 12;

/**
 * Whether an apposition's first word and the words after it describe the subject: a past participle that is no
 * finite verb ("précédé d’importants travaux"); or, before more words, an adjective that opens one as a participle
 * does ("âgés de 24 ans"), "dont" (a part of the subject: "dont trois graves"), a present participle the Lefff
 * knows as no noun ("souffrant d’hypothermie", not "gérant de…") or "d’un", "d’une" ("d’une puissance de 1 330
 * mégawatts").
 */
function opensApposition(first: string, words: readonly string[], lexicon: ActiveVoiceLexicon): boolean {
  if (words.length > 0 && (first === 'dont' || first === 'd’un' || first === 'd’une' || lexicon.appositionAdjectives.includes(first))) return true;
  if (words.length > 0 && /^\p{Ll}+ant$/u.test(first) && finiteNumbers(first).length === 0 && lefffGender(first) === undefined) return true;
  return participleOf(first) !== undefined && finiteNumbers(first).length === 0;
}

/** "M. Gérard Vallon", "Hélène Dufresne": a name of up to four capitalised words, a title before it. */
const NAME_APPOSITION = lazyPattern(() => /^(?:(?:M\.|Mme|Mgr|Dr) )?\p{Lu}[\p{L}’-]+(?: (?:(?:de|du|d’|le|la) ?)?\p{Lu}[\p{L}’-]+){0,3}$/u);
const isNameApposition = (apposition: string): boolean => NAME_APPOSITION().test(apposition);

/**
 * The head before the auxiliary: an optional fronted phrase, the subject, and an optional apposition
 * that opens on a past participle ("Le prêt, précédé d’importants travaux de restauration,"), which
 * stays with the subject wherever it goes. Undefined when the commas say anything else.
 */
function splitHead(head: string, lexicon: ActiveVoiceLexicon): { readonly fronted?: string; readonly subject: string; readonly apposition?: string } | undefined {
  const closed = head.endsWith(',');
  const parts = (closed ? head.slice(0, -1) : head).split(', ');
  if (!closed) return parts.length > 2 ? undefined : parts.length === 2 ? { fronted: parts[0]!, subject: parts[1]! } : { subject: parts[0]! };
  if (parts.length < 2 || parts.length > 3) return undefined;
  const apposition = parts.at(-1)!;
  // "plus légèrement atteints": adverbs before the participle go with it.
  const all = apposition.split(' ');
  let start = 0;
  while (start < all.length - 1 && lexicon.appositionAdverbs.includes(all[start]!)) start++;
  const [participle = '', ...words] = all.slice(start);
  // Then a plain phrase: the apposition follows the subject as the object.
  const opens = opensApposition(participle, words, lexicon) || isNameApposition(apposition);
  if (!opens || words.length > lexicon.maximumAppositionWords || !plainPhrase(words.join(' '), lexicon)) return undefined;
  return parts.length === 3 ? { fronted: parts[0]!, subject: parts[1]!, apposition } : { subject: parts[0]!, apposition };
}

/** Whether Yoast reads the sentence as passive, kept per article: readability asks it of every sentence too. */
export const isPassive = remembered(isPassiveSentence);

let passiveAuxiliary: RegExp | undefined;

/** "été" of a compound passive, "être" after a modal, or a form of "être" of a simple tense (simpleAuxiliaries): a sentence without any is not parsed. */
function holdsPassiveAuxiliary(sentence: string, lexicon: ActiveVoiceLexicon): boolean {
  passiveAuxiliary ??= new RegExp(`(?:^|[\\s’])(?:${alternatives(['été', 'être', ...Object.keys(lexicon.simpleAuxiliaries)])})\\s`, 'u');
  return passiveAuxiliary.test(sentence);
}

/** The singular of a form of `forms` (singular → plural): the form itself when it is singular, undefined when it is neither. */
const singularIn = (forms: Readonly<Record<string, string>>, form: string): string | undefined =>
  Object.hasOwn(forms, form) ? form : Object.keys(forms).find((singular) => forms[singular] === form);

/**
 * The passive clause of a sentence, or undefined when the sentence is not in the plain passive shape.
 * Only a sentence Yoast reads as passive is parsed: the rules are there for it, and the shape alone
 * matches any "a" or "est" followed by a word, each then looked up in the Lefff.
 */
export function parsePassive(sentence: string): PassiveClause | undefined {
  // A quotation may stand after the participle ("est présenté comme « un nouveau chapitre »"), whole and
  // unchanged; one in the head would be moved into the object, which is not read.
  if (!sentence.endsWith('.')) return undefined;
  const lexicon = activeVoiceLexicon();
  if (!holdsPassiveAuxiliary(sentence, lexicon)) return undefined;
  const match = passiveShape(lexicon).exec(sentence);
  if (!match?.groups) return undefined;
  const { head = '', negation, auxiliary = '', before = '', ete, after = '', participle = '', tail = '' } = match.groups;
  const simpleTense = lexicon.simpleAuxiliaries[auxiliary];
  const modal = singularIn(lexicon.modals, auxiliary);
  const expected = simpleTense ? undefined : modal ? ' être' : ' été';
  if (ete !== expected || !isPassive(sentence)) return undefined;
  const found = participleOf(participle);
  // "est passé par Lyon", "sera arrivé", "doit être parti": a compound tense of a verb with "être", not a passive.
  if (!found || (ete !== ' été' && lexicon.etreVerbs.includes(found.verb.infinitive))) return undefined;

  const { fronted, subject, apposition } = splitHead(head, lexicon) ?? {};
  if (subject === undefined || (fronted !== undefined && !isFronted(fronted, lexicon))) return undefined;
  const read = readSubject(subject, lexicon, fronted !== undefined);
  if (!read || (read.pronoun && apposition !== undefined)) return undefined;

  const timed = splitTimeBeforeAgent(tail, lexicon);
  const { time, agentTail } = timed.agentTail.startsWith(' par ') ? timed : (splitComplementBeforeAgent(tail, lexicon) ?? timed);
  // "par précaution" says why: no agent.
  const manner = startsWithAny(agentTail.trimStart(), lexicon.mannerPhrases);
  const byAgent = agentTail.startsWith(' par ') && !manner ? readAgent(agentTail, lexicon) : undefined;
  if (agentTail.startsWith(' par ') && !manner && !byAgent) return undefined;
  const whole = byAgent ? `${time}${byAgent.rest}` : tail;
  const second = byAgent ? undefined : secondParticiple(whole, participle, found.masculine, lexicon);
  const rest = second ? whole.slice(0, whole.length - second.tail.length) : whole;
  // The second participle's rest holds no verb, no infinitive and no agent of its own ("et entendu par les enquêteurs").
  if (second && (holdsVerb(second.rest, lexicon) || / par /u.test(second.rest) || INFINITIVE.test(second.rest))) return undefined;
  // The rest holds no second verb and no other agent ("par le gouvernement, déjà composé…" stays with the agent rule, which refused it).
  // Nor an infinitive or a gerund, whose subject would become the new one ("interpellé après avoir menacé des passants").
  // A relative clause of place that ends the rest ("dans une école de Cluses, où un élève revenait…") follows its
  // place in the active voice too: its verb is no second verb of the subject, unless it is passive.
  const relative = RELATIVE_END.exec(rest)?.[0];
  if (relative !== undefined && (isPassiveSentence(`${relative.replace(/^, /u, '')}.`) || !/\p{L}/u.test(rest.slice(0, rest.length - relative.length)))) return undefined;
  const own = relative === undefined ? rest : rest.slice(0, rest.length - relative.length);
  // With an agent, a purpose's infinitive is the agent's in either voice ("ouverte par le parquet afin de déterminer son
  // origine" → "Le parquet a ouvert une enquête afin de déterminer…"): only the infinitives before it count.
  const infinitives = byAgent ? own.replace(PURPOSE_TAIL, '') : own;
  if (holdsVerb(own, lexicon) || holdsLaterAgent(rest, lexicon) || INFINITIVE.test(infinitives) || / en [a-zà-ÿ]+ant\b/u.test(own)) return undefined;
  // "achetés trop cher": an adjective used as an adverb, which after the object reads as agreeing with it.
  if (lowerWords(rest).some((w) => lexicon.adjectiveAdverbs.includes(w.replace(/[,.]$/u, '')))) return undefined;
  // "Des cas n’ont pas été signalés": the object of a negation would need "de".
  if (negation && !read.pronoun && startsWithAny(subject, lexicon.indefinite)) return undefined;

  const singular = simpleTense ? auxiliary : (modal ?? singularIn(lexicon.auxiliaries, auxiliary)!);
  return {
    ...(fronted === undefined ? {} : { fronted }),
    subject,
    ...(apposition === undefined ? {} : { apposition }),
    pronoun: read.pronoun,
    negated: negation !== undefined,
    tense: simpleTense ?? (modal ? 'modal' : 'compound'),
    auxiliary: singular,
    adverbs: `${before}${after}`,
    participle,
    masculine: found.masculine,
    verb: found.verb,
    ...(byAgent ? { agent: byAgent.agent } : {}),
    rest,
    ...(second ? { second: { participle: second.participle, verb: second.verb, rest: second.rest } } : {}),
  };
}

/**
 * "… par précaution et accueillis dans des gymnases": a second participle of the subject after "et", with the
 * same agreement as the first ("évacués", "accueillis"), and what follows it (`tail` is " et accueillis …").
 */
function secondParticiple(rest: string, first: string, masculine: string, lexicon: ActiveVoiceLexicon): { readonly participle: string; readonly verb: ActiveForms; readonly rest: string; readonly tail: string } | undefined {
  const match = / et ([a-zà-ÿœæ]+)((?: [^«»]*)?)$/u.exec(rest);
  if (!match || match.index === undefined) return undefined;
  const [, participle = '', after = ''] = match;
  const found = participleOf(participle);
  // "évacués … et accueillis": the same ending after the masculine singular, the same subject; no finite verb.
  if (!found || finiteNumbers(participle).length > 0 || participle.slice(found.masculine.length) !== first.toLowerCase().slice(masculine.length)) return undefined;
  if (lexicon.etreVerbs.includes(found.verb.infinitive)) return undefined;
  return { participle, verb: found.verb, rest: after, tail: match[0] };
}
