import { describe, expect, it } from 'vitest';
import { sentenceCased } from '../../src/source/headline-case.js';

describe('sentenceCased', () => {
  const body = [
    'Météo-France a placé lundi onze départements du Nord-Est en vigilance orange. Il fera −12 °C à Strasbourg.',
    'La SNCF prévoit des retards dans l’Est. Nord-Est et Alsace sont touchés.',
  ];

  it.each([
    // Each word as the text writes it away from a sentence's start, lower case otherwise.
    ['VAGUE DE FROID : JUSQU’À −12 °C ATTENDUS DANS LE NORD-EST', 'Vague de froid : jusqu’à −12 °C attendus dans le Nord-Est'],
    ['LA SNCF PRÉVOIT DES RETARDS DANS L’EST', 'La SNCF prévoit des retards dans l’Est'],
    // "Météo-France" opens its sentence only, but a capital inside a word says a name; "Il" opens one.
    ['ALERTE DE MÉTÉO-FRANCE : IL FERA FROID', 'Alerte de Météo-France : il fera froid'],
    // Capitals typed without accents take them back from the text; a word of two letters stays as it is ("a").
    ['LA SNCF PREVOIT DES RETARDS DANS L’EST', 'La SNCF prévoit des retards dans l’Est'],
    // …but not a final é, which may be the participle of a verb the headline says in the present ("a placé").
    ['METEO-FRANCE PLACE ONZE DEPARTEMENTS EN VIGILANCE', 'Météo-France place onze départements en vigilance'],
    // "A" is the preposition before an article, a figure or a word the text writes after "à"; the verb otherwise.
    ['RETARDS A LA SNCF', 'Retards à la SNCF'],
    ['IL FERA −12 °C A STRASBOURG', 'Il fera −12 °C à Strasbourg'],
    ['JUSQU’À −12 °C : LA SNCF A DES RETARDS', 'Jusqu’à −12 °C : la SNCF a des retards'],
  ])('%s → %s', (headline, expected) => {
    expect(sentenceCased(headline, body)).toBe(expected);
  });

  it.each([
    ['Vague de froid : jusqu’à −12 °C dans le Nord-Est'],
    ['SNCF'],
    ['La SNCF et la RATP en grève'],
  ])('leaves a headline with lower case, or of one word in capitals, as it is: %s', (headline) => {
    expect(sentenceCased(headline, body)).toBe(headline);
  });
});
