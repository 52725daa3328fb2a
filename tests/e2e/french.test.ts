/**
 * The French of the text Plume writes, on the seed, every corpus article and every text written for the
 * tests (tests/fixtures/unseen): no Grammalecte error
 * (grammar or typography) that the source does not already have, no word outside the French
 * dictionary unless the source uses it. Grammalecte is required in CI (see tests/support/french.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateArticle } from '../../src/index.js';
import { blockTexts } from '../../src/check/report.js';
import { parseSource } from '../../src/source/parse.js';
import { SPELLER_TIMEOUT, loadSpeller, newGrammarErrors, requireGrammalecte, unknownWords } from '../support/french.js';

const root = join(import.meta.dirname, '..', '..');
const corpus = join(root, 'tests', 'fixtures', 'corpus');
const unseen = join(root, 'tests', 'fixtures', 'unseen');
const inputs = [
  { name: 'seed', path: join(root, 'examples', 'seed.txt') },
  ...readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f, path: join(corpus, f) })),
  ...readdirSync(unseen).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: `unseen/${f}`, path: join(unseen, f) })),
];
const withGrammalecte = requireGrammalecte();

/**
 * Eight known defects, asserted as they are so that any other error fails and their fix is seen: words the
 * source writes, which Grammalecte misreads in the sentence Plume cuts them into ("Mistral AI" read as the
 * verb "ai"; "150 euros brut", which it accepts in the source's longer sentence). The judge fails them.
 */
const KNOWN_GRAMMAR_ERRORS: Readonly<Record<string, readonly string[]>> = {
  'unseen/a-f.txt': ['gv1__ppas_det_nom_avoir__b1_a1_1', 'gv2__conj_le_la_leur_nom__b1_a3_1'],
  'unseen/b-08-transport-greve-sncf.txt': ['g3__gn_nombre_chiffres_1m__b3_a4_1'],
  // "la joueuse de 22 ans originaire de Clermont-Ferrand": Grammalecte agrees "originaire" with "ans"; the source's
  // own sentence, whose context differs only by "58ᵉ" (the source writes "58e"), and its key-figure form.
  'unseen/e-06.txt': ['g3__gn_nombre_chiffres_1m__b3_a4_1', 'g3__gn_nombre_chiffres_1m__b3_a4_1'],
  // "la 11ᵉ édition du Vendée Globe": Grammalecte takes the race for the département, feminine; the source's own
  // sentence, whose context differs only by "11ᵉ" (the source writes "11e"), in the H1 and in the lead.
  'unseen/h-04-voile-vendee-globe.txt': ['g3__gn_du_1m__b1_a1_1', 'g3__gn_du_1m__b1_a1_1'],
  // "l’adjointe au maire chargée de la sécurité": Grammalecte agrees "chargée" with "maire", not with "adjointe"; the
  // source's title of the deputy mayor, in the answers to "Qui est Nathalie Debuire ?", "Que dit Nathalie Debuire ?"
  // and "Qui prend la parole ?", whose contexts are not the source's sentence.
  'unseen/j-10-faits-divers-incendie-immeuble.txt': ['g3__gn_det_mas_sing_2m__b1_a2_1', 'g3__gn_det_mas_sing_2m__b1_a2_1', 'g3__gn_det_mas_sing_2m__b1_a2_1'],
  // "le nombre de tués": Grammalecte takes the noun "tués" for a verb that "de" should put in the infinitive, in the
  // source's sentence as in the lead, where split-long cuts it at ", mais" ("… sur un an. Mais le nombre de tués…").
  'unseen/l-01-securite-routiere-bilan.txt': ['g3__infi_de_verbe__b6_a1_1'],
  // "les petits sortent de l’œuf déjà formés": Grammalecte agrees "formés" with "œuf", not with "les petits", in the
  // source's sentence that split-long ends there (", ce qui lui permet…" → ". Cela lui permet…").
  'unseen/m-02-science-nouvelle-espece.txt': ['g3__gn_l_2m__b2_a4_1'],
  // "Le niveau de risque relevé à « élevé »": Grammalecte takes "à" for the verb "a" and "élevé" for a verb that it
  // should put in the infinitive, in the source's bullet, whose context the lead changes (its bullets end on a full
  // stop); and "l’Anses", the name of the French health-safety agency, which it reads as the plural noun "anses"
  // after "l’", in the lists of names, the FAQ and the recap, whose contexts are not the source's.
  'unseen/o-06-agriculture-grippe-aviaire.txt': ['g2__conf_a_à_verbe__b15_a2_1', 'g2__conf_a_à_verbe__b15_a3_1', 'g3__gn_l_1m__b1_a1_1', 'g3__gn_l_1m__b2_a1_1', 'g3__gn_l_1m__b2_a1_1', 'g3__gn_l_1m__b1_a1_1', 'g3__gn_l_1m__b2_a1_1'],
};

/**
 * The sentences that list the article's names take any name: a team named in the plural ("les Charlotte Hornets"),
 * which Grammalecte agrees with "les" after some verbs ("ce dossier met en avant les Charlotte Hornets": gn_les_1m),
 * or a name of several words. Every variant, filled as the conclusion and the FAQ fill them.
 */
describe('the templates that list names', () => {
  const templates = JSON.parse(readFileSync(join(root, 'templates', 'sentences.json'), 'utf8')) as Record<string, string | string[]>;
  const lists = ['les Charlotte Hornets, la NBA et l’ASVEL', 'les Philippines, le Phivolcs et l’île de Negros', 'Écologie et solidarités, Anne-Sophie Renaud et la Somme'];
  const variants = Object.entries(templates)
    .filter(([id]) => id === 'conclusion.actors' || id.endsWith('.actors.a'))
    .flatMap(([id, value]) => [value].flat().map((text) => [id, text] as const));

  it.skipIf(!withGrammalecte).each(variants)('%s: "%s" adds no grammar error', (_, text) => {
    const lines = lists.map((list) => text.replace('{{list}}', list));
    expect(newGrammarErrors(lines, '')).toEqual([]);
  });
});

// The speller loads once for the file, with time of its own (see loadSpeller).
beforeAll(() => loadSpeller(), SPELLER_TIMEOUT);

describe.each(inputs)('$name', ({ name, path }) => {
  const raw = readFileSync(path, 'utf8');
  const instruction = parseSource(raw).instruction;
  const source = instruction ? raw.slice(raw.indexOf('\n') + 1) : raw;
  const article = generateArticle(raw);
  const lines = blockTexts(article.blocks).map((t) => t.text);

  it.skipIf(!withGrammalecte)('adds no grammar or typography error to the source', { timeout: 60_000 }, () => {
    expect(newGrammarErrors(lines, source).map((error) => error.rule)).toEqual(KNOWN_GRAMMAR_ERRORS[name] ?? []);
  });

  it('writes no word the dictionary does not know, unless the source has it', { timeout: 60_000 }, async () => {
    expect(await unknownWords(lines.join('\n'), source)).toEqual([]);
  });
});
