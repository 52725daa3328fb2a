/** A subject named by its class (src/writing/class-anaphor.ts) points back at a name the sentence does not give. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pointsBackByClass, storyWords } from '../../src/writing/class-anaphor.js';
import { generateArticle } from '../../src/index.js';
import type { Sentence } from '../../src/types.js';

const sentence = (id: string, text: string, origin: Sentence['origin'] = 'body'): Sentence => ({ id, text, origin, paragraph: origin === 'bullet' ? -1 : 0 }) as Sentence;
/** The story of a source with this headline (none: undefined) and these sentences. */
const storyOf = (title: string | undefined, sentences: readonly Sentence[]): ReadonlySet<string> => storyWords({ texts: [title ?? '', ...sentences.map((s) => s.text)], sentences });

describe('pointsBackByClass', () => {
  const story = storyOf('Canicule : 42 départements en vigilance orange', [sentence('s1', 'Météo-France a placé jeudi 42 départements en vigilance orange.')]);
  it.each([
    // The class alone, with its adjective, after a fronted phrase: which one?
    ['L’institut n’exclut pas un passage en vigilance rouge.', true],
    ['L’association demande le recrutement d’agents supplémentaires.', true],
    ['Le constructeur européen reste devant Boeing.', true],
    ['Depuis 2024, le groupe intègre aussi les écrans situés hors du domicile.', true],
    // A name after the noun, after its adjective or in apposition says which one.
    ['Le groupe Hollister a annoncé la fermeture du site.', false],
    ['Le constructeur européen Airbus reste devant Boeing.', false],
    ['L’entraîneur lyonnais, Pierre Sage, compte sur sa vitesse.', false],
    ['Le club, l’Olympique lyonnais, a officialisé l’arrivée.', false],
    // A complement says which one.
    ['L’usine de sèche-linge d’Amiens fermera en juin.', false],
    ['Le laboratoire qui a conduit l’essai a déposé une demande.', false],
    // Nouns of no class: what a story has one of, or a thing, not a body.
    ['Le gouvernement a salué une excellente nouvelle.', false],
    ['La préfecture a interdit les épreuves sportives.', false],
    // Plural and indefinite subjects speak of no one named before.
    ['Les associations demandent des contrôles.', false],
    ['Une association demande des contrôles.', false],
    // The class of a name, written with its capital, is the name.
    ['La Société générale a publié ses résultats.', false],
  ])('%s → %s', (text, expected) => {
    expect(pointsBackByClass(text, story)).toBe(expected);
  });

  it('reads a class the story is about as its own: the headline, the bullets or the first sentence say a noun of its kind', () => {
    const institut = 'L’institut a coordonné l’étude avec l’université de Sydney.';
    const usine = 'L’usine est le deuxième employeur industriel de l’agglomération.';
    expect(pointsBackByClass(institut, storyOf('Un institut confirme les bienfaits de la marche', []))).toBe(false);
    // Another noun of the same kind: the start-up of the first sentence is "l’entreprise" further on.
    const startUp = storyOf('Mistral AI lève 600 millions d’euros', [sentence('s1', 'La start-up française Mistral AI a annoncé mardi une levée de fonds.')]);
    expect(pointsBackByClass('L’entreprise compte aujourd’hui environ 60 salariés.', startUp)).toBe(false);
    expect(pointsBackByClass('L’association réclame des aides.', startUp)).toBe(true);
    expect(pointsBackByClass(usine, storyOf(undefined, [sentence('s1', 'Le groupe Hollister a annoncé la fermeture de son usine d’Amiens.'), sentence('s2', 'Autre chose.')]))).toBe(false);
    expect(pointsBackByClass(usine, storyOf(undefined, [sentence('b1', 'Hollister ferme deux usines en France.', 'bullet')]))).toBe(false);
    // Only the first body sentence is the story's: a later one names things the story is not about.
    expect(pointsBackByClass(usine, storyOf(undefined, [sentence('s1', 'Hollister annonce 412 suppressions d’emplois.'), sentence('s2', 'Son usine d’Amiens fermera.')]))).toBe(true);
  });
});

describe('the FAQ and the conclusion', () => {
  it('answer with no sentence whose subject is a class the story does not name ("l’institut n’exclut pas…" for Météo-France)', () => {
    const text = readFileSync(new URL('../fixtures/unseen/d-07.txt', import.meta.url), 'utf8');
    for (const seed of [0, 1, 2]) {
      const article = generateArticle(text, { seed });
      const told = article.blocks.flatMap((b) => (b.type === 'faq' ? b.items.flatMap((i) => i.answer) : b.type === 'paragraph' ? b.sentences : []));
      expect(told.filter((s) => /institut n’exclut/u.test(s.text)).map((s) => s.provenance.template)).toEqual(['source']);
    }
  });
  it('recap no sentence whose subject is a class the story does not name ("Pour conclure, l’organisation estime…")', () => {
    const text = readFileSync(new URL('../fixtures/unseen/b-10-diplomatie-soudan-treve.txt', import.meta.url), 'utf8');
    for (const seed of [0, 1, 2]) {
      const recaps = generateArticle(text, { seed }).blocks.flatMap((b) => (b.type === 'paragraph' ? b.sentences : [])).filter((s) => s.provenance.template.startsWith('conclusion.'));
      expect(recaps.length).toBeGreaterThan(0);
      expect(recaps.some((s) => /l’organisation estime/u.test(s.text))).toBe(false);
    }
  });
  it('list no key figure whose subject is a class the story does not name ("l’organisation réclame la création de 20 000 places")', () => {
    const text = readFileSync(new URL('../fixtures/unseen/i-06-education-parcoursup-bilan.txt', import.meta.url), 'utf8');
    for (const seed of [0, 1, 2]) {
      const items = generateArticle(text, { seed }).blocks.flatMap((b) => (b.type === 'list' ? b.items : []));
      expect(items.some((i) => /l’organisation réclame/u.test(i.sentence.text))).toBe(false);
    }
  });
});
