import { describe, expect, it } from 'vitest';
import { inPresent } from '../../src/seo/title-present.js';

describe('inPresent', () => {
  it.each([
    ['Esther Kiprono a battu le record du monde', 'Esther Kiprono bat le record du monde'],
    ['Les étudiants ont voté la poursuite du blocage', 'Les étudiants votent la poursuite du blocage'],
    // An adverb of manner follows the verb in the present.
    ['Les prix des carburants ont légèrement reculé', 'Les prix des carburants reculent légèrement'],
    ['Le conseil a adopté le budget, qui a été voté', 'Le conseil adopte le budget, qui a été voté'],
    // A pronominal verb keeps its pronoun, elided before a vowel; its participle may agree with the subject.
    ['Lucas Bertin s’est qualifié pour les demi-finales', 'Lucas Bertin se qualifie pour les demi-finales'],
    ['Léa Morin s’est imposée à Lyon', 'Léa Morin s’impose à Lyon'],
    ['Les syndicats se sont retirés des négociations', 'Les syndicats se retirent des négociations'],
  ])('tells "%s" in the present', (text, present) => {
    expect(inPresent(text)).toBe(present);
  });

  it.each([
    // A passive, "avoir" itself, a negation: the present would say another thing.
    'Le maire a été condamné à deux ans de prison',
    'Le club a eu trois entraîneurs',
    'Le gouvernement n’a pas retenu la proposition',
    'Le club ne s’est pas qualifié pour la finale',
    // An adverb that says when: "a déjà vendu" is not "vend déjà".
    'Le studio a déjà vendu un million d’exemplaires',
    // A verb of a relative clause is not the title's.
    'Le joueur qui a marqué le but',
    // No compound past.
    'Le CAC 40 gagne 1,2 %',
  ])('leaves "%s" as it is', (text) => {
    expect(inPresent(text)).toBeUndefined();
  });
});
