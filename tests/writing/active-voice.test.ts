import { describe, expect, it } from 'vitest';
import { toActiveVoice } from '../../src/writing/active-voice.js';
import { isPassiveSentence } from '../../src/seo/assessments/text/passive.js';

describe('toActiveVoice (rule active-voice)', () => {
  it.each([
    ['La décision a été prise par le président Macron lors du sommet de Sandhurst.', 'Le président Macron a pris la décision lors du sommet de Sandhurst.'],
    ['L’œuvre du XIᵉ siècle n’a jamais été prêtée par la France.', 'La France n’a jamais prêté l’œuvre du XIᵉ siècle.'],
    ['Les vaccins ont été achetés par les autorités philippines en 2015.', 'Les autorités philippines ont acheté les vaccins en 2015.'],
    ['Les sites ont été repris par Google.', 'Google a repris les sites.'],
    ['Le projet a été validé par Paris et Berlin.', 'Paris et Berlin ont validé le projet.'],
    ['Le texte avait été voté par le président de la République le 3 mai.', 'Le président de la République avait voté le texte le 3 mai.'],
    ['Le site a été racheté par l’Agence de l’eau en 2015.', 'L’Agence de l’eau a racheté le site en 2015.'],
    ['La lettre a été écrite par la ministre.', 'La ministre a écrit la lettre.'],
    ['Cette usine aurait été vendue par le groupe.', 'Le groupe aurait vendu cette usine.'],
    ['Elle n’a jamais auparavant été prêtée par la France.', 'La France ne l’a jamais auparavant prêtée.'],
    ['Il a été racheté par Google en 2014.', 'Google l’a racheté en 2014.'],
    ['Ils ont été arrêtés par la police.', 'La police les a arrêtés.'],
    ['Le texte a été largement approuvé par les députés de la majorité.', 'Les députés de la majorité ont largement approuvé le texte.'],
    ['La loi a déjà été définitivement adoptée par le Parlement.', 'Le Parlement a déjà définitivement adopté la loi.'],
  ])('%s', (passive, active) => {
    expect(isPassiveSentence(passive)).toBe(true);
    expect(toActiveVoice(passive)).toBe(active);
    expect(isPassiveSentence(active)).toBe(false);
  });

  it.each([
    ['no agent', 'La décision a été prise lors du sommet.'],
    ['a present passive (its conjugation would change)', 'Le vaccin est produit par Sanofi à Lyon.'],
    ['an impersonal pronoun subject', 'On a été reçu par le ministre.'],
    ['an impersonal "il" before an infinitive', 'Il a été décidé par le conseil de fermer l’usine.'],
    ['a subject holding a clause', 'La loi qu’il a votée a été annulée par le Conseil.'],
    ['an agent followed by an apposition', 'Le texte avait été signé par le gouvernement Papadimos, déjà composé du PASOK.'],
    ['a relative clause after the agent', 'Le poste a été confié par le Premier ministre qui sera assisté par un conseiller.'],
    ['a quotation', 'Le texte a été qualifié par le ministre de « très bon ».'],
    ['an active sentence', 'Le président a pris la décision.'],
  ])('leaves %s alone', (_, sentence) => {
    expect(toActiveVoice(sentence)).toBeUndefined();
  });
});
