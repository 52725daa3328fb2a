/** Subheadings (src/writing/blocks/headings.ts). */
import { describe, expect, it } from 'vitest';
import { isFallbackHeading, isNounPhrase, topicHeading } from '../../../src/writing/blocks/headings.js';
import type { Keyphrase } from '../../../src/types.js';
import { createChooser } from '../../../src/writing/variety.js';
import { createGuard } from '../../../src/writing/guard.js';
import { tallied } from '../../../src/writing/readability-tally.js';
import type { WriteContext } from '../../../src/writing/context.js';

describe('isNounPhrase', () => {
  it.each([
    ['Le parcours sportif', true],
    ['Une attaque à six kilomètres de l’arrivée', true],
    ['Les enjeux économiques du projet', true],
    // A source's subheading may be a sentence: the FAQ cannot ask "Que sait-on du maillot jaune résiste ?".
    ['Le maillot jaune résiste', false],
    ['Les industriels s’inquiètent', false],
    ['La majorité adopte le budget', false],
    // A word both noun and verb is the verb after a noun, the noun after an article or a preposition.
    ['Le long-courrier reste à la traîne', false],
    ['La grève continue', false],
    ['Le reste du budget', true],
    ['La fin de la grève', true],
    // Unsure: "politique" may be a verb form.
    ['Le contexte politique', false],
  ])('%s → %s', (heading, expected) => {
    expect(isNounPhrase(heading)).toBe(expected);
  });
});

describe('topicHeading: a topic\'s label heads one section', () => {
  const context = (): WriteContext =>
    ({ chooser: createChooser(7, 0), guard: tallied(createGuard()), keyphrase: { text: 'Airbus', withDeterminer: 'Airbus', proper: true }, sentences: [], phrases: [] }) as unknown as WriteContext;
  const LABELS = ['Le volet politique', 'Le contexte politique', 'Les enjeux politiques'];
  it.each([0, 1, 2])('gives a second section of the same topic another heading than its labels (slot %i)', (slot) => {
    const c = context();
    const used = new Set<string>();
    const first = topicHeading(c, { labels: LABELS }, `section:${slot}`, used, 2);
    const second = topicHeading(c, { labels: LABELS }, `section:${slot + 1}`, used, 2, ['s4', 's5']);
    expect(LABELS).toContain(first.text);
    expect(LABELS).not.toContain(second.text);
    expect(second.text).not.toBe(first.text);
    // Its provenance: the section's sentences.
    expect(second.provenance.sources).toEqual(['s4', 's5']);
  });
});

describe('topicHeading: a section whose topic has no label left names a phrase it says', () => {
  const phrase = (text: string, withDeterminer: string, proper = false): Keyphrase => ({ text, withDeterminer, proper });
  const SENTENCES = [
    { id: 's1', text: 'Le préfet a mis en place une zone de surveillance de 20 kilomètres.' },
    { id: 's2', text: 'Dans la zone de surveillance, les volailles sont confinées.' },
    { id: 's3', text: 'La quarantaine de musées concernés a fermé.' },
    { id: 's4', text: 'Il juge que le projet de zone commerciale divise le conseil.' },
    { id: 's5', text: 'Des opposants au projet de zone commerciale manifestent.' },
  ];
  const context = (phrases: readonly Keyphrase[], keyphrase = phrase('grippe aviaire', 'la grippe aviaire')): WriteContext =>
    ({ chooser: createChooser(7, 0), guard: tallied(createGuard()), keyphrase, sentences: SENTENCES, phrases }) as unknown as WriteContext;
  const LABELS = { labels: ['Le contexte sanitaire'] };
  const second = (c: WriteContext, sources = ['s1', 's2']): ReturnType<typeof topicHeading> => {
    const used = new Set<string>();
    topicHeading(c, LABELS, 'section:0', used, 2, ['s0']);
    return topicHeading(c, LABELS, 'section:1', used, 2, sources);
  };

  it('heads it with the phrase and its article, which the FAQ may ask about', () => {
    const heading = second(context([phrase('zone de surveillance', 'la zone de surveillance')]));
    expect(heading.text).toBe('La zone de surveillance');
    expect(heading.about).toBe('zone de surveillance');
    expect(heading.withKeyphrase).toMatch(/^Grippe aviaire\s: la zone de surveillance$/u);
    expect(heading.provenance).toEqual({ sources: ['s1', 's2'], template: 'rule.phrase-heading:section:1' });
  });

  it.each([
    ['a phrase the section does not say', [phrase('niveau de risque', 'le niveau de risque')], ['s1', 's2']],
    ['a name', [phrase('Jean-Marc Delorme', 'Jean-Marc Delorme', true)], ['s1', 's2']],
    ['a noun alone', [phrase('surveillance', 'la surveillance')], ['s1', 's2']],
    ['an amount', [phrase('quarantaine de musées', 'la quarantaine de musées')], ['s3']],
    ['a phrase the text always says inside a longer one', [phrase('projet de zone', 'le projet de zone')], ['s4', 's5']],
    ['a phrase that shares a word with the keyphrase', [phrase('zone de surveillance', 'la zone de surveillance')], ['s1', 's2'], phrase('zone de protection', 'la zone de protection')],
  ] as const)('falls back to a heading that names nothing rather than %s', (_, phrases, sources, keyphrase?: Keyphrase) => {
    const heading = second(context(phrases, keyphrase), [...sources]);
    expect(heading.about).toBeUndefined();
    expect(isFallbackHeading(heading.text)).toBe(true);
  });

  it('names a phrase once: a second section takes the next one', () => {
    const c = context([phrase('zone de surveillance', 'la zone de surveillance')]);
    const used = new Set<string>();
    topicHeading(c, LABELS, 'section:0', used, 2, ['s0']);
    expect(topicHeading(c, LABELS, 'section:1', used, 2, ['s1']).about).toBe('zone de surveillance');
    expect(topicHeading(c, LABELS, 'section:2', used, 2, ['s2']).about).toBeUndefined();
  });
});

describe('topicHeading: a section that names no salient phrase is headed by the subject of one of its sentences', () => {
  const SENTENCES = [
    { id: 's1', text: 'Le texte prévoit des sanctions.' },
    { id: 's2', text: 'La couverture vaccinale reste insuffisante.' },
    { id: 's3', text: 'La campagne de vaccination, qui devait se terminer le 31 janvier, a été prolongée.' },
    { id: 's4', text: 'Le ministre de la Santé, Frédéric Aubin, appelle à la vigilance.' },
    { id: 's5', text: 'La moitié des lits est occupée.' },
    { id: 's6', text: 'Le pic de janvier est attendu.' },
    { id: 's7', text: 'Il reste des doses.' },
    { id: 's8', text: 'Le parquet de Lyon a ouvert une enquête.' },
  ];
  const context = (keyphrase = 'épidémie de grippe'): WriteContext =>
    ({ chooser: createChooser(7, 0), guard: tallied(createGuard()), keyphrase: { text: keyphrase, withDeterminer: `l’${keyphrase}`, proper: false }, sentences: SENTENCES, phrases: [] }) as unknown as WriteContext;
  const heading = (sources: string[], c = context(), used = new Set<string>()): ReturnType<typeof topicHeading> => topicHeading(c, { labels: [] }, 'section:1', used, 2, sources);

  it('heads it with the subject of its first sentence that has one of two words or more, which the FAQ may ask about', () => {
    const named = heading(['s1', 's2', 's3']);
    expect(named.text).toBe('La couverture vaccinale');
    expect(named.about).toBe('couverture vaccinale');
    expect(named.withKeyphrase).toMatch(/^Épidémie de grippe\s: la couverture vaccinale$/u);
    expect(named.provenance).toEqual({ sources: ['s1', 's2', 's3'], template: 'rule.subject-heading:section:1' });
  });

  it('takes a subject a relative clause follows, without the clause', () => {
    expect(heading(['s3']).text).toBe('La campagne de vaccination');
  });

  it('names a person\'s post, or a phrase a name completes, only when no other subject heads the section', () => {
    expect(heading(['s4', 's3']).text).toBe('La campagne de vaccination');
    expect(heading(['s4', 's7']).text).toBe('Le ministre de la Santé');
    expect(heading(['s8', 's2']).text).toBe('La couverture vaccinale');
    expect(heading(['s8', 's7']).text).toBe('Le parquet de Lyon');
  });

  it.each([
    ['a noun alone', ['s1']],
    ['an amount', ['s5']],
    ['a phrase that dates', ['s6']],
    ['a pronoun', ['s7']],
  ])('falls back to a heading that names nothing rather than %s', (_, sources) => {
    const named = heading(sources);
    expect(named.about).toBeUndefined();
    expect(isFallbackHeading(named.text)).toBe(true);
  });

  it('names no word of the keyphrase, which its keyphrase variant says already', () => {
    expect(heading(['s3', 's2'], context('campagne de vaccination')).text).toBe('La couverture vaccinale');
  });

  it('names a subject once: a second section takes its next one', () => {
    const c = context();
    const used = new Set<string>();
    expect(heading(['s2', 's3'], c, used).text).toBe('La couverture vaccinale');
    expect(heading(['s2', 's3'], c, used).text).toBe('La campagne de vaccination');
  });

  it('comes after the topic\'s label, and before the label of the story\'s main topic that the section does not say', () => {
    const used = new Set<string>();
    expect(topicHeading(context(), { labels: ['Le volet sanitaire'] }, 'section:0', used, 2, ['s2']).text).toBe('Le volet sanitaire');
    expect(topicHeading(context(), { labels: [], loose: ['Le contexte sanitaire'] }, 'section:1', new Set(), 2, ['s2']).text).toBe('La couverture vaccinale');
    expect(topicHeading(context(), { labels: [], loose: ['Le contexte sanitaire'] }, 'section:1', new Set(), 2, ['s7']).text).toBe('Le contexte sanitaire');
    // Once one of its labels heads a section, the topic heads no other.
    expect(isFallbackHeading(topicHeading(context(), { labels: [], loose: ['Le contexte sanitaire'] }, 'section:2', new Set(['Le contexte sanitaire']), 2, ['s7']).text)).toBe(true);
  });
});

describe('topicHeading: a subject of one word, a roundabout', () => {
  const SENTENCES = [
    { id: 'a1', text: 'L’accident s’est produit vers 7 h 45 sur la ligne Bordeaux-Périgueux.' },
    { id: 'a2', text: 'Le camion s’est retrouvé immobilisé sur les voies.' },
    { id: 'a3', text: 'Le conducteur du poids lourd a réussi à quitter sa cabine.' },
    { id: 'a4', text: 'Une enquête doit établir les causes de l’accident.' },
    { id: 'v1', text: 'L’homme a été interpellé mardi.' },
    { id: 'v2', text: 'Selon les enquêteurs, l’homme était connu des services.' },
    { id: 'v3', text: 'Le groupe a confirmé l’information.' },
    { id: 'v4', text: 'Le groupe emploie des milliers de personnes.' },
    { id: 'v5', text: 'La mesure intègre les écrans situés hors du domicile.' },
    { id: 'v6', text: 'Médiamétrie mesure l’audience.' },
    { id: 'r1', text: 'L’avionneur européen conserve sa place de premier constructeur mondial.' },
    { id: 'r2', text: 'La cryptomonnaie la plus connue s’échangeait à 71 450 dollars.' },
    { id: 'r3', text: 'L’indice parisien affiche une progression de 7,7 %.' },
    { id: 'r4', text: 'Les retards des fournisseurs pèsent sur les cadences.' },
    { id: 'p1', text: 'Le groupe placebo a reçu une injection sans vaccin.' },
    { id: 'u1', text: 'L’euro s’échangeait à 1,0874 dollar vers 17h30.' },
    { id: 'u2', text: 'Le pétrole a reculé de 1,1 %.' },
    { id: 'u3', text: 'La société a levé 600 millions d’euros.' },
  ];
  const context = (): WriteContext =>
    ({ chooser: createChooser(7, 0), guard: tallied(createGuard()), keyphrase: { text: 'Airbus', withDeterminer: 'Airbus', proper: true }, sentences: SENTENCES, phrases: [] }) as unknown as WriteContext;
  const heading = (sources: string[]): ReturnType<typeof topicHeading> => topicHeading(context(), { labels: [] }, 'section:1', new Set(), 2, sources);

  it('heads a section with a noun of one word that its first sentence opens on and the story says again ("L’accident")', () => {
    expect(heading(['a1', 'a2', 'a3']).text).toBe('L’accident');
    expect(heading(['a1', 'a2', 'a3']).about).toBe('accident');
  });

  it.each([
    ['a noun that says almost nothing alone', ['v1', 'v2']],
    ['a noun of a class that stands for a name', ['v3', 'v4']],
    ['a noun the story says again only as a verb', ['v5', 'v6']],
    ['a noun the story says again only as the unit of an amount ("600 millions d’euros")', ['u1', 'u2', 'u3']],
  ])('heads no section with %s', (_, sources) => {
    expect(isFallbackHeading(heading(sources).text)).toBe(true);
  });

  it.each([
    ['a noun of a class and an adjective of place', 'r1'],
    ['a superlative', 'r2'],
    ['an index by its place', 'r3'],
  ])('takes another subject than a roundabout: %s', (_, roundabout) => {
    expect(heading([roundabout, 'r4']).text).toBe('Les retards des fournisseurs');
    expect(isFallbackHeading(heading([roundabout]).text)).toBe(true);
  });

  it('keeps a noun of a class that its adjective says which one of ("Le groupe placebo")', () => {
    expect(heading(['p1']).text).toBe('Le groupe placebo');
  });
});
