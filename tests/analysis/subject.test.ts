/** The subject a sentence opens on (src/analysis/subject.ts). */
import { describe, expect, it } from 'vitest';
import { subjectOf } from '../../src/analysis/subject.js';

describe('subjectOf', () => {
  it.each([
    // Ended by the verb, a word that only stands before one, or a comma and a relative clause, a participle or a name.
    ['La couverture vaccinale reste insuffisante.', 'La couverture vaccinale'],
    ['La campagne de vaccination, qui devait se terminer le 31 janvier, a été prolongée.', 'La campagne de vaccination'],
    ['La phase complémentaire, ouverte depuis le 11 juin, propose encore des places.', 'La phase complémentaire'],
    ['Le ministre des Affaires étrangères, Jean-Noël Morin, a annoncé une aide.', 'Le ministre des Affaires étrangères'],
    ['Les chefs d’établissement attendent ces précisions.', 'Les chefs d’établissement'],
    ['Le prix de la dose n’a pas été communiqué.', 'Le prix de la dose'],
    ['La marge opérationnelle s’établit à 21,4 %.', 'La marge opérationnelle'],
    // An adjective that stands before its noun, in the phrase or its complement; a superlative.
    ['Les jeunes marques bénéficient d’un espace commun.', 'Les jeunes marques'],
    ['Les systèmes à haut risque devront respecter des obligations.', 'Les systèmes à haut risque'],
    ['Les régions les plus touchées sont l’Asie du Sud-Est et le Pacifique.', 'Les régions les plus touchées'],
    // A complement that is a name.
    ['Le parquet de Bonneville a ouvert une enquête.', 'Le parquet de Bonneville'],
    // After a phrase that sets the scene, with no verb of its own.
    ['En attendant, la coopérative laitière prévoit une baisse de la collecte.', 'La coopérative laitière'],
    ['Au total, les salles françaises ont enregistré 3,9 millions d’entrées.', 'Les salles françaises'],
    // A word both noun and verb is the verb after the noun, the noun after "de".
    ['Le résultat du vote reste incertain.', 'Le résultat du vote'],
  ])('%s → %s', (sentence, subject) => {
    expect(subjectOf(sentence)?.text).toBe(subject);
  });

  it('gives the phrase without its article, its noun, its number and whether a name completes it', () => {
    expect(subjectOf('Les chefs d’établissement attendent ces précisions.')).toEqual({ text: 'Les chefs d’établissement', phrase: 'chefs d’établissement', head: 'chefs', plural: true, named: false });
    expect(subjectOf('Le parquet de Bonneville a ouvert une enquête.')?.named).toBe(true);
    expect(subjectOf('Les nouvelles règles entrent en vigueur.')?.head).toBe('règles');
  });

  it.each([
    // No definite article: a pronoun, a possessive, a demonstrative, an indefinite, a name.
    'Il reste des doses.',
    'Son avocat a dénoncé un dossier fragile.',
    'Cette décision a surpris.',
    'Une enquête a été ouverte.',
    'Airbus a livré 766 avions.',
    // Where it ends is unsure: a preposition that may open an adverbial, "et", a figure, a restrictive relative.
    'Les chercheurs interrogés par le ministère estiment que…',
    'Les prix et les salaires augmentent.',
    'Les 2 500 vélos seront accessibles gratuitement.',
    'Les personnes qui le souhaitent peuvent s’inscrire.',
    // A comma that lists ("Les écoles, les crèches…") is no end of a subject.
    'Les écoles, les crèches et les mairies sont fermées.',
    // An infinitive opens a clause: "La décision de fermer" is not all the subject.
    'La décision de fermer l’usine a surpris.',
    // A phrase before the comma with a verb is a clause, not a scene.
    'Si la tendance se confirme, les prix alimentaires devraient baisser.',
    // A name at its head.
    'La Banque de France a revu sa prévision.',
  ])('finds no subject in "%s"', (sentence) => {
    expect(subjectOf(sentence)).toBeUndefined();
  });
});
