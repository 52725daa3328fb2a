/** What a figure is to its sentence (src/analysis/references.ts), as findNumbers reads it, and how a list cites it (listedAs). */
import { describe, expect, it } from 'vitest';
import { findNumbers, listedAs } from '../../src/analysis/numbers.js';

/** The figures of `sentence` a list of figures may cite, as it cites them. */
const listed = (sentence: string): string[] => findNumbers(sentence).flatMap((n) => listedAs(n) ?? []);
/** The figures of `sentence` that are references. */
const references = (sentence: string): string[] => findNumbers(sentence).filter((n) => n.reference).map((n) => n.text);

describe('findNumbers: references', () => {
  it.each([
    // The base of a rate.
    ['Le taux atteint 312 cas pour 100 000 habitants.', ['100 000 habitants']],
    ['On compte 3,5 décès sur 1 000 naissances.', ['1 000 naissances']],
    ['Elle consomme 5 litres aux 100 kilomètres.', ['100 kilomètres']],
    // The bound of a group: an age, a size.
    ['Les enfants de moins de 15 ans restent les plus touchés.', ['15 ans']],
    ['La réforme vise les demandeurs d’emploi de moins de 55 ans.', ['55 ans']],
    ['Seuls 51,3 % des personnes âgées de 65 ans et plus ont été vaccinées.', ['65 ans']],
    ['Le vaccin est recommandé chez les personnes âgées de plus de 75 ans.', ['75 ans']],
    ['Le vote est ouvert à partir de 16 ans.', ['16 ans']],
    ['Près de 40 % des personnes hospitalisées avaient plus de 65 ans.', ['65 ans']],
    ['Le taux de chômage des 50 ans ou plus reste stable.', ['50 ans']],
    ['Les communes de moins de 3 500 habitants sont exemptées.', ['3 500 habitants']],
    ['Les entreprises de plus de 50 salariés devront publier leurs écarts.', ['50 salariés']],
    // A person's age.
    ['Karim Haddad, 34 ans, et Yannick Morvan, 51 ans, avaient chuté.', ['34 ans', '51 ans']],
    ['Une femme de 78 ans a été secourue.', ['78 ans']],
    ['La Kényane de 27 ans a remporté le marathon.', ['27 ans']],
    ['Deux suspects, âgés de 24 et 31 ans, ont été interpellés.', ['31 ans']],
    ['Il est mort à 72 ans dans un accident.', ['72 ans']],
    ['Elle est morte à Paris, à l’âge de 91 ans.', ['91 ans']],
    ['À 19 ans, l’ailier devient le quatrième Français choisi.', ['19 ans']],
    // An age after "à", inside the sentence: someone's, or one a rule sets.
    ['Fille d’ouvriers du textile, Madeleine Sorel entre à 17 ans à l’École des beaux-arts de Lille.', ['17 ans']],
    ['Né à Libreville, il était arrivé à Paris à 19 ans pour étudier le droit.', ['19 ans']],
    ['Le syndicat, qui réclame de longue date un retour à 62 ans, n’a pas encore arrêté sa position.', ['62 ans']],
    ['Le réacteur pourra fonctionner jusqu’à 50 ans, sous réserve des prochaines visites.', ['50 ans']],
    // The whole of a part: the part is the figure.
    ['Selon l’ARS, 79 des 87 personnes touchées n’étaient pas vaccinées.', ['87 personnes']],
    ['La nouvelle liste obtient 23 des 33 sièges du conseil municipal.', ['33 sièges']],
    // A length that says when only from another fact.
    ['Les deux sœurs se retrouvent 30 ans plus tard dans un village.', ['30 ans']],
    ['Trente ans plus tard, les deux sœurs se retrouvent.', ['Trente ans']],
    // An hour of the day.
    ['Les urgences ferment entre 20 heures et 8 heures.', ['20 heures', '8 heures']],
    ['Le tramway circule de 5 heures à minuit.', ['5 heures']],
    ['La finale, diffusée à partir de 21 heures, a réuni 6,2 millions de téléspectateurs.', ['21 heures']],
    // A threshold or a target beside a measure of the same kind.
    ['Seuls 51,3 % ont été vaccinés, alors que l’objectif fixé par l’Organisation mondiale de la santé est de 75 %.', ['75 %']],
    ['Le parc atteint 12 GW, loin de l’objectif de 18 GW en 2035 et de 45 GW en 2050.', ['18 GW', '45 GW']],
  ])('%s', (sentence, expected) => {
    expect(references(sentence)).toEqual(expected);
  });

  it.each([
    // An extent, a price, a length of time, a measure of a group's own: measures of the news.
    'Les travaux portent sur 1 000 kilomètres de voies.',
    'Le menu est proposé pour 100 euros.',
    'Il a été condamné à une peine de 12 ans.',
    'Il purge une peine de plus de 10 ans.',
    'Il a été condamné à 12 ans.',
    'Il a été condamné à 20 ans de prison.',
    'Le chantier a duré plus de 15 ans.',
    'Des rafales de plus de 100 km/h sont attendues.',
    'Les chercheurs ont analysé les données de plus de 160 000 personnes.',
    'Une motion peut être déposée dans les 24 heures.',
    'Le débat a duré 10 heures.',
    // Alone, a threshold may be the news itself.
    'La dette publique a franchi la barre des 3 300 milliards d’euros.',
    'La programmation fixe un objectif de 18 GW en 2035 et de 45 GW en 2050.',
    // A figure the sentence compares with a threshold is no threshold.
    'Au total, 25 % des annonces dépassaient encore le plafond autorisé, contre 34 % en 2023.',
  ])('keeps a measure: %s', (sentence) => {
    expect(references(sentence)).toEqual([]);
  });
});

describe('findNumbers: what a bare share is of', () => {
  it.each([
    ['Près de 40 % des personnes hospitalisées avaient plus de 65 ans.', '40 % des personnes hospitalisées'],
    ['Selon la chambre, près de 8 % du cheptel départemental pourrait être abattu.', '8 % du cheptel départemental'],
    ['Le chômage atteint 7,8 % de la population active, selon l’Insee.', '7,8 % de la population active'],
    ['Selon EDF, 72 % des foyers de l’île étaient privés de courant.', '72 % des foyers de l’île'],
    ['La liste arrive en tête avec 31,4 % des voix, devant celle de Thierry Vasseur.', '31,4 % des voix'],
    ['Jusqu’à 40 % des TER pourraient être supprimés.', '40 % des TER'],
    // A participle cut from its own complement says it half.
    ['Environ 80 % des principes actifs utilisés en Europe viennent de Chine.', '80 % des principes actifs'],
    ['Seuls 24 % des personnes interrogées lui accordent leur confiance.', '24 % des personnes interrogées'],
    // "de" and an adjective before its noun: the figure goes on to the noun.
    ['Elle reste en tête avec 41 % de bonnes opinions.', '41 % de bonnes opinions'],
  ])('%s', (sentence, expected) => {
    expect(listed(sentence)).toContain(expected);
  });

  it.each([
    // Nothing says what it is of.
    'Le taux est en hausse de 46 % sur une semaine.',
    'La participation atteint 58,3 %.',
    // The size of a change, not a share ("une chute de 35 % des ventes" is no 35 % of the sales).
    'Elle invoque une chute de 35 % des ventes de sèche-linge.',
    'La grève entraîne l’annulation de 40 % des vols.',
    // One of a series that "de" opens.
    'Trois aéroports subissent des réductions respectives de 30 %, 25 % et 50 % des vols.',
    // A possessive points back.
    'L’alouette des champs a perdu 41 % de ses effectifs.',
    // A figure inside the phrase may have its own bound after it ("65 ans et plus").
    'Seuls 51,3 % des personnes âgées de 65 ans et plus ont été vaccinées.',
    // A threshold's share: no one won 10 % of the votes.
    'Ces trois listes ont franchi la barre des 10 % des suffrages exprimés.',
  ])('lists no share: %s', (sentence) => {
    expect(listed(sentence).filter((figure) => figure.includes('%'))).toEqual([]);
  });
});

describe('listedAs', () => {
  it.each([
    ['L’usine crée 8 000 emplois.', ['8 000 emplois']],
    ['Le billet coûte 120 £ à Londres.', ['120 £']],
    ['Les films français ont 43 % de part de marché.', ['43 % de part de marché']],
    // A magnitude alone says how many, not of what.
    ['EasyJet transporte 3,1 millions de passagers, devant Air France (2,4 millions).', ['3,1 millions de passagers']],
    // A bare number says nothing of what it counts.
    ['Le texte a été adopté par 312 voix contre 12.', ['312 voix']],
    // A rate is one figure, cited whole as its sentence says it: never its base alone, nor its count.
    ['Le taux atteint 312 cas pour 100 000 habitants, en hausse de 46 % sur une semaine.', ['312 cas pour 100 000 habitants']],
    ['Les enfants restent les plus touchés, avec un taux de 498 cas pour 100 000.', ['498 cas pour 100 000']],
    ['On compte 3,5 décès sur 1 000 naissances.', ['3,5 décès sur 1 000 naissances']],
    ['Elle consomme 5 litres aux 100 kilomètres.', ['5 litres aux 100 kilomètres']],
    // A count and the noun of what it counts, a short one too; not a name's capitals.
    ['L’ARS a fait état de 87 cas confirmés.', ['87 cas']],
    ['Un 737 MAX a dû se poser en urgence.', []],
    // An age stays in its sentence.
    ['Madeleine Sorel entre à 17 ans à l’École des beaux-arts et sculpte 14 tonnes de granit.', ['14 tonnes de granit']],
  ])('%s', (sentence, expected) => {
    expect(listed(sentence)).toEqual(expected);
  });
});
