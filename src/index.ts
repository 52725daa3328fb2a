/**
 * Plume's public API. generateArticle composes the pipeline's pure stages in plain sight:
 * parse → brief → split → facts → group → keyphrase → write → seo → check.
 */
import type { Article, Block, Format, GenerateOptions, Keyphrase } from './types.js';
import { parseSource } from './source/parse.js';
import { checkFrench } from './source/language.js';
import { makeBrief } from './source/brief.js';
import { splitSentences } from './analysis/sentences.js';
import { extractFacts, findRoles } from './analysis/facts.js';
import { groupByTopic } from './analysis/topics.js';
import { chooseKeyphrase, inHeadline, rankPhrases, saidWhole } from './analysis/keywords.js';
import { namesIn, namesWithAdjectivesIn } from './analysis/entities.js';
import { writeArticle } from './writing/write.js';
import { leadHeadline, leadTitleForms, quotedHeadline } from './writing/blocks/headline.js';
import { isSubjectHeading } from './writing/blocks/headings.js';
import { sentenceKey } from './writing/guard.js';
import { acronymName, makeMeta, makeTitle, saysNews } from './seo/meta.js';
import { makeJsonLd } from './seo/schema.js';
import { makeReport } from './check/report.js';
import { renderHtml } from './render/html.js';
import { renderMarkdown } from './render/markdown.js';
import { renderJson } from './render/json.js';
import { InputError } from './errors.js';
import { config } from './config.js';
import { fold, hash32 } from './text.js';
import { typeset } from './writing/french/index.js';
import { forgetMeasures } from './remember.js';

export type * from './types.js';
export { InputError, BriefError } from './errors.js';

function checkDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
    throw new InputError(`--date must be a calendar date written YYYY-MM-DD, not "${date}"`);
  }
  return date;
}

/** Every address Plume writes is an absolute http(s) URL: nothing else can become a link. */
function checkUrl(url: string, option = '--url'): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError(`${option} must be an absolute http(s) address, not "${url}"`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new InputError(`${option} must use http or https, not ${parsed.protocol}`);
  return parsed.href;
}

const MAX_LINKS = 5;
/** The body sentences a title may be cut from when the headline makes none: the lede and the two after it. */
const LEAD_TITLE_SENTENCES = 3;
/** …and the words that may stand before the keyphrase in such a sentence (a fronted phrase, an article and a descriptor). */
const MAX_WORDS_BEFORE_KEYPHRASE = 8;
/**
 * The longest lead form a title is made from: longer than a title, since the title may drop what comes before the
 * keyphrase ("Le groupe de luxe Maison Verlaine a vu…" → "Maison Verlaine a vu…") or the keyphrase where it completes
 * a noun; src/seo/meta.ts measures the title itself.
 */
const LEAD_FORM_CHARS = 90;
/** The ranked phrases, from the first, that may take the place of a keyphrase whose title could only be a label. */
const NEWS_KEYPHRASES = 3;
/** What may stand before the name a headline opens on: nothing, or an article and a short descriptor ("Le groupe américain Hollister a annoncé…"). */
const OPENS_ON_NAME = /^(?:(?:(?:[Ll]es?|[Ll]a)\s|[Ll]’)(?:[\p{L}’-]+\s){0,5})?$/u;
/** A phrase of the headline that none of the body's first sentences holds (this many) would open the lead on a late sentence. */
const EARLY_SENTENCES = 3;

function checkLinks(links: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [phrase, url] of Object.entries(links)) {
    if (typeof phrase !== 'string' || !phrase.trim() || typeof url !== 'string') throw new InputError('--links must map phrases to URLs: {"phrase": "https://…"}');
    out[phrase.trim()] = checkUrl(url, `--links ("${phrase}")`);
  }
  return out;
}

/** The image's alt text holds the keyphrase: the editor's text, with the keyphrase before it when it lacks it. */
function imageAlt(alt: string | undefined, keyphrase: string): string {
  const text = alt?.trim() ?? '';
  if (!text) return keyphrase;
  return fold(text).includes(fold(keyphrase)) ? text : `${keyphrase} : ${text}`;
}

export function generateArticle(text: string, options: GenerateOptions = {}): Article {
  // A new article: what was measured for the last one goes, and what the analysis measures here serves the writing too.
  forgetMeasures();
  if (text.length > config.maxInputChars) {
    throw new InputError(`the input has ${text.length} characters; Plume reads at most ${config.maxInputChars}: split it into several articles`);
  }
  const source = parseSource(text);
  checkFrench(source.paragraphs.concat(source.bullets).join('\n'));
  const brief = makeBrief(source, options.minWords === undefined ? {} : { minWords: options.minWords });
  const sentences = splitSentences(source);
  const facts = extractFacts(sentences);
  const groups = groupByTopic(sentences, source);
  const roles = findRoles(sentences);

  // The keyphrase should be in the lead: prefer the best phrase that the bullets or the first sentences use.
  const leadTexts = (sentences.some((s) => s.origin === 'bullet') ? sentences.filter((s) => s.origin === 'bullet') : sentences.slice(0, 2)).map((s) => fold(s.text));
  const ranked = rankPhrases(sentences, source.title);
  const leadHolds = (k: Keyphrase): boolean => leadTexts.some((t) => t.includes(fold(k.text)));
  // …unless the best one is a phrase of the headline: then the lead takes a sentence that holds it, when one of
  // the first sentences does; a lead reordered to open on a late sentence tells the story out of its order, and a
  // phrase that the first sentences hold, ranked near it, names the story as well.
  const headlined = source.title !== undefined && ranked[0] !== undefined && inHeadline(ranked[0].text, source.title) ? ranked[0] : undefined;
  // The bullets and the body's first sentences: the lead may take a sentence from them without telling the story out of its order.
  const early = [...sentences.filter((s) => s.origin === 'bullet'), ...sentences.filter((s) => s.origin !== 'bullet').slice(0, EARLY_SENTENCES)].map((s) => fold(s.text));
  const inLeadPhrase = ranked.slice(0, 4).find(leadHolds);
  const headlinedEarly = headlined !== undefined && (early.some((t) => t.includes(fold(headlined.text))) || inLeadPhrase === undefined);
  const inLead = (headlinedEarly ? headlined : undefined) ?? inLeadPhrase;
  // chooseKeyphrase's first choice is ranked[0]: no need to rank the phrases again.
  const firstChoice = options.keyphrase ? chooseKeyphrase(sentences, source.title, options.keyphrase) : inLead ?? ranked[0] ?? chooseKeyphrase(sentences, source.title);
  // A keyphrase that neither the headline nor the first sentences hold takes the lead to a late sentence ("À la Bourse
  // de Paris, l’action Alvéa gagnait 5,2 %…" led an article on a quarter's sales): a name that the headline and the
  // lede hold says the news from where the source opens ("Alvéa"). One of the headline is the news, wherever the text says it ("Ubuntu 12.10").
  const heldEarly = (k: Keyphrase): boolean => early.some((t) => t.includes(fold(k.text))) || (source.title !== undefined && inHeadline(k.text, source.title));
  const ledeName = (): Keyphrase | undefined => {
    const lede = sentences.find((s) => s.origin === 'body');
    if (source.title === undefined || lede === undefined) return undefined;
    const name = namesIn(source.title).find((entity) => /^\p{Lu}/u.test(entity) && lede.text.includes(entity));
    return name === undefined ? undefined : chooseKeyphrase(sentences, source.title, name);
  };
  const chosen = options.keyphrase || heldEarly(firstChoice) ? firstChoice : ledeName() ?? firstChoice;

  const inputHash = hash32(source.text);
  const seed = options.seed ?? 0;
  const date = options.date ? checkDate(options.date) : source.dateline;
  const url = options.url ? checkUrl(options.url) : undefined;
  // A source without a headline is headed by its lede's main clause, which says what happened.
  // The source's sentences by their keys: a headline or a title cut from the lead is none of them.
  let keys: ReadonlySet<string> | undefined;
  const sentenceKeys = (): ReadonlySet<string> => (keys ??= new Set(sentences.map((s) => sentenceKey(s.text))));
  const lede = source.title === undefined ? leadHeadline(sentences, facts, sentenceKeys()) : undefined;
  const headline = source.title ?? lede?.text;
  // The lead: the bullets, then the first sentences of the body; only those that hold the keyphrase, since the
  // title opens on it (each sentence's cuts cost more than the rest of the title). Worked out once per keyphrase, when asked.
  const formsOf = new Map<string, string[]>();
  // Each lead sentence's forms, cut once for all the keyphrases whose lead holds it.
  const sentenceForms = new Map<string, readonly string[]>();
  const leadFormsOf = (k: Keyphrase) => (): string[] => {
    const known = formsOf.get(k.text);
    if (known) return known;
    const kp = fold(k.text);
    // A title opens on the keyphrase, or on a short descriptor or a fronted phrase before it: the sentence names it early.
    const early = (text: string): boolean => {
      const at = fold(text).indexOf(kp);
      return at >= 0 && text.slice(0, at).split(/\s+/u).length <= MAX_WORDS_BEFORE_KEYPHRASE;
    };
    const lead = [...sentences.filter((s) => s.origin === 'bullet'), ...sentences.filter((s) => s.origin === 'body').slice(0, LEAD_TITLE_SENTENCES)].filter((s) => early(s.text));
    const forms = leadTitleForms(lead, facts, sentenceKeys(), LEAD_FORM_CHARS, sentenceForms);
    formsOf.set(k.text, forms);
    return forms;
  };
  // "ARS": the name it stands for, which the title says as the acronym ("L’ARS appelle…").
  const acronymOf = (k: Keyphrase): { acronymName?: string } => {
    const name = acronymName(k.text, sentences.map((s) => s.text));
    return name === undefined ? {} : { acronymName: name };
  };
  const says = (k: Keyphrase, opening = false): boolean => saysNews({ ...(headline !== undefined && { headline }), keyphrase: k, leadForms: leadFormsOf(k), roles, ...acronymOf(k), inputHash, seed }, opening);
  // A keyphrase whose title could only be a label ("Sud du Pérou : la situation") gives way to one of the first
  // ranked phrases that the headline and the lead hold, a name or a phrase of several words (a common noun alone
  // says too little), that the title opens on as the subject of the news ("Un séisme de magnitude 6,9 a frappé le sud du Pérou").
  const subject = (k: Keyphrase): boolean => k !== chosen && (k.proper || k.text.includes(' ')) && leadHolds(k) && (headline === undefined || fold(headline).includes(fold(k.text))) && says(k, true);
  // …or, failing them, a name that the headline (or the lede's) opens on as its subject, said once in the body
  // ("Le Stade toulousain a repris la tête du Top 14": the ranked phrase was its opponent, "ASM Clermont Auvergne").
  const headlineSubject = (): Keyphrase | undefined => {
    if (headline === undefined) return undefined;
    const name = namesWithAdjectivesIn(headline)[0];
    // A name the body writes with its capital: "Mort de l’écrivain Paul Verdier" opens on a common word ("est mort").
    if (name === undefined || !OPENS_ON_NAME.test(headline.slice(0, headline.indexOf(name))) || !sentences.some((s) => s.text.includes(name))) return undefined;
    const k = chooseKeyphrase(sentences, source.title, name);
    return subject(k) ? k : undefined;
  };
  const keyphrase = options.keyphrase !== undefined || says(chosen) ? chosen : ranked.slice(0, NEWS_KEYPHRASES).find(subject) ?? headlineSubject() ?? chosen;
  const body = writeArticle({ source, sentences, facts, groups, keyphrase, phrases: ranked, roles, inputHash, seed, minWords: brief.minWords, h1Hint: headline ?? keyphrase.text, h1FromLede: lede !== undefined });
  const headings = body.flatMap((b) => (b.type === 'heading' ? [b.text] : []));
  // A section headed by the subject of one of its sentences ("Le ministre de la Santé", "Les nouveaux appareils") tells a
  // part of the news or names who acts in it: a title that would say it says nothing of the news.
  const first = body.find((b) => b.type === 'heading');
  const firstHeading = first === undefined || isSubjectHeading(first.provenance.template) ? undefined : first.text;
  const title = makeTitle({ ...(headline !== undefined && { headline }), ...(firstHeading !== undefined && { firstHeading }), headings, leadForms: leadFormsOf(keyphrase), roles, ...acronymOf(keyphrase), keyphrase, inputHash, seed });
  // A headline that is a quotation whole says who speaks ("Sophie Marchal : « … »"), when the source names them.
  const quoted = source.title === undefined ? undefined : quotedHeadline(source.title, facts);
  const h1 = quoted !== undefined ? typeset(quoted.text) : headline !== undefined ? typeset(headline) : title;
  const h1Provenance = quoted !== undefined
    ? { sources: ['title', quoted.sentenceId], template: 'rule.quoted-headline-speaker' }
    : source.title !== undefined ? { sources: ['title'], template: 'source-title' } : lede ? { sources: [lede.sentenceId], template: 'rule.lede-headline' } : { sources: [], template: 'seo-title' };
  const blocks: readonly Block[] = [{ type: 'heading', level: 1, text: h1, provenance: h1Provenance }, ...body];
  const leadSentences = sentences.filter((s) => s.origin === 'bullet').concat(sentences.filter((s) => s.origin === 'body'));
  const meta = makeMeta(
    {
      ...(source.title !== undefined && { headline: source.title }),
      keyphrase,
      sentences: leadSentences,
      keywords: [...new Set([keyphrase.text, ...(options.keywords ?? []).map((k) => k.trim()).filter(Boolean), ...saidWhole(ranked.map((k) => k.text).filter((k) => k !== keyphrase.text), sentences, source.title, 5)])],
      title,
      inputHash,
      seed,
      ...(date !== undefined && { date }),
      ...(url !== undefined && { url }),
      ...(options.image && { image: { url: checkUrl(options.image.url, '--image'), alt: imageAlt(options.image.alt, keyphrase.text) } }),
      ...(options.sourceUrl !== undefined && { sourceUrl: checkUrl(options.sourceUrl, '--source-url') }),
      ...(options.siteName?.trim() && { siteName: options.siteName.trim() }),
      ...(options.author?.trim() && { author: options.author.trim() }),
      ...(options.links && { links: Object.fromEntries(Object.entries(checkLinks(options.links)).slice(0, MAX_LINKS)) }),
    },
    h1,
  );
  const warnings = [
    ...(source.reEncoded ? ['the text was UTF-8 read as Windows-1252 or Latin-1 and saved again ("SantÃ©"): it was read back as it was written'] : []),
    ...brief.unknown.map((clause) => `the instruction "${clause}" was not understood and was ignored`),
    ...source.furniture.map((line) => `the line "${line}" is a web page's furniture, not the article's text, and was left out`),
  ];
  const jsonLd = makeJsonLd(meta, blocks);
  const report = makeReport({ blocks, meta, sentences, sourceText: source.text, minWords: brief.minWords, warnings });
  const found = {
    sentences: sentences.length,
    figures: new Set(facts.flatMap((f) => f.numbers.map((n) => n.value))).size,
    names: new Set(facts.flatMap((f) => f.entities)).size,
  };
  return { meta, blocks, jsonLd, report, brief, sentences, facts: found, warnings };
}

export function renderArticle(article: Article, format: Format): string {
  switch (format) {
    case 'html':
      return renderHtml(article);
    case 'md':
      return renderMarkdown(article);
    case 'json':
      return renderJson(article);
  }
}

export { renderHtml, renderMarkdown, renderJson };
