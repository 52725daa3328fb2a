/** FAQ: questions keyed to the kinds of facts the source has, answered from those facts in another form. */
import type { FaqItem, NumberFact, OutSentence, Sentence } from '../../types.js';
import type { WriteContext } from '../context.js';
import { pointsBackByClass, storyWords } from '../class-anaphor.js';
import { citedAs, listedAs } from '../../analysis/numbers.js';
import { saysTopic } from '../../analysis/topics.js';
import { canRestate, factOf, listableNames, made, tryAdd, markRestated } from '../context.js';
import { asContinuation, holdsFiniteVerb, moveAttribution, opensOnDetachedParticiple, opensOnFrontedPhrase, shortened, speakerOnly, standAlone, standsAlone, holdsContrastAdverb, withoutContrastAdverb, withoutDemonstratives } from '../reformulate.js';
import { fill, hasTemplate, joinList, joinWith } from '../templates.js';
import { isPassive } from '../passive-clause.js';
import { config } from '../../config.js';
import { connect } from '../connect.js';
import type { SectionSummary } from './sections.js';
import { countWords, escapeRegExp, fold, holdsFigure, lowerFirst } from '../../text.js';
import { protect } from '../french/index.js';
import { asAttribute } from '../french/nouns.js';
import { mention, mentioned } from '../refer.js';
import { easiestForm, firstReadable, mayRestate, readableFirst, readsEasily } from '../readability.js';
import { isNounPhrase } from './headings.js';
import { dateKey } from './figures.js';
import { keptForArticle } from '../../remember.js';

/** Questions extendFaq may add to reach the minimum: past these, the source is too thin and says so. */
const MAX_EXTRA_ITEMS = 5;

/** The longest opening of faq.reported.a ("Les informations disponibles indiquent en effet que"), in words. */
const REPORTED_WORDS = 7;

/** A question, unless the article already asks it: another variant when the chosen one opens as an earlier sentence. */
function ask(context: WriteContext, id: string, values: Readonly<Record<string, string>>): OutSentence | undefined {
  const accepted = (text: string): boolean => context.guard.accepts(text);
  let filled = fill(context.chooser, `faq.${id}.q`, `faq:${id}:${values.name ?? ''}`, values, accepted);
  // "Qui est Patrick Quéré ?" reads as a passive to Yoast (a name that ends like a participle): asked otherwise where a form is given
  // (Yoast's verdict, which costs more than the rest of the question, only then).
  if (hasTemplate(`faq.${id}.q-active`) && isPassive(filled.text)) filled = fill(context.chooser, `faq.${id}.q-active`, `faq:${id}:${values.name ?? ''}`, values, accepted);
  return tryAdd(context, made(filled.text, [], filled.template));
}

/**
 * "Que faut-il savoir d’autre sur la majorité absolue ?" asks about the keyphrase: only with an answer that says it
 * ("On apprend ainsi que les marchés financiers ont réagi avec calme" tells nothing of it); else what more there is to know.
 */
function askMore(context: WriteContext, answerText: string, name: string): OutSentence | undefined {
  const says = fold(answerText).includes(fold(context.keyphrase.text));
  return ask(context, says ? 'more' : 'more.any', { kp: context.keyphrase.text, kpDef: context.keyphrase.withDeterminer, name });
}

function answer(context: WriteContext, id: string, values: Readonly<Record<string, string>>, sources: readonly string[]): OutSentence | undefined {
  // "X est adjoint au maire" reads as a passive to Yoast: another variant says it otherwise when it can. So does one
  // that the article cannot take: "Les chiffres avancés sont notamment…" after a section's "Les chiffres avancés ici
  // sont…" opened as a sentence already written, and the question lost its answer.
  const filled = fill(context.chooser, `faq.${id}.a`, `faq:${id}:a:${values.name ?? ''}`, values, (text) => readsEasily(text) && context.guard.accepts(text));
  return tryAdd(context, made(filled.text, sources, filled.template));
}

/**
 * Whether a section's heading can be the topic of "Qu’apprend-on sur … ?": a noun phrase, opening with a
 * determiner. A source's own heading may be a sentence ("à propos du maillot jaune résiste ?"), and "ce" may be
 * the pronoun of a clause ("Ce que l’on sait" gave "Que faut-il retenir à propos de ce que l’on sait ?").
 */
export function asksAbout(heading: string, fromSource: boolean): boolean {
  // "Les réactions : le gouvernement", two headings made one: "à propos des réactions : le gouvernement ?" reads as two.
  if (!/^(?:le|la|les|l’|un|une|des|ce|cet|cette|ces)\s?/iu.test(heading) || /^ce\s+qu/iu.test(heading) || heading.includes(' : ')) return false;
  return !fromSource || isNounPhrase(heading);
}

/** "Selon le Wall Street Journal, Sam Altman vise à lever…" from a sentence with a trailing attribution. */
export function attributed(context: WriteContext, sentence: Sentence, strict = context.strict): OutSentence | undefined {
  const moved = moveAttribution(sentence.text, context.facts.get(sentence.id)?.attribution, context.names.map((n) => n.name));
  if (!moved) return undefined;
  const filled = fill(context.chooser, 'faq.attribution.a', `attribution:${sentence.id}`, { source: moved.source, sentence: protect(moved.rest) });
  if (!mayRestate(context, filled.text, strict)) return undefined;
  return tryAdd(context, made(filled.text, [sentence.id], `rule.move-attribution/${filled.template}`), sentence.id);
}

const NAME_CHAR = /^[\p{L}\d-]$/u;

/** The text names `name` as a whole, not inside another name ("France" in "Île-de-France"). */
function namesWhole(text: string, name: string): boolean {
  // indexOf and two characters, not a pattern built for each name: this runs for every sentence and name.
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!NAME_CHAR.test(text.charAt(at - 1)) && !NAME_CHAR.test(text.charAt(at + name.length))) return true;
  }
  return false;
}

/** A sentence as an answer reports it, and the openings that cannot run into it (see toldOf). */
interface Told {
  /** The answer's words after the opening. */
  readonly rest: string;
  /** An opening that runs "que" into a detached participle ("…indiquent que, arrivés troisièmes, les Américains…"). */
  readonly intoQue?: RegExp;
  /** The end of an opening that sets a second phrase off by a comma before the answer's own. */
  readonly secondFronted?: string;
}

/** toldOf's answers, by the form read alone, for the article whose names key them (null: none). */
const toldForms = keptForArticle<WriteContext['names'], Map<string, Told | null>>();

/**
 * What an answer says of `alone` (a sentence's form read alone), undefined when it cannot report it. Worked out once
 * per article: it reads only the article's names and story, and each writing level's FAQ and fill report the same
 * sentences again (21 reports of 8 sentences an article of the corpus; valgrind: 102.3 → 101.0 M instructions per warm
 * article).
 */
function toldOf(context: WriteContext, alone: string): Told | undefined {
  let forms = toldForms.get(context.names);
  if (forms === undefined) toldForms.set(context.names, (forms = new Map()));
  let told = forms.get(alone);
  if (told === undefined) forms.set(alone, (told = reportedForm(context, alone) ?? null));
  return told ?? undefined;
}

function reportedForm(context: WriteContext, alone: string): Told | undefined {
  // "la chaleur explique l’essentiel de cette hausse": read alone, the answer says "de la hausse" (none for "ce dernier").
  const continued = asContinuation(alone, context.names.map((n) => n.name));
  // "le marché reste toutefois étroit": read alone, the answer contrasts with nothing (rule drop-contrast-adverb);
  // the guard is asked about the answer as it is printed, without the adverb.
  const pointed = continued === undefined ? undefined : withoutDemonstratives(continued);
  const rest = pointed === undefined ? undefined : withoutContrastAdverb(pointed);
  // "Un bilan très positif." answers an interviewer or sums up a paragraph: without a verb, it is no fact
  // that "On apprend ainsi que…" could report ("On apprend ainsi qu’un bilan très positif").
  if (rest === undefined || !holdsFiniteVerb(rest)) return undefined;
  // "L’institut n’exclut pas…": which one? An answer names what it speaks of, unless the story is one of its class.
  if (pointsBackByClass(rest, storyWords(context))) return undefined;
  // "…indiquent que, arrivés troisièmes, les Américains…": an opening that runs "que" into a detached participle gives way to one without "que".
  const intoQue = opensOnDetachedParticiple(rest) ? new RegExp(`qu(?:e\\s|’)${escapeRegExp(/^\p{L}+/u.exec(rest)![0])}`, 'iu') : undefined;
  // "Selon les informations rapportées, en 2014, Facebook…": an answer that opens on a phrase set off by a comma takes an
  // opening that runs into it ("On apprend ainsi qu’en 2014, Facebook…"), not a second phrase set off by a comma.
  const secondFronted = intoQue === undefined && opensOnFrontedPhrase(rest) ? `, ${rest}` : undefined;
  return { rest, ...(intoQue && { intoQue }), ...(secondFronted !== undefined && { secondFronted }) };
}

/**
 * "Selon les informations rapportées, le chef d’OpenAI a discuté…": a sentence told as reported. Strict,
 * the answer must read easily (short, active); relaxed, as when the article is short of its minimum, it
 * only prefers to.
 */
function reported(context: WriteContext, sentence: Sentence, filling = false, about?: string): OutSentence | undefined {
  const strict = context.strict && (!filling || context.strictFill);
  const viaAttribution = attributed(context, sentence, strict);
  if (viaAttribution) return viaAttribution;
  // Quotations may come again if each is a single sentence (a quoted sentence must never appear twice).
  const quotes = sentence.text.includes('«') ? [...sentence.text.matchAll(/«([^»]*)»/gu)].map((m) => m[1]!) : [];
  const allow = { quotes: quotes.every((q) => !/[.!?…]\s+[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ]/u.test(q)) };
  // An answer that would read harder than the question deserves gives way to the sentence's short form.
  const standing = standAlone(sentence.text, allow);
  const whole = standing === undefined ? undefined : easiestForm(standing);
  const short = shortened(sentence.text, context.facts.get(sentence.id)?.attribution, allow);
  // Relaxed, the article needs words: the whole sentence rather than its short form.
  const easiest = short === undefined ? undefined : easiestForm(short);
  const alone = whole !== undefined && mayRestate(context, whole, strict, REPORTED_WORDS) ? whole : easiest;
  if (alone === undefined || !mayRestate(context, alone, strict, REPORTED_WORDS)) return undefined;
  const told = toldOf(context, alone);
  if (told === undefined) return undefined;
  const { rest, intoQue, secondFronted } = told;
  // "Que sait-on de Laurent Chabert ?": a short form cut before the name ("le gouvernement dispose de trois
  // mois pour s’y opposer", of "…, mais le ministre, Laurent Chabert, a indiqué…") answers of someone else.
  if (about !== undefined && !namesWhole(rest, about)) return undefined;
  // "Selon le président, …" names its source already: "On apprend que selon le président…" would say it twice;
  // so does "…, a annoncé le ministère", which after "Les informations indiquent que" would report it twice.
  const attribution = context.facts.get(sentence.id)?.attribution;
  // "…, selon la presse portugaise." names it at the end: "D’après les informations disponibles" would report it twice.
  const named = /^(?:selon|d’après)\s/iu.test(alone) || /,\s(?:selon|d’après)\s[^,«»]+[.!?]$/u.test(alone) || (attribution !== undefined && alone.indexOf(attribution) > 0);
  const id = named ? 'faq.reported.attributed.a' : 'faq.reported.a';
  // The guard is asked about each opening with the answer as it will be printed: one it refuses gives way to another.
  const filled = fill(context.chooser, id, `reported:${sentence.id}`, { sentence: protect(rest) }, (text) => context.guard.accepts(text) && !intoQue?.test(text) && !(secondFronted !== undefined && text.endsWith(secondFronted)));
  return tryAdd(context, made(filled.text, [sentence.id], filled.template), sentence.id);
}

/**
 * A quotation that the answer may give as "a déclaré : « … »": a sentence of its own, with its capital,
 * that opens the sentence or follows a colon, the two places French gives a declaration. "a dédié son prix
 * « à toutes les femmes… »" quotes words that were not declared, "a reconnu que « l’environnement… »" a
 * clause whose verb ("reconnu", "jugé") the answer would change, and "pour « Les Étés de Tlemcen »" or
 * "son roman, « La Maison des sables »" a title, which no one declared.
 */
export function isDeclared(quote: string, sentence: string): boolean {
  const before = sentence.slice(0, sentence.indexOf('«')).trimEnd();
  return /^\p{Lu}/u.test(quote) && (before === '' || before.endsWith(':'));
}

/**
 * The person who says the quotation of a sentence. After the quotation, the reporting clause names them:
 * in its subject (", a déclaré Leila Ahmadi") or in the apposition that follows it (", a déclaré le
 * ministre, Jean Dupont,"); a name further on is someone else ("…, a déclaré la réalisatrice, émue, en
 * recevant le trophée des mains de l’acteur Denzel Washington"), and a clause the facts could not read
 * names no one. Before the quotation ("Leila Ahmadi a déclaré : « … »"): the one person named there.
 */
function speakerOf(context: WriteContext, sentence: Sentence): string | undefined {
  const after = sentence.text.slice(sentence.text.lastIndexOf('»') + 1);
  const attribution = context.facts.get(sentence.id)?.attribution;
  const at = attribution === undefined ? -1 : after.indexOf(attribution);
  if (/\p{L}/u.test(after) && at < 0) return undefined;
  const apposition = at < 0 ? '' : after.slice(at + attribution!.length);
  const names = (n: string): boolean =>
    at < 0 ? sentence.text.slice(0, sentence.text.indexOf('«')).includes(n) : attribution!.includes(n) || apposition.replace(/^,\s*/u, '').startsWith(n);
  // A name the source gives a role to is a person; otherwise any name of two words or more.
  const withRole = context.roles.filter((r) => names(r.name));
  if (withRole.length === 1) return withRole[0]!.name;
  const people = context.names.filter((n) => n.name.split(' ').length >= 2 && names(n.name));
  return people.length === 1 ? people[0]!.name : undefined;
}

/** The people the FAQ asks "Qui est … ?" about: the first two whose role says more than a title. */
export function askedAbout(context: WriteContext): WriteContext['roles'] {
  return context.roles.filter((r) => (r.role ?? '').split(' ').length >= 3).slice(0, 2);
}

/** A figure as it reads in a list: "le 18 octobre 2012", "7 000 milliards de dollars". */
/** "mars 2023" ends with the year "2023" (not "12023"). */
const endsWithYear = (date: string, year: string): boolean => date.endsWith(year) && !/\d/u.test(date.charAt(date.length - year.length - 1));

/**
 * A figure as a list cites it: a date with its article, or the span of dates it ends ("du 18 au 21 avril"), one end of a range with the whole range ("entre 450 et
 * 600 millions d’euros"). One end of a span that may say a change ("de 110 à 210 euros") is not listed (a list would misstate it).
 */
const asListed = (n: NumberFact): string => (n.kind === 'date' && /^\d/.test(n.text) ? n.range ?? `le ${n.text}` : listedAs(n) ?? citedAs(n) ?? n.text);

/** The date `day` ("18 avril") is one of the days of the span `span` ends ("du 18 au 21 avril"), and is not that end itself. */
function withinSpan(day: NumberFact, span: NumberFact): boolean {
  if (day.kind !== 'date' || day.span !== undefined || span.kind !== 'date' || span.span === undefined) return false;
  const [first, last] = [Number.parseInt(span.span, 10), Number.parseInt(span.text, 10)];
  const date = Number.parseInt(day.text, 10);
  // The month (and year) after the day's number: " avril", " juillet 2027".
  const month = (text: string): string => text.replace(/^\d+(?:er)?/u, '');
  return date >= first && date <= last && (month(span.text) === month(day.text) || month(span.text).startsWith(`${month(day.text)} `));
}

/** Sentences without a contrast adverb inside their clause first: an answer says as little as it can to drop (see withoutContrastAdverb). */
function uncontrastedFirst(sentences: readonly Sentence[]): Sentence[] {
  const contrasted = sentences.filter((s) => holdsContrastAdverb(s.text));
  return contrasted.length === 0 ? [...sentences] : [...sentences.filter((s) => !contrasted.includes(s)), ...contrasted];
}

/**
 * The sentence firstReadable picks among `sentences`, told as reported: one without a contrast adverb first, the
 * first pick otherwise (whose answer drops the adverb), so that preferring costs the FAQ no question.
 */
function reportedAmong(sentences: readonly Sentence[], tell: (sentence: Sentence) => OutSentence | undefined): { readonly sentence: Sentence; readonly reply: OutSentence } | undefined {
  const preferred = firstReadable(uncontrastedFirst(sentences), (s) => s.text, REPORTED_WORDS);
  const preferredReply = preferred && tell(preferred);
  if (preferredReply) return { sentence: preferred!, reply: preferredReply };
  const first = firstReadable(sentences, (s) => s.text, REPORTED_WORDS);
  const reply = first && first !== preferred ? tell(first) : undefined;
  return reply ? { sentence: first!, reply } : undefined;
}

function distinct<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(key(item)) ? false : (seen.add(key(item)), true)));
}

export function writeFaq(context: WriteContext, leadIds: ReadonlySet<string>, sections: readonly SectionSummary[]): FaqItem[] {
  const items: FaqItem[] = [];
  const kp = { kp: context.keyphrase.text, kpDef: context.keyphrase.withDeterminer };
  /** Asks, then answers only if the question is new; the answer is written only when needed. */
  const push = (question: OutSentence | undefined, reply: () => OutSentence | undefined): void => {
    if (!question || items.length >= config.maxFaqItems) return;
    const answerSentence = reply();
    if (answerSentence) items.push({ question, answer: [answerSentence] });
  };

  // What to remember: a central sentence that carries its attribution, said the other way round.
  const body = context.sentences.filter((s) => s.origin === 'body' && !leadIds.has(s.id));
  const used = new Set<string>();
  for (const entity of askedAbout(context)) {
    const role = entity.role;
    if (!role) continue;
    const sources = context.sentences.filter((s) => s.text.includes(entity.name)).map((s) => s.id).slice(0, 1);
    push(ask(context, 'who', { name: entity.name }), () => answer(context, 'who', { name: entity.name, role: asAttribute(role) }, sources));
    mentioned(context.mentions, entity.name);
  }
  const aboutKeyphrase = [...readableFirst(
    body.filter((s) => canRestate(context, s.id) && standsAlone(s.text) && fold(s.text).includes(fold(context.keyphrase.text))),
    (s) => s.text,
    REPORTED_WORDS,
  )];
  const attributedFirst = uncontrastedFirst([...aboutKeyphrase.filter((s) => context.facts.get(s.id)?.attribution && readsEasily(s.text, REPORTED_WORDS)), ...aboutKeyphrase]);
  // The first of them that can be told as reported: one that cannot leaves the question to the next.
  const question = attributedFirst.length ? ask(context, 'essential', kp) : undefined;
  push(question, () => {
    for (const essential of new Set(attributedFirst)) {
      const reply = reported(context, essential);
      if (!reply) continue;
      used.add(essential.id);
      return reply;
    }
    return undefined;
  });

  for (const sentence of body) {
    const quote = context.facts.get(sentence.id)?.quote;
    // A quotation of several sentences would repeat each of them word for word: only one-sentence quotations.
    const oneSentence = quote !== undefined && !/[.!?…]\s+[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ]/u.test(quote);
    const speaker = quote && oneSentence && quote.split(/\s+/).length >= 4 && isDeclared(quote, sentence.text) ? speakerOf(context, sentence) : undefined;
    // One quotation per speaker; "Qui est … ?" may come before it, the answer then names them otherwise.
    if (!quote || !speaker || items.some((i) => i.question.provenance.template.startsWith('faq.quote') && i.question.text.includes(speaker))) continue;
    used.add(sentence.id);
    if (!canRestate(context, sentence.id)) continue;
    markRestated(context, sentence.id);
    // The question names the speaker; the answer refers to them as a reader expects (role, surname…).
    const person = context.roles.find((r) => r.name === speaker) ?? { name: speaker };
    push(ask(context, 'quote', { name: speaker }), () => answer(context, 'quote', { name: mention(context.mentions, person, context.texts), quote }, [sentence.id]));
  }

  // One question per section, answered by a sentence of the section not restated yet.
  for (const section of sections) {
    const candidates = section.sentences.filter((s) => !used.has(s.id) && canRestate(context, s.id) && standsAlone(s.text));
    // A heading that names a phrase of the section is asked about with a sentence that says it: those come first.
    const holdsAbout = (s: Sentence): boolean => section.about !== undefined && namesWhole(s.text, section.about);
    // A heading that labels a topic ("Les enjeux agricoles") is asked about with a sentence of that topic first (one
    // that uses its words), not with the section's first sentence whatever it says ("le ministre doit se rendre sur place").
    const { topic } = section;
    const others = candidates.filter((s) => !holdsAbout(s));
    const ofTopic = topic === undefined ? [] : others.filter((s) => saysTopic(s.text, topic));
    const chosen = reportedAmong([...candidates.filter(holdsAbout), ...ofTopic, ...others.filter((s) => !ofTopic.includes(s))], (s) => reported(context, s));
    if (!chosen) continue;
    const { sentence, reply } = chosen;
    used.add(sentence.id);
    // A source heading that is already a question is on the page as a heading: the FAQ asks its own way.
    if (section.fromSource && /[?]$/u.test(section.heading)) continue;
    // "Qu’apprend-on sur les précisions apportées ?" asks nothing: a heading that names no subject asks what more there is to know.
    // …and one whose answer does not say the phrase asks what more there is to know, as a heading that names nothing does.
    const question = section.generic === true || (section.about !== undefined && !holdsAbout(sentence))
      ? askMore(context, reply.text, sentence.id)
      : asksAbout(section.heading, section.fromSource === true) ? ask(context, 'section', { topic: lowerFirst(section.heading), name: section.heading }) : undefined;
    if (question) items.push({ question, answer: [reply] });
  }

  // What the source says of its most cited names, from a later mention than the who's who uses.
  // A name the source only writes after "en" ("en Allemagne") has no article the question could give it.
  for (const { name, display } of context.names.filter((n) => !context.keyphrase.text.includes(n.name) && !n.name.includes(context.keyphrase.text) && !n.articleUnknown && !n.placeOnce).slice(0, 5)) {
    const mentions = body.filter((s) => namesWhole(s.text, name) && !used.has(s.id) && canRestate(context, s.id));
    if (mentions.length === 0 || items.length >= config.maxFaqItems - 3) continue;
    const chosen = reportedAmong([...mentions.slice(1), ...mentions.slice(0, 1)], (s) => reported(context, s, false, name));
    if (!chosen) continue;
    const { sentence, reply } = chosen;
    used.add(sentence.id);
    const question = ask(context, 'about', { name: display });
    if (question) items.push({ question, answer: [reply] });
  }

  // matchAll clones its pattern: a sentence without « has no quotation to look for.
  const facts = context.sentences.map((s) => ({ id: s.id, fact: context.facts.get(s.id), quoted: s.text.includes('«') ? [...s.text.matchAll(/«[^»]*»/gu)].map((m) => m[0]).join(' ') : '' }));
  // Figures that say what they count ("8 000 emplois", "40 % des personnes hospitalisées"), not bare numbers nor
  // references ("100 000 habitants" of a rate): listedAs. A mark out of a scale ("8,4 sur 10") says what it rates only in its sentence.
  const measured = (n: NumberFact): boolean => n.scale === undefined && listedAs(n) !== undefined;
  // "1 180 loups" and "1 180 animaux": a figure of three digits or more, said of two nouns, is one figure, listed once.
  const sameFigure = (n: NumberFact): string => (n.value.replace(/\D/gu, '').length >= 3 ? `${n.kind}:${n.value}` : asListed(n));
  // A figure inside a quotation is the speaker's, said in the speaker's context ("« Je tiens ce tabac depuis 26 ans »"), as
  // the section openers leave it.
  const figures = distinct(facts.flatMap(({ id, fact, quoted }) => (fact?.numbers ?? []).filter((n) => n.kind !== 'date' && n.kind !== 'year' && measured(n) && !holdsFigure(quoted, n.text)).map((n) => ({ id, n }))), (f) => sameFigure(f.n));
  if (figures.length >= 2) {
    // The first four; when the article repeats them too often to list them again (a headline, bullets and a body that
    // all give "4,2 millions de téléspectateurs"), the first four that the lead has not given.
    const fresh = figures.filter((f) => !leadIds.has(f.id));
    const lists = [figures.slice(0, 4), ...(fresh.length >= 2 ? [fresh.slice(0, 4)] : [])];
    const values = (chosen: readonly { n: NumberFact }[]): Record<string, string> => ({ list: joinList(chosen.map((f) => asListed(f.n))) });
    push(ask(context, 'figures', kp), () => {
      // The answer a list gives, on a copy of the chooser: the variant answer() will pick, the article's choices left as they are.
      const said = (chosen: readonly { n: NumberFact }[]): string => fill(context.chooser.copy(), 'faq.figures.a', 'faq:figures:a:', values(chosen), (text) => readsEasily(text) && context.guard.accepts(text)).text;
      for (const list of lists) {
        // A list that makes the answer long (over Yoast's 20 words: "40 % des personnes hospitalisées" says more than
        // "40 %") gives way to its first three or two figures when those read easily. A list the article cannot take
        // at all is tried as before, and gives way to the next.
        const whole = said(list);
        const shorter = readsEasily(whole) || !context.guard.accepts(whole) ? undefined : [list.slice(0, 3), list.slice(0, 2)].find((l) => l.length >= 2 && l.length < list.length && readsEasily(said(l)));
        const chosen = shorter ?? list;
        // A list a section's opener gave word for word ("Plusieurs chiffres ressortent, en particulier 14 920 passages
        // et 87 décès.") tells the reader nothing new: the next list, else no answer.
        if (context.guard.endsWith(joinList(chosen.map((f) => asListed(f.n))))) continue;
        const reply = answer(context, 'figures', values(chosen), chosen.map((f) => f.id));
        if (reply) return reply;
      }
      return undefined;
    });
  }

  // Each as the list cites it: "de 2005 à 2025" and "entre 2005 et 2009" are two spans, though both hold 2005.
  const allDates = distinct(facts.flatMap(({ id, fact }) => (fact?.numbers ?? []).filter((n) => n.kind === 'date' || n.kind === 'year').map((n) => ({ id, n }))), (f) => asListed(f.n));
  // "2023 et mars 2023": a year that a listed date holds says nothing more.
  // "du 18 au 21 avril" and "le 18 avril": a day that a listed span of dates holds says nothing more either.
  // "de 2005 à 2025" and "2025": a year that ends a listed span of years says nothing more.
  const endsSpan = (year: NumberFact): boolean => year.kind === 'year' && year.span === undefined && allDates.some((o) => o.n.kind === 'year' && (o.n.span?.match(/\d{4}/gu) ?? ([] as string[])).includes(year.text));
  const dates = allDates.filter((f) => (f.n.kind !== 'year' || !allDates.some((o) => o.n.kind === 'date' && endsWithYear(o.n.text, f.n.text))) && !allDates.some((o) => o !== f && withinSpan(f.n, o.n)) && !endsSpan(f.n));
  if (dates.length >= 2) {
    // The first four the source gives, told in the order of time ("1964, 1994, 2010 et 2030"); in the source's
    // order when one has no year ("le 4 avril"), which no list can place among the others.
    const first = dates.slice(0, 4).map((f, index) => ({ f, index, key: dateKey(asListed(f.n)) }));
    const chosen = (first.every(({ key }) => Number.isFinite(key)) ? first.sort((a, b) => a.key - b.key || a.index - b.index) : first).map(({ f }) => f);
    const listed = chosen.map((f) => asListed(f.n));
    // "de 2005 à 2025", "entre 2005 et 2009" open on a preposition: no verb takes them as its object ("La source mentionne
    // de 2005 à 2025"), a list after a colon does.
    const spans = listed.some((d) => /^(?:de|du|des|d’|entre)\s/u.test(d));
    push(ask(context, 'dates', kp), () => answer(context, spans ? 'dates.spans' : 'dates', { list: joinList(listed) }, chosen.map((f) => f.id)));
  }

  const reporters = distinct(facts.filter(({ fact }) => fact?.attribution && /[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ]/u.test(fact.attribution)).map(({ id, fact }) => ({ id, who: speakerOnly(fact!.attribution!) })).filter((r) => /\p{Lu}/u.test(r.who)), (r) => r.who);
  const named = reporters.filter((r) => !reporters.some((o) => o !== r && o.who.includes(r.who.replace(/^(?:le|la|les|l’)\s*/u, '')) && o.who.length > r.who.length));
  if (named.length >= 1) {
    const who = named.slice(0, 3).map((r) => r.who);
    push(ask(context, 'sources', kp), () => answer(context, 'sources', { list: joinWith('de', who), agents: joinList(who) }, named.map((r) => r.id)));
  }

  const actors = listableNames(context).slice(0, 4);
  if (actors.length >= 3) {
    push(ask(context, 'actors', kp), () => answer(context, 'actors', { list: joinList(actors.map((a) => a.display)) }, []));
  }
  return items;
}

/** Answers that restate their source sentences (told as reported, quoted, or following one), not lists of their figures or names. */
const RESTATING_ANSWER = /^(?:faq\.reported|faq\.quote|rule\.move-attribution|connector:)/u;

/**
 * When the article is still short of the minimum: more questions, each answered by source sentences
 * not restated yet (told as reported, with the sentence that follows when it needs the first), nor
 * given already as an answer of the FAQ, `asked` (the same fact twice in one FAQ: a-c, i-10).
 */
export function extendFaq(context: WriteContext, wordsWanted: number, asked: readonly FaqItem[] = []): FaqItem[] {
  const items: FaqItem[] = [];
  const answered = new Set(asked.flatMap((i) => i.answer.filter((a) => RESTATING_ANSWER.test(a.provenance.template)).flatMap((a) => a.provenance.sources.map((id) => factOf(context, id)))));
  let words = 0;
  for (const sentence of readableFirst(uncontrastedFirst(context.sentences), (s) => s.text, REPORTED_WORDS)) {
    if (words >= wordsWanted || items.length >= MAX_EXTRA_ITEMS) break;
    if (sentence.origin !== 'body' || !canRestate(context, sentence.id) || answered.has(factOf(context, sentence.id))) continue;
    const reply = reported(context, sentence, true);
    if (!reply) continue;
    answered.add(factOf(context, sentence.id));
    const answer = [reply];
    const next = context.sentences[context.sentences.indexOf(sentence) + 1];
    if (next && next.paragraph === sentence.paragraph && !standsAlone(next.text) && canRestate(context, next.id) && !answered.has(factOf(context, next.id))) {
      const connected = connect(context, next, `follow:${next.id}`);
      // The sentence that follows is a restatement too: it reads as easily as the reply has to.
      const strict = context.strict && context.strictFill;
      const follow = connected && mayRestate(context, connected.text, strict) ? tryAdd(context, connected, next.id) : undefined;
      if (follow) {
        answer.push(follow);
        answered.add(factOf(context, next.id));
      }
    }
    const question = askMore(context, answer.map((s) => s.text).join(' '), sentence.id);
    if (!question) break;
    items.push({ question, answer });
    words += countWords([question, ...answer].map((s) => s.text).join(' '));
  }
  return items;
}
