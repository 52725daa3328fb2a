/** One sentence that opens a list or the FAQ and says what it holds, from the source's own items. */
import type { ListItem } from '../../types.js';
import type { Draft, WriteContext } from '../context.js';
import { made, tryAdd } from '../context.js';
import { fill, joinList, joinWith, variantsOf } from '../templates.js';
import { withDeterminer } from '../french/agreement.js';
import { readsEasily } from '../readability.js';
import { determinerBefore } from '../../analysis/entities.js';
import { keptForArticle } from '../../remember.js';

/** Small counts in words: a digit Plume writes would be a number the source does not have. */
export function countInWords(count: number): string | undefined {
  return variantsOf('count.words')[count];
}

export function intro(context: WriteContext, id: string, values: Readonly<Record<string, string>>): Draft | undefined {
  const slots = { kp: context.keyphrase.text, kpDef: context.keyphrase.withDeterminer, ...values };
  // A list in the intro can make it long: another variant then says it shorter. An intro carries no
  // fact, so even an article short of words gains nothing from a long one. A variant the guard refuses
  // (its opening already used, as by the intro it replaces) gives way to another too.
  const filled = fill(context.chooser, `intro.${id}`, `intro.${id}`, slots, (text) => readsEasily(text) && context.guard.accepts(text));
  const sentence = tryAdd(context, made(filled.text, [], filled.template));
  return sentence ? { type: 'paragraph', sentences: [sentence] } : undefined;
}

/**
 * A label with its definite article: a name with the one the source gives it ("entre l’Union européenne et le
 * Mercosur", "la Palme d’or"), else the lexicon's ("la CNIL", "le RGPD"); a name neither gives one to stays bare
 * ("Météo-France", "Parcoursup"). A plural in the source ("des TER") says nothing of the term, which is singular.
 */
function definite(label: string, texts: readonly string[]): string {
  let byLabel = definites.get(texts);
  if (byLabel === undefined) definites.set(texts, (byLabel = new Map()));
  let said = byLabel.get(label);
  if (said === undefined) byLabel.set(label, (said = definiteIn(label, texts)));
  return said;
}

/**
 * definite's answers, by the source's texts (one article's) and the label: the people's and the glossary's intros of
 * each writing level, and the glossary's intro the fill writes again, give the same labels their articles again.
 */
const definites = keptForArticle<readonly string[], Map<string, string>>();

function definiteIn(label: string, texts: readonly string[]): string {
  const article = /^\p{Lu}/u.test(label) ? determinerBefore(label, texts) : undefined;
  if (article === 'l’') return `l’${label}`;
  if (article === 'le' || article === 'la') return `${article} ${label}`;
  return withDeterminer('definite', label) ?? label;
}

/**
 * The intro of a list of labelled items (people, glossary): "… : A, B et C.", or each with its article
 * after "de" ("la définition de la puce électronique, du GPU et de l’IA"; a name the lexicon lacks stays bare).
 */
export function listIntro(context: WriteContext, id: string, items: readonly ListItem[]): Draft | undefined {
  // A who's who line that presents its name in bold within the sentence has it as its highlight, not its label.
  const labels = items.map((item) => item.label || item.highlight).filter((label): label is string => label !== undefined);
  const count = countInWords(items.length);
  if (!labels.length || count === undefined) return undefined;
  const defined = labels.map((label) => definite(label, context.texts));
  const ofList = joinWith('de', defined);
  // A name is listed as the article says it elsewhere ("Alain Dufresne et la CRE", not "et CRE").
  const named = labels.map((label) => context.names.find((n) => n.name === label)?.display ?? label);
  // "Un termes employés…": one item takes the singular variants. "rétrospective et communiqué" bare read
  // as adjectives: with their articles ({{listDef}}) nouns read as nouns.
  return intro(context, labels.length === 1 ? `${id}.one` : id, { list: joinList(named), listDef: joinList(defined), ofList, count });
}
