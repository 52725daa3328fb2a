/** The intros of lists (src/writing/blocks/intros.ts): they agree with the number of items they announce. */
import { describe, expect, it } from 'vitest';
import { listIntro } from '../../../src/writing/blocks/intros.js';
import { createChooser } from '../../../src/writing/variety.js';
import { createGuard } from '../../../src/writing/guard.js';
import { tallied } from '../../../src/writing/readability-tally.js';
import type { WriteContext } from '../../../src/writing/context.js';
import type { ListItem } from '../../../src/types.js';

// listIntro reads the chooser, the guard, the keyphrase and the names of the context.
const context = (seed: number, names: WriteContext['names'] = [], texts: readonly string[] = []): WriteContext =>
  ({ chooser: createChooser(7, seed), guard: tallied(createGuard()), keyphrase: { text: 'Airbus', withDeterminer: 'Airbus', proper: true }, names, texts }) as unknown as WriteContext;
const item = (label: string): ListItem => ({ label, sentence: { text: 'définition', provenance: { sources: [], template: `glossary:${label}` } } });
const textOf = (draft: ReturnType<typeof listIntro>): string => (draft?.type === 'paragraph' ? draft.sentences.map((s) => s.text).join(' ') : '');

describe('listIntro', () => {
  it.each([0, 1, 2, 3, 4, 5])('announces one glossary term in the singular (seed %i)', (seed) => {
    const text = textOf(listIntro(context(seed), 'glossary', [item('motoriste')]));
    expect(text).toContain('motoriste');
    expect(text).not.toMatch(/\btermes\b|\bun termes\b/iu);
  });

  it.each([0, 1, 2, 3, 4, 5])('announces several terms in the plural, by name or by their number (seed %i)', (seed) => {
    const text = textOf(listIntro(context(seed), 'glossary', [item('motoriste'), item('cadence'), item('gros-porteur')]));
    expect(text).toMatch(/le motoriste, la cadence et le gros-porteur|Trois termes|du motoriste, de la cadence et du gros-porteur/u);
  });

  it.each([0, 1, 2, 3, 4, 5])('lists terms with their articles, never bare nouns that read as adjectives ("rétrospective et communiqué", seed %i)', (seed) => {
    const text = textOf(listIntro(context(seed), 'glossary', [item('sculpture'), item('rétrospective'), item('communiqué')]));
    expect(text).not.toMatch(/rétrospective et communiqué/u);
  });

  it.each([0, 1, 2, 3, 4, 5])('lists people and bodies as the article names them elsewhere ("et la CRE", seed %i)', (seed) => {
    const names = [{ name: 'CRE', display: 'la CRE', count: 4 }, { name: 'Alain Dufresne', display: 'Alain Dufresne', count: 2 }] as unknown as WriteContext['names'];
    const text = textOf(listIntro(context(seed, names), 'people', [item('Alain Dufresne'), item('CRE')]));
    expect(text).not.toMatch(/et CRE\b/u);
    expect(text).toMatch(/Alain Dufresne et la CRE|Deux acteurs/u);
  });

  it.each([0, 1, 2, 3, 4, 5])('names a term with the article the source gives it, where the lexicon has none ("le Vendée Globe", seed %i)', (seed) => {
    const texts = ['Le départ du Vendée Globe sera donné dimanche aux Sables-d’Olonne.', 'Trente-trois skippers prennent part au Vendée Globe, selon les organisateurs.'];
    const text = textOf(listIntro(context(seed, [], texts), 'glossary', [item('skipper'), item('Vendée Globe')]));
    expect(text).toMatch(/(?:et le|et du) Vendée Globe|Deux termes/u);
    expect(text).not.toMatch(/(?:et|de) Vendée Globe/u);
  });

  it.each([0, 1, 2, 3, 4, 5])('takes from the source its article, not its plural: a term is defined in the singular ("des TER", seed %i)', (seed) => {
    const texts = ['La grève perturbe la circulation des TER dans toute la région.'];
    const text = textOf(listIntro(context(seed, [], texts), 'glossary', [item('grève'), item('TER')]));
    expect(text).toMatch(/(?:et le|et du) TER|Deux termes/u);
    expect(text).not.toMatch(/\b(?:les|des) TER\b/u);
  });

  it.each([0, 1, 2, 3, 4, 5])('leaves bare a name the source writes bare and the lexicon does not know ("Météo-France", seed %i)', (seed) => {
    const texts = ['Selon Météo-France, les pluies dureront jusqu’à jeudi.'];
    const text = textOf(listIntro(context(seed, [], texts), 'glossary', [item('vigilance orange'), item('Météo-France')]));
    expect(text).toMatch(/(?:et|de) Météo-France|Deux termes/u);
  });

  // The source says it bare ("selon France Travail"), which, for a name the lexicon knows the head of, is no evidence
  // against a country's article ("en France"): lexicon/gender.json lists it as a name said without one.
  it('says "France Travail" without an article, as the press does, not "la France Travail"', () => {
    const texts = ['Selon France Travail, le nombre de demandeurs d’emploi a baissé de 2 % au troisième trimestre.'];
    const text = textOf(listIntro(context(1, [], texts), 'glossary', [item('demandeur d’emploi'), item('France Travail')]));
    expect(text).toMatch(/(?:et|de) France Travail/u);
  });
});
